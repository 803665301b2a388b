// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivedelegate.h"

#include "objectivelistmodel.h"
#include "theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>

namespace bw::ui {

namespace {
constexpr int Padding = 8;

} // namespace

void ObjectiveDelegate::drawWrapped(
    QPainter *painter, const QRect &rect, const QString &text, const QFont &font, int maxLines)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    int y = rect.top();
    int lines = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        ++lines;
        if (lines == maxLines && line.textStart() + line.textLength() < text.size()) {
            const QString rest = text.mid(line.textStart()).simplified();
            painter->drawText(QPoint(rect.left(), y + fm.ascent()), fm.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            painter->drawText(
                QPoint(rect.left(), y + fm.ascent()), text.mid(line.textStart(), line.textLength()).trimmed());
        }
        y += fm.lineSpacing();
    }
    layout.endLayout();
}

QSize ObjectiveDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return { 200, 2 * Padding + 2 * fm.lineSpacing() + 4 + fm.height() };
}

void ObjectiveDelegate::paintFigures(QPainter *painter, const QRect &rect, const QPalette &palette, const QFont &font,
    int activityCount, const QList<int> &phaseMinutes)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    painter->setFont(small);
    const QFontMetrics fm(small);
    QColor quiet = palette.color(QPalette::Text);
    quiet.setAlphaF(0.72f);
    painter->setPen(quiet);
    int x = rect.left();
    const QString count = activityCount == 1 ? ObjectiveDelegate::tr("1 activity")
                                             : ObjectiveDelegate::tr("%n activities", nullptr, activityCount);
    painter->drawText(QRect(x, rect.top(), rect.width(), rect.height()), Qt::AlignLeft | Qt::AlignVCenter, count);
    x += fm.horizontalAdvance(count) + 10;
    const Phase phases[] = { Phase::PreClass, Phase::InClass, Phase::PostClass };
    for (int i = 0; i < 3 && i < phaseMinutes.size(); ++i) {
        const int dot = 7;
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::phaseColor(phases[i]));
        painter->drawEllipse(QRectF(x, rect.center().y() - dot / 2.0 + 1, dot, dot));
        x += dot + 3;
        painter->setPen(quiet);
        const QString minutes = QString::number(phaseMinutes[i]);
        painter->drawText(
            QRect(x, rect.top(), rect.right() - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, minutes);
        x += fm.horizontalAdvance(minutes) + 8;
        if (x > rect.right())
            break;
    }
    // The unit follows the last figure at a word space, not at the gap between figures.
    x -= 8 - fm.horizontalAdvance(u' ');
    if (x < rect.right())
        painter->drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
            ObjectiveDelegate::tr("min"));
}

void ObjectiveDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QRect inner = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics fm(option.font);

    QFont numberFont = option.font;
    numberFont.setWeight(QFont::Bold);
    const QString number = QString::number(index.row() + 1);
    // Wide enough for two digits so statements line up across rows.
    const int numberWidth = QFontMetrics(numberFont).horizontalAdvance(QStringLiteral("000")) + 4;
    painter->setFont(numberFont);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight));
    painter->drawText(
        QRect(inner.left(), inner.top(), numberWidth, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignTop, number);

    const QRect textRect(inner.left() + numberWidth, inner.top(), inner.width() - numberWidth, 2 * fm.lineSpacing());
    painter->setFont(option.font);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString statement = index.data().toString();
    if (statement.isEmpty()) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop, tr("(no statement)"));
    } else {
        drawWrapped(painter, textRect, statement, option.font, 2);
    }

    QPalette figuresPalette = pal;
    if (selected)
        figuresPalette.setColor(QPalette::Text, pal.color(QPalette::HighlightedText));
    const QRect figures(textRect.left(), textRect.bottom() + 4, textRect.width(), fm.height());
    paintFigures(painter, figures, figuresPalette, option.font,
        index.data(ObjectiveListModel::ActivityCountRole).toInt(),
        index.data(ObjectiveListModel::PhaseMinutesRole).value<QList<int>>());
    painter->restore();
}

QWidget *ObjectiveDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(tr("Objective statement"));
    edit->setPlaceholderText(tr("Be able to …"));
    return edit;
}

void ObjectiveDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QRect r = option.rect.adjusted(Padding / 2, Padding / 2, -Padding / 2, 0);
    editor->setGeometry(r.left(), r.top(), r.width(), editor->sizeHint().height());
}

} // namespace bw::ui
