// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// Paints one row of the tool picker: the tool's name, its type underneath, and badges on the right
// for what matters when choosing (provided by the client, needs an account, often blocked,
// retired → replacement). Rows of tools that do not carry the activity's direction are dimmed.
class ToolSuggestionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Item data roles the picker fills in.
    enum Role {
        KindRole = Qt::UserRole + 1, // ToolSuggestionDelegate::Kind
        ToolIdRole,                  // bw::Id
        SubtitleRole,                // QString, e.g. the tool type
        BadgesRole,                  // QVariantList of QVariantList{text, BadgeTone}
        DimmedRole,                  // bool
    };
    // NoToolRow clears the choice; InRoomRow says the activity deliberately needs no tool.
    enum Kind { ToolRow, NoToolRow, NewToolRow, InRoomRow };
    enum BadgeTone { Positive, Caution, Danger };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bw::ui
