// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace bw {

// The running order of one in-class moment, resolved: the moment's agenda as the designer set it
// (Moment::agenda), cleaned of entries that no longer apply, followed by the moment's in-class
// activities the agenda does not name yet (in learning order), each with its start and end.
//
// Lengths: an activity takes its Duration's upper bound (a 10–15 minute activity is given 15
// minutes of the day, so the day does not overrun when it takes the longer time); an activity
// without a duration takes 0 minutes and is marked unestimated; a break or lunch takes its
// minutes. Times run from the moment's start; without a start they are left invalid and only
// offsets (minutes from the start) are known.
struct AgendaSlot {
    AgendaKind kind = AgendaKind::Activity;
    Id itemId = 0; // the AgendaItem's id; 0 for an activity the agenda does not name yet
    Id activityId = 0; // kind == Activity
    QString title; // the activity's title, or the break's own title (empty: use the kind's label)
    int offset = 0; // minutes from the moment's start
    int minutes = 0;
    bool estimated = true; // false for an activity without a duration
    QDateTime start; // invalid when the moment has no start
    QDateTime end;
};

struct MomentAgenda {
    Id momentId = 0;
    QList<AgendaSlot> entries;
    int plannedMinutes = 0; // sum of every slot's minutes, breaks included
    int activityMinutes = 0; // activities only
    int momentMinutes = 0; // the moment's length
    int overrun() const { return std::max(0, plannedMinutes - momentMinutes); }
    int unplanned() const { return std::max(0, momentMinutes - plannedMinutes); }
};

// The resolved agenda of `moment` in `project`.
MomentAgenda resolveAgenda(const Project &project, const Moment &moment);

// The agenda as it would be stored after the designer's reordering: every slot of the resolved
// agenda as an AgendaItem, in order (activities the agenda did not name get an item each, with
// a fresh id from `newId`). What a day view hands to Document::setMoments() after a drag.
QList<AgendaItem> agendaItems(const MomentAgenda &resolved, const std::function<Id()> &newId);

// A new moment's proposed start and length: after the previous moment (the next day at the same
// time of day, same length; the next working day if that is a Saturday or Sunday), or the next
// working day at 09:00 for 420 minutes when there is none. `today` is for reproducible tests.
Moment proposeNextMoment(const QList<Moment> &moments, const QDate &today);

} // namespace bw
