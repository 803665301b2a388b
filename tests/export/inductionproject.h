// SPDX-License-Identifier: GPL-3.0-or-later
// A programme with everything the plan must show beyond the templates: a two-day bootcamp with a
// running order (a break, lunch, a day that overruns and one mostly unplanned), recurring
// activities, an assessment instrument with an attached rubric, community roles that lead
// activities, free roles, buddy and custom role kinds, and an activity with no tool.
#pragma once

#include "catalogue/catalogue.h"

#include <catch2/catch.hpp>

namespace exporttest {

struct Induction {
    bw::Project project;
    bw::Id day1 = 0, day2 = 0; // moments
    bw::Id news = 0; // post-class, every week, 8 times
    bw::Id warmUp = 0; // pre-class, every 2 days until a date (4 times)
    bw::Id rolePlay = 0; // in-class on day 2, no tool, led by the buddy role
    bw::Id buddy = 0, sponsor = 0; // roles
};

inline Induction inductionProject()
{
    using namespace Qt::StringLiterals;
    using namespace bw;
    auto templ = templateProject(u"it-risk"_s);
    REQUIRE(templ.has_value());
    Induction out;
    Project &p = *templ;
    Id next = p.maxId() + 1;

    Moment &day1 = p.moments.first(); // 4 March 2027, 9:00, 240 minutes
    out.day1 = day1.id;
    const QDate day1Date = day1.start.date();
    // Day 1 in the designer's order: 1.4 first, a coffee break, 1.3, lunch, then 2.2 (not named:
    // it follows). 75 + 15 + 60 + 45 + 60 = 255 of 240 minutes.
    const Activity &a13 = p.objectives[0].activities[2];
    const Activity &a14 = p.objectives[0].activities[3];
    day1.agenda = { { next++, AgendaKind::Activity, a14.id, {}, 0 }, { next++, AgendaKind::Break, 0, u"Coffee"_s, 15 },
        { next++, AgendaKind::Activity, a13.id, {}, 0 }, { next++, AgendaKind::Lunch, 0, {}, 45 } };
    Moment day2;
    day2.id = out.day2 = next++;
    day2.name = u"Bootcamp day 2"_s;
    day2.start = QDateTime(QDate(2027, 3, 5), QTime(9, 0));
    day2.minutes = 420;
    day2.place = day1.place;
    p.moments.append(day2); // day1 is not to be used after this

    Role buddy;
    buddy.id = out.buddy = next++;
    buddy.kind = RoleKind::Buddy;
    buddy.name = u"Sales buddy"_s;
    buddy.duties = u"Pairs with one new rep for the first eight weeks."_s;
    p.roles.append(buddy);
    Role sponsor;
    sponsor.id = out.sponsor = next++;
    sponsor.kind = RoleKind::Custom;
    sponsor.customKind = u"Sponsor"_s;
    sponsor.name = u"Sales director"_s;
    sponsor.duties = u"Opens the bootcamp and hears the final pitches."_s;
    p.roles.append(sponsor);

    Activity rolePlay;
    rolePlay.id = out.rolePlay = next++;
    rolePlay.title = u"Pitch role-play with a buddy"_s;
    rolePlay.phase = Phase::InClass;
    rolePlay.direction = Direction::ManyToOne;
    rolePlay.noTool = true;
    rolePlay.duration = Duration { 80, 90 };
    rolePlay.grouping = Grouping::Pairs;
    rolePlay.ledBy = LedBy::Role;
    rolePlay.ledByRoleId = out.buddy;
    rolePlay.momentId = out.day2;
    rolePlay.assessment = Assessment::Summative;
    p.objectives[1].activities.append(rolePlay); // 2.4

    Activity &news = p.objectives[0].activities[5]; // 1.6, post-class, 20–30 minutes
    out.news = news.id;
    news.title = u"Share one piece of market news"_s;
    news.recurrence = Recurrence { RecurrenceUnit::Weeks, 1, 8, {} };
    news.ledBy = LedBy::Other;
    news.ledByName = u"Curator (L&D contact)"_s;

    Activity &warmUp = p.objectives[1].activities[0]; // 2.1, pre-class, 20 minutes
    out.warmUp = warmUp.id;
    const QDate warmUpFirst = day1Date.addDays(warmUp.offsetDays);
    warmUp.recurrence = Recurrence { RecurrenceUnit::Days, 2, 0, warmUpFirst.addDays(7) }; // 4 times
    warmUp.ledBy = LedBy::Role;
    warmUp.ledByRoleId = out.sponsor;

    // Objective 1: measured by its instrument only; objective 2: a measure and a rubric file.
    p.objectives[0].measure.clear();
    p.objectives[0].instrument.name = u"Follow-up quiz"_s;
    p.objectives[0].instrument.description = u"Ten questions, pass mark 80%."_s;
    p.objectives[1].instrument.name = u"Pitch rubric"_s;
    p.objectives[1].instrument.description = u"Eight criteria scored 1–4 by two observers."_s;
    p.objectives[1].instrument.fileName = u"pitch-rubric.pdf"_s;
    p.objectives[1].instrument.fileData = QByteArray(3000, 'x'); // 3 KB

    out.project = std::move(p);
    return out;
}

} // namespace exporttest
