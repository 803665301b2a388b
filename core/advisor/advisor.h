// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw {

class Document;

enum class Severity { Error, Warning, Suggestion };

struct Finding {
    QString ruleId;     // stable, e.g. "objective-not-measurable"
    Severity severity = Severity::Warning;
    QString message;    // plain language, translated
    Id itemId = 0;      // objective, activity or tool the finding is about; 0 = the project
    QString itemPath;   // e.g. "objectives[1].activities[2]" (JSON interchange path)
    QString fixLabel;   // e.g. "Move before class"; empty when there is no fix
};

// Runs every rule not muted in project.info.mutedRules.
QList<Finding> runAdvisor(const Project &project);

// Applies the finding's fix as one undoable command; false when it has none or it no longer applies.
bool applyFix(Document &document, const Finding &finding);

} // namespace bw
