// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
QAtomicInteger<quint64> connectionCounter;
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
