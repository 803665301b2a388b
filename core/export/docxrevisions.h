// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>

namespace bw::docx {

// One step of an alignment of two sequences: an item in both (before and after set), an item
// only before (deleted: after = -1) or only after (inserted: before = -1).
struct AlignStep {
    int before = -1;
    int after = -1;
    bool paired() const { return before >= 0 && after >= 0; }
    friend bool operator==(const AlignStep &, const AlignStep &) = default;
};

// Aligns two sequences by their keys, in reading order: the longest run of keys both keep in the
// same order is paired; every other item is deleted where it was and inserted where it is (a
// moved item is both), so that taking every "before" item gives `before` and every "after" item
// gives `after`. Keys that repeat are told apart by their occurrence. Between two paired items,
// the k-th deleted and the k-th inserted item are paired too when `pairInGap(before, after)`
// says they may be (a list item reworded, a row of a table without row keys changed).
// O(n log n).
QList<AlignStep> align(
    const QStringList &before, const QStringList &after, const std::function<bool(int, int)> &pairInGap = {});

} // namespace bw::docx
