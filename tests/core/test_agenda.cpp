// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/agenda.h"
#include "model/recurrence.h"

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

Activity inClass(Id id, const QString &title, int minMinutes, int maxMinutes, Id moment)
{
    Activity a;
    a.id = id;
    a.title = title;
    a.phase = Phase::InClass;
    a.duration = { minMinutes, maxMinutes };
    a.momentId = moment;
    return a;
}

Project bootcamp()
{
    Project p;
    Moment day1;
    day1.id = 1;
    day1.name = u"Day 1"_s;
    day1.start = QDateTime(QDate(2027, 3, 8), QTime(9, 0));
    day1.minutes = 420;
    p.moments.append(day1);
    Objective o;
    o.id = 10;
    o.activities = { inClass(11, u"Welcome"_s, 30, 30, 1), inClass(12, u"Product tour"_s, 60, 90, 1),
        inClass(13, u"Pitch role-play"_s, 45, 45, 1) };
    Activity post;
    post.id = 14;
    post.title = u"Share news"_s;
    post.phase = Phase::PostClass;
    post.momentId = 1;
    o.activities.append(post);
    p.objectives.append(o);
    return p;
}

} // namespace

TEST_CASE("An agenda without items runs the moment's in-class activities in learning order")
{
    const Project p = bootcamp();
    const MomentAgenda a = resolveAgenda(p, p.moments[0]);
    REQUIRE(a.entries.size() == 3);
    CHECK(a.entries[0].title == u"Welcome"_s);
    CHECK(a.entries[0].start == QDateTime(QDate(2027, 3, 8), QTime(9, 0)));
    CHECK(a.entries[1].start == QDateTime(QDate(2027, 3, 8), QTime(9, 30)));
    // A range takes its upper bound: the day does not overrun when the tour takes 90 minutes.
    CHECK(a.entries[2].start == QDateTime(QDate(2027, 3, 8), QTime(11, 0)));
    CHECK(a.entries[2].end == QDateTime(QDate(2027, 3, 8), QTime(11, 45)));
    CHECK(a.plannedMinutes == 165);
    CHECK(a.unplanned() == 255);
    CHECK(a.overrun() == 0);
}

TEST_CASE("Breaks and the designer's order decide the running order; stale entries are skipped")
{
    Project p = bootcamp();
    p.moments[0].agenda = { { 20, AgendaKind::Activity, 13, {}, 0 }, { 21, AgendaKind::Break, 0, u"Coffee"_s, 15 },
        { 22, AgendaKind::Activity, 14, {}, 0 }, // post-class: not in the day
        { 23, AgendaKind::Activity, 99, {}, 0 }, // gone
        { 24, AgendaKind::Lunch, 0, {}, 60 }, { 25, AgendaKind::Activity, 13, {}, 0 } }; // named twice
    const MomentAgenda a = resolveAgenda(p, p.moments[0]);
    REQUIRE(a.entries.size() == 5);
    CHECK(a.entries[0].activityId == 13);
    CHECK(a.entries[1].kind == AgendaKind::Break);
    CHECK(a.entries[1].start.time() == QTime(9, 45));
    CHECK(a.entries[2].kind == AgendaKind::Lunch);
    CHECK(a.entries[2].start.time() == QTime(10, 0));
    CHECK(a.entries[3].activityId == 11); // not named: after the named ones, in learning order
    CHECK(a.entries[3].itemId == 0);
    CHECK(a.entries[4].activityId == 12);
    CHECK(a.plannedMinutes == 45 + 15 + 60 + 30 + 90);
    CHECK(a.activityMinutes == 165);

    Id next = 100;
    const QList<AgendaItem> items = agendaItems(a, [&next] { return next++; });
    REQUIRE(items.size() == 5);
    CHECK(items[0].id == 20);
    CHECK(items[3].id == 100);
    CHECK(items[4].id == 101);
    CHECK(items[1].title == u"Coffee"_s);
    CHECK(items[1].minutes == 15);
    // Stored back, the agenda resolves to the same running order.
    p.moments[0].agenda = items;
    const MomentAgenda again = resolveAgenda(p, p.moments[0]);
    REQUIRE(again.entries.size() == a.entries.size());
    for (int i = 0; i < a.entries.size(); ++i) {
        CHECK(again.entries[i].activityId == a.entries[i].activityId);
        CHECK(again.entries[i].start == a.entries[i].start);
    }
}

TEST_CASE("An overrunning day reports by how much; an unscheduled one has offsets only")
{
    Project p = bootcamp();
    p.moments[0].minutes = 120;
    const MomentAgenda a = resolveAgenda(p, p.moments[0]);
    CHECK(a.overrun() == 45);
    p.moments[0].start = {};
    const MomentAgenda b = resolveAgenda(p, p.moments[0]);
    CHECK_FALSE(b.entries[1].start.isValid());
    CHECK(b.entries[1].offset == 30);
}

TEST_CASE("A new moment follows the previous one at the same time of day and length")
{
    QList<Moment> moments;
    Moment first = proposeNextMoment(moments, QDate(2027, 3, 5)); // a Friday
    CHECK(first.start == QDateTime(QDate(2027, 3, 8), QTime(9, 0))); // next working day
    CHECK(first.minutes == 420);
    Moment day1;
    day1.id = 1;
    day1.start = QDateTime(QDate(2027, 3, 8), QTime(8, 30));
    day1.minutes = 390;
    day1.place = u"Lyon, room 2"_s;
    moments.append(day1);
    Moment second = proposeNextMoment(moments, QDate(2027, 3, 5));
    CHECK(second.start == QDateTime(QDate(2027, 3, 9), QTime(8, 30)));
    CHECK(second.minutes == 390);
    CHECK(second.place == day1.place);
    moments[0].start = QDateTime(QDate(2027, 3, 12), QTime(13, 0)); // a Friday
    CHECK(proposeNextMoment(moments, QDate(2027, 3, 5)).start == QDateTime(QDate(2027, 3, 15), QTime(13, 0)));
}

TEST_CASE("Recurrences expand by count or until, in days or weeks")
{
    const QDate first(2027, 3, 9);
    Recurrence weekly { RecurrenceUnit::Weeks, 1, 8, {} };
    const QList<QDate> eight = occurrences(weekly, first);
    REQUIRE(eight.size() == 8);
    CHECK(eight.last() == QDate(2027, 4, 27));
    CHECK(occurrenceCount(weekly) == 8);
    CHECK(rrule(weekly) == u"FREQ=WEEKLY;INTERVAL=1;COUNT=8"_s);

    Recurrence everyOtherDay { RecurrenceUnit::Days, 2, 0, QDate(2027, 3, 15) };
    CHECK(occurrences(everyOtherDay, first)
        == QList<QDate> { first, QDate(2027, 3, 11), QDate(2027, 3, 13), QDate(2027, 3, 15) });
    CHECK(occurrenceCount(everyOtherDay, first) == 4);
    CHECK(occurrenceCount(everyOtherDay) == 1); // nothing to count from
    CHECK(rrule(everyOtherDay) == u"FREQ=DAILY;INTERVAL=2;UNTIL=20270315"_s);

    CHECK(occurrences(Recurrence {}, first) == QList<QDate> { first });
    CHECK(occurrences(weekly, QDate()).isEmpty());
    CHECK(rrule(Recurrence {}).isEmpty());
    // A damaged project in memory cannot expand without bound.
    CHECK(occurrences(Recurrence { RecurrenceUnit::Days, 1, 0, QDate(9000, 1, 1) }, first).size() == MaxOccurrences);

    Activity news;
    news.duration = Duration::exact(10);
    news.recurrence = weekly;
    CHECK(workloadMinutes(news) == 80.0);
    news.duration = { 10, 15 };
    CHECK(workloadMinutes(news) == 100.0);
}

TEST_CASE("Recurrences read as plain text")
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    CHECK(describeRecurrence({ RecurrenceUnit::Weeks, 1, 8, {} }, en) == u"every week, 8 times"_s);
    CHECK(describeRecurrence({ RecurrenceUnit::Days, 3, 1, {} }, en) == u"every 3 days, once"_s);
    CHECK(describeRecurrence({ RecurrenceUnit::Weeks, 2, 0, QDate(2027, 5, 1) }, en)
        == u"every 2 weeks until 1 May 2027"_s);
    CHECK(describeRecurrence({}, en).isEmpty());
}

TEST_CASE("An activity's date is its moment's day, moved by its offset outside class")
{
    Project p = bootcamp();
    p.objectives[0].activities[3].offsetDays = 7;
    CHECK(activityDate(p, p.objectives[0].activities[0]) == QDate(2027, 3, 8));
    CHECK(activityDate(p, p.objectives[0].activities[3]) == QDate(2027, 3, 15));
    p.moments[0].start = {};
    CHECK_FALSE(activityDate(p, p.objectives[0].activities[0]).isValid());
}
