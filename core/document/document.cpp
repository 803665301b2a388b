// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "commands/activitycommands.h"
#include "commands/objectivecommands.h"
#include "commands/projectcommands.h"
#include "commands/toolcommands.h"
#include "commands/versioncommands.h"

#include <QAction>
#include <QSet>

#include <algorithm>

namespace bw {

Document::Document(QObject *parent)
    : Document(Project {}, parent)
{
}

Document::Document(Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
    , m_identity(QUuid::createUuid())
    , m_nextId(m_project.maxId() + 1)
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (m_lastModified != !clean) {
            m_lastModified = !clean;
            Q_EMIT modifiedChanged(m_lastModified);
        }
    });
}

Document::~Document() = default;

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool Document::canUndo() const
{
    return !m_readOnly && m_undoStack->canUndo();
}

bool Document::canRedo() const
{
    return !m_readOnly && m_undoStack->canRedo();
}

void Document::undo()
{
    if (canUndo())
        m_undoStack->undo();
}

void Document::redo()
{
    if (canRedo())
        m_undoStack->redo();
}

namespace {
// Takes QUndoStack's action for its text handling, but rewires what enables and triggers it.
template <typename CanChanged>
QAction *rewire(QAction *action, QUndoStack *stack, Document *doc, CanChanged canChanged, bool (Document::*can)() const,
    void (Document::*run)())
{
    QObject::disconnect(stack, canChanged, action, nullptr);
    QObject::disconnect(action, &QAction::triggered, stack, nullptr);
    const auto update = [action, doc, can] { action->setEnabled((doc->*can)()); };
    QObject::connect(stack, canChanged, action, update);
    QObject::connect(doc, &Document::readOnlyChanged, action, update);
    QObject::connect(action, &QAction::triggered, doc, run);
    update();
    return action;
}
} // namespace

QAction *Document::createUndoAction(QObject *parent, const QString &prefix)
{
    return rewire(m_undoStack->createUndoAction(parent, prefix), m_undoStack, this, &QUndoStack::canUndoChanged,
        &Document::canUndo, &Document::undo);
}

QAction *Document::createRedoAction(QObject *parent, const QString &prefix)
{
    return rewire(m_undoStack->createRedoAction(parent, prefix), m_undoStack, this, &QUndoStack::canRedoChanged,
        &Document::canRedo, &Document::redo);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::resetProject(Project project)
{
    m_undoStack->clear();
    m_project = std::move(project);
    m_nextId = m_project.maxId() + 1;
    Q_EMIT projectReset();
    Q_EMIT changed();
}

Id Document::newId()
{
    return m_nextId++;
}

void Document::push(QUndoCommand *command)
{
    // The facade functions refuse before building a command; this catches any other way in.
    if (m_readOnly) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

void Document::beginMacro(const QString &text)
{
    if (m_readOnly || m_refusedMacros > 0) {
        ++m_refusedMacros;
        return;
    }
    m_undoStack->beginMacro(text);
}

void Document::endMacro()
{
    if (m_refusedMacros > 0) {
        --m_refusedMacros;
        return;
    }
    m_undoStack->endMacro();
}

namespace {
int clampRow(int row, qsizetype size)
{
    return (row < 0 || row > size) ? int(size) : row;
}
} // namespace

Id Document::addObjective(Objective objective, int row)
{
    if (m_readOnly)
        return 0;
    objective.id = newId();
    for (auto &a : objective.activities)
        a.id = newId();
    const Id id = objective.id;
    push(new AddObjective(this, std::move(objective), clampRow(row, m_project.objectives.size())));
    return id;
}

void Document::removeObjective(Id id)
{
    if (m_readOnly)
        return;
    if (!m_project.objective(id))
        return;
    // Sub-groups working on the objective lose it in the same undo step: a reference to a
    // removed item would otherwise stay in memory and be dropped only by the save, so the
    // project reloaded would differ from the one edited.
    QList<SubGroup> groups = m_project.subgroups;
    bool referenced = false;
    for (SubGroup &g : groups)
        if (g.objectiveId == id) {
            g.objectiveId = 0;
            referenced = true;
        }
    auto *remove = new RemoveObjective(this, id);
    if (!referenced) {
        push(remove);
        return;
    }
    beginMacro(remove->text());
    setSubGroups(groups);
    push(remove);
    endMacro();
}

void Document::changeObjective(const Objective &objective, bool mergeable)
{
    if (m_readOnly)
        return;
    const auto *current = m_project.objective(objective.id);
    if (!current
        || (current->statement == objective.statement && current->measure == objective.measure
            && current->notes == objective.notes && current->instrument == objective.instrument))
        return;
    push(new ChangeObjective(this, objective, mergeable));
}

void Document::moveObjective(Id id, int toRow)
{
    if (m_readOnly)
        return;
    const int from = m_project.objectiveRow(id);
    if (from < 0)
        return;
    toRow = std::clamp(toRow, 0, int(m_project.objectives.size()) - 1);
    if (toRow != from)
        push(new MoveObjective(this, id, toRow));
}

Id Document::addActivity(Id objectiveId, Activity activity, int row)
{
    if (m_readOnly)
        return 0;
    const auto *o = m_project.objective(objectiveId);
    if (!o)
        return 0;
    activity.id = newId();
    const Id id = activity.id;
    push(new AddActivity(this, objectiveId, std::move(activity), clampRow(row, o->activities.size())));
    return id;
}

void Document::removeActivity(Id id)
{
    if (m_readOnly)
        return;
    if (m_project.activity(id))
        push(new RemoveActivity(this, id));
}

void Document::changeActivity(const Activity &activity, bool mergeable)
{
    if (m_readOnly)
        return;
    const auto *current = m_project.activity(activity.id);
    if (!current || *current == activity)
        return;
    push(new ChangeActivity(this, activity, mergeable));
}

void Document::moveActivity(Id id, Id toObjective, int toRow, Phase phase)
{
    if (m_readOnly)
        return;
    const auto pos = m_project.activityPos(id);
    const auto *target = m_project.objective(toObjective);
    if (!pos.isValid() || !target)
        return;
    const auto &from = m_project.objectives[pos.objective];
    // Size of the target list once the activity has been taken out.
    const qsizetype size = target->activities.size() - (from.id == toObjective ? 1 : 0);
    toRow = std::clamp(toRow, 0, int(size));
    if (from.id == toObjective && toRow == pos.row && from.activities[pos.row].phase == phase)
        return;
    push(new MoveActivity(this, id, toObjective, toRow, phase));
}

Id Document::addVersion(Version v, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The project is open read-only.");
        return 0;
    }
    v.id = newId();
    v.name = v.name.trimmed();
    v.created = QDateTime(v.created.date(), QTime(v.created.time().hour(), v.created.time().minute()));
    QList<Version> versions = m_project.versions;
    const QString previous = versions.isEmpty() ? QStringLiteral("1.0") : versionNumber(versions.last().name);
    versions.append(v);

    beginMacro(tr("Mark version %1").arg(Command::quoted(v.name)));
    push(new SetList<Version>(this, tr("Mark version"), &Project::versions, &DocumentMutator::setVersions, versions));
    const QString number = versionNumber(v.name);
    if (!number.isEmpty() && m_project.info.version.trimmed() == previous && number != previous) {
        ProjectInfo info = m_project.info;
        info.version = number;
        push(new ChangeInfo(this, info, false));
    }
    endMacro();
    return v.id;
}

void Document::removeVersion(Id id)
{
    if (m_readOnly)
        return;
    QList<Version> versions = m_project.versions;
    const auto it = std::find_if(versions.begin(), versions.end(), [id](const Version &v) { return v.id == id; });
    if (it == versions.end())
        return;
    const QString name = it->name;
    versions.erase(it);
    push(new SetList<Version>(this, tr("Remove version %1").arg(Command::quoted(name)), &Project::versions,
        &DocumentMutator::setVersions, versions));
}

const Version *Document::version(Id id) const
{
    for (const Version &v : m_project.versions)
        if (v.id == id)
            return &v;
    return nullptr;
}

bool Document::replaceContent(const QString &text, Project content, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The project is open read-only.");
        return false;
    }
    content.versions.clear();
    Project now = m_project;
    now.versions.clear();
    if (content == now)
        return true;
    push(new ReplaceContent(this, text, std::move(content)));
    return true;
}

Id Document::addTool(Tool tool)
{
    if (m_readOnly)
        return 0;
    tool.id = newId();
    const Id id = tool.id;
    push(new AddTool(this, std::move(tool)));
    return id;
}

void Document::removeTool(Id id)
{
    if (m_readOnly)
        return;
    if (m_project.tool(id))
        push(new RemoveTool(this, id));
}

void Document::changeTool(const Tool &tool, bool mergeable)
{
    if (m_readOnly)
        return;
    const auto *current = m_project.tool(tool.id);
    if (!current || *current == tool)
        return;
    push(new ChangeTool(this, tool, mergeable));
}

void Document::replaceTool(Id from, Id to)
{
    if (m_readOnly)
        return;
    if (from != to && m_project.tool(from) && m_project.tool(to))
        push(new ReplaceTool(this, from, to));
}

void Document::changeInfo(const ProjectInfo &info, bool mergeable)
{
    if (m_readOnly)
        return;
    if (info == m_project.info)
        return;
    push(new ChangeInfo(this, info, mergeable));
}

namespace {
template <typename T> void assignIds(QList<T> &list, Document &doc)
{
    for (auto &item : list)
        if (!item.id)
            item.id = doc.newId();
}
} // namespace

void Document::setMoments(const QList<Moment> &moments)
{
    if (m_readOnly)
        return;
    QList<Moment> value = moments;
    assignIds(value, *this);
    if (value == m_project.moments)
        return;
    // Activities of a removed moment lose it in the same undo step (see removeObjective).
    QSet<Id> kept;
    for (const Moment &m : std::as_const(value))
        kept.insert(m.id);
    QList<Activity> orphaned;
    for (const Objective &o : std::as_const(m_project.objectives))
        for (const Activity &a : o.activities)
            if (a.momentId && !kept.contains(a.momentId)) {
                orphaned.append(a);
                orphaned.last().momentId = 0;
            }
    const QString text = tr("Edit in-class moments");
    if (!orphaned.isEmpty())
        beginMacro(text);
    for (const Activity &a : std::as_const(orphaned))
        changeActivity(a);
    push(new SetList<Moment>(this, text, &Project::moments, &DocumentMutator::setMoments, value));
    if (!orphaned.isEmpty())
        endMacro();
}

void Document::setOrigins(const QList<ProjectOrigin> &origins)
{
    if (m_readOnly || origins == m_project.origins)
        return;
    push(new SetList<ProjectOrigin>(
        this, tr("Record team library origins"), &Project::origins, &DocumentMutator::setOrigins, origins));
}

void Document::setRoles(const QList<Role> &roles)
{
    if (m_readOnly)
        return;
    QList<Role> value = roles;
    assignIds(value, *this);
    if (value != m_project.roles)
        push(new SetList<Role>(this, tr("Edit community roles"), &Project::roles, &DocumentMutator::setRoles, value));
}

void Document::setSubGroups(const QList<SubGroup> &subgroups)
{
    if (m_readOnly)
        return;
    QList<SubGroup> value = subgroups;
    assignIds(value, *this);
    if (value != m_project.subgroups)
        push(new SetList<SubGroup>(
            this, tr("Edit sub-groups"), &Project::subgroups, &DocumentMutator::setSubGroups, value));
}

} // namespace bw
