// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of the library's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::Library)
};

constexpr int CurrentVersion = 3;

// Statements of each step; %1 is the quoted schema. The columns every item has: a uuid id,
// row_version (optimistic locking), updated_by (session_user, not settable by the client's
// data) and updated_at. `data` holds the item's fields as JSON so that a later Blendwise can add
// a field without a migration; the columns beside it are the ones queries filter on.
QStringList stepStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            u"CREATE SCHEMA IF NOT EXISTS %1"_s,
            u"CREATE TABLE %1.meta (key text PRIMARY KEY, value text NOT NULL)"_s,
            u"CREATE TABLE %1.tools (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL,"
            " status text NOT NULL DEFAULT 'active', replacement text NOT NULL DEFAULT '', data jsonb NOT NULL,"
            " row_version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,"
            " updated_at timestamptz NOT NULL DEFAULT now())"_s,
            u"CREATE UNIQUE INDEX tools_name ON %1.tools (lower(name))"_s,
            u"CREATE TABLE %1.clients (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL,"
            " tools_provided text[] NOT NULL DEFAULT '{}', tools_blocked text[] NOT NULL DEFAULT '{}',"
            " row_version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,"
            " updated_at timestamptz NOT NULL DEFAULT now())"_s,
            u"CREATE UNIQUE INDEX clients_name ON %1.clients (lower(name))"_s,
            u"CREATE TABLE %1.templates (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL,"
            " description text NOT NULL DEFAULT '', project jsonb NOT NULL,"
            " row_version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,"
            " updated_at timestamptz NOT NULL DEFAULT now())"_s,
            u"CREATE UNIQUE INDEX templates_name ON %1.templates (lower(name))"_s,
            u"CREATE TABLE %1.patterns (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text NOT NULL,"
            " instructions text NOT NULL DEFAULT '', phase text NOT NULL DEFAULT '', direction text NOT NULL DEFAULT "
            "'',"
            " tool_name text NOT NULL DEFAULT '', data jsonb NOT NULL,"
            " row_version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,"
            " updated_at timestamptz NOT NULL DEFAULT now())"_s,
        };
    case 2:
        // Pattern search by text: a generated tsvector with a GIN index ('simple': the library is
        // multilingual, so no language's stemming is imposed).
        return {
            u"ALTER TABLE %1.patterns ADD COLUMN search tsvector GENERATED ALWAYS AS"
            " (to_tsvector('simple', title || ' ' || instructions || ' ' || tool_name)) STORED"_s,
            u"CREATE INDEX patterns_search ON %1.patterns USING gin (search)"_s,
            u"CREATE INDEX patterns_updated ON %1.patterns (updated_at DESC, id)"_s,
        };
    case 3:
        // Retiring a tool changes every project that uses it: blendwise_admin only. A trigger,
        // since editors may otherwise update every column of a tool.
        return {
            u"CREATE FUNCTION %1.guard_retire() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF NEW.status = 'retired' AND (TG_OP = 'INSERT' OR OLD.status <> 'retired')"
            " AND NOT pg_has_role(session_user, 'blendwise_admin', 'MEMBER') THEN"
            " RAISE EXCEPTION 'retiring a tool needs the role blendwise_admin' USING ERRCODE = '42501';"
            " END IF; RETURN NEW; END $$"_s,
            u"CREATE TRIGGER tools_guard_retire BEFORE INSERT OR UPDATE ON %1.tools"
            " FOR EACH ROW EXECUTE FUNCTION %1.guard_retire()"_s,
        };
    default:
        return {};
    }
}

// The group roles, created once per cluster (roles are cluster-wide), and their grants on this
// schema, renewed after every step so that tables a step adds are covered.
QStringList roleStatements()
{
    return {
        u"DO $$ BEGIN"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'blendwise_member') THEN CREATE ROLE blendwise_member "
        "NOLOGIN; END IF;"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'blendwise_editor') THEN CREATE ROLE blendwise_editor "
        "NOLOGIN IN ROLE blendwise_member; END IF;"
        " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'blendwise_admin') THEN CREATE ROLE blendwise_admin "
        "NOLOGIN IN ROLE blendwise_editor; END IF;"
        " END $$"_s,
        u"GRANT USAGE ON SCHEMA %1 TO blendwise_member"_s,
        u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO blendwise_member"_s,
        u"GRANT INSERT, UPDATE ON %1.tools, %1.clients, %1.templates, %1.patterns TO blendwise_editor"_s,
        u"GRANT DELETE ON %1.tools, %1.clients, %1.templates, %1.patterns TO blendwise_admin"_s,
        u"GRANT blendwise_member, blendwise_editor TO blendwise_admin WITH ADMIN OPTION"_s,
    };
}

LibraryError exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return libraryError(query.lastError(), Texts::tr("migrating the library"));
    return {};
}

} // namespace

int LibraryMigrations::currentVersion()
{
    return CurrentVersion;
}

int LibraryMigrations::version(LibraryConnection &connection, LibraryError *error)
{
    QSqlQuery query(connection.db());
    // to_regclass: no error (and no aborted transaction) when the schema or table is missing.
    query.prepare(u"SELECT to_regclass(:t) IS NOT NULL"_s);
    query.bindValue(u":t"_s, QString(connection.schema() + u".meta"_s));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = libraryError(query.lastError());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    QSqlQuery meta(connection.db());
    if (!meta.exec(u"SELECT value FROM %1.meta WHERE key = 'schema_version'"_s.arg(connection.schema()))
        || !meta.next()) {
        if (error)
            *error = libraryError(meta.lastError());
        return -1;
    }
    return meta.value(0).toString().toInt();
}

LibraryError LibraryMigrations::check(LibraryConnection &connection)
{
    LibraryError error;
    const int v = version(connection, &error);
    if (v < 0)
        return error;
    if (v == 0)
        return { LibraryStatus::NoSchema,
            Texts::tr("this database has no Blendwise library yet; run \"blendwise library init\""), {}, {} };
    if (v > CurrentVersion)
        return { LibraryStatus::NewerSchema,
            Texts::tr("the library has schema version %1, made by a newer Blendwise; this one knows up to %2: update "
                      "Blendwise")
                .arg(v)
                .arg(CurrentVersion),
            {}, {} };
    if (v < CurrentVersion)
        return { LibraryStatus::NoSchema,
            Texts::tr("the library has the older schema version %1; run \"blendwise library init\" to migrate it to %2")
                .arg(v)
                .arg(CurrentVersion),
            {}, {} };
    return {};
}

LibraryError LibraryMigrations::migrate(LibraryConnection &connection, int target)
{
    if (target <= 0 || target > CurrentVersion)
        target = CurrentVersion;
    LibraryError error;
    int v = version(connection, &error);
    if (v < 0)
        return error;
    if (v > CurrentVersion)
        return check(connection);
    QSqlDatabase &db = connection.db();
    const QString schema = connection.schema();
    while (v < target) {
        const int next = v + 1;
        if (!db.transaction())
            return libraryError(db.lastError(), Texts::tr("migrating the library"));
        QSqlQuery query(db);
        // Two inits at once: the advisory lock makes the second wait, then see the new version.
        LibraryError failed = exec(query, u"SELECT pg_advisory_xact_lock(74657001)"_s);
        int seen = 0;
        if (!failed)
            seen = version(connection, &failed);
        if (!failed && seen >= next) {
            db.commit();
            v = seen;
            continue;
        }
        for (const QString &sql : stepStatements(next)) {
            if (failed)
                break;
            failed = exec(query, sql.contains(u"%1"_s) ? sql.arg(schema) : sql);
        }
        if (!failed) {
            QSqlQuery meta(db);
            meta.prepare(u"INSERT INTO %1.meta (key, value) VALUES ('schema_version', :v)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(schema));
            meta.bindValue(u":v"_s, QString::number(next));
            if (!meta.exec())
                failed = libraryError(meta.lastError(), Texts::tr("migrating the library"));
        }
        for (const QString &sql : roleStatements()) {
            if (failed)
                break;
            failed = exec(query, sql.contains(u"%1"_s) ? sql.arg(schema) : sql);
        }
        if (failed) {
            db.rollback();
            return failed;
        }
        if (!db.commit())
            return libraryError(db.lastError(), Texts::tr("migrating the library"));
        v = next;
    }
    return {};
}

} // namespace bw
