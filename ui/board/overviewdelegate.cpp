// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewdelegate.h"

#include "document/document.h"
#include "elidedlabel.h"
#include "objectivedelegate.h"
#include "objectivelistmodel.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace bw::ui {

namespace {
constexpr int CellPadding = 6;
constexpr int ChipGap = 4;
constexpr int ChipMinWidth = 140;

constexpr int ChipLines = 2; // a title wraps onto a second line before it is shortened

int chipHeight(const QFontMetrics &fm)
{
    return (ChipLines - 1) * fm.lineSpacing() + fm.height() + 8;
}
} // namespace

OverviewDelegate::OverviewDelegate(Document *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_doc(document)
{
}

QList<QRect> OverviewDelegate::chipRects(const QRect &cell, int count, const QFontMetrics &fm)
{
    QList<QRect> rects;
    const QRect area = cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding);
    const int perRow = std::max(1, (area.width() + ChipGap) / (ChipMinWidth + ChipGap));
    const int width = (area.width() - (perRow - 1) * ChipGap) / perRow;
    const int height = chipHeight(fm);
    for (int i = 0; i < count; ++i) {
        const int r = i / perRow;
        const int c = i % perRow;
        rects.append(QRect(area.left() + c * (width + ChipGap), area.top() + r * (height + ChipGap), width, height));
    }
    return rects;
}

QStringList OverviewDelegate::chipLines(const QString &title, const QFont &chipFont, const QRect &chip)
{
    return wrappedLines(title, chipFont, chip.width() - 15, ChipLines);
}

QFont OverviewDelegate::chipFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.92);
    return small;
}

QSize OverviewDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.column() == ObjectiveListModel::ObjectiveColumn)
        return { 260, 2 * CellPadding + 2 * fm.lineSpacing() + fm.height() + 4 };
    const int count = int(index.data(ObjectiveListModel::ActivityIdsRole).value<QList<Id>>().size());
    const int width = option.rect.width() > 0 ? option.rect.width() : 320;
    const QList<QRect> rects = chipRects(QRect(0, 0, width, 0), count, fm);
    const int bottom = rects.isEmpty() ? 0 : rects.last().bottom() + 1;
    return { width, std::max(bottom + CellPadding, 2 * CellPadding + 2 * fm.lineSpacing() + fm.height() + 4) };
}

void OverviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.column() == ObjectiveListModel::ObjectiveColumn)
        paintObjective(painter, option, index);
    else
        paintLane(painter, option, index);
    painter->restore();
}

void OverviewDelegate::paintObjective(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight));
    const QRect inner = option.rect.adjusted(CellPadding + 2, CellPadding, -CellPadding, -CellPadding);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(inner.left(), inner.top(), inner.width(), 2 * fm.lineSpacing());
    ObjectiveDelegate::drawWrapped(
        painter, textRect, tr("%1. %2").arg(index.row() + 1).arg(index.data().toString()), bold, 2);
    QPalette figuresPalette = pal;
    if (selected)
        figuresPalette.setColor(QPalette::Text, pal.color(QPalette::HighlightedText));
    ObjectiveDelegate::paintFigures(painter, QRect(inner.left(), textRect.bottom() + 4, inner.width(), fm.height()),
        figuresPalette, option.font, index.data(ObjectiveListModel::ActivityCountRole).toInt(),
        index.data(ObjectiveListModel::PhaseMinutesRole).value<QList<int>>());
}

void OverviewDelegate::paintLane(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    if (option.state & QStyle::State_Selected) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlphaF(0.12f);
        painter->fillRect(option.rect, tint);
    }
    const QList<Id> ids = index.data(ObjectiveListModel::ActivityIdsRole).value<QList<Id>>();
    const Objective *objective = m_doc->project().objective(index.data(ObjectiveListModel::IdRole).toLongLong());
    if (!objective)
        return;
    const QFont small = chipFont(option.font);
    const QFontMetrics fm(small);
    painter->setFont(small);
    const QList<QRect> rects = chipRects(option.rect, int(ids.size()), QFontMetrics(option.font));
    int i = 0;
    for (const auto &activity : objective->activities) {
        if (!ids.contains(activity.id))
            continue;
        const QRectF chip = QRectF(rects[i++]).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(chip, 4, 4);
        const bool selected = activity.id == m_selected;
        painter->fillPath(path, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(chip.left(), chip.top(), 4, chip.height()), Theme::directionColor(activity.direction));
        painter->restore();
        painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1));
        painter->drawPath(path);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRectF text = chip.adjusted(10, 0, -4, 0);
        const QStringList lines = chipLines(activity.title, small, rects[i - 1]);
        const int height = int(lines.size() - 1) * fm.lineSpacing() + fm.height();
        const qreal top = text.top() + (text.height() - height) / 2;
        for (int l = 0; l < lines.size(); ++l)
            painter->drawText(QPointF(text.left(), top + l * fm.lineSpacing() + fm.ascent()), lines.at(l));
    }
}

} // namespace bw::ui
