// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>

namespace bw::rules {

namespace {

class BenefitMissing final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::BenefitMissing)
public:
    BenefitMissing()
        : Rule(QStringLiteral("benefit-missing"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("Learner benefit not stated"); }
    QString description() const override
    {
        return tr("Learners put effort into a new tool only when they see what is in it for them; say it for "
                  "every activity that uses one.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const auto &objectives = context.project().objectives;
        // Large plans leave thousands of benefits blank: work out each tool's fix label once.
        QHash<Id, QString> fixLabels;
        const QString message = tr("The activity %1 uses %2 but does not tell learners what they gain from it.");
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                const Tool *tool = context.tool(activity.toolId);
                if (!tool || !activity.benefit.trimmed().isEmpty())
                    continue;
                auto label = fixLabels.constFind(tool->id);
                if (label == fixLabels.cend())
                    label = fixLabels.insert(tool->id,
                        defaultBenefit(*tool).isEmpty() ? QString()
                                                        : tr("Use the usual benefit of %1").arg(tool->name));
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                    message.arg(AdvisorContext::activityName(activity), tool->name), *label));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Activity *activity = context.project().activity(finding.itemId);
        const Tool *tool = activity ? context.tool(activity->toolId) : nullptr;
        const QString benefit = tool ? defaultBenefit(*tool) : QString();
        if (benefit.isEmpty())
            return false;
        Activity changed = *activity;
        changed.benefit = benefit;
        document.changeActivity(changed);
        return true;
    }

private:
    // The project's own text first (the designer may have adapted it), else the catalogue's.
    static QString defaultBenefit(const Tool &tool)
    {
        if (!tool.benefit.trimmed().isEmpty())
            return tool.benefit;
        const Tool *builtin = builtinTool(tool.name);
        return builtin ? builtin->benefit : QString();
    }
};

} // namespace

std::unique_ptr<Rule> makeBenefitMissing()
{
    return std::make_unique<BenefitMissing>();
}

} // namespace bw::rules
