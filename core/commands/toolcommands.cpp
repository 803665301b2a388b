// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcommands.h"

namespace bw {

namespace {
QList<Id> activitiesUsing(const Project &project, Id tool)
{
    QList<Id> ids;
    for (const auto &o : project.objectives)
        for (const auto &a : o.activities)
            if (a.toolId == tool)
                ids.append(a.id);
    return ids;
}
} // namespace

void setActivityTools(DocumentMutator &m, const QList<Id> &activities, Id tool)
{
    for (Id id : activities) {
        const auto pos = m.project().activityPos(id);
        if (!pos.isValid())
            continue;
        Activity a = m.project().objectives[pos.objective].activities[pos.row];
        a.toolId = tool;
        m.setActivity(pos.objective, pos.row, a);
    }
}

AddTool::AddTool(Document *document, Tool tool)
    : Command(document, tr("Add tool %1").arg(quoted(tool.name)))
    , m_tool(std::move(tool))
{
}

void AddTool::redo()
{
    mutator().insertTool(int(project().tools.size()), m_tool);
}

void AddTool::undo()
{
    const int row = project().toolRow(m_tool.id);
    if (row >= 0)
        mutator().takeTool(row);
}

RemoveTool::RemoveTool(Document *document, Id id)
    : Command(document, QString())
    , m_id(id)
{
    if (const auto *t = project().tool(id))
        setText(tr("Delete tool %1").arg(quoted(t->name)));
}

void RemoveTool::redo()
{
    m_row = project().toolRow(m_id);
    if (m_row < 0)
        return;
    m_users = activitiesUsing(project(), m_id);
    auto m = mutator();
    setActivityTools(m, m_users, 0);
    m_removed = m.takeTool(m_row);
}

void RemoveTool::undo()
{
    if (m_row < 0)
        return;
    auto m = mutator();
    m.insertTool(m_row, m_removed);
    setActivityTools(m, m_users, m_id);
}

ChangeTool::ChangeTool(Document *document, const Tool &tool, bool mergeable)
    : Command(document, tr("Edit tool %1").arg(quoted(tool.name)))
    , m_new(tool)
    , m_mergeable(mergeable)
{
    if (const auto *t = project().tool(tool.id))
        m_old = *t;
}

void ChangeTool::apply(const Tool &value)
{
    const int row = project().toolRow(value.id);
    if (row >= 0)
        mutator().setTool(row, value);
}

void ChangeTool::redo()
{
    apply(m_new);
}

void ChangeTool::undo()
{
    apply(m_old);
}

bool ChangeTool::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeTool *>(other);
    if (!o->m_mergeable || o->m_new.id != m_new.id)
        return false;
    m_new = o->m_new;
    setText(o->text());
    return true;
}

ReplaceTool::ReplaceTool(Document *document, Id from, Id to)
    : Command(document, QString())
    , m_from(from)
    , m_to(to)
{
    const auto *a = project().tool(from);
    const auto *b = project().tool(to);
    setText(tr("Replace %1 with %2").arg(quoted(a ? a->name : QString()), quoted(b ? b->name : QString())));
}

void ReplaceTool::redo()
{
    m_changed = activitiesUsing(project(), m_from);
    auto m = mutator();
    setActivityTools(m, m_changed, m_to);
}

void ReplaceTool::undo()
{
    auto m = mutator();
    setActivityTools(m, m_changed, m_from);
}

} // namespace bw
