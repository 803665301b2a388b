// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentmutator.h"

#include "document.h"

namespace bw {

const Project &DocumentMutator::project() const
{
    return m_doc.m_project;
}

void DocumentMutator::insertObjective(int row, Objective objective)
{
    auto &list = m_doc.m_project.objectives;
    Q_ASSERT(row >= 0 && row <= list.size());
    const Id id = objective.id;
    Q_EMIT m_doc.objectiveAboutToBeInserted(row);
    list.insert(row, std::move(objective));
    Q_EMIT m_doc.objectiveInserted(row, id);
    Q_EMIT m_doc.changed();
}

Objective DocumentMutator::takeObjective(int row)
{
    auto &list = m_doc.m_project.objectives;
    Q_ASSERT(row >= 0 && row < list.size());
    const Id id = list[row].id;
    Q_EMIT m_doc.objectiveAboutToBeRemoved(row, id);
    Objective taken = list.takeAt(row);
    Q_EMIT m_doc.objectiveRemoved(row, id);
    Q_EMIT m_doc.changed();
    return taken;
}

void DocumentMutator::setObjectiveFields(int row, const Objective &fields)
{
    auto &o = m_doc.m_project.objectives[row];
    o.statement = fields.statement;
    o.measure = fields.measure;
    o.notes = fields.notes;
    o.instrument = fields.instrument;
    Q_EMIT m_doc.objectiveChanged(row, o.id);
    Q_EMIT m_doc.changed();
}

void DocumentMutator::moveObjective(int from, int to)
{
    auto &list = m_doc.m_project.objectives;
    if (from == to)
        return;
    const Id id = list[from].id;
    Q_EMIT m_doc.objectiveAboutToBeMoved(from, to, id);
    list.move(from, to);
    Q_EMIT m_doc.objectiveMoved(from, to, id);
    Q_EMIT m_doc.changed();
}

void DocumentMutator::insertActivity(int objectiveRow, int row, Activity activity)
{
    auto &obj = m_doc.m_project.objectives[objectiveRow];
    Q_ASSERT(row >= 0 && row <= obj.activities.size());
    const Id id = activity.id;
    Q_EMIT m_doc.activityAboutToBeInserted(obj.id, row);
    obj.activities.insert(row, std::move(activity));
    Q_EMIT m_doc.activityInserted(obj.id, row, id);
    Q_EMIT m_doc.changed();
}

Activity DocumentMutator::takeActivity(int objectiveRow, int row)
{
    auto &obj = m_doc.m_project.objectives[objectiveRow];
    const Id id = obj.activities[row].id;
    Q_EMIT m_doc.activityAboutToBeRemoved(obj.id, row, id);
    Activity taken = obj.activities.takeAt(row);
    Q_EMIT m_doc.activityRemoved(obj.id, row, id);
    Q_EMIT m_doc.changed();
    return taken;
}

void DocumentMutator::setActivity(int objectiveRow, int row, const Activity &activity)
{
    auto &slot = m_doc.m_project.objectives[objectiveRow].activities[row];
    Q_ASSERT(slot.id == activity.id);
    slot = activity;
    Q_EMIT m_doc.activityChanged(activity.id);
    Q_EMIT m_doc.changed();
}

void DocumentMutator::moveActivity(int fromObjective, int fromRow, int toObjective, int toRow, Phase phase)
{
    auto &objs = m_doc.m_project.objectives;
    const Id id = objs[fromObjective].activities[fromRow].id;
    const Id fromId = objs[fromObjective].id;
    const Id toId = objs[toObjective].id;
    Q_EMIT m_doc.activityAboutToBeMoved(id, fromId, fromRow, toId, toRow);
    Activity a = objs[fromObjective].activities.takeAt(fromRow);
    a.phase = phase;
    objs[toObjective].activities.insert(toRow, std::move(a));
    Q_EMIT m_doc.activityMoved(id, fromId, fromRow, toId, toRow);
    Q_EMIT m_doc.activityChanged(id);
    Q_EMIT m_doc.changed();
}

void DocumentMutator::insertTool(int row, Tool tool)
{
    auto &list = m_doc.m_project.tools;
    const Id id = tool.id;
    Q_EMIT m_doc.toolAboutToBeInserted(row);
    list.insert(row, std::move(tool));
    Q_EMIT m_doc.toolInserted(row, id);
    Q_EMIT m_doc.changed();
}

Tool DocumentMutator::takeTool(int row)
{
    auto &list = m_doc.m_project.tools;
    const Id id = list[row].id;
    Q_EMIT m_doc.toolAboutToBeRemoved(row, id);
    Tool taken = list.takeAt(row);
    Q_EMIT m_doc.toolRemoved(row, id);
    Q_EMIT m_doc.changed();
    return taken;
}

void DocumentMutator::setTool(int row, const Tool &tool)
{
    auto &slot = m_doc.m_project.tools[row];
    Q_ASSERT(slot.id == tool.id);
    slot = tool;
    Q_EMIT m_doc.toolChanged(row, tool.id);
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setInfo(const ProjectInfo &info)
{
    m_doc.m_project.info = info;
    Q_EMIT m_doc.infoChanged();
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setMoments(const QList<Moment> &moments)
{
    m_doc.m_project.moments = moments;
    Q_EMIT m_doc.momentsChanged();
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setRoles(const QList<Role> &roles)
{
    m_doc.m_project.roles = roles;
    Q_EMIT m_doc.rolesChanged();
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setOrigins(const QList<ProjectOrigin> &origins)
{
    m_doc.m_project.origins = origins;
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setVersions(const QList<Version> &versions)
{
    m_doc.m_project.versions = versions;
    Q_EMIT m_doc.versionsChanged();
    Q_EMIT m_doc.changed();
}

void DocumentMutator::replaceContent(const Project &content)
{
    QList<Version> versions = std::move(m_doc.m_project.versions);
    m_doc.m_project = content;
    m_doc.m_project.versions = std::move(versions);
    // The content may bring ids of its own (an update's new activities): new items must not
    // take them. Never lowered, so an undo does not hand out the ids of a redo again.
    m_doc.m_nextId = std::max(m_doc.m_nextId, m_doc.m_project.maxId() + 1);
    Q_EMIT m_doc.projectReset();
    Q_EMIT m_doc.changed();
}

void DocumentMutator::setSubGroups(const QList<SubGroup> &subgroups)
{
    m_doc.m_project.subgroups = subgroups;
    Q_EMIT m_doc.subGroupsChanged();
    Q_EMIT m_doc.changed();
}

} // namespace bw
