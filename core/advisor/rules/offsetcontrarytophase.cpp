// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <cstdlib>

namespace bw::rules {

namespace {

class OffsetContraryToPhase final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::OffsetContraryToPhase)
public:
    OffsetContraryToPhase()
        : Rule(QStringLiteral("offset-contrary-to-phase"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Due date on the wrong side of class"); }
    QString description() const override
    {
        return tr("A pre-class activity is due before its moment and a post-class one after it; an offset "
                  "with the wrong sign puts it on the wrong side of class in the schedule.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                const int days = std::abs(activity.offsetDays);
                if (activity.phase == Phase::PreClass && activity.offsetDays > 0) {
                    findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                        (days == 1 ? tr("The pre-class activity %1 is due a day after its "
                                        "moment.")
                                   : tr("The pre-class activity %1 is due %n days after its "
                                        "moment.",
                                       nullptr, days))
                            .arg(AdvisorContext::activityName(activity)),
                        tr("Make it due before its moment")));
                } else if (activity.phase == Phase::PostClass && activity.offsetDays < 0) {
                    findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                        (days == 1 ? tr("The post-class activity %1 is due a day before its "
                                        "moment.")
                                   : tr("The post-class activity %1 is due %n days before its "
                                        "moment.",
                                       nullptr, days))
                            .arg(AdvisorContext::activityName(activity)),
                        tr("Make it due after its moment")));
                }
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Activity *activity = context.project().activity(finding.itemId);
        if (!activity)
            return false;
        Activity changed = *activity;
        changed.offsetDays = -changed.offsetDays;
        document.changeActivity(changed);
        return true;
    }
};

} // namespace

std::unique_ptr<Rule> makeOffsetContraryToPhase()
{
    return std::make_unique<OffsetContraryToPhase>();
}

} // namespace bw::rules
