// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ContentDeliveryInClass final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ContentDeliveryInClass)
public:
    ContentDeliveryInClass()
        : Rule(QStringLiteral("content-delivery-in-class"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Content delivered in class"); }
    QString description() const override
    {
        return tr("In a flipped design learners take in content on their own before class, so that the time "
                  "together goes on coaching, feedback and practice.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                if (activity.phase != Phase::InClass || activity.direction != Direction::OneToMany)
                    continue;
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                    tr("The activity %1 delivers content one-to-many in class. Learners can "
                       "take it in before class, leaving class time for practice and "
                       "feedback.")
                        .arg(AdvisorContext::activityName(activity)),
                    tr("Move before class")));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const auto pos = context.project().activityPos(finding.itemId);
        if (!pos.isValid())
            return false;
        // Same place in the objective's sequence; only the phase changes.
        document.moveActivity(finding.itemId, context.project().objectives[pos.objective].id, pos.row, Phase::PreClass);
        return true;
    }
};

} // namespace

std::unique_ptr<Rule> makeContentDeliveryInClass()
{
    return std::make_unique<ContentDeliveryInClass>();
}

} // namespace bw::rules
