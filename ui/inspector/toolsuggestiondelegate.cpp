// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolsuggestiondelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bw::ui {

namespace {
constexpr int Margin = 6;
constexpr int IconSize = 20;

QColor toneColour(int tone, bool dark)
{
    switch (tone) {
    case ToolSuggestionDelegate::Positive:
        return dark ? QColor(0x6F, 0xCF, 0x97) : QColor(0x2E, 0x8B, 0x57);
    case ToolSuggestionDelegate::Caution:
        return dark ? QColor(0xF2, 0xB8, 0x4B) : QColor(0x9A, 0x63, 0x00);
    default:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x2A, 0x1E);
    }
}
} // namespace

void ToolSuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection come from the style, so the row looks native in both palettes.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    if (index.data(DimmedRole).toBool() && !selected)
        text.setAlphaF(0.6f);
    QColor secondary = text;
    secondary.setAlphaF(text.alphaF() * 0.7f);

    painter->save();
    QRect r = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        const QRect iconRect(r.left(), r.center().y() - IconSize / 2, IconSize, IconSize);
        icon.paint(painter, iconRect);
        r.setLeft(iconRect.right() + Margin + 2);
    }

    // Badges, right-aligned, drawn first so the name can be elided against them.
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(std::max(7.0, opt.font.pointSizeF() * 0.85));
    const QFontMetrics bfm(badgeFont);
    painter->setFont(badgeFont);
    int right = r.right();
    const QVariantList badges = index.data(BadgesRole).toList();
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const QVariantList badge = it->toList();
        const QString label = badge.value(0).toString();
        const QColor colour = toneColour(badge.value(1).toInt(), dark && !selected);
        const int w = bfm.horizontalAdvance(label) + 12;
        const int h = bfm.height() + 4;
        const QRect br(right - w, r.center().y() - h / 2, w, h);
        if (br.left() < r.left() + r.width() / 3)
            break; // never squeeze the name out; the tooltip still lists every warning
        QPainterPath path;
        path.addRoundedRect(QRectF(br).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
        QColor fill = selected ? opt.palette.color(QPalette::HighlightedText) : colour;
        fill.setAlphaF(0.14f);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->fillPath(path, fill);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : colour);
        painter->drawPath(path);
        painter->drawText(br, Qt::AlignCenter, label);
        right = br.left() - 4;
    }
    r.setRight(right - Margin);

    QFont nameFont = opt.font;
    const QString subtitle = index.data(SubtitleRole).toString();
    if (index.data(KindRole).toInt() == ToolRow)
        nameFont.setBold(true);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics sfm(opt.font);
    const int textHeight = nfm.height() + (subtitle.isEmpty() ? 0 : sfm.height());
    int y = r.center().y() - textHeight / 2;
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), y, r.width(), nfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
    if (!subtitle.isEmpty()) {
        y += nfm.height();
        painter->setFont(opt.font);
        painter->setPen(secondary);
        painter->drawText(QRect(r.left(), y, r.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(subtitle, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize ToolSuggestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const bool twoLines = !index.data(SubtitleRole).toString().isEmpty();
    const int h = std::max(IconSize, fm.height() * (twoLines ? 2 : 1)) + Margin + 2;
    return {fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 200, h};
}

} // namespace bw::ui
