// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bw::rules {

namespace {

class ObjectiveWithoutSummative final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ObjectiveWithoutSummative)
public:
    ObjectiveWithoutSummative()
        : Rule(QStringLiteral("objective-without-summative"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Objective is never assessed"); }
    QString description() const override
    {
        return tr("Without a summative assessment nobody can tell the client whether learners reached the "
                  "objective: plan the quiz, graded task or observed role-play that checks it.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const Objective &objective = objectives[o];
            if (!needsFinding(objective))
                continue;
            QString message = tr("The objective %1 has no summative assessment: no activity checks "
                                 "whether learners reached it.")
                                  .arg(AdvisorContext::quoted(objective.statement));
            QString fixLabel;
            if (const Activity *candidate = candidateFor(objective)) {
                message += u' '
                    + tr("%1 could be it, for example with a quiz or a graded task.")
                          .arg(AdvisorContext::activityName(*candidate));
                fixLabel = tr("Make %1 the summative assessment").arg(AdvisorContext::activityName(*candidate));
            } else {
                message
                    += u' ' + tr("Add one after class, for example a quiz, a graded task or an observed role-play.");
            }
            findings.append(finding(objective.id, AdvisorContext::objectivePath(o), message, fixLabel));
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Objective *objective = context.project().objective(finding.itemId);
        const Activity *candidate = objective ? candidateFor(*objective) : nullptr;
        if (!candidate)
            return false;
        Activity changed = *candidate;
        changed.assessment = Assessment::Summative;
        document.changeActivity(changed);
        return true;
    }

private:
    static bool needsFinding(const Objective &objective)
    {
        const auto &activities = objective.activities;
        if (activities.isEmpty())
            return false; // objective-without-activities covers it
        if (std::any_of(activities.cbegin(), activities.cend(),
                [](const Activity &a) { return a.assessment == Assessment::Summative; }))
            return false;
        // Nothing after class and no assessment at all is no-follow-up's finding.
        return std::any_of(
            activities.cbegin(), activities.cend(), [](const Activity &a) { return a.phase == Phase::PostClass; });
    }

    // The activity that most likely is the assessment already: the last one after class in which
    // each learner hands something in to the trainer (a quiz, a submitted task).
    static const Activity *candidateFor(const Objective &objective)
    {
        for (auto it = objective.activities.crbegin(); it != objective.activities.crend(); ++it)
            if (it->phase == Phase::PostClass && it->direction == Direction::ManyToOne)
                return &*it;
        return nullptr;
    }
};

} // namespace

std::unique_ptr<Rule> makeObjectiveWithoutSummative()
{
    return std::make_unique<ObjectiveWithoutSummative>();
}

} // namespace bw::rules
