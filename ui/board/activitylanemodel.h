// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QAbstractListModel>
#include <QSet>

#include <functional>

namespace bw {
class Document;
}

namespace bw::ui {

// One lane of the board: the activities of one objective in one phase, in learning order.
// Activities live in a single ordered list per objective; a lane is that list filtered by phase.
// The model caches only the lane's ids and follows the document's signals with minimal row
// inserts, removes and moves.
class ActivityLaneModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DirectionRole,    // int (bw::Direction)
        ToolNameRole,     // QString, empty without a tool
        ToolWarningRole,  // bool: the tool is retired, often blocked or needs an account
        DurationRole,     // QString for people, empty when unset
        GroupingRole,     // QString
        ChangedRole,      // bool: changed since the version the Changes panel compares with
    };

    ActivityLaneModel(Document *document, Phase phase, QObject *parent = nullptr);

    Phase phase() const { return m_phase; }
    Id objectiveId() const { return m_objective; }
    void setObjective(Id objectiveId);

    // Drops of something other than a card (a team library pattern): `types` are accepted, and
    // a drop calls `drop` with the lane's objective and phase and the position in the
    // objective's activity list that the drop point means. It returns whether it added anything.
    using ForeignDrop = std::function<bool(const QMimeData *data, Id objectiveId, Phase phase, int objectiveRow)>;
    void setForeignDrop(const QStringList &types, ForeignDrop drop);

    // Activities to mark as changed (ChangedRole).
    void setMarked(const QSet<Id> &ids);

    Id idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    int rowOf(Id activityId) const { return int(m_ids.indexOf(activityId)); }

    // Position in the objective's activity list (counted with `moving` taken out) that puts an
    // activity at laneRow of the phase's lane (also counted without `moving`). Empty lanes keep
    // the objective's list in phase order. Used by every drag and keyboard move.
    static int insertionRow(const Objective &objective, Phase phase, int laneRow, Id moving);
    // Ids of the objective's activities in the phase, in order.
    static QList<Id> laneIds(const Objective &objective, Phase phase);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A card dropped at `row` of this lane: one moveActivity() command (reorder, phase change or
    // objective change, whichever the drop means).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    const Activity *activity(Id id) const;
    void sync(Id changedId = 0);

    Document *m_doc;
    Phase m_phase;
    Id m_objective = 0;
    QList<Id> m_ids;
    QSet<Id> m_marked;
    QStringList m_foreignTypes;
    ForeignDrop m_foreignDrop;
};

} // namespace bw::ui
