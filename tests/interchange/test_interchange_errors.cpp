// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsoninterchange.h"

#include "qtprint.h"

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QString errorOf(const QByteArray &json)
{
    const JsonImportResult r = projectFromJson(json);
    CHECK_FALSE(r.project);
    CHECK(r.warnings.isEmpty());
    return r.error;
}

// A valid document with `activity` as the first activity of the third objective.
QByteArray withActivity(const QByteArray &activity)
{
    return R"({"format": "blendwise-plan", "version": 1, "objectives": [
        {"statement": "One"}, {"statement": "Two"},
        {"statement": "Three", "activities": [)"
        + activity + "]}]}";
}

} // namespace

TEST_CASE("Bad JSON is reported with its line and column", "[interchange][errors]")
{
    // The comma after the format is missing: the parser stops on line 3.
    CHECK(errorOf("{\n  \"format\": \"blendwise-plan\"\n  \"version\": 1\n}")
        == "not valid JSON at line 3, column 4: unterminated object"_L1);
    CHECK(errorOf("").startsWith("not valid JSON at line 1, column 1"_L1));
    CHECK(errorOf("[1, 2]") == "not a Blendwise plan: the document is not a JSON object"_L1);
}

TEST_CASE("The format and the version are checked first", "[interchange][errors]")
{
    CHECK(errorOf(R"({"version": 1})") == "format: required but missing (expected \"blendwise-plan\")"_L1);
    CHECK(errorOf(R"({"format": "blendwise-catalogue", "version": 1})")
        == "format: the text \"blendwise-catalogue\" is not a Blendwise plan (expected \"blendwise-plan\")"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan"})") == "version: required but missing (expected 1)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": "1"})")
        == "version: expected a whole number, got the text \"1\""_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1.5})")
        == "version: expected a whole number, got the number 1.5"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 0})") == "version: unsupported format version 0"_L1);
    // A newer document is refused as newer even when its content would not parse either.
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 2, "objectives": "changed"})")
        == "version: the plan was made by a newer version of Blendwise (format version 2; this version reads up "
           "to 1)"_L1);
}

TEST_CASE("Unknown enum values name their place and the expected values", "[interchange][errors]")
{
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "during-class", "direction": "one-to-many"})"))
        == "objectives[2].activities[0].phase: unknown value \"during-class\" (expected pre-class, in-class or "
           "post-class)"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "sideways"})"))
        == "objectives[2].activities[0].direction: unknown value \"sideways\" (expected one-to-many, many-to-one or "
           "many-to-many)"_L1);
    CHECK(
        errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "grouping": "trios"})"))
        == "objectives[2].activities[0].grouping: unknown value \"trios\" (expected individual, pairs, sub-groups or "
           "whole-group)"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "ledBy": "boss"})"))
        == "objectives[2].activities[0].ledBy: unknown value \"boss\" (expected trainer, expert, champion, "
           "learners, role or other)"_L1);
    CHECK(errorOf(withActivity(
              R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "assessment": "graded"})"))
        == "objectives[2].activities[0].assessment: unknown value \"graded\" (expected none, formative or "
           "summative)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "moments": [{"name": "M", "mode": "hybrid"}]})")
        == "moments[0].mode: unknown value \"hybrid\" (expected face-to-face or virtual)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"name": "X", "type": "social"}]})")
        == "tools[0].type: unknown value \"social\" (expected community, content, co-create, speed-up, live, "
           "survey, e-learning or video)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"name": "X", "status": "dead"}]})")
        == "tools[0].status: unknown value \"dead\" (expected active or retired)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"name": "X", "directions": ["up"]}]})")
        == "tools[0].directions[0]: unknown value \"up\" (expected one-to-many, many-to-one or many-to-many)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "roles": [{"role": "boss"}]})")
        == "roles[0].role: unknown value \"boss\" (expected champion, curator, contact, mentor, buddy or custom)"_L1);
}

TEST_CASE("Required keys are named when missing", "[interchange][errors]")
{
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"measure": "M"}]})")
        == "objectives[0].statement: required but missing"_L1);
    CHECK(errorOf(withActivity(R"({"phase": "in-class", "direction": "one-to-many"})"))
        == "objectives[2].activities[0].title: required but missing"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "direction": "one-to-many"})"))
        == "objectives[2].activities[0].phase: required but missing (expected pre-class, in-class or post-class)"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class"})"))
        == "objectives[2].activities[0].direction: required but missing (expected one-to-many, many-to-one or "
           "many-to-many)"_L1);
}

TEST_CASE("Wrong types name their place", "[interchange][errors]")
{
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "title": 42})")
        == "title: expected a string, got the number 42"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": {}})")
        == "objectives: expected a list, got an object"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": ["Be able to"]})")
        == "objectives[0]: expected an object, got the text \"Be able to\""_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "brand": "blue"})")
        == "brand: expected an object, got the text \"blue\""_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "rules": ["a", 2]})")
        == "rules[1]: expected a string, got the number 2"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"name": "X", "needsAccount": "yes"}]})")
        == "tools[0].needsAccount: expected true or false, got the text \"yes\""_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "minutes": true})"))
        == "objectives[2].activities[0].minutes: expected a number of minutes or a range such as \"10-15\", got "
           "true"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "minutes": -5})"))
        == "objectives[2].activities[0].minutes: expected a number of minutes or a range such as \"10-15\", got "
           "the number -5"_L1);
    CHECK(
        errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "minutes": "15-10"})"))
        == "objectives[2].activities[0].minutes: \"15-10\" is not a duration (expected minutes such as 30 or a range "
           "such as \"10-15\")"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "offsetDays": 1.5})"))
        == "objectives[2].activities[0].offsetDays: expected a whole number, got the number 1.5"_L1);
}

TEST_CASE("Bad values and references name their place", "[interchange][errors]")
{
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "brand": {"accent": "not a colour"}})")
        == "brand.accent: \"not a colour\" is not a colour (expected a value like #1F6FB2)"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "brand": {"logo": "***"}})")
        == "brand.logo: not valid base64"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "moments": [{"name": "M", "start": "next Monday"}]})")
        == "moments[0].start: \"next Monday\" is not a date and time (expected a value like 2027-03-04T09:00)"_L1);
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "moment": "Day 9"})"))
        == "objectives[2].activities[0].moment: no moment named \"Day 9\" in \"moments\""_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S"}],
                      "subgroups": [{"name": "G", "objective": 3}]})")
        == "subgroups[0].objective: there is no objective 3 (expected an index from 0 to 0, or null)"_L1);
}

TEST_CASE("Names that two items share are refused where a reference relies on them", "[interchange][errors][identity]")
{
    const QByteArray moments = R"("moments": [{"name": "Workshop"}, {"name": "Webinar"}, {"name": "Workshop"}])";
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, )" + moments + R"(, "objectives": [{"statement": "S",
            "activities": [{"title": "T", "phase": "in-class", "direction": "one-to-many", "moment": "Workshop"}]}]})")
        == "objectives[0].activities[0].moment: \"Workshop\" is the name of moments[0] and moments[2]; refer to the "
           "moment by its id with \"momentId\""_L1);
    // Keys on the moments do not help a reference that gives only the name.
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1,
            "moments": [{"id": 1, "name": "Workshop"}, {"id": 2, "name": "Workshop"}],
            "objectives": [{"statement": "S", "activities": [
                {"title": "T", "phase": "in-class", "direction": "one-to-many", "moment": "Workshop"}]}]})")
              .startsWith(
                  "objectives[0].activities[0].moment: \"Workshop\" is the name of moments[0] and moments[1]"_L1));
    // Tool names compare without case, as the studio's tool dialog does.
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"name": "Zoom"}, {"name": "zoom"}],
            "objectives": [{"statement": "S", "activities": [
                {"title": "T", "phase": "in-class", "direction": "one-to-many", "tool": "ZOOM"}]}]})")
        == "objectives[0].activities[0].tool: \"ZOOM\" is the name of tools[0] and tools[1]; refer to the tool by "
           "its id with \"toolId\""_L1);
    // Shared names nobody refers to by name are fine.
    const JsonImportResult r = projectFromJson(R"({"format": "blendwise-plan", "version": 1, )" + moments + "}");
    CHECK(r.project);
}

TEST_CASE(
    "Keys must be whole numbers, unique within their kind, and refer to something", "[interchange][errors][identity]")
{
    CHECK(
        errorOf(
            R"({"format": "blendwise-plan", "version": 1, "moments": [{"id": 4, "name": "A"}, {"id": 4, "name": "B"}]})")
        == "moments[1].id: the id 4 is also the id of moments[0]"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "tools": [{"id": 0, "name": "A"}]})")
        == "tools[0].id: expected a whole number from 1 to 9007199254740991, got the number 0"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"id": "x", "statement": "A"}]})")
              .startsWith("objectives[0].id: expected a whole number from 1 to 9007199254740991"_L1));
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "momentId": 7})"))
        == "objectives[2].activities[0].momentId: no moment has the id 7 in \"moments\""_L1);
    CHECK(errorOf(
        withActivity(
            R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "tool": "Miro", "toolId": 1e300})"))
              .startsWith("objectives[2].activities[0].toolId: expected a whole number from 1"_L1));
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"id": 3, "statement": "S"}],
                      "subgroups": [{"name": "G", "objective": 0, "objectiveId": 4}]})")
        == "subgroups[0].objectiveId: no objective has the id 4 in \"objectives\""_L1);
}

TEST_CASE("Numbers beyond the documented limits are refused with their path", "[interchange][errors][validation]")
{
    // 6e9 minutes was converted to int (undefined behaviour) before it was checked.
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "minutes": 6e9})"))
              .startsWith("objectives[2].activities[0].minutes: expected a number of minutes"_L1));
    CHECK(errorOf(withActivity(R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "minutes": 100000})"))
        == u"objectives[2].activities[0].minutes: the duration 100000–100000 minutes is outside 0–99999."_s);
    CHECK(errorOf(withActivity(
              R"({"title": "T", "phase": "in-class", "direction": "one-to-many", "offsetDays": -2147483648})"))
        == u"objectives[2].activities[0].offsetDays: the offset in days -2147483648 is outside -3650–3650."_s);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "moments": [{"name": "M", "minutes": -5}]})")
        == u"moments[0].minutes: the length in minutes -5 is outside 0–99999."_s);
    CHECK(errorOf(
              R"({"format": "blendwise-plan", "version": 1, "moments": [{"name": "M", "start": "0099-03-04T09:00"}]})")
        == u"moments[0].start: the start year 99 is outside 1900–9899."_s);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "subgroups": [{"name": "G", "members": 2000000}]})")
        == u"subgroups[0].members: the number of members 2000000 is outside 0–100000."_s);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "maxTools": 0})")
        == u"maxTools: the tool limit 0 is outside 1–50."_s);
}

TEST_CASE("Errors in the new keys name their path", "[interchange][errors]")
{
    // Three activities, the third with the value under test.
    const auto third = [](const QByteArray &fields) -> QByteArray {
        return withActivity(R"({"title": "A", "phase": "in-class", "direction": "many-to-many"},
            {"title": "B", "phase": "in-class", "direction": "many-to-many"},
            {"title": "C", "phase": "post-class", "direction": "many-to-many", )"
            + fields + "}");
    };
    CHECK(errorOf(third(R"("recurrence": {"unit": "months", "count": 3})"))
        == "objectives[2].activities[2].recurrence.unit: unknown value \"months\" (expected days or weeks)"_L1);
    CHECK(errorOf(third(R"("recurrence": {"count": 3})"))
        == "objectives[2].activities[2].recurrence.unit: required but missing (expected days or weeks)"_L1);
    CHECK(errorOf(third(R"("recurrence": "weekly")"))
        == "objectives[2].activities[2].recurrence: expected an object, got the text \"weekly\""_L1);
    CHECK(errorOf(third(R"("recurrence": {"unit": "weeks", "until": "31.05.2027"})"))
        == "objectives[2].activities[2].recurrence.until: \"31.05.2027\" is not a date (expected a value like "
           "2027-05-31)"_L1);
    CHECK(errorOf(third(R"("recurrence": {"unit": "weeks", "interval": 0, "count": 8})"))
              .startsWith("objectives[2].activities[2].recurrence.interval: "_L1));
    CHECK(errorOf(third(R"("recurrence": {"unit": "weeks", "count": 1001})"))
              .startsWith("objectives[2].activities[2].recurrence.count: "_L1));
    CHECK(
        errorOf(third(R"("recurrence": {"unit": "weeks"})")).startsWith("objectives[2].activities[2].recurrence: "_L1));
    CHECK(errorOf(third(R"("ledBy": "role", "ledByRoleId": 99)"))
        == "objectives[2].activities[2].ledByRoleId: no role has the id 99 in \"roles\""_L1);
    CHECK(errorOf(third(R"("ledBy": "sales director")"))
              .startsWith("objectives[2].activities[2].ledBy: unknown value \"sales director\" (expected "_L1));
    CHECK(errorOf(third(R"("noTool": "yes")")).startsWith("objectives[2].activities[2].noTool: "_L1));
}

TEST_CASE("Errors in instruments and agendas name their path", "[interchange][errors]")
{
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S",
        "instrument": {"name": "Rubric", "fileName": "rubric.pdf", "file": "not base64!"}}]})")
        == "objectives[0].instrument.file: not valid base64"_L1);
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S",
        "instrument": {"fileName": "../rubric.pdf", "file": "JVBERg=="}}]})")
              .startsWith("objectives[0].instrument.fileName: "_L1));
    CHECK(errorOf(R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S",
        "instrument": {"file": "JVBERg=="}}]})")
              .startsWith("objectives[0].instrument.fileName: "_L1));
    const auto agenda = [](const QByteArray &entries) -> QByteArray {
        return R"({"format": "blendwise-plan", "version": 1, "moments": [{"name": "Day 1"}, {"name": "Day 2",
            "agenda": [)"
            + entries + R"(]}], "objectives": [{"statement": "S", "activities": [
            {"id": 5, "title": "A", "phase": "in-class", "direction": "many-to-many"}]}]})";
    };
    CHECK(errorOf(agenda(R"({"kind": "break"}, {"kind": "nap", "minutes": 10})"))
        == "moments[1].agenda[1].kind: unknown value \"nap\" (expected activity, break or lunch)"_L1);
    CHECK(errorOf(agenda(R"({"kind": "activity", "activityId": 6})"))
        == "moments[1].agenda[0].activityId: no activity has the id 6 in \"objectives\""_L1);
    CHECK(errorOf(agenda(R"({"kind": "activity"})"))
              .startsWith("moments[1].agenda[0].activityId: required but missing"_L1));
    CHECK(errorOf(agenda(R"({"kind": "lunch", "activityId": 5})")).startsWith("moments[1].agenda[0].activityId: "_L1));
    CHECK(errorOf(agenda(R"({"kind": "break", "minutes": 100000})")).startsWith("moments[1].agenda[0].minutes: "_L1));
    // Repaired, as a muted rule listed twice is: an activity named twice keeps its first place.
    const JsonImportResult twice
        = projectFromJson(agenda(R"({"kind": "activity", "activityId": 5}, {"kind": "activity", "activityId": 5})"));
    REQUIRE(twice.project);
    CHECK(twice.project->moments[1].agenda.size() == 1);
}
