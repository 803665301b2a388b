// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ActivityWithoutDirection final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ActivityWithoutDirection)
public:
    ActivityWithoutDirection()
        : Rule(QStringLiteral("activity-without-direction"), Severity::Error)
    {
    }
    QString title() const override { return tr("Activity has no direction"); }
    QString description() const override
    {
        return tr("The direction (content out to learners, learners reporting back, or learners sharing with each "
                  "other) decides which tools can carry an activity.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                if (activities[a].direction == Direction::Unset)
                    findings.append(finding(activities[a].id, AdvisorContext::activityPath(o, a),
                        tr("The activity %1 has no direction: say whether content goes out to learners, learners "
                           "report back, or learners share with each other.")
                            .arg(AdvisorContext::activityName(activities[a]))));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeActivityWithoutDirection()
{
    return std::make_unique<ActivityWithoutDirection>();
}

} // namespace bw::rules
