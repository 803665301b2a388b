// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ObjectiveWithoutActivities final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ObjectiveWithoutActivities)
public:
    ObjectiveWithoutActivities()
        : Rule(QStringLiteral("objective-without-activities"), Severity::Error)
    {
    }
    QString title() const override { return tr("Objective has no activities"); }
    QString description() const override
    {
        return tr("An objective is reached through an ordered sequence of learning activities; without any, "
                  "nothing in the plan gets learners there.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const Objective &objective = objectives[o];
            if (!objective.activities.isEmpty() || objective.statement.trimmed().isEmpty())
                continue;
            findings.append(finding(objective.id, AdvisorContext::objectivePath(o),
                tr("The objective %1 has no activities yet: add the ones learners need to "
                   "reach it.")
                    .arg(AdvisorContext::quoted(objective.statement))));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeObjectiveWithoutActivities()
{
    return std::make_unique<ObjectiveWithoutActivities>();
}

} // namespace bw::rules
