// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor.h"

#include "advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "ruleregistry.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Advisor {
    BW_PLAN_TR_FUNCTIONS(bw::Advisor)
};

} // namespace

QList<Finding> runAdvisor(const Project &project)
{
    const QSet<QString> muted(project.info.mutedRules.cbegin(), project.info.mutedRules.cend());
    const AdvisorContext context(project);
    QList<Finding> findings;
    for (const auto &rule : advisorRuleSet())
        if (!muted.contains(rule->id()))
            rule->check(context, findings);
    return findings;
}

bool applyFix(Document &document, const Finding &finding)
{
    const Rule *rule = findRule(finding.ruleId);
    if (!rule || finding.fixLabel.isEmpty())
        return false;
    // The finding may be stale (the panel refreshes after a delay): fix what the rule reports
    // now for the same item, or nothing if the problem has gone.
    const AdvisorContext context(document.project());
    QList<Finding> current;
    rule->check(context, current);
    // An item can have several findings of one rule (imported-guess: one per guessed field):
    // the one at the same place decides, else the item's first.
    const Finding *match = nullptr;
    for (const Finding &f : std::as_const(current)) {
        if (f.itemId != finding.itemId || f.fixLabel.isEmpty())
            continue;
        if (f.itemPath == finding.itemPath) {
            match = &f;
            break;
        }
        if (!match)
            match = &f;
    }
    if (!match)
        return false;
    const int before = document.undoStack()->index();
    return rule->fix(document, context, *match) && document.undoStack()->index() != before;
}

QList<RuleInfo> advisorRules()
{
    QList<RuleInfo> out;
    for (const auto &rule : advisorRuleSet())
        out.append({ rule->id(), rule->severity(), rule->title(), rule->description() });
    return out;
}

std::optional<RuleInfo> advisorRule(const QString &ruleId)
{
    if (const Rule *rule = findRule(ruleId))
        return RuleInfo { rule->id(), rule->severity(), rule->title(), rule->description() };
    return std::nullopt;
}

bool muteRule(Document &document, const QString &ruleId)
{
    if (document.isReadOnly() || !findRule(ruleId) || document.project().info.mutedRules.contains(ruleId))
        return false;
    ProjectInfo info = document.project().info;
    info.mutedRules.append(ruleId);
    document.changeInfo(info);
    return true;
}

bool unmuteRule(Document &document, const QString &ruleId)
{
    if (document.isReadOnly())
        return false;
    ProjectInfo info = document.project().info;
    // Unknown ids are accepted here so that a rule dropped by a newer version can be cleaned up.
    if (info.mutedRules.removeAll(ruleId) == 0)
        return false;
    document.changeInfo(info);
    return true;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Suggestion:
        return u"suggestion"_s;
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Advisor::tr("Error");
    case Severity::Warning:
        return Advisor::tr("Warning");
    case Severity::Suggestion:
        return Advisor::tr("Suggestion");
    }
    return {};
}

} // namespace bw
