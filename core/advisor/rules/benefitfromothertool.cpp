// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "advisor/benefits.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace bw::rules {

namespace {

// After a tool change, the benefit the old tool brought stays behind ("with your usual work
// login" on a tool that needs a new account): the plan would promise learners the wrong thing.
class BenefitFromOtherTool final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::BenefitFromOtherTool)
public:
    BenefitFromOtherTool()
        : Rule(QStringLiteral("benefit-from-other-tool"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Benefit of another tool"); }
    QString description() const override
    {
        return tr("When an activity changes tools, the benefit written for the old one no longer tells "
                  "learners the truth about the new one.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const Project &project = context.project();
        const QHash<QString, QStringList> owners = benefitOwners(project);
        if (owners.isEmpty())
            return;
        const auto &objectives = project.objectives;
        for (int o = 0; o < objectives.size(); ++o) {
            const auto &activities = objectives[o].activities;
            for (int a = 0; a < activities.size(); ++a) {
                const Activity &activity = activities[a];
                const Tool *tool = context.tool(activity.toolId);
                if (!tool || activity.benefit.trimmed().isEmpty())
                    continue;
                const QString other = otherOwner(owners, activity.benefit, *tool);
                if (other.isEmpty())
                    continue;
                findings.append(finding(activity.id, AdvisorContext::activityPath(o, a),
                    tr("The benefit of %1 is the one %2 brings, but the activity now uses %3.")
                        .arg(AdvisorContext::activityName(activity), other, tool->name),
                    proposedBenefit(activity, *tool).isEmpty() ? QString()
                                                               : tr("Use the benefit of %1").arg(tool->name)));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        return applyProposedBenefit(document, context, finding.itemId);
    }

private:
    // Every tool's usual benefit → the names of the tools it belongs to: the project's tools and
    // the built-in catalogue's (a benefit may have been filled in from the catalogue).
    static QHash<QString, QStringList> benefitOwners(const Project &project)
    {
        QHash<QString, QStringList> owners;
        auto add = [&](const QString &benefit, const QString &name) {
            const QString key = benefit.simplified();
            if (key.size() >= 20 && !owners.value(key).contains(name, Qt::CaseInsensitive))
                owners[key].append(name);
        };
        for (const Tool &tool : project.tools)
            add(defaultToolBenefit(tool), tool.name);
        for (const Tool &tool : builtinCatalogue())
            add(tool.benefit, tool.name);
        return owners;
    }

    // The tool, other than `current`, whose usual benefit the text is, or ends with (a benefit
    // the advisor proposed: a sentence about the activity, then the tool's usual benefit).
    static QString otherOwner(const QHash<QString, QStringList> &owners, const QString &benefit, const Tool &current)
    {
        const QString text = benefit.simplified();
        const QString own = defaultToolBenefit(current).simplified();
        auto ownerOf = [&](const QString &candidate) -> QString {
            if (candidate == own)
                return {};
            const QStringList names = owners.value(candidate);
            if (names.isEmpty() || names.contains(current.name, Qt::CaseInsensitive))
                return {};
            return names.first();
        };
        if (QString name = ownerOf(text); !name.isEmpty())
            return name;
        for (qsizetype at = text.indexOf(u". "_s); at >= 0; at = text.indexOf(u". "_s, at + 1)) {
            const QString tail = text.mid(at + 2);
            if (tail == own)
                return {}; // proposed for the current tool
            if (QString name = ownerOf(tail); !name.isEmpty())
                return name;
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Rule> makeBenefitFromOtherTool()
{
    return std::make_unique<BenefitFromOtherTool>();
}

} // namespace bw::rules
