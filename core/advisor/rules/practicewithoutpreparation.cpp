// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bw::rules {

namespace {

class PracticeWithoutPreparation final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::PracticeWithoutPreparation)
public:
    PracticeWithoutPreparation()
        : Rule(QStringLiteral("practice-without-preparation"), Severity::Warning)
    {
    }
    QString title() const override { return tr("In-class practice without preparation"); }
    QString description() const override
    {
        return tr("Practice in class works when learners arrive having studied the basics; otherwise class time "
                  "goes on explaining them after all.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            const bool prepared = std::any_of(
                activities.cbegin(), activities.cend(), [](const Activity &a) { return a.phase == Phase::PreClass; });
            if (prepared)
                continue;
            // Practice is whatever learners do themselves in class: reporting back or working together.
            const auto practice = std::find_if(activities.cbegin(), activities.cend(), [](const Activity &a) {
                return a.phase == Phase::InClass
                    && (a.direction == Direction::ManyToOne || a.direction == Direction::ManyToMany);
            });
            if (practice == activities.cend())
                continue;
            findings.append(finding(objectives[o].id, AdvisorContext::objectivePath(o),
                tr("Learners practise in class (%1), but nothing before class prepares "
                   "them for the objective %2.")
                    .arg(AdvisorContext::activityName(*practice), AdvisorContext::quoted(objectives[o].statement))));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makePracticeWithoutPreparation()
{
    return std::make_unique<PracticeWithoutPreparation>();
}

} // namespace bw::rules
