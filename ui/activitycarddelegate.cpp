// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycarddelegate.h"

#include "activitylanemodel.h"
#include "theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
constexpr int Margin = 5;   // around the card, inside the list row
constexpr int Padding = 8;  // inside the card
constexpr int Stripe = 5;   // direction colour
constexpr int IconSize = 16;
} // namespace

QRect ActivityCardDelegate::cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(Margin, Margin / 2 + 1, -Margin, -(Margin / 2 + 1));
}

QSize ActivityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {160, 2 * Padding + 2 * qMax(fm.height(), IconSize) + 4 + Margin + 2};
}

void ActivityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const auto direction = Direction(index.data(ActivityLaneModel::DirectionRole).toInt());
    const QColor accent = Theme::directionColor(direction);

    const QRectF card = QRectF(cardRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = Theme::isDark() ? fill.lighter(135) : QColor(0xE8, 0xF1, 0xFA);
    else if (option.state & QStyle::State_MouseOver)
        fill = Theme::isDark() ? fill.lighter(115) : fill.darker(102);
    painter->fillPath(path, fill);

    // The stripe is clipped to the card so its left corners stay round.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), Stripe, card.height()), accent);
    painter->restore();

    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);
    if (focused && !selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine));
        painter->drawPath(path);
    }

    const QRect inner = cardRect(option.rect).adjusted(Stripe + Padding, Padding, -Padding, -Padding);
    const QFontMetrics fm(option.font);
    const int lineHeight = qMax(fm.height(), IconSize);

    // Line 1: direction icon and title.
    QRect iconRect(inner.left(), inner.top() + (lineHeight - IconSize) / 2, IconSize, IconSize);
    const QIcon dirIcon = Theme::directionIcon(direction);
    if (!dirIcon.isNull())
        dirIcon.paint(painter, iconRect);
    else {
        painter->setPen(QPen(accent, 1.5, Qt::DotLine));
        painter->drawEllipse(QRectF(iconRect).adjusted(2, 2, -2, -2));
    }
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const QRect titleRect(iconRect.right() + 7, inner.top(), inner.right() - iconRect.right() - 7, lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));

    // Line 2: tool and duration, in a smaller, quieter font.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    const QFontMetrics sfm(small);
    const int top2 = inner.top() + lineHeight + 4;
    const QString duration = index.data(ActivityLaneModel::DurationRole).toString();
    const int durationWidth = duration.isEmpty() ? 0 : sfm.horizontalAdvance(duration) + 4;
    const QRect durationRect(inner.right() - durationWidth, top2, durationWidth, lineHeight);
    QColor quiet = pal.color(QPalette::Text);
    quiet.setAlphaF(0.7f);
    painter->setPen(quiet);
    if (!duration.isEmpty())
        painter->drawText(durationRect, Qt::AlignRight | Qt::AlignVCenter, duration);

    const QString tool = index.data(ActivityLaneModel::ToolNameRole).toString();
    const QRect toolIcon(inner.left() + 1, top2 + (lineHeight - 14) / 2, 14, 14);
    icon(index.data(ActivityLaneModel::ToolWarningRole).toBool() ? u"warning"_s : u"tool"_s).paint(painter, toolIcon);
    const QRect toolRect(toolIcon.right() + 8, top2, durationRect.left() - toolIcon.right() - 14, lineHeight);
    if (tool.isEmpty()) {
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
    }
    painter->drawText(toolRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(tool.isEmpty() ? tr("No tool yet") : tool, Qt::ElideRight, toolRect.width()));
    painter->restore();
}

QWidget *ActivityCardDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(tr("Activity title"));
    edit->setPlaceholderText(tr("What do learners do?"));
    return edit;
}

void ActivityCardDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    const QRect inner = cardRect(option.rect).adjusted(Stripe + 4, 4, -4, 0);
    editor->setGeometry(inner.left(), inner.top(), inner.width(), editor->sizeHint().height());
}

} // namespace bw::ui
