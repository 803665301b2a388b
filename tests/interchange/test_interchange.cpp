// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/catalogue.h"
#include "interchange/jsoninterchange.h"

#include "model/projectvalidation.h"
#include "qtprint.h"
#include "randomproject.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

// Renumbers ids in the order the importer assigns them (moments, listed tools, objectives with
// their activities, sub-groups, roles) and remaps every reference, so that a project can be
// compared with == against its re-import.
Project normaliseIds(Project p)
{
    Id next = 1;
    QHash<Id, Id> moments, tools, objectives;
    auto renumber = [&next](Id &id, QHash<Id, Id> &map) {
        map.insert(id, next);
        id = next++;
    };
    for (Moment &m : p.moments)
        renumber(m.id, moments);
    for (Tool &t : p.tools)
        renumber(t.id, tools);
    for (Objective &o : p.objectives) {
        renumber(o.id, objectives);
        for (Activity &a : o.activities) {
            a.id = next++;
            a.toolId = tools.value(a.toolId);
            a.momentId = moments.value(a.momentId);
        }
    }
    for (SubGroup &g : p.subgroups) {
        g.id = next++;
        g.objectiveId = objectives.value(g.objectiveId);
    }
    for (Role &r : p.roles)
        r.id = next++;
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
                      MomentMode::FaceToFace, u"Room 1"_s },
        Moment { next++, u"Webinar"_s, QDateTime(), 0, MomentMode::Virtual, u"https://example.org/m?a=1&b=2"_s } };

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
    p.roles = { Role { .id = next++, .kind = RoleKind::Mentor, .name = u"Dr. Ng"_s, .duties = u"Reviews"_s },
        Role { .id = next++, .kind = RoleKind::Curator, .name = u"PMO"_s, .duties = QString() } };
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
    CHECK(first.value("ledBy"_L1).toString() == "expert"_L1);
    CHECK(activities.at(1).toObject().value("minutes"_L1).toInt() == 45);
    CHECK(activities.at(2).toObject().value("phase"_L1).toString().isEmpty());
    const QJsonArray subgroups = root.value("subgroups"_L1).toArray();
    CHECK(subgroups.at(0).toObject().value("objective"_L1).toInt() == 0);
    CHECK(subgroups.at(1).toObject().value("objective"_L1).isNull());
    CHECK(subgroups.at(2).toObject().value("objective"_L1).toInt() == 1);
    CHECK(root.value("roles"_L1).toArray().at(0).toObject().value("role"_L1).toString() == "mentor"_L1);
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
    p.moments = { { 1, u"Workshop"_s, QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 120, MomentMode::FaceToFace, {} },
        { 2, u"Workshop"_s, QDateTime(QDate(2027, 4, 1), QTime(13, 0)), 90, MomentMode::Virtual, {} } };
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
