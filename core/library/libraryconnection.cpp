// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of the library's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::Library)
};

QAtomicInteger<quint64> connectionCounter;

// Values in a libpq connection string are quoted when they hold spaces or quotes.
QString connValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

QString LibrarySettings::describe() const
{
    if (!service.isEmpty())
        return Texts::tr("service %1").arg(service);
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? u"localhost"_s : host;
    if (port > 0)
        text += u':' + QString::number(port);
    if (!database.isEmpty())
        text += u'/' + database;
    return text;
}

LibraryError libraryError(const QSqlError &error, const QString &doing)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = text.toLower();
    const QString prefix = doing.isEmpty() ? QString() : doing + u": "_s;
    LibraryError result;
    if (code == u"42501"_s) {
        result.status = LibraryStatus::PermissionDenied;
        result.message = prefix
            + Texts::tr("your database role may not do this (%1); ask a library administrator for blendwise_editor or "
                        "blendwise_admin")
                  .arg(text.trimmed());
    } else if (code == u"28P01"_s || code == u"28000"_s || lower.contains(u"password authentication failed"_s)
        || lower.contains(u"no password supplied"_s) || lower.contains(u"authentication failed"_s)
        || (lower.contains(u"role \""_s) && lower.contains(u"does not exist"_s))) {
        result.status = LibraryStatus::AuthFailed;
        result.message = prefix + Texts::tr("the server refused the login: %1").arg(text.trimmed());
    } else if (code == u"3F000"_s || code == u"42P01"_s) {
        result.status = LibraryStatus::NoSchema;
        result.message
            = prefix + Texts::tr("this database has no Blendwise library yet; run \"blendwise library init\"");
    } else if (code.startsWith(u"08"_s) || code.startsWith(u"57P"_s) || lower.contains(u"could not connect"_s)
        || lower.contains(u"connection refused"_s) || lower.contains(u"timeout expired"_s)
        || lower.contains(u"server closed the connection"_s) || lower.contains(u"no connection to the server"_s)
        || lower.contains(u"connection to server"_s) || lower.contains(u"terminating connection"_s)
        || lower.contains(u"could not translate host name"_s)) {
        result.status = LibraryStatus::Offline;
        result.message = prefix + Texts::tr("the library server cannot be reached: %1").arg(text.trimmed());
    } else {
        result.status = LibraryStatus::Failed;
        result.message = prefix + text.trimmed();
    }
    return result;
}

LibraryConnection::~LibraryConnection()
{
    close();
}

LibraryError LibraryConnection::open(const LibrarySettings &settings)
{
    close();
    m_settings = settings;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return { LibraryStatus::Failed, Texts::tr("Qt's PostgreSQL driver (QPSQL) is not installed"), {}, {} };
    m_name = u"bw-library-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    if (!settings.host.isEmpty())
        m_db.setHostName(settings.host);
    if (settings.port > 0)
        m_db.setPort(settings.port);
    if (!settings.database.isEmpty())
        m_db.setDatabaseName(settings.database);
    if (!settings.user.isEmpty())
        m_db.setUserName(settings.user);
    if (!settings.password.isEmpty())
        m_db.setPassword(settings.password); // empty: libpq reads ~/.pgpass or PGPASSWORD
    // QPSQL passes these through to PQconnectdb (';' separated). A short connect timeout keeps an
    // unreachable server from holding the caller for the TCP default of minutes.
    QStringList options { u"connect_timeout=3"_s, u"application_name=blendwise"_s };
    if (!settings.service.isEmpty())
        options << u"service="_s + connValue(settings.service);
    if (!settings.sslmode.isEmpty())
        options << u"sslmode="_s + connValue(settings.sslmode);
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        LibraryError error = libraryError(m_db.lastError());
        if (error.status == LibraryStatus::Failed) // libpq's connection failures carry no SQLSTATE
            error.status = LibraryStatus::Offline;
        error.message
            = Texts::tr("cannot connect to the library at %1: %2")
                  .arg(settings.describe(),
                      m_db.lastError().databaseText().trimmed().isEmpty() ? m_db.lastError().text()
                                                                          : m_db.lastError().databaseText().trimmed());
        close();
        return error;
    }
    return {};
}

void LibraryConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool LibraryConnection::isOpen() const
{
    return !m_name.isEmpty() && m_db.isOpen();
}

QString LibraryConnection::schema() const
{
    return m_db.driver() ? m_db.driver()->escapeIdentifier(m_settings.schema, QSqlDriver::TableName)
                         : u"\""_s + m_settings.schema + u"\""_s;
}

} // namespace bw
