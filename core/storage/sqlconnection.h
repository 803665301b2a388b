// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>

namespace bw {

// One private SQLite connection, removed from Qt's connection registry when it goes out of
// scope. Each load or save gets its own, so that concurrent calls (a recovery write on a
// worker thread, say) never share a handle. Queries must be destroyed before this object.
class SqlConnection
{
public:
    enum Mode { ReadOnly, ReadWrite };

    // `path` is a file path; in ReadOnly mode the file is opened immutable, so SQLite neither
    // locks nor writes it and creates no journal beside it.
    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const;
    QSqlDatabase &db() { return m_db; }

    // Runs one statement without results; false (and errorText() set) on failure.
    bool exec(const QString &sql);

    // For a file from elsewhere (every project file opened): SQLite's defensive mode, an
    // untrusted schema (no SQL functions with side effects run from it), no triggers, no views,
    // no extension loading, and a time budget from now on for every statement together; past
    // it a statement fails ("interrupted") and timedOut() is true. False, with errorText(),
    // when the settings could not be applied.
    bool restrictForUntrustedFile();
    bool timedOut() const { return m_timedOut; }

    // The time budget of restrictForUntrustedFile(): 60 seconds, far beyond reading the largest
    // real project. Tests shorten it.
    static void setUntrustedTimeBudget(int milliseconds);
    static int untrustedTimeBudget();

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;

    friend int progressCallback(void *);
};

} // namespace bw
