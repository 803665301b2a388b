// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bw::rules {

namespace {

class NoFollowUp final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::NoFollowUp)
public:
    NoFollowUp()
        : Rule(QStringLiteral("no-follow-up"), Severity::Warning)
    {
    }
    QString title() const override { return tr("No follow-up or assessment"); }
    QString description() const override
    {
        return tr("Without anything after class, nobody knows whether the objective was reached and learners "
                  "have no nudge to apply what they learned.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const Objective &objective = objectives[o];
            if (objective.activities.isEmpty())
                continue; // objective-without-activities covers it
            const bool followedUp = std::any_of(objective.activities.cbegin(), objective.activities.cend(),
                [](const Activity &a) { return a.phase == Phase::PostClass || a.assessment == Assessment::Summative; });
            if (!followedUp)
                findings.append(finding(objective.id, AdvisorContext::objectivePath(o),
                    tr("The objective %1 has no post-class follow-up and no assessment. Plan "
                       "how learners apply it after class and how you will check it.")
                        .arg(AdvisorContext::quoted(objective.statement))));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeNoFollowUp()
{
    return std::make_unique<NoFollowUp>();
}

} // namespace bw::rules
