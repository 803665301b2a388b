// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/catalogue.h"
#include "interchange/jsoninterchange.h"

#include "model/projectvalidation.h"
#include "qtprint.h"
#include "randomproject.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

// Renumbers ids in the order the importer assigns them (moments with their agenda entries,
// listed tools, objectives with their activities, sub-groups, roles) and remaps every
// reference, so that a project can be compared with == against its re-import.
Project normaliseIds(Project p)
{
    Id next = 1;
    QHash<Id, Id> moments, tools, objectives, activities, roles;
    auto renumber = [&next](Id &id, QHash<Id, Id> &map) {
        map.insert(id, next);
        id = next++;
    };
    for (Moment &m : p.moments) {
        renumber(m.id, moments);
        for (AgendaItem &item : m.agenda)
            item.id = next++;
    }
    for (Tool &t : p.tools)
        renumber(t.id, tools);
    for (Objective &o : p.objectives) {
        renumber(o.id, objectives);
        for (Activity &a : o.activities) {
            renumber(a.id, activities);
            a.toolId = tools.value(a.toolId);
            a.momentId = moments.value(a.momentId);
        }
    }
    for (SubGroup &g : p.subgroups) {
        g.id = next++;
        g.objectiveId = objectives.value(g.objectiveId);
    }
    for (Role &r : p.roles)
        renumber(r.id, roles);
    for (Objective &o : p.objectives)
        for (Activity &a : o.activities)
            a.ledByRoleId = roles.value(a.ledByRoleId);
    for (Moment &m : p.moments)
        for (AgendaItem &item : m.agenda)
            item.activityId = activities.value(item.activityId);
    return p;
}

// Part by part, so that a failure says which part differs.
void checkSameUpToIds(const Project &importedAsIs, const Project &original)
{
    const Project imported = normaliseIds(importedAsIs);
    const Project expected = normaliseIds(original);
    CHECK(imported.info.brand == expected.info.brand);
    CHECK(imported.info == expected.info);
    CHECK(imported.moments == expected.moments);
    CHECK(imported.tools == expected.tools);
    CHECK(imported.objectives == expected.objectives);
    CHECK(imported.subgroups == expected.subgroups);
    CHECK(imported.roles == expected.roles);
    CHECK(imported == expected);
}

QString repeated(const QString &piece, int size)
{
    QString out;
    while (out.size() < size)
        out += piece;
    return out;
}

// Every field set, in every script the studio must survive, with texts of 100 kB.
Project everyField()
{
    Project p = newProject();
    const QString mixed = u"Risk 🚀 מדידת סיכונים 測量風險 — \"quoted\" \\ back\nslash\ttab \u0001 control"_s;
    p.info.title = u"Plan 📋 תוכנית 计划"_s;
    p.info.client = u"Client <&> \"Ltd\""_s;
    p.info.audience = u"مديرو المشاريع"_s;
    p.info.author = u"Zoë Ünal"_s;
    p.info.summary = repeated(mixed, 100 * 1024);
    p.info.language = u"he"_s;
    p.info.version = u"2.3-draft"_s;
    p.info.brand.accent = QColor(0x12, 0xAB, 0xEF);
    p.info.brand.footer = u"Footer 👣"_s;
    static const char logo[] = "\x89PNG\r\n\x1a\n\0\0binary\xff\xfe"; // NULs and high bytes on purpose
    p.info.brand.logo = QByteArray(logo, sizeof logo - 1);
    p.info.rules = { u"Be kind 😊"_s, u"כללים"_s, QString() };
    p.info.evaluation = repeated(u"評価 "_s, 100 * 1024);
    p.info.maxTools = 3;
    p.info.mutedRules = { u"too-many-tools"_s, u"no-many-to-many"_s };

    Id next = p.maxId() + 1;
    p.moments = { Moment { next++, u"Kick-off 🎬"_s, QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 240,
                      MomentMode::FaceToFace, u"Room 1"_s, {} },
        Moment { next++, u"Webinar"_s, QDateTime(), 0, MomentMode::Virtual, u"https://example.org/m?a=1&b=2"_s, {} } };

    Tool custom;
    custom.id = next++;
    custom.name = u"Intranet wiki 维基"_s;
    custom.type = ToolType::CoCreate;
    custom.directions = { Direction::ManyToMany, Direction::ManyToOne };
    custom.synchronous = true;
    custom.needsAccount = true;
    custom.oftenBlocked = true;
    custom.clientProvided = true;
    custom.cost = u"licensed"_s;
    custom.url = u"https://wiki.example.org"_s;
    custom.status = ToolStatus::Retired;
    custom.replacement = u"Confluence"_s;
    custom.description = repeated(u"Описание "_s, 100 * 1024);
    custom.benefit = u"Benefit ✓"_s;
    custom.access = u"VPN only"_s;
    custom.setup = { u"Step 1"_s, u"Step ② "_s };
    p.tools.append(custom);

    Objective o1;
    o1.id = next++;
    o1.statement = u"Be able to rank risks 📈"_s;
    o1.measure = u"80 % correct"_s;
    o1.notes = repeated(u"ملاحظات "_s, 100 * 1024);
    Activity a;
    a.id = next++;
    a.title = u"Read 📖"_s;
    a.instructions = mixed;
    a.phase = Phase::PreClass;
    a.direction = Direction::OneToMany;
    a.toolId = p.toolByName(u"SharePoint"_s)->id;
    a.duration = Duration { 10, 15 };
    a.grouping = Grouping::Individual;
    a.ledBy = LedBy::Expert;
    a.deliverable = u"Notes"_s;
    a.benefit = u"Always there"_s;
    a.assessment = Assessment::Formative;
    a.momentId = p.moments[0].id;
    a.offsetDays = -7;
    o1.activities.append(a);
    a.id = next++;
    a.title = u"Discuss"_s;
    a.phase = Phase::InClass;
    a.direction = Direction::ManyToMany;
    a.toolId = custom.id;
    a.duration = Duration::exact(45);
    a.grouping = Grouping::SubGroups;
    a.ledBy = LedBy::Champion;
    a.assessment = Assessment::Summative;
    a.momentId = p.moments[1].id;
    a.offsetDays = 0;
    o1.activities.append(a);
    // Not decided yet: no phase, direction, tool, duration or moment.
    Activity blank;
    blank.id = next++;
    blank.title = QString();
    o1.activities.append(blank);
    p.objectives.append(o1);

    Objective o2;
    o2.id = next++;
    o2.statement = u"Second objective"_s;
    p.objectives.append(o2);

    p.subgroups = { SubGroup { next++, u"Table A 🅰"_s, u"Mission"_s, o1.id, 4 },
        SubGroup { next++, u"Unassigned"_s, QString(), 0, 0 },
        SubGroup { next++, u"Table B"_s, u"Other"_s, o2.id, 12 } };
    p.roles = {
        Role { .id = next++, .kind = RoleKind::Mentor, .customKind = {}, .name = u"Dr. Ng"_s, .duties = u"Reviews"_s },
        Role { .id = next++, .kind = RoleKind::Curator, .customKind = {}, .name = u"PMO"_s, .duties = QString() },
        Role { .id = next++,
            .kind = RoleKind::Buddy,
            .customKind = {},
            .name = u"Senior rep"_s,
            .duties = u"Rides along"_s },
        Role { .id = next++,
            .kind = RoleKind::Custom,
            .customKind = u"Sponsor 🏆"_s,
            .name = u"Sales director"_s,
            .duties = u"Opens day 1"_s }
    };

    // What version 1 of the interchange left out: instruments, leaders by role or by name,
    // recurrences, activities without a tool, agendas.
    Objective &first = p.objectives[0];
    first.instrument = { u"Pitch rubric 📋"_s, repeated(u"Criterion ✓ "_s, 10 * 1024), u"Grille d’évaluation.pdf"_s,
        QByteArray("%PDF-1.7\0\xff\xfe", 11).repeated(1000) };
    p.objectives[1].instrument = { u"Observation"_s, QString(), QString(), QByteArray() };
    Activity &read = first.activities[0];
    read.ledBy = LedBy::Role;
    read.ledByRoleId = p.roles[3].id;
    read.recurrence = { RecurrenceUnit::Weeks, 1, 8, QDate() };
    Activity &discuss = first.activities[1];
    discuss.ledBy = LedBy::Other;
    discuss.ledByName = u"L&D contact — Zoë"_s;
    discuss.recurrence = { RecurrenceUnit::Days, 3, 0, QDate(2027, 5, 31) };
    Activity roleplay;
    roleplay.id = next++;
    roleplay.title = u"Role play in the room"_s;
    roleplay.phase = Phase::InClass;
    roleplay.direction = Direction::ManyToMany;
    roleplay.noTool = true;
    roleplay.duration = Duration::exact(30);
    roleplay.momentId = p.moments[0].id;
    p.objectives[1].activities.append(roleplay);
    p.moments[0].agenda = { { next++, AgendaKind::Activity, roleplay.id, QString(), 0 },
        { next++, AgendaKind::Break, 0, u"Coffee ☕"_s, 15 }, { next++, AgendaKind::Lunch, 0, QString(), 60 },
        { next++, AgendaKind::Activity, first.activities[0].id, QString(), 0 } };
    return p;
}

} // namespace

TEST_CASE("Export then import is lossless for a project with every field set", "[interchange]")
{
    const Project original = everyField();
    const QByteArray json = projectToJson(original);
    CHECK(json.size() > 300 * 1024);

    const JsonImportResult imported = projectFromJson(json);
    INFO(imported.error.toStdString());
    REQUIRE(imported.project);
    CHECK(imported.warnings.isEmpty());
    checkSameUpToIds(*imported.project, original);
    // The keys written are the project's ids and come back as ids: the second export is the first.
    CHECK(projectToJson(*imported.project) == json);
}

TEST_CASE("Export then import is lossless for the built-in templates", "[interchange][templates]")
{
    for (const TemplateInfo &t : builtinTemplates()) {
        INFO(t.name.toStdString());
        const auto project = templateProject(t.name);
        REQUIRE(project);
        const QByteArray json = projectToJson(*project);
        const JsonImportResult imported = projectFromJson(json);
        REQUIRE(imported.project);
        CHECK(imported.warnings.isEmpty());
        checkSameUpToIds(*imported.project, *project);
        CHECK(projectToJson(*imported.project) == json);
    }
}

TEST_CASE("The export is the documented format", "[interchange]")
{
    const Project p = everyField();
    const QJsonDocument doc = QJsonDocument::fromJson(projectToJson(p));
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.value("format"_L1).toString() == "blendwise-plan"_L1);
    CHECK(root.value("version"_L1).toInt() == 1);
    CHECK(root.value("planVersion"_L1).toString() == "2.3-draft"_L1);
    CHECK(root.value("brand"_L1).toObject().value("accent"_L1).toString() == "#12ABEF"_L1);
    const QJsonObject moment = root.value("moments"_L1).toArray().at(0).toObject();
    CHECK(moment.value("start"_L1).toString() == "2027-03-04T09:00"_L1);
    CHECK(moment.value("mode"_L1).toString() == "face-to-face"_L1);
    const QJsonArray activities
        = root.value("objectives"_L1).toArray().at(0).toObject().value("activities"_L1).toArray();
    const QJsonObject first = activities.at(0).toObject();
    CHECK(first.value("minutes"_L1).toString() == "10-15"_L1);
    CHECK(first.value("tool"_L1).toString() == "SharePoint"_L1);
    CHECK(first.value("moment"_L1).toString() == u"Kick-off 🎬"_s);
    CHECK(first.value("phase"_L1).toString() == "pre-class"_L1);
    CHECK(activities.at(1).toObject().value("minutes"_L1).toInt() == 45);
    CHECK(activities.at(2).toObject().value("phase"_L1).toString().isEmpty());
    const QJsonArray subgroups = root.value("subgroups"_L1).toArray();
    CHECK(subgroups.at(0).toObject().value("objective"_L1).toInt() == 0);
    CHECK(subgroups.at(1).toObject().value("objective"_L1).isNull());
    CHECK(subgroups.at(2).toObject().value("objective"_L1).toInt() == 1);
    CHECK(root.value("roles"_L1).toArray().at(0).toObject().value("role"_L1).toString() == "mentor"_L1);
    const QJsonObject custom = root.value("roles"_L1).toArray().at(3).toObject();
    CHECK(custom.value("role"_L1).toString() == "custom"_L1);
    CHECK(custom.value("customKind"_L1).toString() == u"Sponsor 🏆"_s);
    CHECK(custom.value("id"_L1).toInteger() == p.roles[3].id);
    CHECK(root.value("roles"_L1).toArray().at(2).toObject().value("role"_L1).toString() == "buddy"_L1);
    CHECK(first.value("id"_L1).toInteger() == p.objectives[0].activities[0].id);
    CHECK(first.value("ledBy"_L1).toString() == "role"_L1);
    CHECK(first.value("ledByRoleId"_L1).toInteger() == p.roles[3].id);
    CHECK(first.value("noTool"_L1).toBool() == false);
    const QJsonObject weekly = first.value("recurrence"_L1).toObject();
    CHECK(weekly.value("unit"_L1).toString() == "weeks"_L1);
    CHECK(weekly.value("interval"_L1).toInt() == 1);
    CHECK(weekly.value("count"_L1).toInt() == 8);
    CHECK(weekly.value("until"_L1).isNull());
    const QJsonObject second = activities.at(1).toObject();
    CHECK(second.value("ledBy"_L1).toString() == "other"_L1);
    CHECK(second.value("ledByName"_L1).toString() == u"L&D contact — Zoë"_s);
    CHECK(second.value("ledByRoleId"_L1).isNull());
    CHECK(second.value("recurrence"_L1).toObject().value("until"_L1).toString() == "2027-05-31"_L1);
    CHECK(activities.at(2).toObject().value("recurrence"_L1).isNull());
    const QJsonObject objective = root.value("objectives"_L1).toArray().at(0).toObject();
    const QJsonObject instrument = objective.value("instrument"_L1).toObject();
    CHECK(instrument.value("name"_L1).toString() == u"Pitch rubric 📋"_s);
    CHECK(instrument.value("fileName"_L1).toString() == u"Grille d’évaluation.pdf"_s);
    CHECK(QByteArray::fromBase64(instrument.value("file"_L1).toString().toLatin1())
        == p.objectives[0].instrument.fileData);
    const QJsonObject roleplay
        = root.value("objectives"_L1).toArray().at(1).toObject().value("activities"_L1).toArray().at(0).toObject();
    CHECK(roleplay.value("noTool"_L1).toBool());
    CHECK(roleplay.value("toolId"_L1).isNull());
    const QJsonArray agenda = moment.value("agenda"_L1).toArray();
    REQUIRE(agenda.size() == 4);
    CHECK(agenda.at(0).toObject().value("kind"_L1).toString() == "activity"_L1);
    CHECK(agenda.at(0).toObject().value("activityId"_L1).toInteger() == roleplay.value("id"_L1).toInteger());
    CHECK(agenda.at(1).toObject().value("kind"_L1).toString() == "break"_L1);
    CHECK(agenda.at(1).toObject().value("activityId"_L1).isNull());
    CHECK(agenda.at(1).toObject().value("title"_L1).toString() == u"Coffee ☕"_s);
    CHECK(agenda.at(1).toObject().value("minutes"_L1).toInt() == 15);
    CHECK(agenda.at(2).toObject().value("kind"_L1).toString() == "lunch"_L1);
    CHECK(root.value("moments"_L1).toArray().at(1).toObject().value("agenda"_L1).toArray().isEmpty());
    // Keys come in the documented order, not alphabetically.
    const QByteArray json = projectToJson(p);
    CHECK(json.indexOf("\"format\"") < json.indexOf("\"version\""));
    CHECK(json.indexOf("\"version\"") < json.indexOf("\"title\""));
    CHECK(json.indexOf("\"title\"") < json.indexOf("\"audience\""));
}

TEST_CASE("A minimal document takes the defaults", "[interchange]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "objectives": [{"statement": "Be able to rank risks",
                        "activities": [{"title": "Read", "phase": "pre-class", "direction": "one-to-many"}]}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.warnings.isEmpty());
    const Project &p = *r.project;
    const ProjectInfo defaults;
    CHECK(p.info.language == defaults.language);
    CHECK(p.info.version == defaults.version);
    CHECK(p.info.maxTools == defaults.maxTools);
    CHECK(p.info.brand == Brand {});
    REQUIRE(p.objectives.size() == 1);
    CHECK(p.objectives[0].id == 1);
    REQUIRE(p.objectives[0].activities.size() == 1);
    const Activity &a = p.objectives[0].activities[0];
    CHECK(a.id == 2);
    CHECK(a.toolId == 0);
    CHECK(a.momentId == 0);
    CHECK(!a.duration.isSet());
    CHECK(a.grouping == Activity {}.grouping);
    CHECK(a.ledBy == Activity {}.ledBy);
    CHECK(a.assessment == Assessment::None);
    CHECK(p.tools.isEmpty());
}

TEST_CASE("Minutes are a number or a range", "[interchange]")
{
    auto minutesOf = [](const char *value) {
        const QByteArray json = R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S",
            "activities": [{"title": "T", "phase": "in-class", "direction": "many-to-many", "minutes": )"
            + QByteArray(value) + "}]}]}";
        const JsonImportResult r = projectFromJson(json);
        INFO(r.error.toStdString());
        REQUIRE(r.project);
        return r.project->objectives[0].activities[0].duration;
    };
    CHECK(minutesOf("30") == Duration::exact(30));
    CHECK(minutesOf("0") == Duration {});
    CHECK(minutesOf("\"10-15\"") == Duration { 10, 15 });
    CHECK(minutesOf("\"10–15\"") == Duration { 10, 15 });
    CHECK(minutesOf("\"20\"") == Duration::exact(20));
    CHECK(minutesOf("\"\"") == Duration {});
}

TEST_CASE("Activity tools resolve from the list, then the catalogue, then as plain tools", "[interchange]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "tools": [{"name": "Padlet", "type": "speed-up", "directions": ["many-to-one"], "url": "https://padlet.example"}],
        "objectives": [{"statement": "S", "activities": [
            {"title": "A", "phase": "pre-class", "direction": "many-to-one", "tool": "padlet"},
            {"title": "B", "phase": "in-class", "direction": "many-to-many", "tool": "Miro"},
            {"title": "C", "phase": "post-class", "direction": "many-to-many", "tool": "Our Forum"},
            {"title": "D", "phase": "post-class", "direction": "many-to-many", "tool": "our forum"}]}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    REQUIRE(p.tools.size() == 3);
    const auto &acts = p.objectives[0].activities;

    // Listed: the document's values win, the catalogue fills what it leaves out.
    const Tool *padlet = p.tool(acts[0].toolId);
    REQUIRE(padlet);
    CHECK(padlet->name == "Padlet"_L1);
    CHECK(padlet->type == ToolType::SpeedUp);
    CHECK(padlet->directions == QList<Direction> { Direction::ManyToOne });
    CHECK(padlet->url == "https://padlet.example"_L1);
    CHECK(padlet->description == builtinTool(u"Padlet"_s)->description);

    // Not listed, in the catalogue: taken whole, silently.
    const Tool *miro = p.tool(acts[1].toolId);
    REQUIRE(miro);
    Tool expected = *builtinTool(u"Miro"_s);
    expected.id = miro->id;
    CHECK(*miro == expected);

    // Unknown: one plain tool, added once, with a warning naming the activity.
    const Tool *forum = p.tool(acts[2].toolId);
    REQUIRE(forum);
    CHECK(forum->name == "Our Forum"_L1);
    CHECK(forum->directions.isEmpty());
    CHECK(acts[3].toolId == forum->id);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].startsWith("objectives[0].activities[2].tool: \"Our Forum\""_L1));

    // Ids are sequential in reading order.
    CHECK(padlet->id == 1);
    CHECK(p.objectives[0].id == 2);
    CHECK(acts[0].id == 3);
    CHECK(acts[1].id == 4);
    CHECK(miro->id == 5);
}

TEST_CASE("Unknown keys are ignored with a warning naming the path", "[interchange]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1, "colour": "red",
        "template": {"name": "x"},
        "brand": {"accent": "#000000", "font": "Comic"},
        "moments": [{"name": "M", "room": 12}],
        "objectives": [{"statement": "S", "weight": 2, "activities": [
            {"title": "A", "phase": "pre-class", "direction": "many-to-one", "tool": "", "mood": "happy"}]}],
        "tools": [{"name": "Zoom", "price": 0}],
        "subgroups": [{"name": "G", "leader": "x"}],
        "roles": [{"role": "contact", "phone": "1"}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    QStringList warnings = r.warnings;
    warnings.sort();
    CHECK(warnings
        == QStringList { u"brand.font: unknown key ignored"_s, u"colour: unknown key ignored"_s,
            u"moments[0].room: unknown key ignored"_s, u"objectives[0].activities[0].mood: unknown key ignored"_s,
            u"objectives[0].weight: unknown key ignored"_s, u"roles[0].phone: unknown key ignored"_s,
            u"subgroups[0].leader: unknown key ignored"_s, u"tools[0].price: unknown key ignored"_s });
}

TEST_CASE("Moments: local dates at minute precision, referenced by name", "[interchange]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "moments": [{"name": "Day 1", "start": "2027-03-04T09:00", "minutes": 240, "mode": "virtual"},
                    {"name": "Day 2", "start": "2027-03-05T13:30:45"}],
        "objectives": [{"statement": "S", "activities": [
            {"title": "A", "phase": "in-class", "direction": "many-to-many", "moment": "Day 2", "offsetDays": 0}]}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    REQUIRE(p.moments.size() == 2);
    CHECK(p.moments[0].start == QDateTime(QDate(2027, 3, 4), QTime(9, 0)));
    CHECK(p.moments[0].mode == MomentMode::Virtual);
    CHECK(p.moments[1].start == QDateTime(QDate(2027, 3, 5), QTime(13, 30)));
    CHECK(p.objectives[0].activities[0].momentId == p.moments[1].id);
}

TEST_CASE(
    "Moments and tools that share a name keep their activities through export and import", "[interchange][identity]")
{
    // Two moments called "Workshop" (the properties dialog allows it): linking by name sent
    // the second one's activities to the first, changing due dates and the iCalendar schedule.
    Project p;
    p.moments = { { 1, u"Workshop"_s, QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 120, MomentMode::FaceToFace, {}, {} },
        { 2, u"Workshop"_s, QDateTime(QDate(2027, 4, 1), QTime(13, 0)), 90, MomentMode::Virtual, {}, {} } };
    Tool wiki;
    wiki.id = 3;
    wiki.name = u"Wiki"_s;
    Tool other = wiki;
    other.id = 4;
    other.name = u"wiki"_s; // names compare without case in the name fallback
    other.url = u"https://other.example"_s;
    p.tools = { wiki, other };
    Objective o;
    o.id = 5;
    o.statement = u"Objective"_s;
    Objective same = o;
    same.id = 6; // the same statement twice
    for (int i = 0; i < 4; ++i) {
        Activity a;
        a.id = 10 + i;
        a.title = u"Activity %1"_s.arg(i);
        a.phase = Phase::PostClass;
        a.momentId = p.moments[i % 2].id;
        a.toolId = p.tools[i / 2].id;
        a.offsetDays = i;
        o.activities.append(a);
    }
    p.objectives = { o, same };
    p.subgroups = { { 20, u"Team"_s, {}, 6, 3 } };

    const QByteArray json = projectToJson(p);
    const JsonImportResult imported = projectFromJson(json);
    INFO(imported.error.toStdString());
    REQUIRE(imported.project);
    CHECK(imported.warnings.isEmpty());
    checkSameUpToIds(*imported.project, p);
    const auto &acts = imported.project->objectives[0].activities;
    CHECK(acts[1].momentId == imported.project->moments[1].id);
    CHECK(acts[3].toolId == imported.project->tools[1].id);
    CHECK(imported.project->subgroups[0].objectiveId == imported.project->objectives[1].id);

    // The keys are in the document, beside the names.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value("moments"_L1).toArray().at(1).toObject().value("id"_L1).toInteger() == 2);
    CHECK(root.value("tools"_L1).toArray().at(1).toObject().value("id"_L1).toInteger() == 4);
    const QJsonObject second
        = root.value("objectives"_L1).toArray().at(0).toObject().value("activities"_L1).toArray().at(3).toObject();
    CHECK(second.value("moment"_L1).toString() == "Workshop"_L1);
    CHECK(second.value("momentId"_L1).toInteger() == 2);
    CHECK(second.value("tool"_L1).toString() == "wiki"_L1);
    CHECK(second.value("toolId"_L1).toInteger() == 4);
    CHECK(root.value("subgroups"_L1).toArray().at(0).toObject().value("objectiveId"_L1).toInteger() == 6);
}

TEST_CASE("A key decides over the name beside it", "[interchange][identity]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "moments": [{"id": 7, "name": "Day 1"}, {"id": 9, "name": "Renamed by hand"}],
        "objectives": [{"id": 3, "statement": "S", "activities": [
            {"title": "A", "phase": "in-class", "direction": "many-to-many", "moment": "Day 1", "momentId": 9}]}],
        "subgroups": [{"name": "G", "objective": null, "objectiveId": 3}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.warnings.isEmpty());
    CHECK(r.project->objectives[0].activities[0].momentId == r.project->moments[1].id);
    CHECK(r.project->subgroups[0].objectiveId == r.project->objectives[0].id);
    // Keys unique across kinds become the ids; the other items are numbered after them.
    CHECK(r.project->moments[0].id == 7);
    CHECK(r.project->objectives[0].id == 3);
    CHECK(r.project->objectives[0].activities[0].id == 10);
    CHECK(r.project->subgroups[0].id == 11);
}

TEST_CASE("Imports are normalized: a muted rule listed twice is muted once", "[interchange][validation]")
{
    // Imported as it was, the save then failed with "UNIQUE constraint failed".
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "mutedRules": ["tool-retired", "tool-retired", "no-reflection"]})");
    REQUIRE(r.project);
    CHECK(r.project->info.mutedRules == QStringList { u"tool-retired"_s, u"no-reflection"_s });
}

TEST_CASE("A translucent accent survives the interchange", "[interchange]")
{
    Project p;
    p.info.brand.accent = QColor(0x12, 0x34, 0x56, 0x78);
    const JsonImportResult r = projectFromJson(projectToJson(p));
    REQUIRE(r.project);
    CHECK(r.project->info.brand.accent == p.info.brand.accent);
}

TEST_CASE("Export, import, export gives the same project for generated projects", "[interchange][identity][property]")
{
    QRandomGenerator random(20261201);
    int tried = 0;
    for (int round = 0; round < 300; ++round) {
        Project p = test::randomProject(random);
        normalize(p);
        INFO("round " << round);
        REQUIRE(validate(p).isEmpty());
        const QByteArray json = projectToJson(p);
        const JsonImportResult imported = projectFromJson(json);
        INFO(imported.error.toStdString());
        REQUIRE(imported.project);
        CHECK(imported.warnings.isEmpty());
        checkSameUpToIds(*imported.project, p);
        CHECK(projectToJson(*imported.project) == json);
        ++tried;
    }
    CHECK(tried == 300);
}

TEST_CASE("Keys that repeat across kinds only link items", "[interchange][identity]")
{
    // Hand-written: moment 1 and tool 1. Adopting both as ids would give two items one id.
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "moments": [{"id": 1, "name": "Day"}], "tools": [{"id": 1, "name": "Wiki"}],
        "objectives": [{"statement": "S", "activities": [
            {"title": "A", "phase": "in-class", "direction": "many-to-many", "momentId": 1, "toolId": 1}]}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    CHECK(p.moments[0].id == 1);
    CHECK(p.tools[0].id == 2);
    CHECK(p.objectives[0].activities[0].momentId == 1);
    CHECK(p.objectives[0].activities[0].toolId == 2);
    CHECK(validate(p).isEmpty());
}

TEST_CASE("A version 1 document written before agendas and recurrences imports unchanged", "[interchange][compat]")
{
    // Exactly as Blendwise wrote it before instruments, agendas, recurrences and leaders by
    // role: no activity or role keys, none of the new keys.
    const QByteArray old = R"({
  "format": "blendwise-plan",
  "version": 1,
  "title": "Managing IT risks",
  "client": "Nordlicht GmbH",
  "audience": "Project managers",
  "author": "Ana",
  "summary": "",
  "language": "en",
  "planVersion": "1.2",
  "brand": { "accent": "#1F6FB2", "footer": "Internal", "logo": "" },
  "moments": [
    { "id": 1, "name": "Workshop", "start": "2027-03-04T09:00", "minutes": 240, "mode": "face-to-face", "place": "Room 1" }
  ],
  "objectives": [
    { "id": 2, "statement": "Be able to rank risks", "measure": "80 % agreement", "notes": "",
      "activities": [
        { "title": "Read the guide", "instructions": "", "phase": "pre-class", "direction": "one-to-many",
          "tool": "Wiki", "toolId": 3, "minutes": "10-15", "grouping": "individual", "ledBy": "expert",
          "deliverable": "", "benefit": "", "assessment": "none", "moment": "Workshop", "momentId": 1, "offsetDays": -7 },
        { "title": "Rank in pairs", "instructions": "", "phase": "in-class", "direction": "many-to-many",
          "tool": "", "toolId": null, "minutes": 45, "grouping": "pairs", "ledBy": "trainer",
          "deliverable": "Ranking", "benefit": "", "assessment": "summative", "moment": "Workshop", "momentId": 1, "offsetDays": 0 }
      ] }
  ],
  "tools": [
    { "id": 3, "name": "Wiki", "type": "co-create", "directions": ["many-to-many"], "synchronous": false,
      "needsAccount": false, "oftenBlocked": false, "clientProvided": true, "cost": "free", "url": "",
      "status": "active", "replacement": "", "description": "", "benefit": "", "access": "", "setup": [] }
  ],
  "subgroups": [ { "name": "Team A", "mission": "", "objective": 0, "objectiveId": 2, "members": 6 } ],
  "roles": [ { "role": "curator", "name": "Lena", "duties": "Weekly digest" } ],
  "rules": ["Be kind"],
  "evaluation": "",
  "maxTools": 8,
  "mutedRules": []
})";
    const JsonImportResult r = projectFromJson(old);
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.warnings.isEmpty());
    const Project &p = *r.project;
    CHECK(p.info.title == "Managing IT risks"_L1);
    CHECK(p.info.version == "1.2"_L1);
    REQUIRE(p.moments.size() == 1);
    CHECK(p.moments[0].id == 1);
    CHECK(p.moments[0].agenda.isEmpty());
    REQUIRE(p.objectives.size() == 1);
    const Objective &o = p.objectives[0];
    CHECK(o.id == 2);
    CHECK(o.measure == "80 % agreement"_L1);
    CHECK(o.instrument == AssessmentInstrument {});
    REQUIRE(o.activities.size() == 2);
    const Activity &read = o.activities[0];
    CHECK(read.toolId == 3);
    CHECK(read.momentId == 1);
    CHECK(read.duration == Duration { 10, 15 });
    CHECK(read.ledBy == LedBy::Expert);
    CHECK(read.offsetDays == -7);
    // The fields the document does not know take their defaults.
    for (const Activity &a : o.activities) {
        CHECK_FALSE(a.noTool);
        CHECK(a.ledByRoleId == 0);
        CHECK(a.ledByName.isEmpty());
        CHECK(a.recurrence == Recurrence {});
    }
    CHECK(o.activities[1].toolId == 0);
    CHECK(o.activities[1].assessment == Assessment::Summative);
    // Items without keys are numbered after the largest key, in reading order.
    CHECK(read.id == 4);
    CHECK(o.activities[1].id == 5);
    REQUIRE(p.tools.size() == 1);
    CHECK(p.tools[0].clientProvided);
    REQUIRE(p.subgroups.size() == 1);
    CHECK(p.subgroups[0].objectiveId == 2);
    REQUIRE(p.roles.size() == 1);
    CHECK(p.roles[0].kind == RoleKind::Curator);
    CHECK(p.roles[0].name == "Lena"_L1);
    CHECK(p.roles[0].customKind.isEmpty());
    CHECK(validate(p).isEmpty());

    // Exported again, it is the same project with the new keys at their defaults (sub-groups,
    // which carry no key, are numbered anew).
    const JsonImportResult again = projectFromJson(projectToJson(p));
    REQUIRE(again.project);
    Project reimported = *again.project;
    REQUIRE(reimported.subgroups.size() == 1);
    reimported.subgroups[0].id = p.subgroups[0].id;
    CHECK(reimported == p);
}

TEST_CASE("The new values of the enumerations import", "[interchange][compat]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "moments": [{"id": 1, "name": "Day 1", "start": "2027-03-04T09:00", "minutes": 420,
                     "agenda": [{"id": 20, "kind": "activity", "activityId": 11},
                                {"id": 21, "kind": "break", "title": "Coffee", "minutes": 15},
                                {"id": 22, "kind": "lunch", "minutes": 60},
                                {"kind": "activity", "activityId": 12}]}],
        "tools": [{"id": 2, "name": "Our LMS", "type": "e-learning"}, {"id": 3, "name": "Stream", "type": "video"}],
        "objectives": [{"id": 10, "statement": "S", "activities": [
            {"id": 11, "title": "Pitch", "phase": "in-class", "direction": "many-to-many", "noTool": true,
             "ledBy": "role", "ledByRoleId": 30, "momentId": 1},
            {"id": 12, "title": "News", "phase": "post-class", "direction": "many-to-many", "toolId": 2,
             "ledBy": "other", "ledByName": "Curator", "momentId": 1,
             "recurrence": {"unit": "weeks", "interval": 1, "count": 8}},
            {"title": "Daily", "phase": "post-class", "direction": "many-to-one", "toolId": 3,
             "recurrence": {"unit": "days", "until": "2027-04-01"}}]}],
        "roles": [{"id": 30, "role": "buddy", "name": "Senior rep"},
                  {"id": 31, "role": "custom", "customKind": "Sponsor", "name": "Sales director"}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.warnings.isEmpty());
    const Project &p = *r.project;
    CHECK(p.tools[0].type == ToolType::ELearning);
    CHECK(p.tools[1].type == ToolType::Video);
    CHECK(p.roles[0].kind == RoleKind::Buddy);
    CHECK(p.roles[1].kind == RoleKind::Custom);
    CHECK(p.roles[1].customKind == "Sponsor"_L1);
    const auto &acts = p.objectives[0].activities;
    CHECK(acts[0].noTool);
    CHECK(acts[0].ledBy == LedBy::Role);
    CHECK(acts[0].ledByRoleId == 30); // a key declared after the activity that names it
    CHECK(acts[1].ledBy == LedBy::Other);
    CHECK(acts[1].ledByName == "Curator"_L1);
    CHECK(acts[1].recurrence == Recurrence { RecurrenceUnit::Weeks, 1, 8, QDate() });
    CHECK(acts[2].recurrence == Recurrence { RecurrenceUnit::Days, 1, 0, QDate(2027, 4, 1) });
    const QList<AgendaItem> &agenda = p.moments[0].agenda;
    REQUIRE(agenda.size() == 4);
    CHECK(agenda[0] == AgendaItem { 20, AgendaKind::Activity, 11, QString(), 0 });
    CHECK(agenda[1] == AgendaItem { 21, AgendaKind::Break, 0, u"Coffee"_s, 15 });
    CHECK(agenda[2] == AgendaItem { 22, AgendaKind::Lunch, 0, QString(), 60 });
    CHECK(agenda[3].kind == AgendaKind::Activity);
    CHECK(agenda[3].activityId == 12);
    CHECK(agenda[3].id > 31); // numbered after the largest key
    CHECK(validate(p).isEmpty());
}

TEST_CASE("Every JSON seed of the fuzzing corpus imports", "[interchange][compat]")
{
    const QDir corpus(QStringLiteral(BLENDWISE_FUZZ_CORPUS "/json"));
    const QStringList seeds = corpus.entryList({ u"*.json"_s }, QDir::Files);
    REQUIRE(seeds.size() >= 5);
    for (const QString &seed : seeds) {
        INFO(seed.toStdString());
        QFile file(corpus.filePath(seed));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const JsonImportResult r = projectFromJson(file.readAll());
        INFO(r.error.toStdString());
        REQUIRE(r.project);
        CHECK(r.warnings.isEmpty());
    }
    QFile file(corpus.filePath(u"agenda-recurrence.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const JsonImportResult r = projectFromJson(file.readAll());
    REQUIRE(r.project);
    CHECK(r.project->moments[0].agenda.size() == 4);
    CHECK(r.project->objectives[0].activities[2].recurrence.count == 8);
    CHECK(r.project->objectives[0].instrument.fileData.startsWith("Criteria"));
}

TEST_CASE("Export leaves out what refers to removed items, as a save does", "[interchange]")
{
    // The studio exports the project in memory: an activity just deleted may still have its
    // agenda entry there, a removed role may still be named as a leader.
    Project p = everyField();
    p.objectives[0].activities[0].ledByRoleId = 999999;
    p.moments[0].agenda.append({ 999998, AgendaKind::Activity, 999997, QString(), 0 });
    const JsonImportResult imported = projectFromJson(projectToJson(p));
    INFO(imported.error.toStdString());
    REQUIRE(imported.project);
    Project expected = p;
    normalize(expected);
    CHECK(expected.moments[0].agenda.size() == 4);
    CHECK(expected.objectives[0].activities[0].ledByRoleId == 0);
    checkSameUpToIds(*imported.project, expected);
}

TEST_CASE("Guessed marks and library origins are optional keys that round-trip", "[interchange][guesses]")
{
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1,
        "tools": [{"id": 5, "name": "Padlet", "type": "co-create"}],
        "objectives": [{"id": 10, "statement": "Be able to rank risks",
            "activities": [{"id": 20, "title": "Read", "phase": "pre-class", "direction": "one-to-many", "toolId": 5,
                "guesses": [{"field": "phase", "reason": "line 3: phase guessed as pre-class from “before”"},
                            {"field": "tool"}]},
                           {"id": 21, "title": "Discuss", "phase": "in-class", "direction": "many-to-many"}]}],
        "libraryOrigins": [{"kind": "template", "libraryId": "tpl-1", "rowVersion": 2, "localId": null},
                           {"kind": "tool", "libraryId": "tool-9", "rowVersion": 1, "localId": 5},
                           {"kind": "pattern", "libraryId": "pat-3", "rowVersion": 4, "localId": 21},
                           {"kind": "pattern", "libraryId": "pat-gone", "localId": 99}]})");
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.warnings.isEmpty());
    const Project &p = *r.project;
    const Activity *read = p.activity(20);
    REQUIRE(read);
    CHECK(read->guesses
        == QList<GuessMark>{{u"phase"_s, u"line 3: phase guessed as pre-class from “before”"_s}, {u"tool"_s, {}}});
    CHECK(p.activity(21)->guesses.isEmpty());
    CHECK(p.origins
        == QList<ProjectOrigin>{{u"template"_s, u"tpl-1"_s, 2, 0}, {u"tool"_s, u"tool-9"_s, 1, 5},
            {u"pattern"_s, u"pat-3"_s, 4, 21}, {u"pattern"_s, u"pat-gone"_s, 0, 0}});

    const QByteArray json = projectToJson(p);
    CHECK(json.contains("\"guesses\""));
    CHECK(json.contains("\"libraryOrigins\""));
    const JsonImportResult again = projectFromJson(json);
    INFO(again.error.toStdString());
    REQUIRE(again.project);
    CHECK(again.project->activity(20)->guesses == read->guesses);
    CHECK(again.project->origins == p.origins);
    CHECK(projectToJson(*again.project) == json);

    // Without marks or origins the keys are not written at all: older documents stay the same.
    Project plain = p;
    plain.origins.clear();
    for (Objective &o : plain.objectives)
        for (Activity &a : o.activities)
            a.guesses.clear();
    const QByteArray plainJson = projectToJson(plain);
    CHECK_FALSE(plainJson.contains("\"guesses\""));
    CHECK_FALSE(plainJson.contains("\"libraryOrigins\""));
}
