// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace bw {

// The team library: a PostgreSQL database shared by a consultancy's designers, holding tools,
// client profiles, templates and activity patterns (see docs/ARCHITECTURE.md, "Team library").
// Everything under core/library/ is Qt Core and Sql only, so that the CLI and the studio share it.

// Where the library is. Empty fields are left to libpq, so PGHOST, PGPORT, PGDATABASE, PGUSER,
// PGSERVICE, PGSSLMODE and ~/.pgpass work as for psql. The password is never persisted by
// Blendwise: it lives in this struct only for the session (or in ~/.pgpass, libpq's business).
struct LibrarySettings {
    QString service; // libpq service name (pg_service.conf)
    QString host;
    int port = 0; // 0 = libpq default
    QString database;
    QString user;
    QString password;
    QString sslmode; // disable | allow | prefer | require | verify-ca | verify-full; empty = libpq default
    QString schema = QStringLiteral("blendwise");

    // "user@host:port/db" for messages; never shows the password.
    QString describe() const;
};

// What went wrong, as far as a caller needs to act on it. The CLI maps these to exit codes.
enum class LibraryStatus {
    Ok,
    Offline, // server unreachable, or the connection was lost
    AuthFailed, // wrong password, unknown user, no password available
    NoSchema, // the database has no Blendwise library yet (run `blendwise library init`)
    NewerSchema, // the library was created by a newer Blendwise
    PermissionDenied, // the user's role may not do this (publish needs blendwise_editor, …)
    Conflict, // someone changed the item since the caller read it
    NotFound,
    Invalid, // the caller's data was refused (empty name, bad URI, …)
    Failed, // anything else, with the server's text
};

struct LibraryError {
    LibraryStatus status = LibraryStatus::Ok;
    QString message; // one translated line
    // status == Conflict: who changed the item last, and when.
    QString changedBy;
    QDateTime changedAt;

    explicit operator bool() const { return status != LibraryStatus::Ok; }
};

// Turns a QSqlError from the QPSQL driver into a LibraryError with a sentence a person can act on.
LibraryError libraryError(const QSqlError &error, const QString &doing = {});

// One open connection to the library, owning a uniquely named QSqlDatabase. Not copyable; use
// one per thread (QSqlDatabase connections are not shared between threads).
class LibraryConnection {
public:
    LibraryConnection() = default;
    ~LibraryConnection();
    LibraryConnection(const LibraryConnection &) = delete;
    LibraryConnection &operator=(const LibraryConnection &) = delete;

    // Opens the connection (connect_timeout=3, so an unreachable server answers within seconds).
    // Does not look at the library schema: LibraryMigrations::check() does.
    LibraryError open(const LibrarySettings &settings);
    void close();
    bool isOpen() const;

    QSqlDatabase &db() { return m_db; }
    const LibrarySettings &settings() const { return m_settings; }
    // The schema name, quoted for SQL ("blendwise" → "\"blendwise\"").
    QString schema() const;

private:
    LibrarySettings m_settings;
    QSqlDatabase m_db;
    QString m_name;
};

} // namespace bw
