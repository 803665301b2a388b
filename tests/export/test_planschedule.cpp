// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's content beyond the templates: timed day agendas, recurring activities, who leads,
// assessment instruments and their files, whole minutes, the per-objective blend, tool benefits.
#include "exporttestsupport.h"
#include "inductionproject.h"
#include "model/agenda.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"
#include "plan/plantext.h"
#include "qtprint.h"

#include <QRegularExpression>

#include <stdexcept>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const plan::Section &section(const plan::Plan &p, const QString &key)
{
    const plan::Section *s = p.section(key);
    INFO(key.toStdString());
    REQUIRE(s != nullptr);
    return *s;
}

// The first block of type T after the heading with `anchor` (before the next heading of the
// same or a higher level); nullptr when there is none.
template <typename T> const T *blockAfter(const plan::Section &s, const QString &anchor)
{
    int level = 0;
    for (const plan::Block &b : s.blocks) {
        if (const auto *h = std::get_if<plan::Heading>(&b)) {
            if (level > 0 && h->level <= level)
                return nullptr;
            if (h->anchor == anchor)
                level = h->level;
            continue;
        }
        if (level > 0)
            if (const auto *t = std::get_if<T>(&b))
                return t;
    }
    return nullptr;
}

const plan::Table &tableAfter(const plan::Section &s, const QString &anchor)
{
    const plan::Table *t = blockAfter<plan::Table>(s, anchor);
    INFO(anchor.toStdString());
    REQUIRE(t != nullptr);
    return *t;
}

const plan::Table &firstTable(const plan::Section &s)
{
    for (const plan::Block &b : s.blocks)
        if (const auto *t = std::get_if<plan::Table>(&b))
            return *t;
    FAIL("no table in section " << s.key.toStdString());
    throw std::logic_error("unreachable");
}

// Every text of a section, one string per cell, item, field value and paragraph.
QStringList texts(const plan::Section &s)
{
    QStringList out;
    for (const plan::Block &b : s.blocks)
        std::visit(
            [&out](const auto &block) {
                using T = std::decay_t<decltype(block)>;
                if constexpr (std::is_same_v<T, plan::Heading>)
                    out.append(block.text);
                else if constexpr (std::is_same_v<T, plan::Paragraph>)
                    out.append(block.text);
                else if constexpr (std::is_same_v<T, plan::Fields>)
                    for (const plan::Field &f : block.items)
                        out << f.label << f.value;
                else if constexpr (std::is_same_v<T, plan::List>)
                    out.append(block.items);
                else if constexpr (std::is_same_v<T, plan::Table>) {
                    out.append(block.header);
                    for (const QStringList &row : block.rows)
                        out.append(row);
                }
            },
            b);
    return out;
}

const plan::ActivityRow &row(const plan::Plan &p, Id activity)
{
    for (const plan::ActivityRow &r : p.activities)
        if (r.activityId == activity)
            return r;
    FAIL("no row for activity " << activity);
    return p.activities.first();
}

const Activity &activity(const Project &p, Id id)
{
    const Activity *a = p.activity(id);
    REQUIRE(a != nullptr);
    return *a;
}

} // namespace

TEST_CASE("Each in-class day has a timed running order, overrun or unplanned, never hidden", "[plan][agenda]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const plan::Plan p = plan::buildPlan(ind.project, {});
    const plan::Section &schedule = section(p, u"schedule"_s);
    const QString lang = p.cover.language;
    const auto t = [&lang](int h, int m) { return plan::PlanText::formatTime(QTime(h, m), lang); };

    // Day 1: the designer's order, times from 9:00, the break's own title, lunch by its label.
    const plan::Table &day1 = tableAfter(schedule, u"agenda-"_s + QString::number(ind.day1));
    const Project &pr = ind.project;
    const plan::ActivityRow &a14 = row(p, pr.objectives[0].activities[3].id);
    const plan::ActivityRow &a13 = row(p, pr.objectives[0].activities[2].id);
    const plan::ActivityRow &a22 = row(p, pr.objectives[1].activities[1].id);
    REQUIRE(day1.rows.size() == 6); // 5 entries and the total
    CHECK(day1.rows[0] == QStringList { t(9, 0) + u"–" + t(10, 15), a14.number, a14.title, a14.toolText, u"75"_s });
    CHECK(day1.rows[1] == QStringList { t(10, 15) + u"–" + t(10, 30), QString(), u"Coffee"_s, QString(), u"15"_s });
    CHECK(day1.rows[2][1] == a13.number);
    CHECK(day1.rows[2][0] == t(10, 30) + u"–" + t(11, 30));
    CHECK(day1.rows[3][2] == enumLabel(AgendaKind::Lunch));
    CHECK(day1.rows[3][4] == u"45"_s);
    CHECK(day1.rows[4][1] == a22.number); // not named by the agenda: runs after the named ones
    CHECK(day1.rows[4][0] == t(12, 15) + u"–" + t(13, 15));
    CHECK(day1.rows[5] == QStringList { plan::PlanText::total(), QString(), QString(), QString(), u"255"_s });
    const auto *note1 = blockAfter<plan::Paragraph>(schedule, u"agenda-"_s + QString::number(ind.day1));
    REQUIRE(note1 != nullptr);
    CHECK(note1->text.startsWith(u"255 of 240 minutes planned: 15 minutes more than the moment lasts."_s));

    // Day 2: one 80–90 minute activity of 420 minutes; shown with its range, given 90 minutes.
    const plan::Table &day2 = tableAfter(schedule, u"agenda-"_s + QString::number(ind.day2));
    const plan::ActivityRow &rolePlay = row(p, ind.rolePlay);
    REQUIRE(day2.rows.size() == 2);
    CHECK(day2.rows[0]
        == QStringList {
            t(9, 0) + u"–" + t(10, 30), rolePlay.number, rolePlay.title, plan::PlanText::noTool(), u"80–90"_s });
    const auto *note2 = blockAfter<plan::Paragraph>(schedule, u"agenda-"_s + QString::number(ind.day2));
    REQUIRE(note2 != nullptr);
    CHECK(note2->text == u"90 of 420 minutes planned: 330 minutes not planned yet."_s);

    // The iCalendar description of a moment is the same timed running order.
    const auto moment = std::find_if(p.schedule.cbegin(), p.schedule.cend(), [&ind](const plan::ScheduleEntry &e) {
        return e.kind == plan::ScheduleEntry::Kind::Moment && e.id == ind.day1;
    });
    REQUIRE(moment != p.schedule.cend());
    const QStringList lines = moment->description.split(u'\n');
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]
        == t(9, 0) + u"–" + t(10, 15) + u"  " + a14.number + u' ' + a14.title + u" (" + enumLabel(a14.direction)
            + u')');
    CHECK(lines[1] == t(10, 15) + u"–" + t(10, 30) + u"  Coffee");

    // A moment without a date yet: minutes from its start instead of times.
    Project undated = ind.project;
    for (Moment &m : undated.moments)
        if (m.id == ind.day2)
            m.start = {};
    const plan::Plan u = plan::buildPlan(undated, {});
    const plan::Section &undatedSchedule = section(u, u"schedule"_s);
    const plan::Table &later = tableAfter(undatedSchedule, u"agenda-"_s + QString::number(ind.day2));
    CHECK(later.rows[0][0] == u"0–90 min"_s);
    CHECK(std::any_of(undatedSchedule.blocks.cbegin(), undatedSchedule.blocks.cend(), [](const plan::Block &b) {
        const auto *h = std::get_if<plan::Heading>(&b);
        return h && h->text == u"Bootcamp day 2 — date to be set";
    }));

    // A moment with nothing in it yet still has its day, saying so.
    Project empty = ind.project;
    for (Objective &o : empty.objectives)
        for (Activity &a : o.activities)
            if (a.momentId == ind.day2)
                a.momentId = 0;
    const plan::Plan q = plan::buildPlan(empty, {});
    const auto *note3
        = blockAfter<plan::Paragraph>(section(q, u"schedule"_s), u"agenda-"_s + QString::number(ind.day2));
    REQUIRE(note3 != nullptr);
    CHECK(note3->text.contains(u"0 of 420 minutes planned"_s));
    CHECK(note3->text.contains(u"No in-class activities planned yet."_s));
}

TEST_CASE("Times are the plan locale's, without seconds, 24-hour where that is the custom", "[plan][agenda]")
{
    CHECK(plan::PlanText::formatTime(QTime(13, 5, 42), u"en"_s) == u"1:05 PM"_s);
    CHECK(plan::PlanText::formatTime(QTime(13, 5, 42), u"de"_s) == u"13:05"_s);
    CHECK(plan::PlanText::formatTime(QTime(9, 0), u"fr"_s) == u"09:00"_s);
    for (const QString &lang : { u"en"_s, u"de"_s, u"fr"_s, u"nl"_s, u"fi"_s, u"ja"_s, u"ar"_s }) {
        INFO(lang.toStdString());
        CHECK_FALSE(plan::PlanText::formatTime(QTime(13, 5, 42), lang).contains(u"42"_s));
    }

    exporttest::Induction ind = exporttest::inductionProject();
    ind.project.info.language = u"de"_s;
    const plan::Plan p = plan::buildPlan(ind.project, {});
    const plan::Table &day1 = tableAfter(section(p, u"schedule"_s), u"agenda-"_s + QString::number(ind.day1));
    CHECK(day1.rows[0][0] == u"09:00–10:15"_s);
}

TEST_CASE("A recurring activity: every occurrence dated, described, counted in every figure", "[plan][recurrence]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const Project &pr = ind.project;
    const plan::Plan p = plan::buildPlan(pr, {});
    const Activity &news = activity(pr, ind.news);
    const QDate first = activityDate(pr, news);
    REQUIRE(first.isValid());

    // Timeline: eight entries a week apart, "(3 of 8)".
    QList<QDate> dates;
    for (const plan::ScheduleEntry &e : p.schedule)
        if (e.kind == plan::ScheduleEntry::Kind::Activity && e.id == ind.news) {
            CHECK(e.occurrence == dates.size() + 1);
            CHECK(e.occurrences == 8);
            CHECK(e.recurrence.isSet() == (e.occurrence == 1)); // the first carries the repetition
            dates.append(e.date);
        }
    REQUIRE(dates.size() == 8);
    for (int i = 0; i < 8; ++i)
        CHECK(dates[i] == first.addDays(7 * i));
    for (qsizetype i = 1; i < p.schedule.size(); ++i)
        CHECK(p.schedule[i - 1].date <= p.schedule[i].date);
    const plan::Table &timeline = tableAfter(section(p, u"schedule"_s), u"schedule-timeline"_s);
    const plan::ActivityRow &r = row(p, ind.news);
    const auto third = std::find_if(timeline.rows.cbegin(), timeline.rows.cend(),
        [&](const QStringList &cells) { return cells[1] == r.number && cells[2] == r.title + u" (3 of 8)"; });
    REQUIRE(third != timeline.rows.cend());
    CHECK((*third)[0] == plan::PlanText::formatDate(first.addDays(14), p.cover.language));

    // Until-bounded, every 2 days: four dates.
    int warmUps = 0;
    for (const plan::ScheduleEntry &e : p.schedule)
        warmUps += e.id == ind.warmUp && e.kind == plan::ScheduleEntry::Kind::Activity;
    CHECK(warmUps == 4);

    // Sequences: the recurrence in words, the minutes per occurrence and how often.
    CHECK(r.recurrenceText == u"Every week, 8 times"_s);
    CHECK(r.occurrences == 8);
    const plan::Table &seq = tableAfter(section(p, u"sequences"_s), u"objective-1"_s);
    const auto seqRow = std::find_if(
        seq.rows.cbegin(), seq.rows.cend(), [&](const QStringList &cells) { return cells[0] == r.number; });
    REQUIRE(seqRow != seq.rows.cend());
    CHECK((*seqRow)[1] == r.title + u"\nEvery week, 8 times");
    CHECK((*seqRow)[5] == u"20–30 × 8"_s);

    // Every minute figure counts all eight: 25 × 8 = 200 minutes.
    CHECK(r.minutes == 200);
    qint64 total = 0;
    qint64 objective1 = 0;
    for (const Objective &o : pr.objectives)
        for (const Activity &a : o.activities) {
            const qint64 m = plan::wholeMinutes(workloadMinutes(a, activityDate(pr, a)));
            total += m;
            if (&o == &pr.objectives[0])
                objective1 += m;
        }
    CHECK(p.blend.programme.total().minutes == total);
    CHECK(p.blend.objectives[0].total().minutes == objective1);
    CHECK(p.blend.programme.at(Phase::PostClass, news.direction).minutes >= 200);
    const QStringList summary = texts(section(p, u"summary"_s));
    CHECK(std::any_of(summary.cbegin(), summary.cend(),
        [&](const QString &v) { return v.startsWith(QString::number(total) + u" min ("); }));
    const plan::Table &perObjective = tableAfter(section(p, u"blend"_s), u"blend-objectives-phase"_s);
    CHECK(perObjective.rows[0].last()
        == QString::number(objective1) + u" (" + QString::number(pr.objectives[0].activities.size()) + u')');
}

TEST_CASE(
    "Led by names the role or the free role; no tool reads as in the room; role kinds as named", "[plan][vocabulary]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const plan::Plan p = plan::buildPlan(ind.project, {});
    CHECK(row(p, ind.rolePlay).ledByText == u"Sales buddy"_s);
    CHECK(row(p, ind.warmUp).ledByText == u"Sales director"_s);
    CHECK(row(p, ind.news).ledByText == u"Curator (L&D contact)"_s);
    CHECK(row(p, ind.project.objectives[0].activities[0].id).ledByText == enumLabel(LedBy::Trainer));
    CHECK(row(p, ind.rolePlay).toolText == u"No tool — in the room"_s);
    CHECK(row(p, ind.rolePlay).toolName.isEmpty());

    const QStringList sequences = texts(section(p, u"sequences"_s));
    CHECK(sequences.contains(enumLabel(Grouping::Pairs) + u" · Sales buddy"));
    CHECK(sequences.contains(u"No tool — in the room"_s));
    CHECK_FALSE(sequences.contains(u"No tool yet"_s));

    const plan::Table &roles = tableAfter(section(p, u"community"_s), u"community-roles"_s);
    CHECK(roles.rows.contains(QStringList {
        enumLabel(RoleKind::Buddy), u"Sales buddy"_s, u"Pairs with one new rep for the first eight weeks."_s }));
    CHECK(std::any_of(roles.rows.cbegin(), roles.rows.cend(),
        [](const QStringList &r) { return r[0] == u"Sponsor" && r[1] == u"Sales director"; }));

    // A role that is gone, or a free role without a name, falls back to the kind of leader.
    Project broken = ind.project;
    broken.roles.clear();
    const plan::Plan q = plan::buildPlan(broken, {});
    CHECK(row(q, ind.rolePlay).ledByText == enumLabel(LedBy::Role));
}

TEST_CASE(
    "Objectives show their measure and instrument; attached files are listed in an appendix", "[plan][objectives]")
{
    exporttest::Induction ind = exporttest::inductionProject();
    const plan::Plan p = plan::buildPlan(ind.project, {});
    const plan::Section &sequences = section(p, u"sequences"_s);
    const auto *fields2 = blockAfter<plan::Fields>(sequences, u"objective-2"_s);
    REQUIRE(fields2 != nullptr);
    const auto instrument = std::find_if(fields2->items.cbegin(), fields2->items.cend(),
        [](const plan::Field &f) { return f.label == u"Assessment instrument"; });
    REQUIRE(instrument != fields2->items.cend());
    CHECK(instrument->value
        == u"Pitch rubric\nEight criteria scored 1–4 by two observers.\nAttached file: pitch-rubric.pdf"_s);
    CHECK(fields2->items.first().label == u"Success measure"_s);

    // Evaluation: objective 1 has no measure text but an instrument, so it is not "none".
    const plan::Table &evaluation = firstTable(section(p, u"evaluation"_s));
    CHECK(evaluation.rows[0][1] == u"Instrument: Follow-up quiz\nTen questions, pass mark 80%."_s);
    CHECK(
        evaluation.rows[1][1].startsWith(ind.project.objectives[1].measure.trimmed() + u"\nInstrument: Pitch rubric"));
    for (const QStringList &r : evaluation.rows)
        CHECK_FALSE(r[1].contains(u"No measure defined yet."_s));

    // The appendix: objective, instrument, file, size in KB (rounded up).
    REQUIRE(p.attachments.size() == 1);
    const plan::Table &files = firstTable(section(p, u"attachments"_s));
    REQUIRE(files.rows.size() == 1);
    CHECK(files.rows[0][0].startsWith(u"2. Be able to present"_s));
    CHECK(files.rows[0].mid(1) == QStringList { u"Pitch rubric"_s, u"pitch-rubric.pdf"_s, u"3"_s });
    const QStringList keys = [&p] {
        QStringList out;
        for (const auto &s : p.sections)
            out.append(s.key);
        return out;
    }();
    CHECK(keys.indexOf(u"attachments"_s) == keys.indexOf(u"evaluation"_s) + 1);

    // Truly nothing: the evaluation says so, and there is no appendix.
    ind.project.objectives[0].instrument = {};
    ind.project.objectives[1].instrument = {};
    ind.project.objectives[1].measure = u"  "_s;
    const plan::Plan q = plan::buildPlan(ind.project, {});
    CHECK(firstTable(section(q, u"evaluation"_s)).rows[1][1] == u"No measure defined yet."_s);
    CHECK_FALSE(q.hasSection(u"attachments"_s));
}

TEST_CASE("Minutes are whole numbers, ranges show as ranges, totals as the status bar adds them", "[plan][minutes]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const Project &pr = ind.project;
    const plan::Plan p = plan::buildPlan(pr, {});
    CHECK(plan::wholeMinutes(12.5) == 13);
    CHECK(plan::wholeMinutes(12.4) == 12);
    CHECK(plan::formatMinutes(52.5) == u"53"_s);
    CHECK(plan::formatDuration(Duration { 10, 15 }) == u"10–15"_s);
    CHECK(plan::formatDuration(Duration::exact(30)) == u"30"_s);
    CHECK(plan::formatDuration(Duration {}).isEmpty());

    // No minute figure has a decimal point: the blend tables (but their first column), the
    // learning time, the minutes columns of the sequences and the day agendas.
    const QRegularExpression decimal(u"\\d[.,]\\d"_s);
    QStringList figures;
    for (const plan::Block &b : section(p, u"blend"_s).blocks)
        if (const auto *t = std::get_if<plan::Table>(&b))
            for (const QStringList &r : t->rows)
                figures.append(r.mid(1));
    for (const plan::Block &b : section(p, u"summary"_s).blocks)
        if (const auto *f = std::get_if<plan::Fields>(&b))
            for (const plan::Field &field : f->items)
                if (field.label == u"Learning time")
                    figures.append(field.value);
    for (const QString &key : { u"sequences"_s, u"schedule"_s })
        for (const plan::Block &b : section(p, key).blocks)
            if (const auto *t = std::get_if<plan::Table>(&b)) {
                const int column = int(t->header.indexOf(plan::PlanText::minutes()));
                if (column >= 0)
                    for (const QStringList &r : t->rows)
                        figures.append(r[column]);
            }
    CHECK(figures.size() > 30);
    for (const QString &figure : std::as_const(figures)) {
        INFO(figure.toStdString());
        CHECK_FALSE(decimal.match(figure).hasMatch());
    }
    CHECK(figures.contains(u"20–30"_s));
    // Parts add up to the totals, as shown.
    const plan::BlendSeries &b = p.blend.programme;
    qint64 phases = 0;
    for (Phase ph : b.shownPhases())
        phases += plan::wholeMinutes(b.phaseTotal(ph).minutes);
    CHECK(phases == plan::wholeMinutes(b.total().minutes));
    qint64 directions = 0;
    for (Direction d : b.shownDirections())
        directions += plan::wholeMinutes(b.directionTotal(d).minutes);
    CHECK(directions == plan::wholeMinutes(b.total().minutes));
}

TEST_CASE("Per-objective blend: every phase and direction, objectives by name", "[plan][blend]")
{
    exporttest::Induction ind = exporttest::inductionProject();
    ind.project.objectives[1].statement = u"Pitch the product"_s;
    const plan::Plan p = plan::buildPlan(ind.project, {});
    const plan::Table &byPhase = tableAfter(section(p, u"blend"_s), u"blend-objectives-phase"_s);
    const plan::Table &t = tableAfter(section(p, u"blend"_s), u"blend-objectives-direction"_s);
    QStringList phases { u"Objective"_s };
    for (Phase ph : p.blend.programme.shownPhases())
        phases.append(enumLabel(ph));
    phases.append(plan::PlanText::total());
    CHECK(byPhase.header == phases);
    QStringList expected { u"Objective"_s };
    for (Direction d : p.blend.programme.shownDirections())
        expected.append(enumLabel(d));
    expected.append(plan::PlanText::total());
    CHECK(t.header == expected);
    CHECK(t.header.contains(enumLabel(Direction::OneToMany)));
    CHECK(t.header.contains(enumLabel(Direction::ManyToOne)));
    CHECK(t.header.contains(enumLabel(Direction::ManyToMany)));
    CHECK(t.rows[1][0] == u"2. Pitch the product"_s);
    CHECK(byPhase.rows[1][0] == u"2. Pitch the product"_s);
    // Both add up to each objective's total.
    const auto minutesOf = [](const QString &cell) { return cell == u"–" ? 0 : cell.section(u' ', 0, 0).toInt(); };
    for (int o = 0; o < 2; ++o) {
        CHECK(t.rows[o].last() == byPhase.rows[o].last());
        int sum = 0;
        for (qsizetype c = 1; c + 1 < t.rows[o].size(); ++c)
            sum += minutesOf(t.rows[o][c]);
        CHECK(sum == minutesOf(t.rows[o].last()));
    }
    // A long statement is shortened at a word boundary.
    const QString first = t.rows[0][0];
    CHECK(first.startsWith(u"1. Be able to measure"_s));
    CHECK(first.endsWith(u"…"_s));
    const QString cut = first.chopped(1).mid(3);
    CHECK(ind.project.objectives[0].statement.startsWith(cut + u' '));
    CHECK(p.blend.objectives[1].label == u"2. Pitch the product"_s);

    // An unset direction shows as its own column.
    ind.project.objectives[0].activities[0].direction = Direction::Unset;
    const plan::Plan q = plan::buildPlan(ind.project, {});
    CHECK(tableAfter(section(q, u"blend"_s), u"blend-objectives-direction"_s)
              .header.contains(enumLabel(Direction::Unset)));
}

TEST_CASE("The summary does not repeat the cover", "[plan][summary]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    const plan::Plan with = plan::buildPlan(project, {});
    const QStringList summary = texts(section(with, u"summary"_s));
    CHECK_FALSE(summary.contains(project.info.client));
    CHECK_FALSE(summary.contains(project.info.audience));
    CHECK_FALSE(summary.contains(plan::PlanText::preparedFor()));

    plan::PlanOptions noCover;
    noCover.sections = { u"summary"_s };
    const QStringList alone = texts(section(plan::buildPlan(project, noCover), u"summary"_s));
    CHECK(alone.contains(project.info.client));
    CHECK(alone.contains(project.info.audience));
}

TEST_CASE("Tool benefits are listed per activity", "[plan][tools]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    const plan::Plan p = plan::buildPlan(project, {});
    const plan::Section &tools = section(p, u"tools"_s);
    for (const plan::ToolEntry &e : p.tools) {
        INFO(e.name.toStdString());
        const auto *list = blockAfter<plan::List>(tools, u"tool-"_s + QString::number(e.toolId));
        if (e.benefits.isEmpty())
            continue;
        REQUIRE(list != nullptr);
        CHECK(list->items == e.benefits);
        for (const QString &b : e.benefits)
            CHECK(QRegularExpression(u"^\\d+\\.\\d+(, \\d+\\.\\d+)*: \\S"_s).match(b).hasMatch());
    }
    const auto forms = std::find_if(
        p.tools.cbegin(), p.tools.cend(), [](const plan::ToolEntry &e) { return e.name == u"Microsoft Forms"; });
    REQUIRE(forms != p.tools.cend());
    REQUIRE(forms->benefits.size() == 2);
    CHECK(forms->benefits[0].startsWith(u"1.5: "_s));
    CHECK(forms->benefits[1].startsWith(u"2.2: "_s));

    // The same benefit told by two activities is one item naming both.
    Project same = project;
    same.objectives[0].activities[5].benefit = same.objectives[0].activities[1].benefit; // 1.6 as 1.2
    const plan::Plan q = plan::buildPlan(same, {});
    const auto engage = std::find_if(
        q.tools.cbegin(), q.tools.cend(), [](const plan::ToolEntry &e) { return e.name == u"Viva Engage"; });
    REQUIRE(engage != q.tools.cend());
    REQUIRE(engage->benefits.size() == 1);
    CHECK(engage->benefits[0].startsWith(u"1.2, 1.6: "_s));
}
