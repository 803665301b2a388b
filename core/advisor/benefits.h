// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw {

// The benefit a tool usually brings learners: the project's own text for the tool (the designer
// may have adapted it), else the built-in catalogue's for a tool of that name; empty when
// neither has one.
QString defaultToolBenefit(const Tool &tool);

// A benefit for this activity on this tool, told to learners in the plan's language: what the
// activity does with the tool (working through a module, watching a demo, handing in its
// deliverable, building it with colleagues, coming back to content) followed by the tool's
// usual benefit. Empty when there is nothing to say (no usual benefit and nothing known about
// the activity).
QString proposedBenefit(const Activity &activity, const Tool &tool);

class AdvisorContext;
class Document;
// The fix of the benefit findings: writes proposedBenefit() into activity `activityId` as one
// undo step. False when there is nothing to propose.
bool applyProposedBenefit(Document &document, const AdvisorContext &context, Id activityId);

} // namespace bw
