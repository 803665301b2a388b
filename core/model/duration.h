// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bw {

// Duration of an activity in minutes, either exact (min == max) or a range such as 10–15.
// Zero means "not estimated yet".
struct Duration {
    int min = 0;
    int max = 0;

    bool isSet() const { return max > 0; }
    bool isRange() const { return min != max; }
    // Midpoint used when adding minutes up for the blend overview. In double: min + max in int
    // would wrap for durations beyond Limits::MaxMinutes (which validate() refuses, but a sum
    // must not turn negative whatever the value).
    double typical() const { return (double(min) + double(max)) / 2.0; }

    // "30" or "10-15" (the interchange form); empty when unset.
    QString toKey() const;
    // "30 min" or "10–15 min", for people.
    QString toDisplay() const;
    // Accepts "30", "10-15", "10–15", "10 - 15"; rejects negative or reversed ranges.
    static std::optional<Duration> fromString(const QString &text);
    static Duration exact(int minutes) { return {minutes, minutes}; }

    friend bool operator==(const Duration &, const Duration &) = default;
};

} // namespace bw
