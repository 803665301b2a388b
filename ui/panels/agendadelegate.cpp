// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendadelegate.h"

#include "agendamodel.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>

namespace bw::ui {

namespace {
constexpr int Padding = 6;
constexpr int Gap = 12;
constexpr int Stripe = 4;
} // namespace

AgendaDelegate::Layout AgendaDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QFontMetrics fm(option.font);
    // One time column for the whole list, as wide as its widest entry, so titles line up.
    int timeWidth = 0;
    if (const QAbstractItemModel *model = index.model())
        for (int row = 0; row < model->rowCount(); ++row)
            timeWidth = std::max(
                timeWidth, fm.horizontalAdvance(model->index(row, 0).data(AgendaModel::TimeRole).toString()));
    int minutesWidth = fm.horizontalAdvance(index.data(AgendaModel::MinutesTextRole).toString());
    const QRect r = option.rect.adjusted(Padding, 0, -Padding, 0);
    Layout l;
    l.stripe = QRect(option.rect.left(), option.rect.top() + 2, Stripe, option.rect.height() - 4);
    l.time = QRect(r.left() + Stripe, r.top(), timeWidth, r.height());
    l.minutes = QRect(r.right() - minutesWidth + 1, r.top(), minutesWidth, r.height());
    const int titleLeft = l.time.right() + 1 + Gap;
    l.title = QRect(titleLeft, r.top(), std::max(0, l.minutes.left() - Gap - titleLeft), r.height());
    return l;
}

QSize AgendaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return { 240, fm.height() + 2 * Padding };
}

void AgendaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const auto kind = AgendaKind(index.data(AgendaModel::KindRole).toInt());
    const bool isBreak = kind != AgendaKind::Activity;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;

    painter->save();
    if (isBreak && !selected)
        painter->fillRect(opt.rect, pal.color(QPalette::AlternateBase));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout l = layout(opt, index);
    if (!isBreak)
        painter->fillRect(l.stripe, Theme::phaseColor(Phase::InClass));

    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : pal.color(group, QPalette::PlaceholderText);
    const int flags = Qt::AlignVCenter | Qt::TextSingleLine;

    painter->setFont(opt.font);
    painter->setPen(quiet);
    painter->drawText(l.time, flags | Qt::AlignLeft, index.data(AgendaModel::TimeRole).toString());

    QFont titleFont = opt.font;
    titleFont.setItalic(isBreak);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(
        l.title, flags | Qt::AlignLeft, QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, l.title.width()));

    const bool estimated = index.data(AgendaModel::EstimatedRole).toBool();
    QFont minutesFont = opt.font;
    minutesFont.setItalic(!estimated);
    painter->setFont(minutesFont);
    painter->setPen(estimated ? text : quiet);
    painter->drawText(l.minutes, flags | Qt::AlignRight, index.data(AgendaModel::MinutesTextRole).toString());

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = pal.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

void AgendaDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    editor->setGeometry(l.title.adjusted(-2, 1, 2, -1));
}

} // namespace bw::ui
