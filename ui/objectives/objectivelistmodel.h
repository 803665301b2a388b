// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QAbstractTableModel>

namespace bw {
class Document;
}

namespace bw::ui {

// The project's objectives as rows: column 0 is the objective itself (the objectives panel shows
// it), columns 1–3 are its pre-, in- and post-class lanes (the board overview shows them).
// A thin adapter: it keeps no copy of the project and turns each document signal into the
// matching row insert, remove, move or dataChanged, so a single edit never resets the views.
class ObjectiveListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectiveColumn, PreColumn, InColumn, PostColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActivityCountRole, // int, column 0
        PhaseMinutesRole,  // QList<int>: pre, in, post minutes (typical), column 0
        PhaseRole,         // int (bw::Phase), lane columns
        ActivityIdsRole,   // QList<bw::Id> of the lane, lane columns
        LaneMinutesRole,   // int, lane columns
    };

    explicit ObjectiveListModel(Document *document, QObject *parent = nullptr);

    static Phase phaseOfColumn(int column);
    static int columnOfPhase(Phase phase);

    Document *document() const { return m_doc; }
    QModelIndex indexOf(Id objectiveId, int column = ObjectiveColumn) const;
    Id idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // An objective dropped between rows moves there; an activity dropped on a row moves to that
    // objective (into the lane of the column, or its own phase on column 0), as one command.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void objectiveRowChanged(Id objectiveId);

    Document *m_doc;
};

} // namespace bw::ui
