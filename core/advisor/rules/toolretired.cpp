// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

class ToolRetired final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::ToolRetired)
public:
    ToolRetired()
        : Rule(QStringLiteral("tool-retired"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Tool has been retired"); }
    QString description() const override
    {
        return tr("A retired tool (Skype, Yammer …) may stop working before the course ends, and learners will "
                  "not find it under its old name. Its replacement carries the same activities.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        for (const Id toolId : context.usedTools()) {
            const Tool *tool = context.tool(toolId);
            if (tool->status != ToolStatus::Retired)
                continue;
            const Replacement replacement = findReplacement(context, *tool);
            const QString path = AdvisorContext::toolPath(context.toolRow(toolId));
            if (replacement.name.isEmpty()) {
                findings.append(finding(toolId, path,
                    tr("%1 has been retired; choose another tool for the activities that "
                       "use it.")
                        .arg(tool->name)));
            } else {
                findings.append(
                    finding(toolId, path, tr("%1 has been retired; %2 replaces it.").arg(tool->name, replacement.name),
                        tr("Replace with %1 everywhere").arg(replacement.name)));
            }
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Tool *tool = context.tool(finding.itemId);
        if (!tool)
            return false;
        const Replacement replacement = findReplacement(context, *tool);
        if (replacement.id) {
            document.replaceTool(tool->id, replacement.id);
            return true;
        }
        if (!replacement.fromCatalogue)
            return false;
        const Id from = tool->id; // `tool` points into the project, which the macro changes
        document.beginMacro(tr("Replace %1 with %2").arg(tool->name, replacement.name));
        const Id to = document.addTool(*replacement.fromCatalogue);
        document.replaceTool(from, to);
        document.endMacro();
        return true;
    }

private:
    struct Replacement {
        QString name;
        Id id = 0; // already in the project
        const Tool *fromCatalogue = nullptr; // to be added from the built-in catalogue
    };

    // The named replacement, from the project or else the built-in catalogue; failing that,
    // the best active tool of the same type.
    static Replacement findReplacement(const AdvisorContext &context, const Tool &tool)
    {
        if (!tool.replacement.isEmpty()) {
            const Tool *own = context.project().toolByName(tool.replacement);
            if (own && own->status == ToolStatus::Active)
                return { own->name, own->id, nullptr };
            const Tool *builtin = builtinTool(tool.replacement);
            if (!own && builtin && builtin->status == ToolStatus::Active)
                return { builtin->name, 0, builtin };
        }
        const Tool *best = context.tool(
            context.bestReplacement(tool.id, [&tool](const Tool &candidate) { return candidate.type == tool.type; }));
        return best ? Replacement { best->name, best->id, nullptr } : Replacement {};
    }
};

} // namespace

std::unique_ptr<Rule> makeToolRetired()
{
    return std::make_unique<ToolRetired>();
}

} // namespace bw::rules
