// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivelistmodel.h"

#include "activitylanemodel.h"
#include "document/document.h"
#include "mime.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::ui {

ObjectiveListModel::ObjectiveListModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(m_doc, &Document::projectReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_doc, &Document::objectiveAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(m_doc, &Document::objectiveInserted, this, [this] { endInsertRows(); });
    connect(m_doc, &Document::objectiveAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(m_doc, &Document::objectiveRemoved, this, [this] { endRemoveRows(); });
    connect(m_doc, &Document::objectiveAboutToBeMoved, this, [this](int from, int to) {
        // QList::move(from, to) puts the item at `to`; item models count the destination before the move.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(m_doc, &Document::objectiveMoved, this, [this] { endMoveRows(); });
    connect(m_doc, &Document::objectiveChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, ObjectiveColumn), index(row, ObjectiveColumn)); });

    connect(m_doc, &Document::activityInserted, this, [this](Id objective) { objectiveRowChanged(objective); });
    connect(m_doc, &Document::activityRemoved, this, [this](Id objective) { objectiveRowChanged(objective); });
    connect(m_doc, &Document::activityMoved, this, [this](Id, Id from, int, Id to) {
        objectiveRowChanged(from);
        if (to != from)
            objectiveRowChanged(to);
    });
    connect(m_doc, &Document::activityChanged, this, [this](Id id) {
        const auto pos = m_doc->project().activityPos(id);
        if (pos.isValid())
            Q_EMIT dataChanged(index(pos.objective, 0), index(pos.objective, ColumnCount - 1));
    });
}

void ObjectiveListModel::objectiveRowChanged(Id objectiveId)
{
    const int row = m_doc->project().objectiveRow(objectiveId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Phase ObjectiveListModel::phaseOfColumn(int column)
{
    switch (column) {
    case PreColumn:
        return Phase::PreClass;
    case InColumn:
        return Phase::InClass;
    case PostColumn:
        return Phase::PostClass;
    default:
        return Phase::Unset;
    }
}

int ObjectiveListModel::columnOfPhase(Phase phase)
{
    switch (phase) {
    case Phase::PreClass:
        return PreColumn;
    case Phase::InClass:
        return InColumn;
    case Phase::PostClass:
        return PostColumn;
    case Phase::Unset:
        break;
    }
    return ObjectiveColumn;
}

QModelIndex ObjectiveListModel::indexOf(Id objectiveId, int column) const
{
    const int row = m_doc->project().objectiveRow(objectiveId);
    return row >= 0 ? index(row, column) : QModelIndex();
}

Id ObjectiveListModel::idAt(int row) const
{
    const auto &list = m_doc->project().objectives;
    return row >= 0 && row < list.size() ? list[row].id : 0;
}

int ObjectiveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->project().objectives.size());
}

int ObjectiveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectiveListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Objective &o = m_doc->project().objectives[index.row()];
    if (role == IdRole)
        return o.id;
    if (index.column() == ObjectiveColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return o.statement;
        case Qt::ToolTipRole:
            return o.measure.isEmpty() ? o.statement
                                       : tr("%1\nMeasured by: %2").arg(o.statement, o.measure);
        case ActivityCountRole:
            return int(o.activities.size());
        case PhaseMinutesRole: {
            double minutes[3] = {0, 0, 0};
            for (const auto &a : o.activities) {
                const int column = columnOfPhase(a.phase);
                if (column != ObjectiveColumn)
                    minutes[column - 1] += double(plan::wholeMinutes(workloadMinutes(a, activityDate(m_doc->project(), a))));
            }
            return QVariant::fromValue(QList<int>{int(std::lround(minutes[0])), int(std::lround(minutes[1])),
                                                  int(std::lround(minutes[2]))});
        }
        default:
            return {};
        }
    }
    const Phase phase = phaseOfColumn(index.column());
    switch (role) {
    case PhaseRole:
        return int(phase);
    case ActivityIdsRole:
        return QVariant::fromValue(ActivityLaneModel::laneIds(o, phase));
    case LaneMinutesRole: {
        double minutes = 0;
        for (const auto &a : o.activities)
            if (a.phase == phase)
                minutes += double(plan::wholeMinutes(workloadMinutes(a, activityDate(m_doc->project(), a))));
        return int(std::lround(minutes));
    }
    default:
        return {};
    }
}

QVariant ObjectiveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == ObjectiveColumn)
        return tr("Objective");
    return enumLabel(phaseOfColumn(section));
}

bool ObjectiveListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ObjectiveColumn || role != Qt::EditRole)
        return false;
    Objective changed = m_doc->project().objectives[index.row()];
    changed.statement = value.toString().trimmed();
    if (changed.statement.isEmpty())
        return false;
    changed.activities.clear(); // changeObjective only takes the objective's own fields
    m_doc->changeObjective(changed);
    return true;
}

Qt::ItemFlags ObjectiveListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == ObjectiveColumn)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return f;
}

QStringList ObjectiveListModel::mimeTypes() const
{
    return {Mime::objective(), Mime::activity()};
}

QMimeData *ObjectiveListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const auto &index : indexes)
        if (index.column() == ObjectiveColumn)
            return Mime::encode(Mime::objective(), idAt(index.row()), *m_doc);
    return nullptr;
}

Qt::DropActions ObjectiveListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ObjectiveListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ObjectiveListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                         const QModelIndex &parent) const
{
    if (Mime::decode(data, Mime::objective(), *m_doc))
        return true;
    // An activity needs a target objective: dropped on a row, not between rows.
    return Mime::decode(data, Mime::activity(), *m_doc) && parent.isValid() && row < 0;
}

bool ObjectiveListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return false;
    const Project &project = m_doc->project();
    if (const Id objectiveId = Mime::decode(data, Mime::objective(), *m_doc)) {
        const int from = project.objectiveRow(objectiveId);
        if (from < 0)
            return false;
        int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
        if (to > from)
            --to; // the view counts the drop row with the dragged objective still in place
        m_doc->moveObjective(objectiveId, to);
        return true;
    }
    const Id activityId = Mime::decode(data, Mime::activity(), *m_doc);
    const Activity *activity = project.activity(activityId);
    if (!activity || !parent.isValid())
        return false;
    const Objective &target = project.objectives[parent.row()];
    const int laneColumn = parent.column() > ObjectiveColumn ? parent.column() : column;
    const Phase phase = laneColumn > ObjectiveColumn ? phaseOfColumn(laneColumn) : activity->phase;
    m_doc->moveActivity(activityId, target.id, ActivityLaneModel::insertionRow(target, phase, -1, activityId), phase);
    return true;
}

} // namespace bw::ui
