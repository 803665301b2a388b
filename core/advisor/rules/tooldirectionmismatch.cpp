// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ToolDirectionMismatch final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ToolDirectionMismatch)
public:
    ToolDirectionMismatch()
        : Rule(QStringLiteral("tool-direction-mismatch"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Tool does not fit the direction"); }
    QString description() const override
    {
        return tr("A tool built to push content out cannot collect learners' answers, and one built for answers "
                  "cannot host a discussion: the tool has to carry the activity's direction.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                const Tool *tool = context.tool(activity.toolId);
                if (!tool || activity.direction == Direction::Unset || tool->supports(activity.direction))
                    continue;
                QString message = tr("%1 cannot carry %2 activities, but %3 uses it that way.")
                                      .arg(tool->name, enumLabel(activity.direction).toLower(),
                                          AdvisorContext::activityName(activity));
                QString fixLabel;
                if (const Tool *best = context.tool(context.bestToolFor(activity)))
                    fixLabel = tr("Switch to %1").arg(best->name);
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

std::unique_ptr<Rule> makeToolDirectionMismatch()
{
    return std::make_unique<ToolDirectionMismatch>();
}

} // namespace bw::rules
