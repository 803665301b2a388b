// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisorcontext.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "i18n/plantranslator.h"
#include "rules.h"

#include <QCoreApplication>

namespace bw::rules {

namespace {

// The team library (LibraryFacts, filled by the studio) retired a tool the project still uses as
// active. The project's own copy does not know yet; the fix does what Update from Team Library
// does for a ToolRetired change: retires the project's tool and moves its activities to the
// replacement (the project's tool of that name, else the built-in catalogue's, else a new one).
class LibraryRetiredTool final : public Rule {
    BW_PLAN_TR_FUNCTIONS(bw::LibraryRetiredTool)
public:
    LibraryRetiredTool()
        : Rule(QStringLiteral("library-tool-retired"), Severity::Warning)
    {
    }
    QString title() const override { return tr("Team library retired a tool"); }
    QString description() const override
    {
        return tr("Your team library has retired a tool this plan still uses. The team agreed on its "
                  "replacement; Update from Team Library, or this fix, takes it into the plan.");
    }

    void check(const AdvisorContext &context, QList<Finding> &findings) const override
    {
        const LibraryFacts &facts = context.libraryFacts();
        if (facts.isEmpty())
            return;
        for (const Id toolId : context.usedTools()) {
            const Tool *tool = context.tool(toolId);
            if (tool->status == ToolStatus::Retired)
                continue; // the project knows; tool-retired speaks about it
            const auto it = facts.retiredTools.constFind(tool->name.trimmed().toCaseFolded());
            if (it == facts.retiredTools.cend())
                continue;
            const QString path = AdvisorContext::toolPath(context.toolRow(toolId));
            if (it.value().isEmpty())
                findings.append(finding(toolId, path,
                    tr("The team library retired %1; choose another tool for the activities that use it.")
                        .arg(tool->name),
                    tr("Mark %1 retired").arg(tool->name)));
            else
                findings.append(finding(toolId, path,
                    tr("The team library retired %1 (replacement %2).").arg(tool->name, it.value()),
                    tr("Replace with %1 everywhere").arg(it.value())));
        }
    }

    bool fix(Document &document, const AdvisorContext &context, const Finding &finding) const override
    {
        const Tool *tool = context.tool(finding.itemId);
        if (!tool)
            return false;
        const QString replacement = context.libraryFacts().retiredTools.value(tool->name.trimmed().toCaseFolded());
        Tool retired = *tool; // `tool` points into the project, which the macro changes
        retired.status = ToolStatus::Retired;
        retired.replacement = replacement;
        document.beginMacro(replacement.isEmpty() ? tr("Mark %1 retired").arg(retired.name)
                                                  : tr("Replace %1 with %2").arg(retired.name, replacement));
        document.changeTool(retired);
        if (!replacement.isEmpty()) {
            Id to = 0;
            if (const Tool *own = document.project().toolByName(replacement))
                to = own->id;
            else if (const Tool *builtin = builtinTool(replacement))
                to = document.addTool(*builtin);
            else {
                Tool added;
                added.name = replacement;
                added.type = retired.type;
                added.directions = retired.directions;
                to = document.addTool(added);
            }
            if (to)
                document.replaceTool(retired.id, to);
        }
        document.endMacro();
        return true;
    }
};

} // namespace

std::unique_ptr<Rule> makeLibraryRetiredTool()
{
    return std::make_unique<LibraryRetiredTool>();
}

} // namespace bw::rules
