// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "advisor/benefits.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class BenefitMissing final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::BenefitMissing)
public:
    BenefitMissing()
        : Rule(QStringLiteral("benefit-missing"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("Learner benefit not stated"); }
    QString description() const override
    {
        return tr("Learners put effort into a new tool only when they see what is in it for them; say it for "
                  "every activity that uses one.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        const QString message = tr("The activity %1 uses %2 but does not tell learners what they gain from it.");
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                const Tool *tool = context.tool(activity.toolId);
                if (!tool || !activity.benefit.trimmed().isEmpty())
                    continue;
                QString text = message.arg(AdvisorContext::activityName(activity), tool->name);
                QString fixLabel;
                // A benefit written for this activity, not the tool's all-purpose sentence.
                if (const QString proposal = proposedBenefit(activity, *tool); !proposal.isEmpty()) {
                    text += u' ' + tr("For example: %1").arg(AdvisorContext::quoted(proposal));
                    fixLabel = tr("Write a benefit that fits this activity");
                }
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a), text, fixLabel));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        return applyProposedBenefit(document, context, finding.itemId);
    }
};

} // namespace

std::unique_ptr<Rule> makeBenefitMissing()
{
    return std::make_unique<BenefitMissing>();
}

} // namespace bw::rules
