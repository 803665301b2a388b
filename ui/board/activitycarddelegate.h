// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// Paints an activity as a card: a stripe and icon in its direction's colour, the title (on two
// lines, then shortened), the tool and the duration. Editing in place changes the title only
// (the inspector edits the rest).
class ActivityCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // The title once, when the editor opens. A refresh of the card while it is open (a change
    // mark, a tool renamed) leaves the editor alone: it would drop the selection of the proposed
    // title, or what the designer has typed so far.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

    // The height of every card in a lane at that font: a two-line title and the tool line.
    static int cardHeight(const QFont &font);
    // The title as the card shows it: word-wrapped onto at most two lines at the card's width.
    static QStringList titleLines(const QString &title, const QFont &font, const QRect &itemRect);

private:
    static QRect cardRect(const QRect &itemRect);
    static QRect titleRect(const QRect &itemRect);
};

} // namespace bw::ui
