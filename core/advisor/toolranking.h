// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QSet>

namespace bw {

// One tool of the project's catalogue, scored for one activity. Higher scores come first.
struct ToolSuggestion {
    Id toolId = 0;
    int score = 0;
    QStringList reasons; // why it fits, translated ("Supports many-to-many", "Provided by the client")
    QStringList warnings; // what stands in the way, translated ("Needs a personal account")
};

// Ranks the project's tools for an activity, best first: a tool that carries the activity's
// direction outweighs everything else, then the tool type the method expects for the phase and
// direction, then what learners can reach without friction (provided by the client, no new
// account, not blocked), then consistency with tools the plan already uses. Retired tools always
// sink to the bottom; for an e-learning module or a video, a reference wiki (Wikipedia) sinks
// below every tool that is not retired. With a non-empty query (the picker's type-ahead) only tools whose name
// contains it are kept, and a name that starts with it beats one that merely contains it.
QList<ToolSuggestion> rankTools(const Project &project, const Activity &activity, const QString &query = {});
// The same, with the tools the plan already uses given by a caller that ranks many activities
// against one unchanged project (the advisor); saves a pass over every activity per call.
QList<ToolSuggestion> rankTools(
    const Project &project, const Activity &activity, const QString &query, const QSet<Id> &usedTools);

// What an activity is for, as far as it changes which tool fits: learners work through an
// e-learning module (product training, a self-paced course) or watch a video (a demo, a
// recording, a screencast). Read from the title, instructions and deliverable, in English,
// German, French and Dutch.
enum class ActivityPurpose { General, ELearning, Video };
ActivityPurpose activityPurpose(const Activity &activity);

// The tool types the method expects for the activity's phase and direction, most fitting first
// (e.g. one-to-many before class → content; many-to-many → community, co-create; many-to-one →
// survey; in class during a virtual moment → live meeting; an e-learning module → e-learning &
// LMS, then video; watching a demo → video, then e-learning & LMS). Empty when nothing is
// expected.
QList<ToolType> expectedToolTypes(const Project &project, const Activity &activity);

// What a designer should know before choosing the tool, translated: personal account,
// corporate firewalls, retirement and its replacement.
QStringList toolWarnings(const Tool &tool);

} // namespace bw
