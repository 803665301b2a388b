// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <optional>

namespace bw {

class Document;

enum class Severity { Error, Warning, Suggestion };

struct Finding {
    QString ruleId; // stable, e.g. "objective-not-measurable"
    Severity severity = Severity::Warning;
    QString message; // plain language, translated
    Id itemId = 0; // objective, activity, tool or moment the finding is about; 0 = the project
    QString itemPath; // e.g. "objectives[1].activities[2]" (JSON interchange path); empty = the project
    QString fixLabel; // e.g. "Move before class"; empty when there is no fix

    friend bool operator==(const Finding &, const Finding &) = default;
};

// Runs every rule not muted in project.info.mutedRules. Findings come in the order of the
// rule registry (errors first), and within a rule in the order of the plan.
QList<Finding> runAdvisor(const Project &project);

// Applies the finding's fix as one undoable command; false when it has none or it no longer applies.
bool applyFix(Document &document, const Finding &finding);

// One rule of the advisor, for the findings panel's "muted rules" list, the CLI and the docs.
struct RuleInfo {
    QString id; // stable; what info.mutedRules stores
    Severity severity = Severity::Warning;
    QString title; // short, translated ("Objective is not measurable")
    QString description; // one or two sentences on why the method cares, translated
};

// Every rule, in the order findings are reported.
QList<RuleInfo> advisorRules();
// The rule with that id; nullopt for an unknown id.
std::optional<RuleInfo> advisorRule(const QString &ruleId);

// Silences / un-silences a rule for this project (stored in info.mutedRules, one undoable step).
// muteRule is false for an unknown or already muted rule, unmuteRule for one that is not muted;
// both are false for a read-only document, which refuses the edit.
bool muteRule(Document &document, const QString &ruleId);
bool unmuteRule(Document &document, const QString &ruleId);

// "error" | "warning" | "suggestion": the key the CLI's --json output uses.
QString severityKey(Severity severity);
// Translated, for people ("Error", "Warning", "Suggestion").
QString severityLabel(Severity severity);

} // namespace bw
