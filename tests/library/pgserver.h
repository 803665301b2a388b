// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/libraryconnection.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bw::test {

// A throwaway PostgreSQL cluster for the library tests and the benchmark: initdb in a temporary
// folder, started on 127.0.0.1 and a socket in that folder on a free port, removed at the end.
// As root everything runs as the postgres user (runuser; the folder is chowned to it), since the
// server refuses to run as root. Trust authentication on loopback: the tests are about the
// library's roles, not about passwords.
class PgServer {
public:
    PgServer();
    ~PgServer();

    // Why the server cannot be made (no PostgreSQL, no QPSQL driver), empty when it can.
    static QString unavailableReason();

    bool start(QString *error); // initdb (once) and start
    bool stopImmediate(); // pg_ctl stop -m immediate: a crash, as far as clients see
    bool restart(QString *error);
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }

    // Creates database `name`, the library schema in it (as the superuser), and the login
    // roles alice (editor), bob (member) and admin (admin).
    bool createLibrary(const QString &name, QString *error);
    // Runs SQL as the superuser in `database`.
    bool sql(const QString &database, const QString &statement, QString *error);

    LibrarySettings settings(const QString &user, const QString &database = QStringLiteral("library")) const;

private:
    bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_initialised = false;
    bool m_everStarted = false;
};

} // namespace bw::test
