// SPDX-License-Identifier: GPL-3.0-or-later
// The one validation of a Project (issue 13, items 2 and 10).
#include "advisor/advisor.h"
#include "model/projectvalidation.h"
#include "plan/planmodel.h"
#include "qtprint.h"

#include <QHash>

#include <limits>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

// A small valid project: two moments of the same name, a tool, two objectives.
Project sample()
{
    Project p;
    p.moments = { { 1, u"Workshop"_s, QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 120, MomentMode::FaceToFace, {}, {} },
        { 2, u"Workshop"_s, QDateTime(QDate(2027, 3, 11), QTime(9, 0)), 120, MomentMode::Virtual, {}, {} } };
    Tool zoom;
    zoom.id = 3;
    zoom.name = u"Zoom"_s;
    zoom.directions = { Direction::OneToMany };
    p.tools = { zoom };
    Objective o1;
    o1.id = 4;
    o1.statement = u"Rank risks"_s;
    Objective o2;
    o2.id = 5;
    o2.statement = u"Run a review"_s;
    for (int i = 0; i < 3; ++i) {
        Activity a;
        a.id = 6 + i;
        a.title = i == 2 ? u"Role play"_s : u"Step %1"_s.arg(i + 1);
        a.phase = Phase::PreClass;
        a.duration = { 10, 15 };
        a.toolId = 3;
        a.momentId = 1 + i % 2;
        a.offsetDays = -3;
        o2.activities.append(a);
    }
    p.objectives = { o1, o2 };
    p.subgroups = { { 10, u"Team A"_s, {}, 5, 4 } };
    p.roles = { { .id = 11, .kind = RoleKind::Mentor, .customKind = {}, .name = u"Lena"_s, .duties = {} } };
    return p;
}

QStringList messages(const Project &p)
{
    QStringList out;
    for (const ProjectProblem &problem : validate(p))
        out.append(problem.message());
    return out;
}

QStringList paths(const Project &p)
{
    QStringList out;
    for (const ProjectProblem &problem : validate(p))
        out.append(problem.path);
    return out;
}

} // namespace

TEST_CASE("A project within the limits passes", "[validation]")
{
    CHECK(messages(sample()).isEmpty());
    CHECK(messages(Project {}).isEmpty());
}

TEST_CASE("Durations: reversed, negative or beyond the limit are refused, naming the activity", "[validation]")
{
    Project p = sample();
    p.objectives[1].activities[2].duration = { 30, 10 };
    CHECK(messages(p)
        == QStringList { u"Objective 2, activity 3 “Role play”: the duration 30–10 minutes is reversed."_s });
    CHECK(paths(p) == QStringList { u"objectives[1].activities[2].minutes"_s });

    p.objectives[1].activities[2].duration = { -5, 10 };
    CHECK(messages(p).value(0).endsWith(u"the duration -5–10 minutes is outside 0–99999."_s));
    p.objectives[1].activities[2].duration = Duration::exact(Limits::MaxMinutes);
    CHECK(messages(p).isEmpty());
    p.objectives[1].activities[2].duration = Duration::exact(Limits::MaxMinutes + 1);
    CHECK(messages(p).size() == 1);
}

TEST_CASE("Every number is range-checked", "[validation]")
{
    constexpr int Huge = std::numeric_limits<int>::max();
    Project p = sample();
    SECTION("offsets that would date an activity in year -5877585")
    {
        p.objectives[1].activities[0].offsetDays = std::numeric_limits<int>::min();
        CHECK(paths(p) == QStringList { u"objectives[1].activities[0].offsetDays"_s });
        p.objectives[1].activities[0].offsetDays = -Limits::MaxOffsetDays;
        CHECK(messages(p).isEmpty());
    }
    SECTION("moment minutes")
    {
        p.moments[1].minutes = -1;
        CHECK(messages(p)
            == QStringList { u"In-class moment 2 “Workshop”: the length in minutes -1 is outside 0–99999."_s });
        p.moments[1].minutes = Huge;
        CHECK(paths(p) == QStringList { u"moments[1].minutes"_s });
    }
    SECTION("a moment's year")
    {
        p.moments[0].start = QDateTime(QDate(20000, 1, 1), QTime(9, 0));
        CHECK(paths(p) == QStringList { u"moments[0].start"_s });
    }
    SECTION("members and the tool limit")
    {
        p.subgroups[0].members = -2;
        p.info.maxTools = 0;
        CHECK(messages(p)
            == QStringList { u"Project: the tool limit 0 is outside 1–50."_s,
                u"Sub-group 1 “Team A”: the number of members -2 is outside 0–100000."_s });
    }
    SECTION("ids: positive, below the limit, unique within a kind")
    {
        p.subgroups[0].id = 0;
        p.roles[0].id = std::numeric_limits<Id>::max();
        p.objectives[1].activities[1].id = p.objectives[1].activities[0].id;
        CHECK(paths(p) == QStringList { u"objectives[1].activities[1].id"_s, u"subgroups[0].id"_s, u"roles[0].id"_s });
        CHECK(messages(p).value(0) == u"Objective 2, activity 2 “Step 2”: the id 6 is used twice."_s);
    }
}

TEST_CASE("References, repeated muted rules, broken text and unknown values", "[validation]")
{
    Project p = sample();
    p.objectives[1].activities[0].toolId = 99;
    p.objectives[1].activities[1].momentId = 98;
    p.subgroups[0].objectiveId = 97;
    p.info.mutedRules = { u"tool-retired"_s, u"tool-retired"_s };
    p.roles[0].name = u"Lena"_s + QChar(0xDC00);
    p.moments[0].mode = static_cast<MomentMode>(7);
    CHECK(paths(p)
        == QStringList { u"mutedRules"_s, u"moments[0].mode"_s, u"objectives[1].activities[0].toolId"_s,
            u"objectives[1].activities[1].momentId"_s, u"subgroups[0].objectiveId"_s, u"roles[0].name"_s });

    // normalize() repairs what has one meaning; the rest stays for validate() to refuse.
    normalize(p);
    CHECK(p.info.mutedRules == QStringList { u"tool-retired"_s });
    CHECK(p.objectives[1].activities[0].toolId == 0);
    CHECK(p.objectives[1].activities[1].momentId == 0);
    CHECK(p.subgroups[0].objectiveId == 0);
    CHECK(paths(p) == QStringList { u"moments[0].mode"_s, u"roles[0].name"_s });
}

TEST_CASE("normalize keeps moments at local minute precision", "[validation]")
{
    Project p = sample();
    p.moments[0].start = QDateTime(QDate(2027, 3, 4), QTime(9, 30, 45, 500));
    CHECK(paths(p) == QStringList { u"moments[0].start"_s });
    normalize(p);
    CHECK(messages(p).isEmpty());
    CHECK(p.moments[0].start == QDateTime(QDate(2027, 3, 4), QTime(9, 30)));
    const Project before = p;
    normalize(p);
    CHECK(p == before);
}

TEST_CASE("Names are cut in messages", "[validation]")
{
    Project p = sample();
    p.objectives[1].activities[2].title = QString(50 * 1024 * 1024 / 100, u'x');
    p.objectives[1].activities[2].duration = { 30, 10 };
    const QString message = messages(p).value(0);
    CHECK(message.size() < 200);
    CHECK(message.contains(u"…"_s));
}

TEST_CASE("Sums of durations do not wrap, and due dates stay sane, whatever the project", "[validation]")
{
    constexpr int Huge = std::numeric_limits<int>::max();
    CHECK(Duration { Huge, Huge }.typical() == double(Huge));
    Project p = sample();
    for (Activity &a : p.objectives[1].activities) {
        a.duration = { Huge, Huge };
        a.phase = Phase::PostClass;
        a.offsetDays = std::numeric_limits<int>::min();
    }
    const plan::Plan plan = plan::buildPlan(p, {});
    CHECK(plan.blend.programme.total().minutes == 3.0 * Huge);
    for (const plan::ActivityRow &r : plan.activities) {
        REQUIRE(r.due.isValid());
        CHECK(r.due.year() >= Limits::FirstYear - 11);
    }
    for (const plan::Section &s : plan.sections)
        for (const plan::Block &b : s.blocks)
            if (const auto *f = std::get_if<plan::Fields>(&b))
                for (const auto &item : f->items)
                    CHECK_FALSE(item.value.startsWith(u"-"_s));
}

TEST_CASE("The advisor ranks tools per moment even for ids that use all 64 bits", "[validation][advisor]")
{
    // The ranking cache once packed (moment << 4 | phase << 2 | direction) into one integer:
    // the shift overflowed, and moments 1 and 1 + 2^60 shared a key, so an activity of the
    // virtual moment was offered the face-to-face moment's best tool.
    Project p;
    p.moments = { { 1, u"On site"_s, QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 60, MomentMode::FaceToFace, {}, {} },
        { (Id(1) << 60) + 1, u"Online"_s, QDateTime(QDate(2027, 3, 5), QTime(9, 0)), 60, MomentMode::Virtual, {},
            {} } };
    Tool handout;
    handout.id = 2;
    handout.name = u"Handout"_s;
    handout.type = ToolType::Content;
    handout.directions = { Direction::OneToMany };
    Tool live = handout;
    live.id = 3;
    live.name = u"Live room"_s;
    live.type = ToolType::Live;
    p.tools = { handout, live };
    Objective o;
    o.id = 4;
    o.statement = u"Present the plan"_s;
    for (int i = 0; i < 2; ++i) {
        Activity a;
        a.id = 5 + i;
        a.title = i ? u"Online talk"_s : u"Talk"_s;
        a.phase = Phase::InClass;
        a.direction = Direction::OneToMany;
        a.momentId = p.moments[i].id;
        o.activities.append(a);
    }
    p.objectives = { o };
    QHash<Id, QString> fixes;
    for (const Finding &f : runAdvisor(p))
        if (f.ruleId == "activity-without-tool"_L1)
            fixes.insert(f.itemId, f.fixLabel);
    CHECK(fixes.value(5) == u"Use Handout"_s);
    CHECK(fixes.value(6) == u"Use Live room"_s);
}

TEST_CASE("Recurrences: a unit, an interval of 1–365, a count of 0–1000 or an end", "[validation][recurrence]")
{
    Project p = sample();
    Activity &a = p.objectives[1].activities[1];
    a.recurrence = { RecurrenceUnit::Weeks, 1, 8, QDate() };
    CHECK(messages(p).isEmpty());
    a.recurrence = { RecurrenceUnit::Days, 365, 0, QDate(2027, 6, 30) };
    CHECK(messages(p).isEmpty());
    a.recurrence = { RecurrenceUnit::Weeks, 1, 1000, QDate(2027, 6, 30) }; // the count decides
    CHECK(messages(p).isEmpty());

    a.recurrence = { RecurrenceUnit::Weeks, 0, 8, QDate() };
    CHECK(messages(p) == QStringList { u"Objective 2, activity 2 “Step 2”: the interval 0 is outside 1–365."_s });
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence.interval"_s });
    a.recurrence = { RecurrenceUnit::Weeks, 366, 8, QDate() };
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence.interval"_s });
    a.recurrence = { RecurrenceUnit::Days, 1, 1001, QDate() };
    CHECK(messages(p)
        == QStringList { u"Objective 2, activity 2 “Step 2”: the number of occurrences 1001 is outside 0–1000."_s });
    a.recurrence = { RecurrenceUnit::Days, 1, -1, QDate(2027, 6, 30) };
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence.count"_s });
    a.recurrence = { RecurrenceUnit::Weeks, 1, 0, QDate() };
    CHECK(messages(p)
        == QStringList { u"Objective 2, activity 2 “Step 2”: the recurrence has neither a number of occurrences "
                         "nor an end date."_s });
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence"_s });
    a.recurrence = { RecurrenceUnit::Weeks, 1, 0, QDate(20000, 1, 1) };
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence.until"_s });
    a.recurrence = { static_cast<RecurrenceUnit>(5), 1, 3, QDate() };
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence.unit"_s });

    // Without a unit the activity happens once: normalize() forgets the rest.
    a.recurrence = { RecurrenceUnit::None, 3, 8, QDate(2027, 6, 30) };
    CHECK(paths(p) == QStringList { u"objectives[1].activities[1].recurrence"_s });
    normalize(p);
    CHECK(p.objectives[1].activities[1].recurrence == Recurrence {});
    CHECK(messages(p).isEmpty());
}

TEST_CASE("Leaders, no-tool activities, custom kinds and instruments", "[validation]")
{
    Project p = sample();
    Activity &a = p.objectives[1].activities[0];
    a.ledBy = LedBy::Role;
    a.ledByRoleId = 11;
    a.ledByName = u"Sales director"_s;
    p.roles[0].kind = RoleKind::Custom;
    p.roles[0].customKind = u"Sponsor"_s;
    p.objectives[0].instrument = { u"Rubric"_s, u"Four levels"_s, u"rubric.pdf"_s, QByteArray("%PDF", 4) };
    CHECK(messages(p).isEmpty());

    SECTION("a leading role that is not in the project is repaired as none")
    {
        a.ledByRoleId = 99;
        CHECK(messages(p) == QStringList { u"Objective 2, activity 1 “Step 1”: the role 99 is not in the project."_s });
        CHECK(paths(p) == QStringList { u"objectives[1].activities[0].ledByRoleId"_s });
        normalize(p);
        CHECK(p.objectives[1].activities[0].ledByRoleId == 0);
        CHECK(messages(p).isEmpty());
    }
    SECTION("no tool, and yet a tool")
    {
        a.noTool = true;
        CHECK(paths(p) == QStringList { u"objectives[1].activities[0].noTool"_s });
        a.toolId = 0;
        CHECK(messages(p).isEmpty());
    }
    SECTION("broken text in the new texts")
    {
        a.ledByName += QChar(0xD800);
        p.roles[0].customKind += QChar(0xDC00);
        p.objectives[0].instrument.description += QChar(0xD800);
        CHECK(paths(p)
            == QStringList { u"objectives[0].instrument.description"_s, u"objectives[1].activities[0].ledByName"_s,
                u"roles[0].customKind"_s });
    }
    SECTION("an instrument file: at most 16 MB, with a plain name")
    {
        AssessmentInstrument &in = p.objectives[0].instrument;
        in.fileData = QByteArray(Limits::MaxInstrumentFileBytes, 'x');
        CHECK(messages(p).isEmpty());
        in.fileData.append('x');
        CHECK(messages(p) == QStringList { u"Objective 1 “Rank risks”: the attached file is larger than 16 MB."_s });
        CHECK(paths(p) == QStringList { u"objectives[0].instrument.file"_s });
        in.fileData = "%PDF";
        for (const QString &bad :
            { u"../rubric.pdf"_s, u"C:\\rubric.pdf"_s, u"docs/rubric.pdf"_s, u".."_s, u"line\nbreak.pdf"_s }) {
            INFO(bad.toStdString());
            in.fileName = bad;
            CHECK(paths(p) == QStringList { u"objectives[0].instrument.fileName"_s });
        }
        in.fileName = u"Grille d’évaluation (v2).pdf"_s;
        CHECK(messages(p).isEmpty());
        in.fileName.clear();
        CHECK(messages(p) == QStringList { u"Objective 1 “Rank risks”: the attached file has no name."_s });
        in.fileData.clear();
        CHECK(messages(p).isEmpty());
    }
}

TEST_CASE("Agendas: entries of the project's activities, ids unique across the project", "[validation][agenda]")
{
    Project p = sample();
    p.moments[0].agenda = { { 20, AgendaKind::Activity, 7, {}, 0 }, { 21, AgendaKind::Break, 0, u"Coffee"_s, 15 },
        { 22, AgendaKind::Lunch, 0, {}, 60 }, { 23, AgendaKind::Activity, 6, {}, 0 } };
    p.moments[1].agenda = { { 24, AgendaKind::Activity, 7, {}, 0 } }; // one activity in two agendas
    CHECK(messages(p).isEmpty());

    SECTION("minutes within the limit, a known kind, unbroken text")
    {
        p.moments[0].agenda[1].minutes = Limits::MaxMinutes + 1;
        p.moments[0].agenda[2].kind = static_cast<AgendaKind>(9);
        p.moments[1].agenda[0].title = QString(QChar(0xDC00));
        CHECK(paths(p)
            == QStringList {
                u"moments[0].agenda[1].minutes"_s, u"moments[0].agenda[2].kind"_s, u"moments[1].agenda[0].title"_s });
        CHECK(messages(p).value(0)
            == u"In-class moment 1 “Workshop”, agenda entry 2 “Coffee”: the length in minutes 100000 is outside "
               "0–99999."_s);
    }
    SECTION("ids: unique among the entries of every agenda and with every other item")
    {
        p.moments[1].agenda[0].id = 21;
        p.moments[0].agenda[2].id = 6; // an activity's
        p.moments[0].agenda[3].id = 11; // a role's
        CHECK(paths(p)
            == QStringList {
                u"moments[0].agenda[2].id"_s, u"moments[0].agenda[3].id"_s, u"moments[1].agenda[0].id"_s });
        CHECK(messages(p).value(0)
            == u"In-class moment 1 “Workshop”, agenda entry 3: the id 6 is also the id of another item."_s);
    }
    SECTION("references normalize() repairs")
    {
        p.moments[0].agenda[0].activityId = 99; // removed: the entry goes
        p.moments[0].agenda[1].activityId = 6; // a break names no activity
        p.moments[0].agenda.append({ 25, AgendaKind::Activity, 6, {}, 0 }); // twice: the first place stays
        p.moments[0].agenda.append({ 26, AgendaKind::Activity, 0, {}, 0 }); // none
        CHECK(paths(p)
            == QStringList { u"moments[0].agenda[0].activityId"_s, u"moments[0].agenda[1].activityId"_s,
                u"moments[0].agenda[4].activityId"_s, u"moments[0].agenda[5].activityId"_s });
        CHECK(messages(p).value(0)
            == u"In-class moment 1 “Workshop”, agenda entry 1: the activity 99 is not in the project."_s);
        normalize(p);
        CHECK(messages(p).isEmpty());
        CHECK(p.moments[0].agenda
            == QList<AgendaItem> { { 21, AgendaKind::Break, 0, u"Coffee"_s, 15 }, { 22, AgendaKind::Lunch, 0, {}, 60 },
                { 23, AgendaKind::Activity, 6, {}, 0 } });
        CHECK(p.moments[1].agenda.size() == 1);
        const Project before = p;
        normalize(p);
        CHECK(p == before);
    }
}

TEST_CASE("A guessed mark must name its field", "[validation][guesses]")
{
    Project p = sample();
    p.objectives[1].activities[2].guesses = { { u"phase"_s, u"line 3: phase guessed"_s } };
    CHECK(messages(p).isEmpty());
    p.objectives[1].activities[2].guesses.append({ u" "_s, u"line 4"_s });
    CHECK(messages(p) == QStringList { u"Objective 2, activity 3 “Role play”: a guessed value names no field."_s });
    CHECK(paths(p) == QStringList { u"objectives[1].activities[2].guesses"_s });
    p.objectives[1].activities[2].guesses.last() = { u"tool"_s, QString(QChar(0xD800)) };
    CHECK(messages(p).size() == 1);
}
