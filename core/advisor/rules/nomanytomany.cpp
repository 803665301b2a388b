// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class NoManyToMany final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::NoManyToMany)
public:
    NoManyToMany()
        : Rule(QStringLiteral("no-many-to-many"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("No many-to-many activity"); }
    QString description() const override
    {
        return tr("Learners who share with each other learn from colleagues' experience and remember more than "
                  "from content alone.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        bool anyActivity = false;
        for (const auto &objective : context.project().objectives) {
            for (const auto &activity : objective.activities) {
                if (activity.direction == Direction::ManyToMany)
                    return;
                anyActivity = true;
            }
        }
        if (anyActivity)
            findings.append(finding(0, {},
                tr("No activity has learners share with each other (many-to-many). Peer "
                   "exchange, before or after class, is where much of the learning sticks.")));
    }
};

} // namespace

std::unique_ptr<Rule> makeNoManyToMany()
{
    return std::make_unique<NoManyToMany>();
}

} // namespace bw::rules
