// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectdiff.h"

#include <QStringList>

namespace bw::diff {

// The changes of a diff in plain language, one sentence an item, in the plan's language (the
// caller's PlanLanguageScope; English without one): "Activity 1.3 “Role-play” moved from
// in-class to pre-class; tool changed from Skype to Microsoft Teams." What the plan's "Changes
// since …" section, the studio's Changes panel and `blendwise diff` say.
struct ChangeLine {
    ItemKind item = ItemKind::Info;
    Id id = 0;
    Id objectiveId = 0;
    ChangeKind kind = ChangeKind::Changed; // the first change of the item (Moved before Changed)
    QString text;
};

QList<ChangeLine> describeChanges(const ProjectDiff &diff, const Project &before, const Project &after);

// "Activity 1.3", "Objective 2", "Tool “Zoom”": how a sentence names an item.
QString itemName(ItemKind item, Id id, const QString &label, const Project &project);

} // namespace bw::diff
