// SPDX-License-Identifier: GPL-3.0-or-later
#include "hintlistview.h"

#include <QPainter>

namespace bw::ui {

void HintListView::setEmptyHint(const QString &hint)
{
    m_hint = hint;
    viewport()->update();
}

void HintListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_hint.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(16, 24, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_hint);
}

} // namespace bw::ui
