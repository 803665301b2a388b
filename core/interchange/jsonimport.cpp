// SPDX-License-Identifier: GPL-3.0-or-later
// projectFromJson: the reading half of the JSON interchange (PRODUCT.md §7).
#include "jsoninterchange.h"

#include "catalogue/catalogue.h"
#include "jsoninput.h"
#include "jsonobjectreader.h"
#include "tooljson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bw {

namespace {

QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

QString tr(const char *text)
{
    return JsonObjectReader::tr(text);
}

// Builds a Project from a parsed document. Any error throws JsonReadError with its path.
class ProjectReader {
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

        // Moments and tools first: activities refer to both by name.
        for (JsonObjectReader &m : in.objectList(k("moments")))
            m_project.moments.append(readMoment(m));
        for (JsonObjectReader &t : in.objectList(k("tools"))) {
            const Tool *builtin = builtinTool(t.string(k("name")));
            Tool tool = readToolJson(t, builtin ? *builtin : Tool {});
            tool.id = m_nextId++;
            m_project.tools.append(tool);
        }
        for (JsonObjectReader &o : in.objectList(k("objectives")))
            m_project.objectives.append(readObjective(o));
        for (JsonObjectReader &g : in.objectList(k("subgroups")))
            m_project.subgroups.append(readSubGroup(g));
        for (JsonObjectReader &r : in.objectList(k("roles")))
            m_project.roles.append(readRole(r));
        in.warnUnknownKeys();
        return m_project;
    }

private:
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
        moment.minutes = in.integer(k("minutes"), 0);
        if (moment.minutes < 0)
            in.fail(k("minutes"), tr("must not be negative"));
        moment.mode = in.enumValue(k("mode"), moment.mode);
        moment.place = in.string(k("place"));
        in.warnUnknownKeys();
        return moment;
    }

    Objective readObjective(JsonObjectReader &in)
    {
        Objective objective;
        objective.id = m_nextId++;
        objective.statement = in.requiredString(k("statement"));
        objective.measure = in.string(k("measure"));
        objective.notes = in.string(k("notes"));
        for (JsonObjectReader &a : in.objectList(k("activities")))
            objective.activities.append(readActivity(a));
        in.warnUnknownKeys();
        return objective;
    }

    Activity readActivity(JsonObjectReader &in)
    {
        Activity activity;
        activity.id = m_nextId++;
        activity.title = in.requiredString(k("title"));
        activity.instructions = in.string(k("instructions"));
        activity.phase = in.requiredEnum<Phase>(k("phase"));
        activity.direction = in.requiredEnum<Direction>(k("direction"));
        activity.toolId = resolveTool(in);
        activity.duration = readMinutes(in);
        activity.grouping = in.enumValue(k("grouping"), activity.grouping);
        activity.ledBy = in.enumValue(k("ledBy"), activity.ledBy);
        activity.deliverable = in.string(k("deliverable"));
        activity.benefit = in.string(k("benefit"));
        activity.assessment = in.enumValue(k("assessment"), activity.assessment);
        const QString moment = in.string(k("moment"));
        if (!moment.isEmpty()) {
            for (const Moment &m : std::as_const(m_project.moments))
                if (m.name == moment) {
                    activity.momentId = m.id;
                    break;
                }
            if (!activity.momentId)
                in.fail(k("moment"), tr("no moment named \"%1\" in \"moments\"").arg(moment));
        }
        activity.offsetDays = in.integer(k("offsetDays"), 0);
        in.warnUnknownKeys();
        return activity;
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
        if (!v.isDouble() || minutes < 0 || minutes != int(minutes))
            in.typeError(k("minutes"), tr("a number of minutes or a range such as \"10-15\""));
        return Duration::exact(int(minutes));
    }

    Id resolveTool(JsonObjectReader &in)
    {
        const QString name = in.string(k("tool"));
        if (name.isEmpty())
            return 0;
        if (const Tool *listed = m_project.toolByName(name))
            return listed->id;
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
        if (!objective.isUndefined() && !objective.isNull()) {
            const int row = in.integer(k("objective"), -1);
            if (row < 0 || row >= m_project.objectives.size())
                in.fail(k("objective"),
                    tr("there is no objective %1 (expected an index from 0 to %2, or null)")
                        .arg(row)
                        .arg(m_project.objectives.size() - 1));
            group.objectiveId = m_project.objectives[row].id;
        }
        group.members = in.integer(k("members"), 0);
        if (group.members < 0)
            in.fail(k("members"), tr("must not be negative"));
        in.warnUnknownKeys();
        return group;
    }

    Role readRole(JsonObjectReader &in)
    {
        Role role;
        role.id = m_nextId++;
        role.kind = in.enumValue(k("role"), role.kind);
        role.name = in.string(k("name"));
        role.duties = in.string(k("duties"));
        in.warnUnknownKeys();
        return role;
    }

    QStringList *m_warnings;
    Project m_project;
    Id m_nextId = 1;
};

// "line 3, column 14" for a byte offset into the document.
QString positionOf(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
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
        result.error
            = tr("not valid JSON at %1: %2").arg(positionOf(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("not a Blendwise plan: the document is not a JSON object");
        return result;
    }
    try {
        result.project = ProjectReader(&result.warnings).read(document.object());
    } catch (const JsonReadError &e) {
        result.error = e.message;
        result.warnings.clear();
    }
    return result;
}

} // namespace bw
