// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

const QString Text = u"TEXT NOT NULL DEFAULT ''"_s;
const QString Int = u"INTEGER NOT NULL DEFAULT 0"_s;
const QString Bool = u"INTEGER NOT NULL DEFAULT 0 CHECK (%1 IN (0, 1))"_s;
const QString Key = u"INTEGER PRIMARY KEY"_s;
const QString Position = u"INTEGER NOT NULL"_s;

DbColumn boolean(const QString &name)
{
    return {name, Bool.arg(name)};
}

QList<DbTable> buildTables()
{
    return {
        // Exactly one row: everything about the project that is not a list.
        DbTable(u"project"_s,
                {{u"id"_s, u"INTEGER PRIMARY KEY CHECK (id = 1)"_s},
                 {u"title"_s, Text},
                 {u"client"_s, Text},
                 {u"audience"_s, Text},
                 {u"author"_s, Text},
                 {u"summary"_s, Text},
                 {u"language"_s, Text},
                 {u"version"_s, Text},
                 {u"accent"_s, Text}, // "#aarrggbb", empty for no colour
                 {u"footer"_s, Text},
                 {u"logo"_s, u"BLOB"_s},
                 {u"evaluation"_s, Text},
                 // Last because version 2 added it with ALTER TABLE (see Migrations).
                 {u"max_tools"_s, u"INTEGER NOT NULL DEFAULT 8"_s}}),
        DbTable(u"community_rules"_s, {{u"position"_s, Key}, {u"rule"_s, Text}}),
        DbTable(u"muted_rules"_s, {{u"position"_s, Key}, {u"rule_id"_s, u"TEXT NOT NULL UNIQUE"_s}}),
        DbTable(u"moments"_s,
                {{u"id"_s, Key},
                 {u"position"_s, Position},
                 {u"name"_s, Text},
                 {u"start"_s, u"TEXT"_s}, // ISO 8601 local time, NULL when not scheduled
                 {u"minutes"_s, Int},
                 {u"mode"_s, u"TEXT NOT NULL"_s},
                 {u"place"_s, Text}}),
        DbTable(u"tools"_s,
                {{u"id"_s, Key},
                 {u"position"_s, Position},
                 {u"name"_s, Text},
                 {u"type"_s, u"TEXT NOT NULL"_s},
                 boolean(u"synchronous"_s),
                 boolean(u"needs_account"_s),
                 boolean(u"often_blocked"_s),
                 boolean(u"client_provided"_s),
                 {u"cost"_s, Text},
                 {u"url"_s, Text},
                 {u"status"_s, u"TEXT NOT NULL"_s},
                 {u"replacement"_s, Text},
                 {u"description"_s, Text},
                 {u"benefit"_s, Text},
                 {u"access"_s, Text}}),
        DbTable(u"tool_directions"_s,
                {{u"tool_id"_s, u"INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE"_s},
                 {u"position"_s, Position},
                 {u"direction"_s, u"TEXT NOT NULL"_s}},
                {u"PRIMARY KEY (tool_id, position)"_s}),
        DbTable(u"tool_setup_steps"_s,
                {{u"tool_id"_s, u"INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE"_s},
                 {u"position"_s, Position},
                 {u"step"_s, Text}},
                {u"PRIMARY KEY (tool_id, position)"_s}),
        DbTable(u"objectives"_s,
                {{u"id"_s, Key},
                 {u"position"_s, u"INTEGER NOT NULL UNIQUE"_s},
                 {u"statement"_s, Text},
                 {u"measure"_s, Text},
                 {u"notes"_s, Text},
                 // The assessment instrument; last because version 3 added them (see Migrations).
                 {u"instrument_name"_s, Text},
                 {u"instrument_description"_s, Text},
                 {u"instrument_file_name"_s, Text},
                 {u"instrument_file"_s, u"BLOB"_s}}), // NULL when no file is attached
        DbTable(u"activities"_s,
                {{u"id"_s, Key},
                 {u"objective_id"_s, u"INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE"_s},
                 {u"position"_s, Position},
                 {u"title"_s, Text},
                 {u"instructions"_s, Text},
                 {u"phase"_s, u"TEXT"_s},     // NULL while the designer has not chosen one
                 {u"direction"_s, u"TEXT"_s}, // idem
                 {u"tool_id"_s, u"INTEGER REFERENCES tools (id) ON DELETE SET NULL"_s},
                 {u"duration_min"_s, Int},
                 {u"duration_max"_s, Int},
                 {u"grouping"_s, u"TEXT NOT NULL"_s},
                 {u"led_by"_s, u"TEXT NOT NULL"_s},
                 {u"deliverable"_s, Text},
                 {u"benefit"_s, Text},
                 {u"assessment"_s, u"TEXT NOT NULL"_s},
                 {u"moment_id"_s, u"INTEGER REFERENCES moments (id) ON DELETE SET NULL"_s},
                 {u"offset_days"_s, Int},
                 // Last because version 3 added them with ALTER TABLE (see Migrations).
                 boolean(u"no_tool"_s),
                 {u"led_by_role_id"_s, u"INTEGER REFERENCES roles (id) ON DELETE SET NULL"_s},
                 {u"led_by_name"_s, Text},
                 {u"recurrence_unit"_s, u"TEXT"_s}, // NULL when the activity happens once
                 {u"recurrence_interval"_s, u"INTEGER NOT NULL DEFAULT 1"_s},
                 {u"recurrence_count"_s, Int},
                 {u"recurrence_until"_s, u"TEXT"_s}}, // ISO 8601 date, NULL when none
                {u"UNIQUE (objective_id, position)"_s}),
        DbTable(u"subgroups"_s,
                {{u"id"_s, Key},
                 {u"position"_s, Position},
                 {u"name"_s, Text},
                 {u"mission"_s, Text},
                 {u"objective_id"_s, u"INTEGER REFERENCES objectives (id) ON DELETE SET NULL"_s},
                 {u"members"_s, Int}}),
        DbTable(u"roles"_s,
                {{u"id"_s, Key},
                 {u"position"_s, Position},
                 {u"kind"_s, u"TEXT NOT NULL"_s},
                 {u"name"_s, Text},
                 {u"duties"_s, Text},
                 // Last because version 3 added it with ALTER TABLE (see Migrations).
                 {u"custom_kind"_s, Text}}),
        // The running order of an in-class moment (version 3).
        DbTable(u"agenda_items"_s,
                {{u"id"_s, Key},
                 {u"moment_id"_s, u"INTEGER NOT NULL REFERENCES moments (id) ON DELETE CASCADE"_s},
                 {u"position"_s, Position},
                 {u"kind"_s, u"TEXT NOT NULL"_s},
                 {u"activity_id"_s, u"INTEGER REFERENCES activities (id) ON DELETE SET NULL"_s},
                 {u"title"_s, Text},
                 {u"minutes"_s, Int}},
                {u"UNIQUE (moment_id, position)"_s}),
        // Named versions of the plan (version 4): each a compressed project-file image of the
        // project as it was (storage/versionsnapshot.h).
        DbTable(u"versions"_s,
                {{u"id"_s, Key},
                 {u"position"_s, u"INTEGER NOT NULL UNIQUE"_s},
                 {u"name"_s, Text},
                 {u"created"_s, u"TEXT"_s}, // ISO 8601 local time, minutes
                 {u"note"_s, Text},
                 {u"snapshot"_s, u"BLOB NOT NULL"_s}}),
        // Values an import guessed and nobody has checked yet (version 5); the advisor lists them.
        DbTable(u"activity_guesses"_s,
                {{u"activity_id"_s, u"INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE"_s},
                 {u"position"_s, Position},
                 {u"field"_s, u"TEXT NOT NULL"_s},
                 {u"reason"_s, Text}},
                {u"UNIQUE (activity_id, position)"_s}),
        // Team-library provenance (version 5): which library item, at which row version, became
        // which local item; local_id is a tool's or an activity's id, 0 for the whole project.
        DbTable(u"library_origins"_s,
                {{u"position"_s, Key},
                 {u"kind"_s, u"TEXT NOT NULL"_s},
                 {u"library_id"_s, Text},
                 {u"row_version"_s, Int},
                 {u"local_id"_s, Int}}),
    };
}

} // namespace

int Schema::version()
{
    return 5;
}

const QList<DbTable> &Schema::tables()
{
    static const QList<DbTable> tables = buildTables();
    return tables;
}

const DbTable &Schema::table(QStringView name)
{
    for (const auto &t : tables())
        if (t.name() == name)
            return t;
    qFatal("Schema::table: no table %s", qPrintable(name.toString()));
}

QString Schema::create(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const auto &t : tables())
        if (!q.exec(t.createSql()))
            return q.lastError().text();
    return {};
}

} // namespace bw
