// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ActivityWithoutPhase final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ActivityWithoutPhase)
public:
    ActivityWithoutPhase()
        : Rule(QStringLiteral("activity-without-phase"), Severity::Error)
    {
    }
    QString title() const override { return tr("Activity has no phase"); }
    QString description() const override
    {
        return tr("Placing every activity before, in or after class is the heart of the flipped design: class time is "
                  "kept for what needs learners together.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                if (activities[a].phase == Phase::Unset)
                    findings.append(finding(activities[a].id, AdvisorContext::activityPath(o, a),
                        tr("The activity %1 has no phase: place it before, in or after class.")
                            .arg(AdvisorContext::activityName(activities[a]))));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeActivityWithoutPhase()
{
    return std::make_unique<ActivityWithoutPhase>();
}

} // namespace bw::rules
