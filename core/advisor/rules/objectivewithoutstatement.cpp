// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ObjectiveWithoutStatement final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ObjectiveWithoutStatement)
public:
    ObjectiveWithoutStatement()
        : Rule(QStringLiteral("objective-without-statement"), Severity::Error)
    {
    }
    QString title() const override { return tr("Objective has no statement"); }
    QString description() const override
    {
        return tr("Everything in the plan serves an objective; an objective without a statement gives the "
                  "activities nothing to aim at.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            if (objectives[o].statement.trimmed().isEmpty())
                findings.append(finding(objectives[o].id, AdvisorContext::objectivePath(o),
                    tr("Objective %1 has no statement: write down what learners will be "
                       "able to do.")
                        .arg(o + 1)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeObjectiveWithoutStatement()
{
    return std::make_unique<ObjectiveWithoutStatement>();
}

} // namespace bw::rules
