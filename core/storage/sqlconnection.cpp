// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
QAtomicInteger<quint64> connectionCounter;
std::atomic<int> timeBudgetMs { 60'000 };
} // namespace

// SQLite calls this every few thousand virtual-machine steps; non-zero interrupts the statement.
int progressCallback(void *context)
{
    auto *connection = static_cast<SqlConnection *>(context);
    if (!connection->m_deadline.hasExpired())
        return 0;
    connection->m_timedOut = true;
    return 1;
}

void SqlConnection::setUntrustedTimeBudget(int milliseconds)
{
    timeBudgetMs = milliseconds;
}

int SqlConnection::untrustedTimeBudget()
{
    return timeBudgetMs;
}

bool SqlConnection::restrictForUntrustedFile()
{
    // The driver hands out its sqlite3 handle; it is the system libsqlite3 we link (Debian's
    // Qt driver uses it too), so the C API applies to the very connection Qt reads through.
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    sqlite3 *h = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!h) {
        m_error = u"no SQLite handle"_s;
        return false;
    }
    const std::pair<int, int> settings[] = {
        { SQLITE_DBCONFIG_DEFENSIVE, 1 },
        { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
        { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
        { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
        { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
    };
    for (const auto &[option, value] : settings) {
        int now = -1;
        if (sqlite3_db_config(h, option, value, &now) != SQLITE_OK || now != value) {
            m_error = u"SQLite setting %1 refused"_s.arg(option);
            return false;
        }
    }
    m_deadline = QDeadlineTimer(timeBudgetMs.load());
    m_timedOut = false;
    sqlite3_progress_handler(h, 1000, progressCallback, this);
    return exec(u"PRAGMA trusted_schema = OFF"_s);
}

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(u"blendwise-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name))
{
    if (mode == ReadOnly) {
        // A URI so that "immutable" can be passed: with it SQLite reads the file as a plain
        // read-only byte stream, never taking locks or creating -journal/-wal/-shm files.
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(u"mode=ro&immutable=1"_s);
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        m_db.setDatabaseName(path);
    }
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

SqlConnection::~SqlConnection()
{
    if (m_db.isOpen() && m_db.driver()) {
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            sqlite3_progress_handler(*static_cast<sqlite3 *const *>(handle.constData()), 0, nullptr, nullptr);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnection::errorText() const
{
    return m_error;
}

bool SqlConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

} // namespace bw
