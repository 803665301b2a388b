// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace bw
