// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QList>
#include <QString>

namespace bw {

// The documented bounds of every number of a Project (docs/interchange.md, "Limits"). They are
// wide enough for any real course and small enough that nothing derived from them overflows:
// 10,000 activities of MaxMinutes each still sum far below 2^31, a due date (a moment's start
// plus an offset) stays within four-digit years, and the next id never wraps.
namespace Limits {
constexpr int MaxMinutes = 99999; // an activity's duration or a moment's length (~69 days)
constexpr int MaxOffsetDays = 3650; // days before or after its moment (about ten years)
constexpr int FirstYear = 1900; // a moment starts within these years, so that every
constexpr int LastYear = 9899; // due date stays within 1890–9909
constexpr int MaxMembers = 100000; // members of a sub-group
constexpr int MinToolLimit = 1; // the advisor's "too many tools" threshold (max_tools)
constexpr int MaxToolLimit = 50; // (the properties dialog offers the same range)
constexpr Id MaxId = (Id(1) << 53) - 1; // exact as a JSON number (a double); maxId() + 1 never wraps
constexpr int MinRecurrenceInterval = 1; // a recurring activity repeats every 1–365 days or weeks
constexpr int MaxRecurrenceInterval = 365;
constexpr int MaxRecurrenceCount = 1000; // occurrences in all (0 = until a date)
constexpr qsizetype MaxInstrumentFileBytes = 16 * 1024 * 1024; // a file attached to an instrument
} // namespace Limits

// One thing validate() refuses. `item` names it for people ("Objective 2, activity 3 “Role
// play”"), `what` says what is wrong ("the duration 30–10 minutes is reversed."), `path` is
// where the value sits in the JSON interchange ("objectives[1].activities[2].minutes"), so
// that an importer can name the place in the document it read.
struct ProjectProblem {
    QString path;
    QString item;
    QString what;

    QString message() const;
};

// The one validation of a Project, used by every importer (JSON), the project reader and
// before every save (ProjectFile::save). Each problem is one line for people that names the
// item, e.g. "Objective 2, activity 3 “Role play”: the duration 30–10 minutes is reversed.".
// An empty list means the project can be saved and reloaded equal.
//
// Refused (validate reports, nothing is changed): ids that are not in 1…Limits::MaxId or that
// repeat within a kind of item; numbers outside the Limits (minutes, offsets, members, the tool
// limit, a moment's year); reversed durations; enumeration values that have no key; texts that
// are not valid UTF-16 (a lone surrogate cannot be stored and read back); references to items
// that do not exist, a muted rule listed twice, a moment's start that is not local time in
// whole minutes, a recurrence without a unit that has an interval, count or end, an agenda entry
// naming no activity, a removed one or one already in that agenda, a break that names an
// activity (normalize() repairs these). Also refused: agenda entry ids that repeat any other id
// of the project; a recurrence with a unit but neither a count nor an end date, or an interval
// or count outside the Limits; an activity marked "no tool" that names a tool; an instrument
// file larger than Limits::MaxInstrumentFileBytes, without a name, or whose name has a folder
// part or control characters.
QList<ProjectProblem> validate(const Project &project);

// Repairs silently what has only one meaning, so that the project in memory is the one a save
// writes and a load reads back:
// - a reference to an item that does not exist (a removed moment, tool, objective or leading
//   role) means "none" everywhere already; it becomes 0;
// - an agenda entry of an activity that does not exist is removed, as is a second entry of one
//   activity in the same agenda; a break's or lunch's activity becomes 0;
// - a recurrence without a unit is reset (interval 1, no count, no end);
// - a muted rule listed twice is muted once (order of first mention kept);
// - a moment's start is local time at minute precision (seconds are dropped, another time zone
//   is converted to local time), as the model documents.
// Everything else validate() refuses is left as it is, for validate() to report.
void normalize(Project &project);

} // namespace bw
