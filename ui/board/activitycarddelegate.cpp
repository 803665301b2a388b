// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycarddelegate.h"

#include "activitylanemodel.h"
#include "elidedlabel.h"
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
constexpr int TitleLines = 2; // then the title ends in "…" (the tooltip has all of it)
constexpr int LineGap = 4; // between the title and the tool line

QFont titleFontOf(const QFont &font)
{
    QFont title = font;
    title.setWeight(QFont::DemiBold);
    return title;
}

QFont smallFontOf(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}
} // namespace

QRect ActivityCardDelegate::cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(Margin, Margin / 2 + 1, -Margin, -(Margin / 2 + 1));
}

int ActivityCardDelegate::cardHeight(const QFont &font)
{
    // Every card has room for a two-line title, so the lanes keep one card height (uniform
    // item sizes) and a title never has to be cut after a dozen characters.
    const QFontMetrics title(titleFontOf(font));
    const QFontMetrics small(smallFontOf(font));
    const int titleHeight = qMax((TitleLines - 1) * title.lineSpacing() + title.height(), IconSize);
    const int toolHeight = qMax(small.height(), 14);
    return 2 * Padding + titleHeight + LineGap + toolHeight + Margin + 2;
}

QRect ActivityCardDelegate::titleRect(const QRect &itemRect)
{
    const QRect inner = cardRect(itemRect).adjusted(Stripe + Padding, Padding, -Padding, -Padding);
    return inner.adjusted(IconSize + 7, 0, 0, 0);
}

QStringList ActivityCardDelegate::titleLines(const QString &title, const QFont &font, const QRect &itemRect)
{
    return wrappedLines(title, titleFontOf(font), titleRect(itemRect).width(), TitleLines);
}

QSize ActivityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { 160, cardHeight(option.font) };
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

    // A card changed since the compared version carries a dot in its top right corner.
    if (index.data(ActivityLaneModel::ChangedRole).toBool()) {
        const qreal d = 8;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawEllipse(QRectF(card.right() - d - 4, card.top() + 4, d, d));
        painter->setBrush(Qt::NoBrush);
    }

    const QRect inner = cardRect(option.rect).adjusted(Stripe + Padding, Padding, -Padding, -Padding);
    const QFont titleFont = titleFontOf(option.font);
    const QFontMetrics tfm(titleFont);
    const int titleArea = qMax((TitleLines - 1) * tfm.lineSpacing() + tfm.height(), IconSize);

    // The title, word-wrapped onto two lines beside the direction icon; a one-line title is
    // centred in that space so short and long titles sit alike.
    const int textLeft = titleRect(option.rect).left();
    const QStringList lines = titleLines(index.data().toString(), option.font, option.rect);
    const int textHeight = lines.isEmpty() ? tfm.height() : int(lines.size() - 1) * tfm.lineSpacing() + tfm.height();
    const int textTop = inner.top() + (titleArea - textHeight) / 2;
    QRect iconRect(inner.left(), textTop + (tfm.height() - IconSize) / 2, IconSize, IconSize);
    const QIcon dirIcon = Theme::directionIcon(direction);
    if (!dirIcon.isNull())
        dirIcon.paint(painter, iconRect);
    else {
        painter->setPen(QPen(accent, 1.5, Qt::DotLine));
        painter->drawEllipse(QRectF(iconRect).adjusted(2, 2, -2, -2));
    }
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QPoint(textLeft, textTop + i * tfm.lineSpacing() + tfm.ascent()), lines.at(i));

    // Then the tool and the duration, in a smaller, quieter font.
    QFont small = smallFontOf(option.font);
    painter->setFont(small);
    const QFontMetrics sfm(small);
    const int lineHeight = qMax(sfm.height(), 14);
    const int top2 = inner.top() + titleArea + LineGap;
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

void ActivityCardDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (edit && (edit->isModified() || edit->text() == index.data(Qt::EditRole).toString()))
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActivityCardDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    const QRect inner = cardRect(option.rect).adjusted(Stripe + 4, 4, -4, 0);
    editor->setGeometry(inner.left(), inner.top(), inner.width(), editor->sizeHint().height());
}

} // namespace bw::ui
