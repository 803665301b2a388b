// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Step {
    int from; // brings a file of this version to from + 1
    QStringList sql;
};

// Version 2 gave the community its roles and sub-groups, let a designer silence advisor rules
// per project, and made the "too many tools" threshold a project setting.
const Step Step1To2{1,
                    {u"ALTER TABLE project ADD COLUMN max_tools INTEGER NOT NULL DEFAULT 8"_s,
                     u"CREATE TABLE muted_rules (\n"
                     "    position INTEGER PRIMARY KEY,\n"
                     "    rule_id TEXT NOT NULL UNIQUE\n)"_s,
                     u"CREATE TABLE subgroups (\n"
                     "    id INTEGER PRIMARY KEY,\n"
                     "    position INTEGER NOT NULL,\n"
                     "    name TEXT NOT NULL DEFAULT '',\n"
                     "    mission TEXT NOT NULL DEFAULT '',\n"
                     "    objective_id INTEGER REFERENCES objectives (id) ON DELETE SET NULL,\n"
                     "    members INTEGER NOT NULL DEFAULT 0\n)"_s,
                     u"CREATE TABLE roles (\n"
                     "    id INTEGER PRIMARY KEY,\n"
                     "    position INTEGER NOT NULL,\n"
                     "    kind TEXT NOT NULL,\n"
                     "    name TEXT NOT NULL DEFAULT '',\n"
                     "    duties TEXT NOT NULL DEFAULT ''\n)"_s}};

// Version 3 gave objectives their assessment instrument (with an attached file), activities
// recurrences, a "no tool" choice and leaders by community role or free name, roles a custom
// kind, and in-class moments a running order with breaks.
const Step Step2To3{2,
                    {u"ALTER TABLE objectives ADD COLUMN instrument_name TEXT NOT NULL DEFAULT ''"_s,
                     u"ALTER TABLE objectives ADD COLUMN instrument_description TEXT NOT NULL DEFAULT ''"_s,
                     u"ALTER TABLE objectives ADD COLUMN instrument_file_name TEXT NOT NULL DEFAULT ''"_s,
                     u"ALTER TABLE objectives ADD COLUMN instrument_file BLOB"_s,
                     u"ALTER TABLE activities ADD COLUMN no_tool INTEGER NOT NULL DEFAULT 0 CHECK (no_tool IN (0, 1))"_s,
                     u"ALTER TABLE activities ADD COLUMN led_by_role_id INTEGER REFERENCES roles (id) ON DELETE SET NULL"_s,
                     u"ALTER TABLE activities ADD COLUMN led_by_name TEXT NOT NULL DEFAULT ''"_s,
                     u"ALTER TABLE activities ADD COLUMN recurrence_unit TEXT"_s,
                     u"ALTER TABLE activities ADD COLUMN recurrence_interval INTEGER NOT NULL DEFAULT 1"_s,
                     u"ALTER TABLE activities ADD COLUMN recurrence_count INTEGER NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE activities ADD COLUMN recurrence_until TEXT"_s,
                     u"ALTER TABLE roles ADD COLUMN custom_kind TEXT NOT NULL DEFAULT ''"_s,
                     u"CREATE TABLE agenda_items (\n"
                     "    id INTEGER PRIMARY KEY,\n"
                     "    moment_id INTEGER NOT NULL REFERENCES moments (id) ON DELETE CASCADE,\n"
                     "    position INTEGER NOT NULL,\n"
                     "    kind TEXT NOT NULL,\n"
                     "    activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL,\n"
                     "    title TEXT NOT NULL DEFAULT '',\n"
                     "    minutes INTEGER NOT NULL DEFAULT 0,\n"
                     "    UNIQUE (moment_id, position)\n)"_s}};

// Version 4 keeps named versions of the plan inside the file.
const Step Step3To4{3,
                    {u"CREATE TABLE versions (\n"
                     "    id INTEGER PRIMARY KEY,\n"
                     "    position INTEGER NOT NULL UNIQUE,\n"
                     "    name TEXT NOT NULL DEFAULT '',\n"
                     "    created TEXT,\n"
                     "    note TEXT NOT NULL DEFAULT '',\n"
                     "    snapshot BLOB NOT NULL\n)"_s}};

// Version 5 marks the values an import guessed and records where library items came from.
const Step Step4To5{4,
                    {u"CREATE TABLE activity_guesses (\n"
                     "    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,\n"
                     "    position INTEGER NOT NULL,\n"
                     "    field TEXT NOT NULL,\n"
                     "    reason TEXT NOT NULL DEFAULT '',\n"
                     "    UNIQUE (activity_id, position)\n)"_s,
                     u"CREATE TABLE library_origins (\n"
                     "    position INTEGER PRIMARY KEY,\n"
                     "    kind TEXT NOT NULL,\n"
                     "    library_id TEXT NOT NULL DEFAULT '',\n"
                     "    row_version INTEGER NOT NULL DEFAULT 0,\n"
                     "    local_id INTEGER NOT NULL DEFAULT 0\n)"_s}};

const QList<Step> &steps()
{
    static const QList<Step> all{Step1To2, Step2To3, Step3To4, Step4To5};
    return all;
}

} // namespace

int Migrations::oldestSupported()
{
    return 1;
}

QStringList Migrations::version1Schema()
{
    return {
        u"CREATE TABLE project (\n"
        "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
        "    title TEXT NOT NULL DEFAULT '',\n"
        "    client TEXT NOT NULL DEFAULT '',\n"
        "    audience TEXT NOT NULL DEFAULT '',\n"
        "    author TEXT NOT NULL DEFAULT '',\n"
        "    summary TEXT NOT NULL DEFAULT '',\n"
        "    language TEXT NOT NULL DEFAULT '',\n"
        "    version TEXT NOT NULL DEFAULT '',\n"
        "    accent TEXT NOT NULL DEFAULT '',\n"
        "    footer TEXT NOT NULL DEFAULT '',\n"
        "    logo BLOB,\n"
        "    evaluation TEXT NOT NULL DEFAULT ''\n)"_s,
        u"CREATE TABLE community_rules (\n"
        "    position INTEGER PRIMARY KEY,\n"
        "    rule TEXT NOT NULL DEFAULT ''\n)"_s,
        u"CREATE TABLE moments (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    position INTEGER NOT NULL,\n"
        "    name TEXT NOT NULL DEFAULT '',\n"
        "    start TEXT,\n"
        "    minutes INTEGER NOT NULL DEFAULT 0,\n"
        "    mode TEXT NOT NULL,\n"
        "    place TEXT NOT NULL DEFAULT ''\n)"_s,
        u"CREATE TABLE tools (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    position INTEGER NOT NULL,\n"
        "    name TEXT NOT NULL DEFAULT '',\n"
        "    type TEXT NOT NULL,\n"
        "    synchronous INTEGER NOT NULL DEFAULT 0 CHECK (synchronous IN (0, 1)),\n"
        "    needs_account INTEGER NOT NULL DEFAULT 0 CHECK (needs_account IN (0, 1)),\n"
        "    often_blocked INTEGER NOT NULL DEFAULT 0 CHECK (often_blocked IN (0, 1)),\n"
        "    client_provided INTEGER NOT NULL DEFAULT 0 CHECK (client_provided IN (0, 1)),\n"
        "    cost TEXT NOT NULL DEFAULT '',\n"
        "    url TEXT NOT NULL DEFAULT '',\n"
        "    status TEXT NOT NULL,\n"
        "    replacement TEXT NOT NULL DEFAULT '',\n"
        "    description TEXT NOT NULL DEFAULT '',\n"
        "    benefit TEXT NOT NULL DEFAULT '',\n"
        "    access TEXT NOT NULL DEFAULT ''\n)"_s,
        u"CREATE TABLE tool_directions (\n"
        "    tool_id INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE,\n"
        "    position INTEGER NOT NULL,\n"
        "    direction TEXT NOT NULL,\n"
        "    PRIMARY KEY (tool_id, position)\n)"_s,
        u"CREATE TABLE tool_setup_steps (\n"
        "    tool_id INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE,\n"
        "    position INTEGER NOT NULL,\n"
        "    step TEXT NOT NULL DEFAULT '',\n"
        "    PRIMARY KEY (tool_id, position)\n)"_s,
        u"CREATE TABLE objectives (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    position INTEGER NOT NULL UNIQUE,\n"
        "    statement TEXT NOT NULL DEFAULT '',\n"
        "    measure TEXT NOT NULL DEFAULT '',\n"
        "    notes TEXT NOT NULL DEFAULT ''\n)"_s,
        u"CREATE TABLE activities (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,\n"
        "    position INTEGER NOT NULL,\n"
        "    title TEXT NOT NULL DEFAULT '',\n"
        "    instructions TEXT NOT NULL DEFAULT '',\n"
        "    phase TEXT,\n"
        "    direction TEXT,\n"
        "    tool_id INTEGER REFERENCES tools (id) ON DELETE SET NULL,\n"
        "    duration_min INTEGER NOT NULL DEFAULT 0,\n"
        "    duration_max INTEGER NOT NULL DEFAULT 0,\n"
        "    grouping TEXT NOT NULL,\n"
        "    led_by TEXT NOT NULL,\n"
        "    deliverable TEXT NOT NULL DEFAULT '',\n"
        "    benefit TEXT NOT NULL DEFAULT '',\n"
        "    assessment TEXT NOT NULL,\n"
        "    moment_id INTEGER REFERENCES moments (id) ON DELETE SET NULL,\n"
        "    offset_days INTEGER NOT NULL DEFAULT 0,\n"
        "    UNIQUE (objective_id, position)\n)"_s,
    };
}

QStringList Migrations::schemaOf(int version)
{
    QStringList sql = version1Schema();
    for (const Step &step : steps())
        if (step.from < version)
            sql += step.sql;
    return sql;
}

QString Migrations::upgrade(QSqlDatabase &db, int fromVersion)
{
    QSqlQuery q(db);
    if (!db.transaction())
        return db.lastError().text();
    for (const Step &step : steps()) {
        if (step.from < fromVersion)
            continue;
        for (const QString &sql : step.sql) {
            if (!q.exec(sql)) {
                const QString error = q.lastError().text();
                db.rollback();
                return error;
            }
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(Schema::version()))) {
        const QString error = q.lastError().text();
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace bw
