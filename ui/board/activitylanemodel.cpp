// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylanemodel.h"

#include "model/recurrence.h"
#include "model/textshortening.h"

#include "document/document.h"
#include "mime.h"

using namespace Qt::StringLiterals;

namespace bw::ui {

ActivityLaneModel::ActivityLaneModel(Document *document, Phase phase, QObject *parent)
    : QAbstractListModel(parent)
    , m_doc(document)
    , m_phase(phase)
{
    connect(m_doc, &Document::projectReset, this, [this] { setObjective(0); });
    connect(m_doc, &Document::objectiveRemoved, this, [this](int, Id id) {
        if (id == m_objective)
            setObjective(0);
    });
    connect(m_doc, &Document::activityInserted, this, [this](Id objective, int, Id) {
        if (objective == m_objective)
            sync();
    });
    connect(m_doc, &Document::activityRemoved, this, [this](Id objective, int, Id) {
        if (objective == m_objective)
            sync();
    });
    connect(m_doc, &Document::activityMoved, this, [this](Id, Id from, int, Id to, int) {
        if (from == m_objective || to == m_objective)
            sync();
    });
    connect(m_doc, &Document::activityChanged, this, [this](Id id) {
        // A change of phase in the inspector moves the card in or out of this lane.
        const Activity *a = activity(id);
        if (m_ids.contains(id) || (a && a->phase == m_phase))
            sync(id);
    });
    connect(m_doc, &Document::toolChanged, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    });
    connect(m_doc, &Document::toolRemoved, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    });
}

QList<Id> ActivityLaneModel::laneIds(const Objective &objective, Phase phase)
{
    QList<Id> ids;
    for (const auto &a : objective.activities)
        if (a.phase == phase)
            ids.append(a.id);
    return ids;
}

int ActivityLaneModel::insertionRow(const Objective &objective, Phase phase, int laneRow, Id moving)
{
    QList<const Activity *> list;
    for (const auto &a : objective.activities)
        if (a.id != moving)
            list.append(&a);
    QList<int> laneRows;
    for (int i = 0; i < list.size(); ++i)
        if (list[i]->phase == phase)
            laneRows.append(i);
    if (laneRows.isEmpty()) {
        for (int i = 0; i < list.size(); ++i)
            if (int(list[i]->phase) > int(phase))
                return i;
        return int(list.size());
    }
    if (laneRow < 0 || laneRow >= laneRows.size())
        return laneRows.last() + 1;
    return laneRows[laneRow];
}

void ActivityLaneModel::setObjective(Id objectiveId)
{
    beginResetModel();
    m_objective = objectiveId;
    const Objective *o = m_doc->project().objective(objectiveId);
    m_ids = o ? laneIds(*o, m_phase) : QList<Id>{};
    if (!o)
        m_objective = 0;
    endResetModel();
}

const Activity *ActivityLaneModel::activity(Id id) const
{
    const Objective *o = m_doc->project().objective(m_objective);
    if (!o)
        return nullptr;
    for (const auto &a : o->activities)
        if (a.id == id)
            return &a;
    return nullptr;
}

// Brings the cached ids in line with the document using the smallest notification that
// describes the difference: one insert, one remove or one move (what every single command
// produces); anything else is a reset.
void ActivityLaneModel::sync(Id changedId)
{
    const Objective *o = m_doc->project().objective(m_objective);
    const QList<Id> now = o ? laneIds(*o, m_phase) : QList<Id>{};
    const QList<Id> &was = m_ids;
    if (now == was) {
        const int row = rowOf(changedId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    auto firstDifference = [](const QList<Id> &a, const QList<Id> &b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        return i;
    };
    const int i = firstDifference(was, now);
    if (now.size() == was.size() + 1 && was.mid(i) == now.mid(i + 1)) {
        beginInsertRows({}, i, i);
        m_ids = now;
        endInsertRows();
        return;
    }
    if (now.size() + 1 == was.size() && was.mid(i + 1) == now.mid(i)) {
        beginRemoveRows({}, i, i);
        m_ids = now;
        endRemoveRows();
        return;
    }
    if (now.size() == was.size()) {
        QList<Id> probe = was;
        const Id moved = was[i] == now[i] ? 0 : now[i];
        // Either an item further down moved up to i, or the item at i moved down.
        const int from = int(was.indexOf(moved));
        if (from > i) {
            probe.move(from, i);
            if (probe == now) {
                beginMoveRows({}, from, from, {}, i);
                m_ids = now;
                endMoveRows();
                return;
            }
        }
        probe = was;
        const int to = int(now.indexOf(was[i]));
        if (to > i) {
            probe.move(i, to);
            if (probe == now) {
                beginMoveRows({}, i, i, {}, to + 1);
                m_ids = now;
                endMoveRows();
                return;
            }
        }
    }
    beginResetModel();
    m_ids = now;
    endResetModel();
}

int ActivityLaneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void ActivityLaneModel::setMarked(const QSet<Id> &ids)
{
    if (ids == m_marked)
        return;
    m_marked = ids;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {ChangedRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

QVariant ActivityLaneModel::data(const QModelIndex &index, int role) const
{
    const Activity *a = activity(idAt(index.row()));
    if (!a)
        return {};
    const Tool *tool = a->toolId ? m_doc->project().tool(a->toolId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return a->title;
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b><br>%2 · %3"_s.arg(a->title.toHtmlEscaped(), enumLabel(a->direction),
                                                     tool ? tool->name.toHtmlEscaped() : tr("no tool"));
        if (a->duration.isSet())
            tip += u" · "_s + a->duration.toDisplay();
        if (!a->instructions.isEmpty())
            tip += u"<br>"_s + shortenAtWord(a->instructions, 300).toHtmlEscaped();
        if (m_marked.contains(a->id))
            tip += u"<br><i>"_s + tr("Changed since the version you compare with").toHtmlEscaped() + u"</i>"_s;
        return tip;
    }
    case Qt::AccessibleTextRole:
        return QString(tr("%1, %2, %3").arg(a->title, enumLabel(a->direction),
                           tool ? tool->name : (a->noTool ? tr("in the room, no tool") : tr("no tool")))
                       + (m_marked.contains(a->id) ? tr(", changed") : QString()));
    case IdRole:
        return a->id;
    case DirectionRole:
        return int(a->direction);
    case ToolNameRole:
        return tool ? tool->name : (a->noTool ? tr("In the room") : QString());
    case ChangedRole:
        return m_marked.contains(a->id);
    case ToolWarningRole:
        return tool && (tool->status == ToolStatus::Retired || tool->oftenBlocked);
    case DurationRole: {
        // A recurring activity says how often: "20 min × 8" (the lane's total counts them all).
        const int times = occurrenceCount(a->recurrence, activityDate(m_doc->project(), *a));
        if (times > 1 && a->duration.isSet())
            return tr("%1 × %2", "duration × occurrences").arg(a->duration.toDisplay()).arg(times);
        return a->duration.toDisplay();
    }
    case GroupingRole:
        return enumLabel(a->grouping);
    default:
        return {};
    }
}

bool ActivityLaneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Activity *a = activity(idAt(index.row()));
    if (!a || role != Qt::EditRole)
        return false;
    Activity changed = *a;
    changed.title = value.toString().trimmed();
    if (changed.title.isEmpty())
        return false;
    m_doc->changeActivity(changed);
    return true;
}

Qt::ItemFlags ActivityLaneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_objective ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

void ActivityLaneModel::setForeignDrop(const QStringList &types, ForeignDrop drop)
{
    m_foreignTypes = types;
    m_foreignDrop = std::move(drop);
}

QStringList ActivityLaneModel::mimeTypes() const
{
    return QStringList { Mime::activity() } + m_foreignTypes;
}

namespace {

bool hasAny(const QMimeData *data, const QStringList &types)
{
    if (data)
        for (const QString &type : types)
            if (data->hasFormat(type))
                return true;
    return false;
}

} // namespace

QMimeData *ActivityLaneModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    return Mime::encode(Mime::activity(), idAt(indexes.first().row()), *m_doc);
}

Qt::DropActions ActivityLaneModel::supportedDropActions() const
{
    return m_foreignDrop ? Qt::MoveAction | Qt::CopyAction : Qt::MoveAction;
}

Qt::DropActions ActivityLaneModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ActivityLaneModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    if (m_objective && m_foreignDrop && hasAny(data, m_foreignTypes))
        return !m_doc->isReadOnly();
    return m_objective && Mime::decode(data, Mime::activity(), *m_doc) != 0;
}

bool ActivityLaneModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const Objective *target = m_doc->project().objective(m_objective);
    if (!target || action == Qt::IgnoreAction)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_ids.size());
    if (m_foreignDrop && hasAny(data, m_foreignTypes))
        return m_foreignDrop(data, m_objective, m_phase, insertionRow(*target, m_phase, row, 0));
    const Id id = Mime::decode(data, Mime::activity(), *m_doc);
    if (!id)
        return false;
    // The view counts the drop row with the dragged card still in place.
    const int current = rowOf(id);
    if (current >= 0 && current < row)
        --row;
    m_doc->moveActivity(id, m_objective, insertionRow(*target, m_phase, row, id), m_phase);
    return true;
}

} // namespace bw::ui
