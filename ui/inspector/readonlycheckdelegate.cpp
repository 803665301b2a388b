// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlycheckdelegate.h"

#include <QApplication>
#include <QPainter>

namespace bw::ui {

namespace {
QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

QStyleOptionViewItem ReadOnlyCheckDelegate::indicatorOption(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem check(option);
    initStyleOption(&check, index);
    QStyle *style = styleOf(check);
    const QSize size(style->pixelMetric(QStyle::PM_IndicatorWidth, &check, check.widget),
        style->pixelMetric(QStyle::PM_IndicatorHeight, &check, check.widget));
    check.rect = QStyle::alignedRect(check.direction, Qt::AlignCenter, size, option.rect);
    check.state &= ~(QStyle::State_Enabled | QStyle::State_HasFocus | QStyle::State_MouseOver | QStyle::State_On
        | QStyle::State_Off | QStyle::State_NoChange);
    check.state |= QStyle::State_ReadOnly;
    switch (check.checkState) {
    case Qt::Checked:
        check.state |= QStyle::State_On;
        break;
    case Qt::PartiallyChecked:
        check.state |= QStyle::State_NoChange;
        break;
    case Qt::Unchecked:
        check.state |= QStyle::State_Off;
        break;
    }
    check.palette.setCurrentColorGroup(QPalette::Disabled);
    return check;
}

void ReadOnlyCheckDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    if (!(cell.features & QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyle *style = styleOf(cell);
    // The cell without its check box (background, selection, focus), then the box, read-only.
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    const QStyleOptionViewItem check = indicatorOption(option, index);
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, check.widget);
}

bool ReadOnlyCheckDelegate::editorEvent(
    QEvent *, QAbstractItemModel *, const QStyleOptionViewItem &, const QModelIndex &)
{
    return false;
}

} // namespace bw::ui
