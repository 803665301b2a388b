// SPDX-License-Identifier: GPL-3.0-or-later
// projectFromJson: the reading half of the JSON interchange (PRODUCT.md §7).
#include "jsoninterchange.h"

#include "catalogue/catalogue.h"
#include "jsoninput.h"
#include "jsonobjectreader.h"
#include "model/projectvalidation.h"
#include "tooljson.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bw {

namespace {

QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

// The keys ("id") of one kind of item in the document: which item each names, and where each
// item sits, for messages.
struct Keys {
    QHash<qint64, Id> ids; // document key → project id
    QHash<qint64, QString> paths; // document key → the item's path
    QStringList rows; // path of the item at each row of the project's list

    // Reads the item's optional "id"; a key used twice within a kind is refused.
    void read(JsonObjectReader &in, Id id)
    {
        rows.append(in.path());
        const auto key = in.itemKey(QLatin1String("id"));
        if (!key)
            return;
        if (ids.contains(*key))
            in.fail(QLatin1String("id"),
                JsonObjectReader::tr("the id %1 is also the id of %2").arg(*key).arg(paths.value(*key)));
        ids.insert(*key, id);
        paths.insert(*key, in.path());
    }
};

// A reference by key to an item the document may list only further on (an activity's leading
// role, an agenda entry's activity): resolved once everything is read.
struct PendingReference {
    int row = -1; // the objective's (activity) or the moment's (agenda entry) row
    int sub = -1; // the activity's or the entry's row within it
    qint64 key = 0;
    QString path; // of the reference, for messages
};

// Builds a Project from a parsed document. Any error throws JsonReadError with its path.
class ProjectReader {
    Q_DECLARE_TR_FUNCTIONS(bw::JsonInterchange)

public:
    explicit ProjectReader(QStringList *warnings)
        : m_warnings(warnings)
    {
    }

    Project read(const QJsonObject &root)
    {
        JsonObjectReader in(root, QString(), m_warnings);
        checkFormat(in);
        in.ignore(k("template")); // a built-in template's own name and label

        const ProjectInfo defaults;
        ProjectInfo &info = m_project.info;
        info.title = in.string(k("title"));
        info.client = in.string(k("client"));
        info.audience = in.string(k("audience"));
        info.author = in.string(k("author"));
        info.summary = in.string(k("summary"));
        info.language = in.string(k("language"), defaults.language);
        info.version = in.string(k("planVersion"), defaults.version);
        JsonObjectReader brand = in.object(k("brand"));
        readBrand(brand);
        info.rules = in.stringList(k("rules"));
        info.evaluation = in.string(k("evaluation"));
        info.maxTools = in.integer(k("maxTools"), defaults.maxTools);
        info.mutedRules = in.stringList(k("mutedRules"));

        // Moments and tools first: activities refer to both, by key or by name.
        for (JsonObjectReader &m : in.objectList(k("moments")))
            m_project.moments.append(readMoment(m));
        for (JsonObjectReader &t : in.objectList(k("tools"))) {
            const Id id = m_nextId++;
            m_toolKeys.read(t, id);
            const Tool *builtin = builtinTool(t.string(k("name")));
            Tool tool = readToolJson(t, builtin ? *builtin : Tool {});
            tool.id = id;
            m_project.tools.append(tool);
        }
        for (JsonObjectReader &o : in.objectList(k("objectives")))
            m_project.objectives.append(readObjective(o));
        for (JsonObjectReader &g : in.objectList(k("subgroups")))
            m_project.subgroups.append(readSubGroup(g));
        for (JsonObjectReader &r : in.objectList(k("roles")))
            m_project.roles.append(readRole(r));
        for (JsonObjectReader &o : in.objectList(k("libraryOrigins")))
            m_project.origins.append(readOrigin(o));
        in.warnUnknownKeys();
        resolvePending();
        adoptKeys();
        return m_project;
    }

private:
    // Items were numbered in reading order. When the document's keys are unique across all
    // kinds (as an export writes them: they are the project's ids), the keyed items take their
    // keys back as ids and the others are numbered after the largest key, so that export →
    // import → export gives the same document, byte for byte.
    void adoptKeys()
    {
        QHash<Id, Id> renumbered; // reading-order id → adopted id
        QSet<qint64> used;
        for (const Keys *keys :
            { &m_momentKeys, &m_agendaKeys, &m_toolKeys, &m_objectiveKeys, &m_activityKeys, &m_roleKeys })
            for (auto it = keys->ids.cbegin(); it != keys->ids.cend(); ++it) {
                if (used.contains(it.key()))
                    return;
                used.insert(it.key());
                renumbered.insert(it.value(), it.key());
            }
        if (used.isEmpty())
            return;
        Id next = *std::max_element(used.cbegin(), used.cend()) + 1;
        if (next + m_nextId > Limits::MaxId)
            return; // keys that near the limit would leave no room: keep reading order
        const auto renumber = [&](Id &id) {
            const Id adopted = renumbered.value(id);
            id = adopted ? adopted : renumbered.insert(id, next++).value();
        };
        const auto reference = [&renumbered](Id &id) { id = renumbered.value(id); };
        for (ProjectOrigin &o : m_project.origins)
            reference(o.localId);
        for (Moment &m : m_project.moments) {
            renumber(m.id);
            for (AgendaItem &item : m.agenda)
                renumber(item.id);
        }
        for (Tool &t : m_project.tools)
            renumber(t.id);
        for (Objective &o : m_project.objectives) {
            renumber(o.id);
            for (Activity &a : o.activities)
                renumber(a.id);
        }
        for (SubGroup &g : m_project.subgroups)
            renumber(g.id);
        for (Role &r : m_project.roles)
            renumber(r.id);
        for (Objective &o : m_project.objectives)
            for (Activity &a : o.activities) {
                reference(a.toolId);
                reference(a.momentId);
                reference(a.ledByRoleId);
            }
        for (Moment &m : m_project.moments)
            for (AgendaItem &item : m.agenda)
                reference(item.activityId);
        for (SubGroup &g : m_project.subgroups)
            reference(g.objectiveId);
    }

    // Links the references to items that come later in the document.
    void resolvePending()
    {
        for (const PendingReference &r : std::as_const(m_pendingLeaders)) {
            const Id id = m_roleKeys.ids.value(r.key);
            if (!id)
                throw JsonReadError { r.path + QLatin1String(": ")
                    + tr("no role has the id %1 in \"roles\"").arg(r.key) };
            m_project.objectives[r.row].activities[r.sub].ledByRoleId = id;
        }
        for (const PendingReference &r : std::as_const(m_pendingAgenda)) {
            const Id id = m_activityKeys.ids.value(r.key);
            if (!id)
                throw JsonReadError { r.path + QLatin1String(": ")
                    + tr("no activity has the id %1 in \"objectives\"").arg(r.key) };
            m_project.moments[r.row].agenda[r.sub].activityId = id;
        }
    }

    // Format and version come first so that a newer document is refused as newer, not for
    // whatever its new keys or values happen to trip over.
    static void checkFormat(JsonObjectReader &in)
    {
        const QString expected = QLatin1Char('"') + JsonInterchangeFormat + QLatin1Char('"');
        if (!in.has(k("format")))
            in.missing(k("format"), tr("expected %1").arg(expected));
        const QJsonValue format = in.value(k("format"));
        if (format.toString() != JsonInterchangeFormat)
            in.fail(k("format"),
                tr("%1 is not a Blendwise plan (expected %2)").arg(JsonObjectReader::describe(format), expected));
        if (!in.has(k("version")))
            in.missing(k("version"), tr("expected %1").arg(JsonInterchangeVersion));
        const int version = in.integer(k("version"), 0);
        if (version > JsonInterchangeVersion)
            in.fail(k("version"),
                tr("the plan was made by a newer version of Blendwise (format version %1; "
                   "this version reads up to %2)")
                    .arg(version)
                    .arg(JsonInterchangeVersion));
        if (version < 1)
            in.fail(k("version"), tr("unsupported format version %1").arg(version));
    }

    void readBrand(JsonObjectReader &in)
    {
        Brand &brand = m_project.info.brand;
        if (in.has(k("accent"))) {
            const QString accent = in.string(k("accent"));
            brand.accent = QColor(accent);
            if (!brand.accent.isValid())
                in.fail(k("accent"), tr("\"%1\" is not a colour (expected a value like #1F6FB2)").arg(accent));
        }
        brand.footer = in.string(k("footer"));
        const auto logo
            = QByteArray::fromBase64Encoding(in.string(k("logo")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!logo)
            in.fail(k("logo"), tr("not valid base64"));
        brand.logo = *logo;
        in.warnUnknownKeys();
    }

    Moment readMoment(JsonObjectReader &in)
    {
        Moment moment;
        moment.id = m_nextId++;
        m_momentKeys.read(in, moment.id);
        moment.name = in.string(k("name"));
        const QString start = in.string(k("start"));
        if (!start.isEmpty()) {
            moment.start = QDateTime::fromString(start, QStringLiteral("yyyy-MM-ddTHH:mm"));
            if (!moment.start.isValid()) {
                // Seconds are accepted and dropped: the model keeps minutes.
                moment.start = QDateTime::fromString(start, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
                moment.start.setTime(QTime(moment.start.time().hour(), moment.start.time().minute()));
            }
            if (!moment.start.isValid())
                in.fail(k("start"),
                    tr("\"%1\" is not a date and time (expected a value like 2027-03-04T09:00)").arg(start));
        }
        moment.minutes = in.integer(k("minutes"), 0); // its range is validate()'s
        moment.mode = in.enumValue(k("mode"), moment.mode);
        moment.place = in.string(k("place"));
        const int row = int(m_project.moments.size());
        for (JsonObjectReader &entry : in.objectList(k("agenda")))
            moment.agenda.append(readAgendaItem(entry, row, int(moment.agenda.size())));
        in.warnUnknownKeys();
        return moment;
    }

    AgendaItem readAgendaItem(JsonObjectReader &in, int momentRow, int row)
    {
        AgendaItem item;
        item.id = m_nextId++;
        m_agendaKeys.read(in, item.id);
        item.kind = in.enumValue(k("kind"), item.kind);
        const auto activity = in.itemKey(k("activityId"));
        if (item.kind == AgendaKind::Activity) {
            if (!activity)
                in.missing(k("activityId"), tr("the id of one of the activities"));
            m_pendingAgenda.append({ momentRow, row, *activity, in.pathOf(k("activityId")) });
        } else if (activity) {
            in.fail(k("activityId"), tr("only an entry of kind \"activity\" names an activity"));
        }
        item.title = in.string(k("title"));
        item.minutes = in.integer(k("minutes"), 0); // its range is validate()'s
        in.warnUnknownKeys();
        return item;
    }

    Objective readObjective(JsonObjectReader &in)
    {
        Objective objective;
        objective.id = m_nextId++;
        m_objectiveKeys.read(in, objective.id);
        objective.statement = in.requiredString(k("statement"));
        objective.measure = in.string(k("measure"));
        JsonObjectReader instrument = in.object(k("instrument"));
        objective.instrument = readInstrument(instrument);
        objective.notes = in.string(k("notes"));
        const int row = int(m_project.objectives.size());
        for (JsonObjectReader &a : in.objectList(k("activities")))
            objective.activities.append(readActivity(a, row, int(objective.activities.size())));
        in.warnUnknownKeys();
        return objective;
    }

    static AssessmentInstrument readInstrument(JsonObjectReader &in)
    {
        AssessmentInstrument instrument;
        instrument.name = in.string(k("name"));
        instrument.description = in.string(k("description"));
        instrument.fileName = in.string(k("fileName"));
        const auto file
            = QByteArray::fromBase64Encoding(in.string(k("file")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!file)
            in.fail(k("file"), tr("not valid base64"));
        instrument.fileData = *file;
        in.warnUnknownKeys();
        return instrument;
    }

    // null or missing: the activity happens once.
    static Recurrence readRecurrence(JsonObjectReader &activity)
    {
        const QJsonValue v = activity.value(k("recurrence"));
        if (v.isUndefined() || v.isNull())
            return {};
        JsonObjectReader in = activity.object(k("recurrence"));
        Recurrence recurrence;
        recurrence.unit = in.requiredEnum<RecurrenceUnit>(k("unit"));
        recurrence.interval = in.integer(k("interval"), recurrence.interval); // ranges are validate()'s
        recurrence.count = in.integer(k("count"), recurrence.count);
        const QJsonValue until = in.value(k("until"));
        if (!until.isUndefined() && !until.isNull()) {
            if (!until.isString())
                in.typeError(k("until"), tr("a date such as \"2027-05-31\" or null"));
            recurrence.until = QDate::fromString(until.toString(), Qt::ISODate);
            if (!recurrence.until.isValid() || until.toString().size() != 10)
                in.fail(
                    k("until"), tr("\"%1\" is not a date (expected a value like 2027-05-31)").arg(until.toString()));
        }
        in.warnUnknownKeys();
        return recurrence;
    }

    Activity readActivity(JsonObjectReader &in, int objectiveRow, int row)
    {
        Activity activity;
        activity.id = m_nextId++;
        m_activityKeys.read(in, activity.id);
        activity.title = in.requiredString(k("title"));
        activity.instructions = in.string(k("instructions"));
        activity.phase = in.requiredEnum<Phase>(k("phase"));
        activity.direction = in.requiredEnum<Direction>(k("direction"));
        activity.toolId = resolveTool(in);
        activity.noTool = in.boolean(k("noTool"), false);
        activity.duration = readMinutes(in);
        activity.grouping = in.enumValue(k("grouping"), activity.grouping);
        activity.ledBy = in.enumValue(k("ledBy"), activity.ledBy);
        if (const auto role = in.itemKey(k("ledByRoleId")))
            m_pendingLeaders.append({ objectiveRow, row, *role, in.pathOf(k("ledByRoleId")) });
        activity.ledByName = in.string(k("ledByName"));
        activity.deliverable = in.string(k("deliverable"));
        activity.benefit = in.string(k("benefit"));
        activity.assessment = in.enumValue(k("assessment"), activity.assessment);
        activity.momentId = resolveMoment(in);
        activity.offsetDays = in.integer(k("offsetDays"), 0);
        activity.recurrence = readRecurrence(in);
        for (JsonObjectReader &g : in.objectList(k("guesses"))) {
            GuessMark mark;
            mark.field = g.requiredString(k("field"));
            mark.reason = g.string(k("reason"));
            g.warnUnknownKeys();
            activity.guesses.append(mark);
        }
        in.warnUnknownKeys();
        return activity;
    }

    // "localId" is the key of the tool or activity the library item became (none for the whole
    // project); a key that names nothing reads as none, as a save would store it.
    ProjectOrigin readOrigin(JsonObjectReader &in)
    {
        ProjectOrigin origin;
        origin.kind = in.requiredString(k("kind"));
        origin.libraryId = in.string(k("libraryId"));
        origin.rowVersion = in.integer(k("rowVersion"), 0);
        if (const auto key = in.itemKey(k("localId")))
            origin.localId = origin.kind == u"tool" ? m_toolKeys.ids.value(*key) : m_activityKeys.ids.value(*key);
        in.warnUnknownKeys();
        return origin;
    }

    // "minutes": 30, or a range "10-15" (also "10–15"); missing means not estimated yet.
    static Duration readMinutes(JsonObjectReader &in)
    {
        const QJsonValue v = in.value(k("minutes"));
        if (v.isUndefined())
            return {};
        if (v.isString()) {
            if (const auto d = Duration::fromString(v.toString()))
                return *d;
            in.fail(k("minutes"),
                tr("\"%1\" is not a duration (expected minutes such as 30 or a range such as "
                   "\"10-15\")")
                    .arg(v.toString()));
        }
        const double minutes = v.toDouble(-1);
        // Range-checked before the conversion (a double beyond int is undefined behaviour to
        // convert); the upper bound is validate()'s, which names Limits::MaxMinutes.
        if (!v.isDouble() || minutes < 0 || minutes != std::floor(minutes) || minutes > std::numeric_limits<int>::max())
            in.typeError(k("minutes"), tr("a number of minutes or a range such as \"10-15\""));
        return Duration::exact(int(minutes));
    }

    // "momentId" (the moment's key) decides; without it the name, which must then name exactly
    // one moment: two moments may share a name, and guessing would date activities wrongly.
    Id resolveMoment(JsonObjectReader &in)
    {
        const QString name = in.string(k("moment"));
        if (const auto key = in.itemKey(k("momentId"))) {
            if (const Id id = m_momentKeys.ids.value(*key))
                return id;
            in.fail(k("momentId"), tr("no moment has the id %1 in \"moments\"").arg(*key));
        }
        if (name.isEmpty())
            return 0;
        QList<int> rows;
        for (int i = 0; i < m_project.moments.size(); ++i)
            if (m_project.moments[i].name == name)
                rows.append(i);
        if (rows.isEmpty())
            in.fail(k("moment"), tr("no moment named \"%1\" in \"moments\"").arg(name));
        if (rows.size() > 1)
            in.fail(k("moment"),
                tr("\"%1\" is the name of %2 and %3; refer to the moment by its id with \"momentId\"")
                    .arg(name, m_momentKeys.rows.value(rows[0]), m_momentKeys.rows.value(rows[1])));
        return m_project.moments[rows[0]].id;
    }

    Id resolveTool(JsonObjectReader &in)
    {
        const QString name = in.string(k("tool"));
        if (const auto key = in.itemKey(k("toolId"))) {
            if (const Id id = m_toolKeys.ids.value(*key))
                return id;
            in.fail(k("toolId"), tr("no tool has the id %1 in \"tools\"").arg(*key));
        }
        if (name.isEmpty())
            return 0;
        QList<int> rows;
        for (int i = 0; i < m_project.tools.size(); ++i)
            if (m_project.tools[i].name.compare(name, Qt::CaseInsensitive) == 0)
                rows.append(i);
        if (rows.size() > 1)
            in.fail(k("tool"),
                tr("\"%1\" is the name of %2 and %3; refer to the tool by its id with \"toolId\"")
                    .arg(name, m_toolKeys.rows.value(rows[0]), m_toolKeys.rows.value(rows[1])));
        if (!rows.isEmpty())
            return m_project.tools[rows[0]].id;
        Tool tool;
        if (const Tool *builtin = builtinTool(name)) {
            tool = *builtin;
        } else {
            tool.name = name;
            in.warn(k("tool"),
                tr("\"%1\" is neither in \"tools\" nor in the built-in catalogue; "
                   "added as a plain tool")
                    .arg(name));
        }
        tool.id = m_nextId++;
        m_project.tools.append(tool);
        return tool.id;
    }

    SubGroup readSubGroup(JsonObjectReader &in)
    {
        SubGroup group;
        group.id = m_nextId++;
        group.name = in.string(k("name"));
        group.mission = in.string(k("mission"));
        const QJsonValue objective = in.value(k("objective"));
        if (const auto key = in.itemKey(k("objectiveId"))) {
            // The key decides; the position beside it is for readers that know no keys.
            group.objectiveId = m_objectiveKeys.ids.value(*key);
            if (!group.objectiveId)
                in.fail(k("objectiveId"), tr("no objective has the id %1 in \"objectives\"").arg(*key));
        } else if (!objective.isUndefined() && !objective.isNull()) {
            const int row = in.integer(k("objective"), -1);
            if (row < 0 || row >= m_project.objectives.size())
                in.fail(k("objective"),
                    tr("there is no objective %1 (expected an index from 0 to %2, or null)")
                        .arg(row)
                        .arg(m_project.objectives.size() - 1));
            group.objectiveId = m_project.objectives[row].id;
        }
        group.members = in.integer(k("members"), 0); // its range is validate()'s
        in.warnUnknownKeys();
        return group;
    }

    Role readRole(JsonObjectReader &in)
    {
        Role role;
        role.id = m_nextId++;
        m_roleKeys.read(in, role.id);
        role.kind = in.enumValue(k("role"), role.kind);
        role.customKind = in.string(k("customKind"));
        role.name = in.string(k("name"));
        role.duties = in.string(k("duties"));
        in.warnUnknownKeys();
        return role;
    }

    QStringList *m_warnings;
    Project m_project;
    Id m_nextId = 1;
    Keys m_momentKeys, m_toolKeys, m_objectiveKeys, m_activityKeys, m_roleKeys, m_agendaKeys;
    QList<PendingReference> m_pendingLeaders, m_pendingAgenda;
};

// "line 3, column 14" for a byte offset into the document.
QString positionOf(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return JsonObjectReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

JsonImportResult projectFromJson(const QByteArray &json)
{
    JsonImportResult result;
    // Size, encoding, text lengths and lone surrogates: what the parser would accept silently
    // or only after taking all memory.
    if (const QString problem = jsonInputProblem(json); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = JsonObjectReader::tr("not valid JSON at %1: %2")
                           .arg(positionOf(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = JsonObjectReader::tr("not a Blendwise plan: the document is not a JSON object");
        return result;
    }
    try {
        Project project = ProjectReader(&result.warnings).read(document.object());
        // The same rules as the project file's, so that whatever imports can be saved and
        // reloaded equal; a problem is named by its place in the document.
        normalize(project);
        if (const QList<ProjectProblem> problems = validate(project); !problems.isEmpty()) {
            result.error = problems.first().path + QLatin1String(": ") + problems.first().what;
            result.warnings.clear();
            return result;
        }
        result.project = std::move(project);
    } catch (const JsonReadError &e) {
        result.error = e.message;
        result.warnings.clear();
    }
    return result;
}

} // namespace bw
