// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// Draws a cell's check state the way a disabled check box looks (the style's indicator in the
// palette's disabled colours, centred in the cell), for yes/no columns that are read here and
// changed elsewhere: an active-looking box that ignores clicks invites clicks. The row's
// selection and focus are drawn as usual, so the row still reads as one.
class ReadOnlyCheckDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The option the indicator is drawn with (not enabled, disabled colours, centred), for tests.
    QStyleOptionViewItem indicatorOption(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    // Nothing toggles here, whatever the model's flags say.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace bw::ui
