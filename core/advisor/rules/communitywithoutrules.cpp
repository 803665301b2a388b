// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace bw::rules {

namespace {

class CommunityWithoutRules final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::CommunityWithoutRules)
public:
    CommunityWithoutRules()
        : Rule(QStringLiteral("community-without-rules"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("No rules of use"); }
    QString description() const override
    {
        return tr("Learners share more freely when they know what may be posted, what stays confidential and "
                  "how to disagree.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const ProjectInfo &info = context.project().info;
        const bool hasRules = std::any_of(
            info.rules.cbegin(), info.rules.cend(), [](const QString &rule) { return !rule.trimmed().isEmpty(); });
        if (hasRules)
            return;
        QStringList community;
        for (const Id id : context.usedTools())
            if (const Tool *tool = context.tool(id); tool->type == ToolType::Community)
                community.append(tool->name);
        if (community.isEmpty())
            return;
        findings.append(finding(0, {},
            tr("The plan uses community tools (%1) but gives learners no rules of use.")
                .arg(QLocale().createSeparatedList(community)),
            tr("Add starter rules of use")));
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &) const override
    {
        // A starting point the designer edits, not a policy: short, neutral, about behaviour.
        ProjectInfo info = context.project().info;
        info.rules = { tr("Share your own experience, and leave out names of clients and anything confidential."),
            tr("One idea per post, so that others can reply to each one."),
            tr("Question ideas, not people: disagreement is welcome, mockery is not."),
            tr("Reply to at least one colleague for every post of your own.") };
        document.changeInfo(info);
        return true;
    }
};

} // namespace

std::unique_ptr<Rule> makeCommunityWithoutRules()
{
    return std::make_unique<CommunityWithoutRules>();
}

} // namespace bw::rules
