// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bw {
class Document;
}

namespace bw::ui {

class ToolTableModel;

// The project's tool catalogue: search, add, edit, delete, and add from the built-in catalogue.
// Every change is applied at once as one undoable command (the Undo and Redo buttons, and
// Ctrl+Z inside the dialog, take them back); the dialog has nothing to confirm and just closes.
class ToolCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ToolCatalogueDialog(bw::Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    // The tool of the current row, 0 when none.
    bw::Id currentTool() const;
    void selectTool(bw::Id id);

public Q_SLOTS:
    void addTool();
    void editTool();
    void deleteTool();
    void addFromCatalogue();
    // Retires the current tool for the whole team (the team library's admin only).
    void retireInLibrary();

Q_SIGNALS:
    void retiredInLibrary(const QString &toolName);

private:
    void updateButtons();

    Document *m_doc;
    ToolTableModel *m_model;
    QSortFilterProxyModel *m_typeFilter;
    QSortFilterProxyModel *m_nameFilter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_type;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_fromCatalogue;
    QPushButton *m_retireInLibrary;
};

} // namespace bw::ui
