// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommands.h"

namespace bw {

AddActivity::AddActivity(Document *document, Id objectiveId, Activity activity, int row)
    : Command(document, tr("Add activity %1").arg(quoted(activity.title)))
    , m_objectiveId(objectiveId)
    , m_activity(std::move(activity))
    , m_row(row)
{
}

void AddActivity::redo()
{
    const int o = project().objectiveRow(m_objectiveId);
    if (o >= 0)
        mutator().insertActivity(o, m_row, m_activity);
}

void AddActivity::undo()
{
    const auto pos = project().activityPos(m_activity.id);
    if (pos.isValid())
        mutator().takeActivity(pos.objective, pos.row);
}

RemoveActivity::RemoveActivity(Document *document, Id id)
    : Command(document, QString())
    , m_id(id)
{
    if (const auto *a = project().activity(id))
        setText(tr("Delete activity %1").arg(quoted(a->title)));
}

void RemoveActivity::redo()
{
    const auto pos = project().activityPos(m_id);
    if (!pos.isValid())
        return;
    m_objectiveId = project().objectives[pos.objective].id;
    m_row = pos.row;
    m_removed = mutator().takeActivity(pos.objective, pos.row);
}

void RemoveActivity::undo()
{
    const int o = project().objectiveRow(m_objectiveId);
    if (o >= 0 && m_row >= 0)
        mutator().insertActivity(o, m_row, m_removed);
}

namespace {

// Whether an edit changed the field an import guessed. A field this does not know keeps its mark:
// dropping it would hide a value nobody checked.
bool fieldChanged(const Activity &before, const Activity &after, QStringView field)
{
    if (field == u"phase")
        return before.phase != after.phase;
    if (field == u"direction")
        return before.direction != after.direction;
    if (field == u"duration")
        return before.duration != after.duration;
    if (field == u"tool")
        return before.toolId != after.toolId || before.noTool != after.noTool;
    if (field == u"title")
        return before.title != after.title;
    if (field == u"instructions")
        return before.instructions != after.instructions;
    if (field == u"grouping")
        return before.grouping != after.grouping;
    if (field == u"ledBy" || field == u"led_by")
        return before.ledBy != after.ledBy || before.ledByRoleId != after.ledByRoleId
            || before.ledByName != after.ledByName;
    if (field == u"assessment")
        return before.assessment != after.assessment;
    if (field == u"moment")
        return before.momentId != after.momentId || before.offsetDays != after.offsetDays;
    if (field == u"deliverable")
        return before.deliverable != after.deliverable;
    if (field == u"benefit")
        return before.benefit != after.benefit;
    return false;
}

// Someone who edits a guessed field has decided it: its "check this" mark goes with the same
// undo step (and comes back with the undo).
void dropDecidedGuesses(const Activity &before, Activity &after)
{
    after.guesses.removeIf([&](const GuessMark &m) { return fieldChanged(before, after, m.field); });
}

} // namespace

ChangeActivity::ChangeActivity(Document *document, const Activity &activity, bool mergeable)
    : Command(document, tr("Edit activity %1").arg(quoted(activity.title)))
    , m_new(activity)
    , m_mergeable(mergeable)
{
    if (const auto *a = project().activity(activity.id))
        m_old = *a;
    dropDecidedGuesses(m_old, m_new);
}

void ChangeActivity::apply(const Activity &value)
{
    const auto pos = project().activityPos(value.id);
    if (pos.isValid())
        mutator().setActivity(pos.objective, pos.row, value);
}

void ChangeActivity::redo()
{
    apply(m_new);
}

void ChangeActivity::undo()
{
    apply(m_old);
}

bool ChangeActivity::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeActivity *>(other);
    if (!o->m_mergeable || o->m_new.id != m_new.id)
        return false;
    m_new = o->m_new;
    dropDecidedGuesses(m_old, m_new);
    setText(o->text());
    return true;
}

MoveActivity::MoveActivity(Document *document, Id id, Id toObjective, int toRow, Phase phase)
    : Command(document, QString())
    , m_id(id)
    , m_toObjective(toObjective)
    , m_toRow(toRow)
    , m_toPhase(phase)
{
    const auto *a = project().activity(id);
    const QString title = a ? quoted(a->title) : QString();
    if (a && a->phase != phase)
        setText(tr("Move activity %1 to %2").arg(title, enumLabel(phase)));
    else
        setText(tr("Move activity %1").arg(title));
}

void MoveActivity::redo()
{
    const auto pos = project().activityPos(m_id);
    const int to = project().objectiveRow(m_toObjective);
    if (!pos.isValid() || to < 0)
        return;
    m_fromObjective = project().objectives[pos.objective].id;
    m_fromRow = pos.row;
    m_fromPhase = project().objectives[pos.objective].activities[pos.row].phase;
    mutator().moveActivity(pos.objective, pos.row, to, m_toRow, m_toPhase);
}

void MoveActivity::undo()
{
    const auto pos = project().activityPos(m_id);
    const int from = project().objectiveRow(m_fromObjective);
    if (!pos.isValid() || from < 0 || m_fromRow < 0)
        return;
    mutator().moveActivity(pos.objective, pos.row, from, m_fromRow, m_fromPhase);
}

} // namespace bw
