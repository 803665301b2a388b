// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
QString keys(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QString keys(const QString &portable)
{
    return QKeySequence(portable).toString(QKeySequence::NativeText);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    for (QMenu *menu : menus)
        addMenu(menu);
    addGroup(tr("Objectives list"),
        { { tr("Add an objective after the selected one"), keys(u"Ins"_s) },
            { tr("Edit the statement in place"), keys(u"F2"_s) },
            { tr("Delete the objective"), keys(QKeySequence::Delete) },
            { tr("Move the objective up / down"), keys(u"Ctrl+Up"_s) + u" / "_s + keys(u"Ctrl+Down"_s) },
            { tr("Select the previous / next objective"), keys(u"Up"_s) + u" / "_s + keys(u"Down"_s) } });
    addGroup(tr("Activity board"),
        { { tr("Previous / next card in the lane"), keys(u"Up"_s) + u" / "_s + keys(u"Down"_s) },
            { tr("Go to the lane on the left / right"), keys(u"Left"_s) + u" / "_s + keys(u"Right"_s) },
            { tr("Add an activity in the focused lane"), keys(u"Ins"_s) + u", "_s + keys(u"Ctrl+N"_s) },
            { tr("Edit the card's title in place"), keys(u"F2"_s) },
            { tr("Open the card in the inspector"), keys(u"Return"_s) },
            { tr("Delete the card"), keys(QKeySequence::Delete) },
            { tr("Move the card up / down in its lane"), keys(u"Ctrl+Up"_s) + u" / "_s + keys(u"Ctrl+Down"_s) },
            { tr("Move the card to the previous / next phase"),
                keys(u"Ctrl+Left"_s) + u" / "_s + keys(u"Ctrl+Right"_s) },
            { tr("Move the card to the previous / next objective"),
                keys(u"Ctrl+Shift+Up"_s) + u" / "_s + keys(u"Ctrl+Shift+Down"_s) },
            { tr("Drag a card: reorder, change phase, or drop it on another objective"), tr("Mouse") } });
    addGroup(tr("Inspector"),
        { { tr("Direction: one-to-many / many-to-one / many-to-many"),
              keys(u"Alt+1"_s) + u" / "_s + keys(u"Alt+2"_s) + u" / "_s + keys(u"Alt+3"_s) },
            { tr("Back to the card on the board"), keys(u"Esc"_s) },
            { tr("Tool picker: open the ranked list"), keys(u"Down"_s) },
            { tr("Tool picker: take the best match / restore the tool"),
                keys(u"Return"_s) + u" / "_s + keys(u"Esc"_s) } });
    addGroup(tr("Everywhere"), { { tr("Move between panels"), keys(u"Tab"_s) + u" / "_s + keys(u"Shift+Tab"_s) } });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(620, 640);
}

void ShortcutsDialog::addMenu(QMenu *menu)
{
    QList<QPair<QString, QString>> entries;
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->menu()) {
            addMenu(action->menu());
            continue;
        }
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->isSeparator())
            continue;
        QStringList texts;
        for (const QKeySequence &s : shortcuts)
            texts.append(s.toString(QKeySequence::NativeText));
        entries.append({ action->iconText(), texts.join(u", "_s) });
    }
    if (!entries.isEmpty())
        addGroup(menu->title().remove(u'&'), entries);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QPair<QString, QString>> &entries)
{
    auto *header = new QTreeWidgetItem(m_tree, { title });
    QFont bold = header->font(0);
    bold.setWeight(QFont::Bold);
    header->setFont(0, bold);
    header->setFirstColumnSpanned(true);
    header->setFlags(Qt::ItemIsEnabled);
    for (const auto &[command, keyText] : entries) {
        auto *item = new QTreeWidgetItem(m_tree, { command, keyText });
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
}

} // namespace bw::ui
