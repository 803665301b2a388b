// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace bw {

// Upper bound on the occurrences any recurrence expands to, whatever its count or until date
// (validate() refuses more; the bound keeps a damaged project in memory from expanding to millions).
constexpr int MaxOccurrences = 1000;

// The dates of a recurrence that starts on `first`: `first` itself, then every interval
// days/weeks, count times in all (count > 0) or up to and including `until`. One date when the
// recurrence is not set; none when `first` is invalid.
QList<QDate> occurrences(const Recurrence &recurrence, const QDate &first);

// How many times the activity happens: 1 without recurrence; count, or the occurrences up to the
// until date counted from `first` (when `first` is unknown, an until-bounded recurrence counts
// once — nothing to count from).
int occurrenceCount(const Recurrence &recurrence, const QDate &first = {});

// The activity's own date: its moment's day (in-class) or that day plus offsetDays (pre/post);
// invalid when it has no dated moment.
QDate activityDate(const Project &project, const Activity &activity);

// Minutes of learner time an activity takes in all: Duration::typical() times its occurrences.
// What the blend overview, the status bar, the plan's figures and the advisor add up.
double workloadMinutes(const Activity &activity, const QDate &first = {});

// The RFC 5545 RRULE value for the recurrence ("FREQ=WEEKLY;INTERVAL=1;COUNT=8"), empty when
// not set. `until` is written as a DATE value.
QString rrule(const Recurrence &recurrence);

// "Every week, 8 times", "Every 2 days until 15 Mar 2027" — for people, in the plan's language.
QString describeRecurrence(const Recurrence &recurrence, const QLocale &locale);

} // namespace bw
