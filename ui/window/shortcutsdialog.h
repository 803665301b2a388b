// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenu;
class QTreeWidget;

namespace bw::ui {

// Help → Keyboard Shortcuts: every menu command with its keys, read from the actions themselves
// (so the list cannot drift from what the keys do), followed by the keys of the board and the
// objectives list that have no menu entry.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void addMenu(QMenu *menu);
    void addGroup(const QString &title, const QList<QPair<QString, QString>> &entries);

    QTreeWidget *m_tree;
};

} // namespace bw::ui
