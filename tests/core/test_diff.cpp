// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/changetext.h"
#include "diff/projectdiff.h"
#include "randomproject.h"

#include <catch2/catch.hpp>

using namespace bw;
using namespace bw::diff;
using namespace Qt::StringLiterals;

namespace {

Activity activity(Id id, const QString &title, Phase phase)
{
    Activity a;
    a.id = id;
    a.title = title;
    a.phase = phase;
    a.duration = Duration::exact(30);
    return a;
}

// Two objectives, four activities, two tools, a moment and a role: enough of every kind.
Project base()
{
    Project p;
    p.info.title = u"Induction of new sales reps"_s;
    p.info.rules = { u"Be kind"_s, u"Share sources"_s };
    Tool skype;
    skype.id = 1;
    skype.name = u"Skype"_s;
    Tool teams;
    teams.id = 2;
    teams.name = u"Microsoft Teams"_s;
    p.tools = { skype, teams };
    Moment day;
    day.id = 3;
    day.name = u"Bootcamp day 1"_s;
    day.start = QDateTime(QDate(2027, 3, 8), QTime(9, 0));
    day.minutes = 420;
    p.moments = { day };
    Role buddy;
    buddy.id = 4;
    buddy.kind = RoleKind::Buddy;
    buddy.name = u"Buddy"_s;
    p.roles = { buddy };
    Objective o1;
    o1.id = 10;
    o1.statement = u"Pitch the product in five minutes"_s;
    o1.activities = { activity(11, u"Watch the demo"_s, Phase::PreClass), activity(12, u"Role-play"_s, Phase::InClass),
        activity(13, u"Record a pitch"_s, Phase::PostClass) };
    o1.activities[0].toolId = 1;
    Objective o2;
    o2.id = 20;
    o2.statement = u"Log every visit in the CRM"_s;
    o2.activities = { activity(21, u"CRM walkthrough"_s, Phase::InClass) };
    p.objectives = { o1, o2 };
    return p;
}

const Change &only(const ProjectDiff &d)
{
    REQUIRE(d.changes.size() == 1);
    return d.changes.first();
}

} // namespace

TEST_CASE("Equal projects have no differences, random ones included", "[diff]")
{
    CHECK(diffProjects(base(), base()).isEmpty());
    QRandomGenerator random(20261202);
    for (int i = 0; i < 50; ++i) {
        const Project p = test::randomProject(random);
        CHECK(diffProjects(p, p).isEmpty());
    }
}

TEST_CASE("Activity fields are compared one by one, references by name", "[diff]")
{
    const Project a = base();
    Project b = base();
    Activity &demo = b.objectives[0].activities[0];
    demo.toolId = 2;
    demo.duration = { 20, 25 };
    demo.instructions = u"Watch the ten-minute demo"_s;
    demo.ledBy = LedBy::Role;
    demo.ledByRoleId = 4;
    demo.recurrence = { RecurrenceUnit::Weeks, 1, 8, {} };
    const Change &c = only(diffProjects(a, b));
    CHECK(c.kind == ChangeKind::Changed);
    CHECK(c.item == ItemKind::Activity);
    CHECK(c.id == 11);
    CHECK(c.objectiveId == 10);
    REQUIRE(c.field(u"tool"_s));
    CHECK(c.field(u"tool"_s)->before == u"Skype"_s);
    CHECK(c.field(u"tool"_s)->after == u"Microsoft Teams"_s);
    CHECK(c.field(u"duration"_s)->before == u"30"_s);
    CHECK(c.field(u"duration"_s)->after == u"20-25"_s);
    CHECK(c.field(u"instructions"_s)->isText);
    CHECK(c.field(u"ledBy"_s)->after == u"role: Buddy"_s);
    CHECK(c.field(u"recurrence"_s)->after == u"weeks every 1, 8 times"_s);
    CHECK(c.fields.size() == 5);
}

TEST_CASE("Moves: to another phase, another objective, another place in the order", "[diff]")
{
    const Project a = base();
    SECTION("phase")
    {
        Project b = base();
        b.objectives[0].activities[1].phase = Phase::PreClass;
        const Change &c = only(diffProjects(a, b));
        CHECK(c.kind == ChangeKind::Moved);
        CHECK(c.field(u"phase"_s)->before == u"in-class"_s);
        CHECK(c.field(u"phase"_s)->after == u"pre-class"_s);
    }
    SECTION("objective")
    {
        Project b = base();
        b.objectives[1].activities.append(b.objectives[0].activities.takeAt(2));
        const Change &c = only(diffProjects(a, b));
        CHECK(c.kind == ChangeKind::Moved);
        CHECK(c.id == 13);
        CHECK(c.objectiveId == 20);
        CHECK(c.field(u"objective"_s)->before == u"Pitch the product in five minutes"_s);
        CHECK_FALSE(c.field(u"order"_s)); // the others did not move for it
    }
    SECTION("order: only the activity that moved, not the ones it passed")
    {
        Project b = base();
        b.objectives[0].activities.move(2, 0);
        const Change &c = only(diffProjects(a, b));
        CHECK(c.id == 13);
        CHECK(c.field(u"order"_s)->before == u"3"_s);
        CHECK(c.field(u"order"_s)->after == u"1"_s);
    }
    SECTION("an insertion moves nothing")
    {
        Project b = base();
        b.objectives[0].activities.insert(0, activity(30, u"Welcome"_s, Phase::PreClass));
        const Change &c = only(diffProjects(a, b));
        CHECK(c.kind == ChangeKind::Added);
        CHECK(c.id == 30);
    }
    SECTION("objectives reordered")
    {
        Project b = base();
        b.objectives.move(1, 0);
        const ProjectDiff d = diffProjects(a, b);
        REQUIRE(d.changes.size() == 1);
        CHECK(d.changes[0].item == ItemKind::Objective);
        CHECK(d.changes[0].kind == ChangeKind::Moved);
    }
}

TEST_CASE("Added and removed activities and objectives", "[diff]")
{
    const Project a = base();
    Project b = base();
    b.objectives[0].activities.removeAt(1);
    b.objectives.removeAt(1);
    Objective o3;
    o3.id = 40;
    o3.statement = u"Present the quarterly figures"_s;
    b.objectives.append(o3);
    const ProjectDiff d = diffProjects(a, b);
    REQUIRE(d.changes.size() == 4);
    CHECK(d.changes[0].kind == ChangeKind::Removed);
    CHECK(d.changes[0].id == 12);
    CHECK(d.changes[1].kind == ChangeKind::Added);
    CHECK(d.changes[1].id == 40);
    CHECK(d.changes[2].kind == ChangeKind::Removed);
    CHECK(d.changes[2].item == ItemKind::Objective);
    CHECK(d.changes[3].id == 21); // with the objective that went
    CHECK(d.changes[3].objectiveId == 20);
}

TEST_CASE("Objective fields, the instrument and its file", "[diff]")
{
    const Project a = base();
    Project b = base();
    b.objectives[0].measure = u"Scores 3 of 4 on the pitch rubric"_s;
    b.objectives[0].instrument = { u"Pitch rubric"_s, u"Four criteria"_s, u"rubric.pdf"_s, QByteArray("%PDF-1.4") };
    const Change &c = only(diffProjects(a, b));
    CHECK(c.item == ItemKind::Objective);
    CHECK(c.field(u"measure"_s));
    CHECK(c.field(u"instrument.name"_s)->after == u"Pitch rubric"_s);
    CHECK(c.field(u"instrument.file"_s)->after.startsWith(u"rubric.pdf (8 bytes"_s));
    Project c2 = b;
    c2.objectives[0].instrument.fileData = QByteArray("%PDF-1.5");
    CHECK(only(diffProjects(b, c2)).field(u"instrument.file"_s)); // same name and size, other bytes
}

TEST_CASE("Tools, moments, roles, sub-groups, rules and project info", "[diff]")
{
    const Project a = base();
    SECTION("tool")
    {
        Project b = base();
        b.tools[0].status = ToolStatus::Retired;
        b.tools[0].replacement = u"Microsoft Teams"_s;
        const Change &c = only(diffProjects(a, b));
        CHECK(c.item == ItemKind::Tool);
        CHECK(c.fields.size() == 2);
    }
    SECTION("moment and its agenda")
    {
        Project b = base();
        b.moments[0].minutes = 390;
        b.moments[0].agenda = { { 50, AgendaKind::Activity, 12, {}, 0 }, { 51, AgendaKind::Lunch, 0, {}, 60 } };
        const Change &c = only(diffProjects(a, b));
        CHECK(c.item == ItemKind::Moment);
        CHECK(c.field(u"minutes"_s)->after == u"390"_s);
        CHECK(c.field(u"agenda"_s)->after == u"Role-play; lunch 60 min"_s);
    }
    SECTION("role")
    {
        Project b = base();
        b.roles[0].kind = RoleKind::Custom;
        b.roles[0].customKind = u"Sponsor"_s;
        CHECK(only(diffProjects(a, b)).fields.size() == 2);
    }
    SECTION("sub-group added")
    {
        Project b = base();
        b.subgroups.append({ 60, u"North"_s, u"Map the territory"_s, 10, 6 });
        CHECK(only(diffProjects(a, b)).kind == ChangeKind::Added);
    }
    SECTION("rules: one edited rule is one removed and one added")
    {
        Project b = base();
        b.info.rules[1] = u"Share your sources"_s;
        const ProjectDiff d = diffProjects(a, b);
        REQUIRE(d.changes.size() == 2);
        CHECK(d.changes[0].kind == ChangeKind::Added);
        CHECK(d.changes[1].kind == ChangeKind::Removed);
        CHECK(d.changes[1].label == u"Share sources"_s);
    }
    SECTION("project info")
    {
        Project b = base();
        b.info.version = u"1.1"_s;
        b.info.client = u"Acme"_s;
        const Change &c = only(diffProjects(a, b));
        CHECK(c.item == ItemKind::Info);
        CHECK(c.fields.size() == 2);
    }
}

TEST_CASE("Word-level differences of texts", "[diff]")
{
    using Op = TextPart::Op;
    const auto parts = wordDiff(u"Post one piece of news every week"_s, u"Post two pieces of market news every week"_s);
    QString before, after;
    for (const TextPart &p : parts) {
        if (p.op != Op::Inserted)
            before += p.text;
        if (p.op != Op::Deleted)
            after += p.text;
    }
    CHECK(before == u"Post one piece of news every week"_s);
    CHECK(after == u"Post two pieces of market news every week"_s);
    REQUIRE(parts.size() >= 4);
    CHECK(parts[0] == TextPart { Op::Same, u"Post "_s });
    CHECK(parts[1] == TextPart { Op::Deleted, u"one piece "_s });
    CHECK(parts[2] == TextPart { Op::Inserted, u"two pieces "_s });
    CHECK(wordDiff(u"same"_s, u"same"_s) == QList<TextPart> { { Op::Same, u"same"_s } });
    CHECK(wordDiff({}, u"new"_s) == QList<TextPart> { { Op::Inserted, u"new"_s } });
}

TEST_CASE("Any change of a random project shows in its diff", "[diff]")
{
    QRandomGenerator random(7);
    int changed = 0;
    for (int i = 0; i < 300; ++i) {
        const Project p = test::randomProject(random);
        Project q = p;
        const QString what = test::mutateProject(q, random);
        if (p == q)
            continue;
        ++changed;
        INFO(what.toStdString());
        CHECK_FALSE(diffProjects(p, q).isEmpty());
    }
    CHECK(changed > 200);
}

TEST_CASE("Changes read as plain sentences a client understands", "[diff]")
{
    const Project a = base();
    Project b = base();
    b.objectives[0].activities[1].phase = Phase::PreClass; // 1.2 Role-play
    b.objectives[0].activities[0].toolId = 2;              // 1.1: Skype → Teams
    b.objectives[0].activities[0].duration = Duration::exact(45);
    b.objectives[1].activities.removeAt(0);
    const QList<ChangeLine> lines = describeChanges(diffProjects(a, b), a, b);
    QStringList texts;
    for (const ChangeLine &l : lines)
        texts.append(l.text);
    CHECK(texts
          == QStringList{u"Activity 1.1 “Watch the demo” tool changed from “Skype” to “Microsoft Teams”; duration "
                         u"changed from 30 min to 45 min."_s,
                         u"Activity 1.2 “Role-play” moved from In-class to Pre-class."_s,
                         u"Activity 2.1 “CRM walkthrough” removed."_s});
}
