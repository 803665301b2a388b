// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QAbstractTableModel>

namespace bw {
class Document;
}

namespace bw::ui {

// The project's tool catalogue as a table, one row per tool in catalogue order. A thin adapter:
// it reads the document and follows its tool signals row by row, so selections survive edits.
class ToolTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Directions, Synchronous, Account, Blocked, ClientProvided, Status, UsedBy, ColumnCount };
    // Role carrying a sortable value for every column (check columns sort as booleans).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ToolIdRole = Qt::UserRole + 2;

    explicit ToolTableModel(bw::Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bw::Id toolId(int row) const;
    // How many activities use the tool.
    int usage(bw::Id toolId) const;

private:
    void usageChanged();

    Document *m_doc;
};

} // namespace bw::ui
