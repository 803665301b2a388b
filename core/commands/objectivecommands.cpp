// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivecommands.h"

namespace bw {

AddObjective::AddObjective(Document *document, Objective objective, int row)
    : Command(document, tr("Add objective %1").arg(quoted(objective.statement)))
    , m_objective(std::move(objective))
    , m_row(row)
{
}

void AddObjective::redo()
{
    mutator().insertObjective(m_row, m_objective);
}

void AddObjective::undo()
{
    mutator().takeObjective(m_row);
}

RemoveObjective::RemoveObjective(Document *document, Id id)
    : Command(document, QString())
    , m_id(id)
{
    if (const auto *o = project().objective(id))
        setText(tr("Delete objective %1").arg(quoted(o->statement)));
}

void RemoveObjective::redo()
{
    m_row = project().objectiveRow(m_id);
    if (m_row >= 0)
        m_removed = mutator().takeObjective(m_row);
}

void RemoveObjective::undo()
{
    if (m_row >= 0)
        mutator().insertObjective(m_row, m_removed);
}

ChangeObjective::ChangeObjective(Document *document, const Objective &fields, bool mergeable)
    : Command(document, QString())
    , m_new(fields)
    , m_mergeable(mergeable)
{
    if (const auto *o = project().objective(fields.id))
        m_old = *o;
    m_old.activities.clear();
    m_new.activities.clear();
    setText(tr("Edit objective %1").arg(quoted(m_new.statement)));
}

void ChangeObjective::redo()
{
    const int row = project().objectiveRow(m_new.id);
    if (row >= 0)
        mutator().setObjectiveFields(row, m_new);
}

void ChangeObjective::undo()
{
    const int row = project().objectiveRow(m_old.id);
    if (row >= 0)
        mutator().setObjectiveFields(row, m_old);
}

bool ChangeObjective::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeObjective *>(other);
    if (!o->m_mergeable || o->m_new.id != m_new.id)
        return false;
    m_new = o->m_new;
    setText(o->text());
    return true;
}

MoveObjective::MoveObjective(Document *document, Id id, int toRow)
    : Command(document, tr("Move objective"))
    , m_id(id)
    , m_to(toRow)
{
    if (const auto *o = project().objective(id))
        setText(tr("Move objective %1").arg(quoted(o->statement)));
}

void MoveObjective::redo()
{
    m_from = project().objectiveRow(m_id);
    if (m_from >= 0)
        mutator().moveObjective(m_from, m_to);
}

void MoveObjective::undo()
{
    if (m_from >= 0)
        mutator().moveObjective(m_to, m_from);
}

} // namespace bw
