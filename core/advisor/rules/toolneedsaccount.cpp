// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ToolNeedsAccount final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ToolNeedsAccount)
public:
    ToolNeedsAccount()
        : Rule(QStringLiteral("tool-needs-account"), Severity::Suggestion)
    {
    }
    QString title() const override { return tr("Tool needs a new account"); }
    QString description() const override
    {
        return tr("Every new profile to create is a reason not to start. A one-click tool, or one the client "
                  "already provides, gets learners going at once.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        for (const Id toolId : context.usedTools()) {
            const Tool *tool = context.tool(toolId);
            if (!tool->needsAccount || tool->clientProvided || tool->status == ToolStatus::Retired)
                continue; // a retired tool is tool-retired's to replace
            // Only worth saying when there is something better at hand.
            const Tool *other = context.tool(alternative(context, *tool));
            if (!other)
                continue;
            const QString message = other->clientProvided
                ? tr("%1 makes every learner create a personal account, while the client already provides %2.")
                      .arg(tool->name, other->name)
                : tr("%1 makes every learner create a personal account, while %2 needs none.")
                      .arg(tool->name, other->name);
            findings.append(finding(toolId, AdvisorContext::toolPath(context.toolRow(toolId)), message,
                tr("Switch to %1").arg(other->name)));
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Tool *tool = context.tool(finding.itemId);
        const Id other = tool ? alternative(context, *tool) : 0;
        if (!other)
            return false;
        document.replaceTool(tool->id, other);
        return true;
    }

private:
    static Id alternative(const AdvisorContext &context, const Tool &tool)
    {
        return context.bestReplacement(tool.id, [&tool](const Tool &candidate) {
            return candidate.type == tool.type && (!candidate.needsAccount || candidate.clientProvided);
        });
    }
};

} // namespace

std::unique_ptr<Rule> makeToolNeedsAccount()
{
    return std::make_unique<ToolNeedsAccount>();
}

} // namespace bw::rules
