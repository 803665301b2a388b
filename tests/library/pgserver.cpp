// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include "library/librarymigrations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bw::test {

namespace {

// The newest PostgreSQL of the Debian layout, else initdb on PATH (pg_config --bindir).
QString findBin()
{
    QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
        versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        if (QFile::exists(lib.filePath(v + u"/bin/initdb"_s)))
            return lib.filePath(v + u"/bin"_s);
    QProcess config;
    config.start(u"pg_config"_s, { u"--bindir"_s });
    if (config.waitForFinished(5000) && config.exitCode() == 0) {
        const QString bin = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFile::exists(bin + u"/initdb"_s))
            return bin;
    }
    return {};
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PgServer::PgServer()
    : m_bin(findBin())
{
}

PgServer::~PgServer()
{
    if (m_running) {
        QString ignored;
        run(m_bin + u"/pg_ctl"_s, { u"-D"_s, dir() + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s },
            &ignored);
    }
}

QString PgServer::unavailableReason()
{
    if (findBin().isEmpty())
        return u"PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's QPSQL driver not found: install libqt6sql6-psql"_s;
    return {};
}

bool PgServer::run(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        process.start(u"runuser"_s, QStringList { u"-u"_s, u"postgres"_s, u"--"_s, program } + args);
    else
        process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = program + u" failed: "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PgServer::start(QString *error)
{
    if (m_bin.isEmpty()) {
        *error = unavailableReason();
        return false;
    }
    if (!m_initialised) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bwpg-XXXXXX"_s);
        if (!m_dir->isValid()) {
            *error = u"cannot make a temporary folder"_s;
            return false;
        }
        if (isRoot()) {
            QProcess chown;
            chown.start(u"chown"_s, { u"-R"_s, u"postgres:postgres"_s, dir() });
            chown.waitForFinished();
        }
        if (!run(m_bin + u"/initdb"_s,
                { u"-D"_s, dir() + u"/data"_s, u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                    u"--no-sync"_s },
                error))
            return false;
        m_initialised = true;
        m_port = freePort();
    }
    // The free port is free when asked, not necessarily at start (tests run in parallel): a few
    // tries with fresh ports before giving up. A restart keeps its port, which clients know.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString options
            = u"-c listen_addresses=127.0.0.1 -k %1 -p %2 -c fsync=off -c max_connections=60"_s.arg(dir()).arg(m_port);
        if (run(m_bin + u"/pg_ctl"_s,
                { u"-D"_s, dir() + u"/data"_s, u"-o"_s, options, u"-l"_s, dir() + u"/log"_s, u"-w"_s, u"start"_s },
                error)) {
            m_running = true;
            m_everStarted = true;
            return true;
        }
        if (m_everStarted)
            return false;
        m_port = freePort();
    }
    return false;
}

bool PgServer::stopImmediate()
{
    QString error;
    const bool ok = run(
        m_bin + u"/pg_ctl"_s, { u"-D"_s, dir() + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s }, &error);
    m_running = !ok;
    return ok;
}

bool PgServer::restart(QString *error)
{
    return start(error);
}

LibrarySettings PgServer::settings(const QString &user, const QString &database) const
{
    LibrarySettings s;
    s.host = u"127.0.0.1"_s;
    s.port = m_port;
    s.user = user;
    s.database = database;
    s.sslmode = u"disable"_s;
    return s;
}

bool PgServer::sql(const QString &database, const QString &statement, QString *error)
{
    LibraryConnection connection;
    if (LibraryError e = connection.open(settings(u"postgres"_s, database))) {
        *error = e.message;
        return false;
    }
    QSqlQuery q(connection.db());
    if (!q.exec(statement)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PgServer::createLibrary(const QString &name, QString *error)
{
    if (!sql(u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name), error))
        return false;
    LibraryConnection connection;
    if (LibraryError e = connection.open(settings(u"postgres"_s, name))) {
        *error = e.message;
        return false;
    }
    if (LibraryError e = LibraryMigrations::migrate(connection)) {
        *error = e.message;
        return false;
    }
    // Roles are cluster-wide: made once, granted again for every database (harmless).
    return sql(name,
        u"DO $$ BEGIN"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN CREATE ROLE alice LOGIN; END IF;"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN CREATE ROLE bob LOGIN; END IF;"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'admin') THEN CREATE ROLE admin LOGIN; END IF;"
        " END $$; GRANT blendwise_editor TO alice; GRANT blendwise_member TO bob; GRANT blendwise_admin TO admin"_s,
        error);
}

} // namespace bw::test
