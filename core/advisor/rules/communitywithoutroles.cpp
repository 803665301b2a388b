// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>
#include <QLocale>

namespace bw::rules {

namespace {

class CommunityWithoutRoles final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::CommunityWithoutRoles)
public:
    CommunityWithoutRoles()
        : Rule(QStringLiteral("community-without-roles"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("No community roles"); }
    QString description() const override
    {
        return tr("A learning community rarely runs by itself: champions post first, a curator gathers what is "
                  "shared, a contact point answers questions and an expert mentor gives feedback.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        if (!context.project().roles.isEmpty())
            return;
        const QStringList community = communityTools(context);
        if (community.isEmpty())
            return;
        findings.append(finding(0, {},
            tr("The plan uses community tools (%1) but names no community roles: plan "
               "champions, a curator, a contact point or an expert mentor to keep the "
               "exchange going.")
                .arg(QLocale().createSeparatedList(community))));
    }

private:
    static QStringList communityTools(const AdvisorContext &context)
    {
        QStringList names;
        for (const Id id : context.usedTools())
            if (const Tool *tool = context.tool(id); tool->type == ToolType::Community)
                names.append(tool->name);
        return names;
    }
};

} // namespace

std::unique_ptr<Rule> makeCommunityWithoutRoles()
{
    return std::make_unique<CommunityWithoutRoles>();
}

} // namespace bw::rules
