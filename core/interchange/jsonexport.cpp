// SPDX-License-Identifier: GPL-3.0-or-later
// projectToJson: the writing half of the JSON interchange (PRODUCT.md §7).
#include "jsoninterchange.h"

#include "jsonwriter.h"
#include "model/projectvalidation.h"
#include "tooljson.h"

#include <algorithm>

namespace bw {

namespace {

QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

// Minute precision, local time: the form people type and the one the templates use.
QString dateTimeKey(const QDateTime &when)
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

// A reference by key: the referenced item's "id", or null for none.
void writeKey(JsonWriter &out, QLatin1String name, Id id)
{
    out.key(name);
    if (id)
        out.value(qint64(id));
    else
        out.null();
}

void writeBrand(JsonWriter &out, const Brand &brand)
{
    out.key(k("brand"));
    out.beginObject();
    // #RRGGBB as people write it; #AARRGGBB only for a translucent accent, so that none is lost.
    out.field(k("accent"), brand.accent.name(brand.accent.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb).toUpper());
    out.field(k("footer"), brand.footer);
    out.field(k("logo"), QString::fromLatin1(brand.logo.toBase64()));
    out.endObject();
}

void writeAgendaItem(JsonWriter &out, const AgendaItem &item)
{
    out.beginObject();
    out.key(k("id"));
    out.value(qint64(item.id));
    out.field(k("kind"), enumKey(item.kind));
    writeKey(out, k("activityId"), item.activityId);
    out.field(k("title"), item.title);
    out.field(k("minutes"), item.minutes);
    out.endObject();
}

void writeMoment(JsonWriter &out, const Moment &moment)
{
    out.beginObject();
    out.key(k("id"));
    out.value(qint64(moment.id));
    out.field(k("name"), moment.name);
    out.field(k("start"), dateTimeKey(moment.start));
    out.field(k("minutes"), moment.minutes);
    out.field(k("mode"), enumKey(moment.mode));
    out.field(k("place"), moment.place);
    out.key(k("agenda"));
    out.beginArray();
    for (const AgendaItem &item : moment.agenda)
        writeAgendaItem(out, item);
    out.endArray();
    out.endObject();
}

bool hasRole(const Project &project, Id id)
{
    return id && std::any_of(project.roles.cbegin(), project.roles.cend(), [id](const Role &r) { return r.id == id; });
}

// null for an activity that happens once.
void writeRecurrence(JsonWriter &out, const Recurrence &recurrence)
{
    out.key(k("recurrence"));
    if (!recurrence.isSet()) {
        out.null();
        return;
    }
    out.beginObject();
    out.field(k("unit"), enumKey(recurrence.unit));
    out.field(k("interval"), recurrence.interval);
    out.field(k("count"), recurrence.count);
    out.key(k("until"));
    if (recurrence.until.isValid())
        out.value(recurrence.until.toString(Qt::ISODate));
    else
        out.null();
    out.endObject();
}

void writeActivity(JsonWriter &out, const Project &project, const Activity &activity)
{
    const Tool *tool = project.tool(activity.toolId);
    const Moment *moment = project.moment(activity.momentId);
    out.beginObject();
    out.key(k("id"));
    out.value(qint64(activity.id));
    out.field(k("title"), activity.title);
    out.field(k("instructions"), activity.instructions);
    out.field(k("phase"), enumKey(activity.phase));
    out.field(k("direction"), enumKey(activity.direction));
    // The name for people and for older readers; the key is what identifies the tool.
    out.field(k("tool"), tool ? tool->name : QString());
    writeKey(out, k("toolId"), tool ? tool->id : 0);
    out.field(k("noTool"), activity.noTool);
    // A plain number unless it is a range, so that simple plans stay simple to write by hand.
    if (activity.duration.isRange())
        out.field(k("minutes"), activity.duration.toKey());
    else
        out.field(k("minutes"), activity.duration.min);
    out.field(k("grouping"), enumKey(activity.grouping));
    out.field(k("ledBy"), enumKey(activity.ledBy));
    writeKey(out, k("ledByRoleId"), hasRole(project, activity.ledByRoleId) ? activity.ledByRoleId : 0);
    out.field(k("ledByName"), activity.ledByName);
    out.field(k("deliverable"), activity.deliverable);
    out.field(k("benefit"), activity.benefit);
    out.field(k("assessment"), enumKey(activity.assessment));
    out.field(k("moment"), moment ? moment->name : QString());
    writeKey(out, k("momentId"), moment ? moment->id : 0);
    out.field(k("offsetDays"), activity.offsetDays);
    writeRecurrence(out, activity.recurrence);
    // Optional: only a plan with unchecked import guesses has it, so older documents stay as they were.
    if (!activity.guesses.isEmpty()) {
        out.key(k("guesses"));
        out.beginArray();
        for (const GuessMark &mark : activity.guesses) {
            out.beginObject();
            out.field(k("field"), mark.field);
            out.field(k("reason"), mark.reason);
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
}

void writeObjective(JsonWriter &out, const Project &project, const Objective &objective)
{
    out.beginObject();
    out.key(k("id"));
    out.value(qint64(objective.id));
    out.field(k("statement"), objective.statement);
    out.field(k("measure"), objective.measure);
    out.key(k("instrument"));
    out.beginObject();
    out.field(k("name"), objective.instrument.name);
    out.field(k("description"), objective.instrument.description);
    out.field(k("fileName"), objective.instrument.fileName);
    out.field(k("file"), QString::fromLatin1(objective.instrument.fileData.toBase64()));
    out.endObject();
    out.field(k("notes"), objective.notes);
    out.key(k("activities"));
    out.beginArray();
    for (const Activity &a : objective.activities)
        writeActivity(out, project, a);
    out.endArray();
    out.endObject();
}

void writeSubGroup(JsonWriter &out, const Project &project, const SubGroup &group)
{
    out.beginObject();
    out.field(k("name"), group.name);
    out.field(k("mission"), group.mission);
    // The objective by key, and by position for older readers: statements are long and need
    // not be unique.
    const int row = group.objectiveId ? project.objectiveRow(group.objectiveId) : -1;
    out.key(k("objective"));
    if (row >= 0)
        out.value(qint64(row));
    else
        out.null();
    writeKey(out, k("objectiveId"), row >= 0 ? group.objectiveId : 0);
    out.field(k("members"), group.members);
    out.endObject();
}

void writeRole(JsonWriter &out, const Role &role)
{
    out.beginObject();
    out.key(k("id"));
    out.value(qint64(role.id));
    out.field(k("role"), enumKey(role.kind));
    out.field(k("customKind"), role.customKind);
    out.field(k("name"), role.name);
    out.field(k("duties"), role.duties);
    out.endObject();
}

} // namespace

QByteArray projectToJson(const Project &unrepaired)
{
    // What a save would write: normalize() drops what refers to removed items (an agenda entry
    // of a deleted activity, a leader role that is gone), so that the document imports. The
    // copy shares its lists with the original unless something is repaired.
    Project project = unrepaired;
    normalize(project);
    const ProjectInfo &info = project.info;
    JsonWriter out;
    out.beginObject();
    out.field(k("format"), JsonInterchangeFormat.toString());
    out.field(k("version"), JsonInterchangeVersion);
    out.field(k("title"), info.title);
    out.field(k("client"), info.client);
    out.field(k("audience"), info.audience);
    out.field(k("author"), info.author);
    out.field(k("summary"), info.summary);
    out.field(k("language"), info.language);
    out.field(k("planVersion"), info.version);
    writeBrand(out, info.brand);

    out.key(k("moments"));
    out.beginArray();
    for (const Moment &m : project.moments)
        writeMoment(out, m);
    out.endArray();

    out.key(k("objectives"));
    out.beginArray();
    for (const Objective &o : project.objectives)
        writeObjective(out, project, o);
    out.endArray();

    out.key(k("tools"));
    out.beginArray();
    for (const Tool &t : project.tools)
        writeToolJson(out, t, t.id);
    out.endArray();

    out.key(k("subgroups"));
    out.beginArray();
    for (const SubGroup &g : project.subgroups)
        writeSubGroup(out, project, g);
    out.endArray();

    out.key(k("roles"));
    out.beginArray();
    for (const Role &r : project.roles)
        writeRole(out, r);
    out.endArray();

    // Optional, like "guesses": a plan that took nothing from a team library has no key.
    if (!project.origins.isEmpty()) {
        out.key(k("libraryOrigins"));
        out.beginArray();
        for (const ProjectOrigin &o : project.origins) {
            out.beginObject();
            out.field(k("kind"), o.kind);
            out.field(k("libraryId"), o.libraryId);
            out.field(k("rowVersion"), o.rowVersion);
            writeKey(out, k("localId"), o.localId);
            out.endObject();
        }
        out.endArray();
    }

    out.field(k("rules"), info.rules);
    out.field(k("evaluation"), info.evaluation);
    out.field(k("maxTools"), info.maxTools);
    out.field(k("mutedRules"), info.mutedRules);
    out.endObject();
    return out.data();
}

} // namespace bw
