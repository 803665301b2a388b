// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// One row of the day view: the time span in a column of its own, the activity's number and
// title (or the break's), and its minutes at the right. Breaks sit on the alternate base
// colour, so the day's rhythm shows at a glance; an activity without a duration says
// "not estimated" in the placeholder colour. A break's title is edited in place (F2).
class AgendaDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect stripe, time, title, minutes;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace bw::ui
