// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ActivityWithoutMoment final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ActivityWithoutMoment)
public:
    ActivityWithoutMoment()
        : Rule(QStringLiteral("activity-without-moment"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Activity not tied to a moment"); }
    QString description() const override
    {
        return tr("Pre- and post-class activities are dated relative to an in-class moment; without one they "
                  "are left out of the schedule and the calendar.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        if (project.moments.isEmpty())
            return; // nothing to tie to: a fully online plan
        const Moment *sole = project.moments.size() == 1 ? &project.moments.first() : nullptr;
        for (int o = 0; o < project.objectives.size(); ++o) {
            const auto &activities = project.objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                if ((activity.phase != Phase::PreClass && activity.phase != Phase::PostClass)
                    || context.moment(activity.momentId))
                    continue;
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                    tr("The activity %1 (%2) is not tied to an in-class moment, so it cannot "
                       "be dated.")
                        .arg(AdvisorContext::activityName(activity), enumLabel(activity.phase).toLower()),
                    sole ? tr("Tie it to %1").arg(AdvisorContext::quoted(sole->name)) : QString()));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Project &project = context.project();
        const Activity *activity = project.activity(finding.itemId);
        if (!activity || project.moments.size() != 1)
            return false;
        Activity changed = *activity;
        changed.momentId = project.moments.first().id;
        document.changeActivity(changed);
        return true;
    }
};

} // namespace

std::unique_ptr<Rule> makeActivityWithoutMoment()
{
    return std::make_unique<ActivityWithoutMoment>();
}

} // namespace bw::rules
