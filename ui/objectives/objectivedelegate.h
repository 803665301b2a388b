// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// An objective row: its number and statement (two lines at most), then how many activities it
// has and its minutes before, in and after class, each in its phase's colour.
class ObjectiveDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws the "12 activities · ● 30 ● 90 ● 45 min" line; the board overview uses it too.
    static void paintFigures(QPainter *painter, const QRect &rect, const QPalette &palette, const QFont &font,
        int activityCount, const QList<int> &phaseMinutes);
    // Lays a statement out on at most `maxLines` lines, ending the last one in "…" when it is cut.
    static void drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, int maxLines);
};

} // namespace bw::ui
