// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ToolOftenBlocked final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ToolOftenBlocked)
public:
    ToolOftenBlocked()
        : Rule(QStringLiteral("tool-often-blocked"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Tool often blocked at work"); }
    QString description() const override
    {
        return tr("Many company firewalls block public video, social and file-sharing sites. Learners who cannot "
                  "reach a tool from their desk simply drop out of the activity.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        for (const Id toolId : context.usedTools()) {
            const Tool *tool = context.tool(toolId);
            // The client's own tools are reachable inside its network; a retired tool is replaced
            // anyway (tool-retired), so its access problems are moot.
            if (!tool->oftenBlocked || tool->clientProvided || tool->status == ToolStatus::Retired)
                continue;
            QString message = tr("%1 is often blocked on corporate networks, so learners may not reach it from work.")
                                  .arg(tool->name);
            QString fixLabel;
            if (const Tool *other = context.tool(alternative(context, *tool))) {
                message += u' ' + tr("%1 does the same job without that risk.").arg(other->name);
                fixLabel = tr("Switch to %1").arg(other->name);
            }
            findings.append(finding(toolId, AdvisorContext::toolPath(context.toolRow(toolId)), message, fixLabel));
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
        // A video platform does a blocked content site's job for videos (YouTube → the client's
        // video platform), and the other way round; the ranking for the tool's use decides.
        auto sameJob = [](ToolType a, ToolType b) {
            auto isContent = [](ToolType t) { return t == ToolType::Content || t == ToolType::Video; };
            return a == b || (isContent(a) && isContent(b));
        };
        return context.bestReplacement(tool.id, [&tool, &sameJob](const Tool &candidate) {
            return sameJob(candidate.type, tool.type) && !candidate.oftenBlocked;
        });
    }
};

} // namespace

std::unique_ptr<Rule> makeToolOftenBlocked()
{
    return std::make_unique<ToolOftenBlocked>();
}

} // namespace bw::rules
