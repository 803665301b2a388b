// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

// An empty plan has nothing wrong with it, and "nothing to improve" would tell a new designer
// nothing: the advisor says where the method starts instead.
class PlanEmpty final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::PlanEmpty)
public:
    PlanEmpty()
        : Rule(QStringLiteral("plan-empty"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("How to start"); }
    QString description() const override
    {
        return tr("A blended course is designed from its objectives: each one first, then the activities "
                  "before, in and after class that lead to it.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        if (!project.objectives.isEmpty())
            return;
        QString message = tr("The plan has no objectives yet. Add your first objective: what learners will be "
                             "able to do after the course, starting with a verb that can be observed (list, "
                             "calculate, present …). Then give it its activities before, in and after class, "
                             "each with a direction and a tool.");
        if (project.moments.isEmpty())
            message += u' ' + tr("Add the in-class moments too: the days or sessions learners spend together.");
        findings.append(finding(0, QString(), message));
    }
};

} // namespace

std::unique_ptr<Rule> makePlanEmpty()
{
    return std::make_unique<PlanEmpty>();
}

} // namespace bw::rules
