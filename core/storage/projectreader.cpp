// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectreader.h"

#include "model/projectvalidation.h"
#include "schema.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// No table of a real project comes near this (the largest plans have some ten thousand
// activities); a file with more is refused rather than read into memory without end.
constexpr qint64 MaxRowsPerTable = 1'000'000;

// Iterates the rows of one schema table; values are looked up by column name.
class TableRows
{
public:
    TableRows(QSqlDatabase &db, QStringView table, const QString &orderBy)
        : m_table(Schema::table(table))
        , m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.exec(m_table.selectSql(orderBy)))
            m_error = m_table.name() + u": "_s + m_query.lastError().text();
    }

    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        if (m_query.next()) {
            if (++m_rows <= MaxRowsPerTable)
                return true;
            m_error = u"%1: more than %2 rows"_s.arg(m_table.name()).arg(MaxRowsPerTable);
            return false;
        }
        if (m_query.lastError().isValid())
            m_error = m_table.name() + u": "_s + m_query.lastError().text();
        return false;
    }

    QVariant value(QStringView column) const { return m_query.value(m_table.columnIndex(column)); }
    QString text(QStringView column) const { return value(column).toString(); }
    int integer(QStringView column) const { return value(column).toInt(); }
    Id id(QStringView column) const { return value(column).toLongLong(); }
    bool flag(QStringView column) const { return value(column).toInt() != 0; }

    // An enumeration stored by key; NULL reads as `unset` when the column allows it.
    template <typename E>
    bool key(QStringView column, E &out)
    {
        const QVariant v = value(column);
        if (v.isNull() && enumKey(E{}).isEmpty()) {
            out = E{};
            return true;
        }
        if (const auto e = enumFromKey<E>(v.toString()); e && !v.toString().isEmpty()) {
            out = *e;
            return true;
        }
        m_error = u"%1.%2: unknown value “%3”"_s.arg(m_table.name(), column.toString(), v.toString());
        return false;
    }

    const QString &error() const { return m_error; }
    void fail(const QString &why) { m_error = m_table.name() + u": "_s + why; }

private:
    const DbTable &m_table;
    QSqlQuery m_query;
    QString m_error;
    qint64 m_rows = 0;
};

QStringList readStringList(QSqlDatabase &db, QStringView table, QStringView column, QString &error)
{
    QStringList out;
    TableRows rows(db, table, u"position"_s);
    while (rows.next())
        out.append(rows.text(column));
    error = rows.error();
    return out;
}

} // namespace

ProjectReader::ProjectReader(QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<Project> ProjectReader::read()
{
    Project p;
    if (!readInfo(p.info) || !readMoments(p.moments) || !readTools(p.tools) || !readObjectives(p.objectives)
        || !readSubGroups(p.subgroups) || !readRoles(p.roles) || !readAgenda(p.moments)
        || !readVersions(p.versions) || !readGuesses(p.objectives) || !readOrigins(p.origins))
        return std::nullopt;
    normalize(p);
    if (const QList<ProjectProblem> problems = validate(p); !problems.isEmpty()) {
        m_error = problems.first().message();
        m_refused = true;
        return std::nullopt;
    }
    return p;
}

bool ProjectReader::readInfo(ProjectInfo &info)
{
    TableRows rows(m_db, u"project", u"id"_s);
    if (!rows.next()) {
        m_error = rows.error().isEmpty() ? u"project: the project row is missing"_s : rows.error();
        return false;
    }
    info.title = rows.text(u"title");
    info.client = rows.text(u"client");
    info.audience = rows.text(u"audience");
    info.author = rows.text(u"author");
    info.summary = rows.text(u"summary");
    info.language = rows.text(u"language");
    info.version = rows.text(u"version");
    const QString accent = rows.text(u"accent");
    info.brand.accent = accent.isEmpty() ? QColor() : QColor::fromString(accent);
    if (!accent.isEmpty() && !info.brand.accent.isValid()) {
        m_error = u"project.accent: invalid colour “%1”"_s.arg(accent);
        return false;
    }
    info.brand.footer = rows.text(u"footer");
    info.brand.logo = rows.value(u"logo").toByteArray();
    info.evaluation = rows.text(u"evaluation");
    info.maxTools = rows.integer(u"max_tools");
    if (rows.next()) {
        m_error = u"project: more than one project row"_s;
        return false;
    }
    info.rules = readStringList(m_db, u"community_rules", u"rule", m_error);
    if (!m_error.isEmpty())
        return false;
    info.mutedRules = readStringList(m_db, u"muted_rules", u"rule_id", m_error);
    return m_error.isEmpty();
}

bool ProjectReader::readMoments(QList<Moment> &moments)
{
    TableRows rows(m_db, u"moments", u"position"_s);
    while (rows.next()) {
        Moment m;
        m.id = rows.id(u"id");
        m.name = rows.text(u"name");
        const QVariant start = rows.value(u"start");
        if (!start.isNull()) {
            m.start = QDateTime::fromString(start.toString(), Qt::ISODateWithMs);
            if (!m.start.isValid()) {
                rows.fail(u"invalid start “%1”"_s.arg(start.toString()));
                break;
            }
        }
        m.minutes = rows.integer(u"minutes");
        if (!rows.key(u"mode", m.mode))
            break;
        m.place = rows.text(u"place");
        moments.append(m);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readTools(QList<Tool> &tools)
{
    QHash<Id, int> rowOf;
    {
        TableRows rows(m_db, u"tools", u"position"_s);
        while (rows.next()) {
            Tool t;
            t.id = rows.id(u"id");
            t.name = rows.text(u"name");
            if (!rows.key(u"type", t.type) || !rows.key(u"status", t.status))
                break;
            t.synchronous = rows.flag(u"synchronous");
            t.needsAccount = rows.flag(u"needs_account");
            t.oftenBlocked = rows.flag(u"often_blocked");
            t.clientProvided = rows.flag(u"client_provided");
            t.cost = rows.text(u"cost");
            t.url = rows.text(u"url");
            t.replacement = rows.text(u"replacement");
            t.description = rows.text(u"description");
            t.benefit = rows.text(u"benefit");
            t.access = rows.text(u"access");
            rowOf.insert(t.id, int(tools.size()));
            tools.append(t);
        }
        if (!(m_error = rows.error()).isEmpty())
            return false;
    }
    {
        TableRows rows(m_db, u"tool_directions", u"tool_id, position"_s);
        while (rows.next()) {
            Direction d{};
            if (!rows.key(u"direction", d))
                break;
            // The foreign key guarantees the tool exists.
            tools[rowOf.value(rows.id(u"tool_id"))].directions.append(d);
        }
        if (!(m_error = rows.error()).isEmpty())
            return false;
    }
    TableRows rows(m_db, u"tool_setup_steps", u"tool_id, position"_s);
    while (rows.next())
        tools[rowOf.value(rows.id(u"tool_id"))].setup.append(rows.text(u"step"));
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readObjectives(QList<Objective> &objectives)
{
    QHash<Id, int> rowOf;
    {
        TableRows rows(m_db, u"objectives", u"position"_s);
        while (rows.next()) {
            Objective o;
            o.id = rows.id(u"id");
            o.statement = rows.text(u"statement");
            o.measure = rows.text(u"measure");
            o.notes = rows.text(u"notes");
            o.instrument.name = rows.text(u"instrument_name");
            o.instrument.description = rows.text(u"instrument_description");
            o.instrument.fileName = rows.text(u"instrument_file_name");
            o.instrument.fileData = rows.value(u"instrument_file").toByteArray();
            rowOf.insert(o.id, int(objectives.size()));
            objectives.append(o);
        }
        if (!(m_error = rows.error()).isEmpty())
            return false;
    }
    TableRows rows(m_db, u"activities", u"objective_id, position"_s);
    while (rows.next()) {
        Activity a;
        a.id = rows.id(u"id");
        a.title = rows.text(u"title");
        a.instructions = rows.text(u"instructions");
        if (!rows.key(u"phase", a.phase) || !rows.key(u"direction", a.direction) || !rows.key(u"grouping", a.grouping)
            || !rows.key(u"led_by", a.ledBy) || !rows.key(u"assessment", a.assessment)
            || !rows.key(u"recurrence_unit", a.recurrence.unit))
            break;
        a.toolId = rows.id(u"tool_id");
        a.duration = {rows.integer(u"duration_min"), rows.integer(u"duration_max")};
        a.deliverable = rows.text(u"deliverable");
        a.benefit = rows.text(u"benefit");
        a.momentId = rows.id(u"moment_id");
        a.offsetDays = rows.integer(u"offset_days");
        a.noTool = rows.flag(u"no_tool");
        a.ledByRoleId = rows.id(u"led_by_role_id");
        a.ledByName = rows.text(u"led_by_name");
        a.recurrence.interval = rows.integer(u"recurrence_interval");
        a.recurrence.count = rows.integer(u"recurrence_count");
        const QVariant until = rows.value(u"recurrence_until");
        if (!until.isNull()) {
            a.recurrence.until = QDate::fromString(until.toString(), Qt::ISODate);
            if (!a.recurrence.until.isValid()) {
                rows.fail(u"invalid recurrence_until “%1”"_s.arg(until.toString()));
                break;
            }
        }
        objectives[rowOf.value(rows.id(u"objective_id"))].activities.append(a);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readSubGroups(QList<SubGroup> &subgroups)
{
    TableRows rows(m_db, u"subgroups", u"position"_s);
    while (rows.next()) {
        SubGroup g;
        g.id = rows.id(u"id");
        g.name = rows.text(u"name");
        g.mission = rows.text(u"mission");
        g.objectiveId = rows.id(u"objective_id");
        g.members = rows.integer(u"members");
        subgroups.append(g);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readRoles(QList<Role> &roles)
{
    TableRows rows(m_db, u"roles", u"position"_s);
    while (rows.next()) {
        Role r;
        r.id = rows.id(u"id");
        if (!rows.key(u"kind", r.kind))
            break;
        r.name = rows.text(u"name");
        r.duties = rows.text(u"duties");
        r.customKind = rows.text(u"custom_kind");
        roles.append(r);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readAgenda(QList<Moment> &moments)
{
    QHash<Id, int> rowOf;
    for (int i = 0; i < moments.size(); ++i)
        rowOf.insert(moments[i].id, i);
    TableRows rows(m_db, u"agenda_items", u"moment_id, position"_s);
    while (rows.next()) {
        AgendaItem item;
        item.id = rows.id(u"id");
        if (!rows.key(u"kind", item.kind))
            break;
        item.activityId = rows.id(u"activity_id");
        item.title = rows.text(u"title");
        item.minutes = rows.integer(u"minutes");
        // The foreign key guarantees the moment exists.
        moments[rowOf.value(rows.id(u"moment_id"))].agenda.append(item);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readVersions(QList<Version> &versions)
{
    TableRows rows(m_db, u"versions", u"position"_s);
    while (rows.next()) {
        Version v;
        v.id = rows.id(u"id");
        v.name = rows.text(u"name");
        const QVariant created = rows.value(u"created");
        if (!created.isNull()) {
            v.created = QDateTime::fromString(created.toString(), Qt::ISODate);
            if (!v.created.isValid()) {
                rows.fail(u"invalid date “%1”"_s.arg(created.toString()));
                break;
            }
        }
        v.note = rows.text(u"note");
        v.snapshot = rows.value(u"snapshot").toByteArray();
        versions.append(v);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readGuesses(QList<Objective> &objectives)
{
    QHash<Id, Activity *> byId;
    for (Objective &o : objectives)
        for (Activity &a : o.activities)
            byId.insert(a.id, &a);
    TableRows rows(m_db, u"activity_guesses", u"activity_id, position"_s);
    while (rows.next()) {
        GuessMark mark;
        mark.field = rows.text(u"field");
        mark.reason = rows.text(u"reason");
        // The foreign key guarantees the activity exists.
        if (Activity *a = byId.value(rows.id(u"activity_id")))
            a->guesses.append(mark);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

bool ProjectReader::readOrigins(QList<ProjectOrigin> &origins)
{
    TableRows rows(m_db, u"library_origins", u"position"_s);
    while (rows.next()) {
        ProjectOrigin o;
        o.kind = rows.text(u"kind");
        o.libraryId = rows.text(u"library_id");
        o.rowVersion = rows.integer(u"row_version");
        o.localId = rows.id(u"local_id");
        origins.append(o);
    }
    m_error = rows.error();
    return m_error.isEmpty();
}

} // namespace bw
