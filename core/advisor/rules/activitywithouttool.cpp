// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ActivityWithoutTool final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ActivityWithoutTool)
public:
    ActivityWithoutTool()
        : Rule(QStringLiteral("activity-without-tool"), Severity::Error)
    {
    }
    QString title() const override { return tr("Activity has no tool"); }
    QString description() const override
    {
        return tr("Learners need to know where an activity happens; the plan's tools appendix and setup "
                  "checklist are built from the tools chosen.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                // "No tool — in the room" is a decision, not an omission (a face-to-face role-play).
                // A dangling tool id (the tool was deleted elsewhere) counts as no tool.
                if (activity.noTool || context.tool(activity.toolId))
                    continue;
                QString message = tr("The activity %1 has no tool yet.").arg(AdvisorContext::activityName(activity));
                QString fixLabel;
                if (const Tool *best = context.tool(context.bestToolFor(activity))) {
                    message += u' ' + tr("%1 fits it best.").arg(best->name);
                    fixLabel = tr("Use %1").arg(best->name);
                }
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a), message, fixLabel));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        return assignBestTool(document, context, finding);
    }
};

} // namespace

std::unique_ptr<Rule> makeActivityWithoutTool()
{
    return std::make_unique<ActivityWithoutTool>();
}

} // namespace bw::rules
