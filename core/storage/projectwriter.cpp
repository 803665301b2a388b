// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwriter.h"

#include "schema.h"
#include "tablebatch.h"

#include <QSet>

#include <deque>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// Text columns are NOT NULL, and Qt binds a null QString as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant optionalKey(const QString &key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

QVariant reference(Id id, const QSet<Id> &existing)
{
    return id && existing.contains(id) ? QVariant(id) : QVariant();
}

void addStringList(TableBatch &batch, const QStringList &list, QStringView column)
{
    for (int i = 0; i < list.size(); ++i) {
        batch.set(u"position", i).set(column, text(list[i]));
        batch.nextRow();
    }
}

} // namespace

QString ProjectWriter::write(QSqlDatabase &db, const Project &p)
{
    // A deque because the batches are filled through references that must stay valid while
    // further tables are added; they are inserted in creation order, referenced tables first.
    std::deque<TableBatch> batches;
    const auto table = [&batches](const char16_t *name) -> TableBatch & {
        return batches.emplace_back(Schema::table(QStringView(name)));
    };

    const ProjectInfo &info = p.info;
    TableBatch &project = table(u"project");
    project.set(u"id", 1)
        .set(u"title", text(info.title))
        .set(u"client", text(info.client))
        .set(u"audience", text(info.audience))
        .set(u"author", text(info.author))
        .set(u"summary", text(info.summary))
        .set(u"language", text(info.language))
        .set(u"version", text(info.version))
        .set(u"accent", info.brand.accent.isValid() ? info.brand.accent.name(QColor::HexArgb) : u""_s)
        .set(u"footer", text(info.brand.footer))
        .set(u"logo", info.brand.logo.isEmpty() ? QVariant() : QVariant(info.brand.logo))
        .set(u"evaluation", text(info.evaluation))
        .set(u"max_tools", info.maxTools);
    project.nextRow();
    addStringList(table(u"community_rules"), info.rules, u"rule");
    addStringList(table(u"muted_rules"), info.mutedRules, u"rule_id");

    QSet<Id> momentIds, toolIds, objectiveIds, roleIds, activityIds;
    TableBatch &moments = table(u"moments");
    for (int i = 0; i < p.moments.size(); ++i) {
        const Moment &m = p.moments[i];
        momentIds.insert(m.id);
        moments.set(u"id", m.id)
            .set(u"position", i)
            .set(u"name", text(m.name))
            .set(u"start", m.start.isValid() ? QVariant(m.start.toString(Qt::ISODateWithMs)) : QVariant())
            .set(u"minutes", m.minutes)
            .set(u"mode", enumKey(m.mode))
            .set(u"place", text(m.place));
        moments.nextRow();
    }

    TableBatch &tools = table(u"tools");
    TableBatch &directions = table(u"tool_directions");
    TableBatch &setup = table(u"tool_setup_steps");
    for (int i = 0; i < p.tools.size(); ++i) {
        const Tool &t = p.tools[i];
        toolIds.insert(t.id);
        tools.set(u"id", t.id)
            .set(u"position", i)
            .set(u"name", text(t.name))
            .set(u"type", enumKey(t.type))
            .set(u"synchronous", int(t.synchronous))
            .set(u"needs_account", int(t.needsAccount))
            .set(u"often_blocked", int(t.oftenBlocked))
            .set(u"client_provided", int(t.clientProvided))
            .set(u"cost", text(t.cost))
            .set(u"url", text(t.url))
            .set(u"status", enumKey(t.status))
            .set(u"replacement", text(t.replacement))
            .set(u"description", text(t.description))
            .set(u"benefit", text(t.benefit))
            .set(u"access", text(t.access));
        tools.nextRow();
        for (int d = 0; d < t.directions.size(); ++d) {
            directions.set(u"tool_id", t.id).set(u"position", d).set(u"direction", enumKey(t.directions[d]));
            directions.nextRow();
        }
        for (int s = 0; s < t.setup.size(); ++s) {
            setup.set(u"tool_id", t.id).set(u"position", s).set(u"step", text(t.setup[s]));
            setup.nextRow();
        }
    }

    // Roles before the activities that name them as leaders: foreign keys are checked as
    // each row goes in.
    TableBatch &roles = table(u"roles");
    for (int i = 0; i < p.roles.size(); ++i) {
        const Role &r = p.roles[i];
        roleIds.insert(r.id);
        roles.set(u"id", r.id)
            .set(u"position", i)
            .set(u"kind", enumKey(r.kind))
            .set(u"name", text(r.name))
            .set(u"duties", text(r.duties))
            .set(u"custom_kind", text(r.customKind));
        roles.nextRow();
    }

    TableBatch &objectives = table(u"objectives");
    TableBatch &activities = table(u"activities");
    TableBatch &guesses = table(u"activity_guesses"); // after the activities it names
    for (int i = 0; i < p.objectives.size(); ++i) {
        const Objective &o = p.objectives[i];
        objectiveIds.insert(o.id);
        objectives.set(u"id", o.id)
            .set(u"position", i)
            .set(u"statement", text(o.statement))
            .set(u"measure", text(o.measure))
            .set(u"notes", text(o.notes))
            .set(u"instrument_name", text(o.instrument.name))
            .set(u"instrument_description", text(o.instrument.description))
            .set(u"instrument_file_name", text(o.instrument.fileName))
            .set(u"instrument_file", blob(o.instrument.fileData));
        objectives.nextRow();
        for (int r = 0; r < o.activities.size(); ++r) {
            const Activity &a = o.activities[r];
            activities.set(u"id", a.id)
                .set(u"objective_id", o.id)
                .set(u"position", r)
                .set(u"title", text(a.title))
                .set(u"instructions", text(a.instructions))
                .set(u"phase", optionalKey(enumKey(a.phase)))
                .set(u"direction", optionalKey(enumKey(a.direction)))
                .set(u"tool_id", reference(a.toolId, toolIds))
                .set(u"duration_min", a.duration.min)
                .set(u"duration_max", a.duration.max)
                .set(u"grouping", enumKey(a.grouping))
                .set(u"led_by", enumKey(a.ledBy))
                .set(u"deliverable", text(a.deliverable))
                .set(u"benefit", text(a.benefit))
                .set(u"assessment", enumKey(a.assessment))
                .set(u"moment_id", reference(a.momentId, momentIds))
                .set(u"offset_days", a.offsetDays)
                .set(u"no_tool", int(a.noTool))
                .set(u"led_by_role_id", reference(a.ledByRoleId, roleIds))
                .set(u"led_by_name", text(a.ledByName))
                .set(u"recurrence_unit", optionalKey(enumKey(a.recurrence.unit)))
                .set(u"recurrence_interval", a.recurrence.interval)
                .set(u"recurrence_count", a.recurrence.count)
                .set(u"recurrence_until",
                    a.recurrence.until.isValid() ? QVariant(a.recurrence.until.toString(Qt::ISODate)) : QVariant());
            activities.nextRow();
            activityIds.insert(a.id);
            for (int g = 0; g < a.guesses.size(); ++g) {
                guesses.set(u"activity_id", a.id)
                    .set(u"position", g)
                    .set(u"field", a.guesses[g].field)
                    .set(u"reason", text(a.guesses[g].reason));
                guesses.nextRow();
            }
        }
    }

    TableBatch &subgroups = table(u"subgroups");
    for (int i = 0; i < p.subgroups.size(); ++i) {
        const SubGroup &g = p.subgroups[i];
        subgroups.set(u"id", g.id)
            .set(u"position", i)
            .set(u"name", text(g.name))
            .set(u"mission", text(g.mission))
            .set(u"objective_id", reference(g.objectiveId, objectiveIds))
            .set(u"members", g.members);
        subgroups.nextRow();
    }

    // After the activities that its entries name.
    TableBatch &agenda = table(u"agenda_items");
    for (const Moment &m : p.moments)
        for (int i = 0; i < m.agenda.size(); ++i) {
            const AgendaItem &item = m.agenda[i];
            agenda.set(u"id", item.id)
                .set(u"moment_id", m.id)
                .set(u"position", i)
                .set(u"kind", enumKey(item.kind))
                .set(u"activity_id", reference(item.activityId, activityIds))
                .set(u"title", text(item.title))
                .set(u"minutes", item.minutes);
            agenda.nextRow();
        }

    TableBatch &versions = table(u"versions");
    for (int i = 0; i < p.versions.size(); ++i) {
        const Version &v = p.versions[i];
        versions.set(u"id", v.id)
            .set(u"position", i)
            .set(u"name", text(v.name))
            .set(u"created", v.created.isValid() ? QVariant(v.created.toString(u"yyyy-MM-ddTHH:mm"_s)) : QVariant())
            .set(u"note", text(v.note))
            .set(u"snapshot", QVariant(v.snapshot));
        versions.nextRow();
    }

    TableBatch &origins = table(u"library_origins");
    for (int i = 0; i < p.origins.size(); ++i) {
        const ProjectOrigin &o = p.origins[i];
        origins.set(u"position", i)
            .set(u"kind", o.kind)
            .set(u"library_id", text(o.libraryId))
            .set(u"row_version", o.rowVersion)
            .set(u"local_id", o.localId);
        origins.nextRow();
    }

    for (const auto &batch : batches)
        if (const QString error = batch.insert(db); !error.isEmpty())
            return error;
    return {};
}

} // namespace bw
