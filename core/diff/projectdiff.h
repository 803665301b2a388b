// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QList>
#include <QString>

namespace bw::diff {

// What changed between two projects, item by item, keyed by the items' stable ids: what a
// "Changes" panel lists, what `blendwise diff` prints and what a tracked-changes document marks.
// Equal projects give no change at all.

enum class ItemKind { Info, Rule, Objective, Activity, Tool, Moment, Role, SubGroup };
enum class ChangeKind {
    Added,
    Removed,
    Moved, // activities: to another objective, another phase, or another place in the order;
           // objectives, tools, moments, roles, sub-groups: another place in their list
    Changed, // one or more fields differ (see Change::fields)
};

// One field that differs. Values are stable, language-neutral texts: keys for enumerations
// ("in-class"), names for references (a tool's name, not its id), ISO dates, "10-15" durations.
struct FieldChange {
    QString field; // "title", "tool", "duration", … (see projectdiff.cpp for the full list)
    QString before;
    QString after;
    bool isText = false; // free text: worth a word-level diff (wordDiff) when shown

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct Change {
    ChangeKind kind = ChangeKind::Changed;
    ItemKind item = ItemKind::Info;
    Id id = 0; // the item's id (0 for project info and rules of use)
    Id objectiveId = 0; // activities: the objective it is in now (before, when removed)
    QString label; // the item's title, name or statement (now; before, when removed)
    QList<FieldChange> fields; // Changed: the fields that differ; Moved: "objective", "phase"
                               // and/or "order" with where it was and where it is

    const FieldChange *field(const QString &name) const;
    friend bool operator==(const Change &, const Change &) = default;
};

struct ProjectDiff {
    QList<Change> changes; // in reading order: info, objectives (each followed by its
                           // activities), tools, moments, roles, sub-groups, rules
    bool isEmpty() const { return changes.isEmpty(); }
    // Changes of one item kind and id (an activity can be both moved and changed).
    QList<Change> of(ItemKind item, Id id) const;
};

ProjectDiff diffProjects(const Project &before, const Project &after);

// Word-level difference of two texts: runs of equal, deleted and inserted words, whitespace kept
// with the word before it, so joining the Same+Deleted parts gives `before` and the
// Same+Inserted parts give `after`.
struct TextPart {
    enum class Op { Same, Deleted, Inserted };
    Op op = Op::Same;
    QString text;
    friend bool operator==(const TextPart &, const TextPart &) = default;
};
QList<TextPart> wordDiff(const QString &before, const QString &after);

} // namespace bw::diff
