// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepainter.h"

#include "planfonts.h"
#include "textblock.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace bw {

void PagePainter::paintPage(const PageLayout &layout, int pageIndex, QPainter &painter, qreal scale)
{
    if (pageIndex < 0 || pageIndex >= layout.pageCount())
        return;
    painter.save();
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF visible = painter.clipBoundingRect();
    for (const PageItem &item : layout.pages.at(pageIndex).items) {
        // The preview paints only what is exposed; a PDF has no clip and gets everything.
        if (!visible.isEmpty() && !visible.intersects(item.rect.adjusted(-2, -2, 2, 2)))
            continue;
        switch (item.kind) {
        case PageItem::Kind::Text: {
            if (!item.text)
                break;
            painter.setPen(item.colour);
            TextBlock::drawLines(painter, *item.text, item.firstLine, item.lineCount, item.origin);
            break;
        }
        case PageItem::Kind::Fill:
            painter.fillRect(item.rect, item.colour);
            break;
        case PageItem::Kind::Frame:
            painter.setPen(QPen(item.colour, item.lineWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect);
            break;
        case PageItem::Kind::Line:
            painter.setPen(QPen(item.colour, item.lineWidth));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case PageItem::Kind::Chart:
            if (item.chart >= 0 && item.chart < layout.charts.size()) {
                painter.setFont(planFont(8));
                layout.charts.at(item.chart).paint(painter, item.rect);
            }
            break;
        case PageItem::Kind::Image:
            if (item.image)
                painter.drawImage(item.rect, *item.image);
            break;
        }
    }
    painter.restore();
}

QString PagePainter::paint(const PageLayout &layout, QPagedPaintDevice &device, const ExportControl &control)
{
    if (layout.cancelled)
        return QCoreApplication::translate("bw::PagePainter", "The export was cancelled.");
    QPainter painter;
    if (!painter.begin(&device))
        return QCoreApplication::translate("bw::PagePainter", "Could not start drawing the document.");
    const qreal scale = device.logicalDpiY() / 72.0;
    const int count = layout.pageCount();
    for (int p = 0; p < count; ++p) {
        if (control.cancelled()) {
            painter.end();
            return QCoreApplication::translate("bw::PagePainter", "The export was cancelled.");
        }
        if (p > 0)
            device.newPage();
        paintPage(layout, p, painter, scale);
        control.report(p + 1, count);
    }
    if (!painter.end())
        return QCoreApplication::translate("bw::PagePainter", "Could not finish the document.");
    return {};
}

} // namespace bw
