// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttestsupport.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

QStringList keys(const plan::Plan &p)
{
    QStringList out;
    for (const auto &s : p.sections)
        out.append(s.key);
    return out;
}

} // namespace

TEST_CASE("Blend totals per phase and direction equal the sum of the activities", "[plan]")
{
    for (const QString &name : {u"it-risk"_s, u"pm-initiative"_s}) {
        INFO(name.toStdString());
        const Project project = exporttest::templ(name);
        const plan::Plan p = plan::buildPlan(project, {});
        REQUIRE(p.activities.size() == project.activityCount());
        for (Phase ph : {Phase::Unset, Phase::PreClass, Phase::InClass, Phase::PostClass}) {
            for (Direction d : {Direction::Unset, Direction::OneToMany, Direction::ManyToOne,
                                Direction::ManyToMany}) {
                double minutes = 0;
                int count = 0;
                for (const Objective &o : project.objectives)
                    for (const Activity &a : o.activities)
                        if (a.phase == ph && a.direction == d) {
                            minutes += double(plan::wholeMinutes(workloadMinutes(a, activityDate(project, a))));
                            ++count;
                        }
                CHECK(p.blend.programme.at(ph, d).minutes == Approx(minutes));
                CHECK(p.blend.programme.at(ph, d).count == count);
                // Per objective adds up to the programme too.
                plan::BlendCell sum;
                for (const auto &s : p.blend.objectives)
                    sum += s.at(ph, d);
                CHECK(sum.minutes == Approx(minutes));
                CHECK(sum.count == count);
            }
        }
        CHECK(p.blend.programme.total().count == project.activityCount());
    }
}

TEST_CASE("Pre- and post-class activities are dated by their moment and offset, in date order",
          "[plan]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    const plan::Plan p = plan::buildPlan(project, {});
    const Moment &m = project.moments.first();
    int dated = 0;
    for (const plan::ActivityRow &r : p.activities) {
        const Activity *a = project.activity(r.activityId);
        REQUIRE(a);
        if (a->momentId == m.id) {
            const QDate expected = a->phase == Phase::InClass ? m.start.date()
                                                              : m.start.date().addDays(a->offsetDays);
            CHECK(r.due == expected);
            if (a->phase != Phase::InClass)
                ++dated;
        }
    }
    CHECK(dated > 0);
    // The schedule holds every moment and every dated pre/post activity, sorted by date.
    CHECK(p.schedule.size() == project.moments.size() + dated);
    for (qsizetype i = 1; i < p.schedule.size(); ++i)
        CHECK(p.schedule[i - 1].date <= p.schedule[i].date);
    const auto moment = std::find_if(p.schedule.cbegin(), p.schedule.cend(), [](const auto &e) {
        return e.kind == plan::ScheduleEntry::Kind::Moment;
    });
    REQUIRE(moment != p.schedule.cend());
    CHECK(moment->end == m.start.addSecs(m.minutes * 60));
    CHECK_FALSE(moment->description.isEmpty()); // lists the in-class activities
}

TEST_CASE("Sections, cover and client version follow the options", "[plan]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    const plan::Plan all = plan::buildPlan(project, {});
    CHECK(all.includeCover);
    // Every section has content in the template, but for the attached documents (it has none).
    QStringList expected = plan::sectionKeys().mid(1);
    expected.removeOne(u"attachments"_s);
    // No versions and no base to compare with: no revision history, no changes.
    expected.removeOne(u"revisions"_s);
    expected.removeOne(u"changes"_s);
    CHECK(keys(all) == expected);

    plan::PlanOptions client;
    client.clientVersion = true;
    CHECK_FALSE(plan::buildPlan(project, client).hasSection(u"review"_s));

    plan::PlanOptions some;
    some.sections = {u"tools"_s, u"summary"_s};
    const plan::Plan part = plan::buildPlan(project, some);
    CHECK_FALSE(part.includeCover);
    CHECK(keys(part) == QStringList{u"summary"_s, u"tools"_s}); // reading order, not option order

    plan::PlanOptions dated;
    dated.date = QDate(2027, 1, 15);
    CHECK(plan::buildPlan(project, dated).cover.dateText == u"15 January 2027"_s);
}

TEST_CASE("An empty project gives no empty sections", "[plan]")
{
    Project empty;
    empty.info.title = u"Empty"_s;
    const plan::Plan p = plan::buildPlan(empty, {});
    for (const auto &s : p.sections)
        CHECK_FALSE(s.blocks.isEmpty());
    CHECK_FALSE(p.hasSection(u"flow"_s));
    CHECK_FALSE(p.hasSection(u"tools"_s));
    CHECK(p.hasSection(u"review"_s)); // the advisor always has something to say or says so
}

TEST_CASE("Tools appendix lists each used tool once with access notes", "[plan]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    const plan::Plan p = plan::buildPlan(project, {});
    QSet<Id> used;
    for (const Objective &o : project.objectives)
        for (const Activity &a : o.activities)
            if (a.toolId)
                used.insert(a.toolId);
    CHECK(p.tools.size() == used.size());
    int count = 0;
    for (const plan::ToolEntry &t : p.tools) {
        CHECK(used.contains(t.toolId));
        CHECK_FALSE(t.access.isEmpty());
        count += t.activityCount;
    }
    CHECK(count > 0);
}
