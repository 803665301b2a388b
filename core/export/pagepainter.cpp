// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepainter.h"

#include "planfonts.h"
#include "textblock.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

namespace bw {

namespace {

constexpr qreal K = TextBlock::kUnitsPerPoint;

QRectF inUnits(const QRectF &rect)
{
    return QRectF(rect.x() * K, rect.y() * K, rect.width() * K, rect.height() * K);
}

// The outline a PDF fill is drawn with (below), in layout units.
constexpr qreal kFillEdge = 0.5;

// Fills `rect` (layout units) with `colour`. QPainter::fillRect() switches the pen off and on
// again, and Qt's PDF engine answers each switch with a new graphics state: the whole
// transformation, pen and brush written out again (half of a table page's content stream).
// In a PDF the rectangle is drawn instead with a pen of its own colour along the inside of
// its edge (square corners), which covers exactly the same area and changes only colours.
void fill(QPainter &painter, const QRectF &rect, const QColor &colour, bool pdf)
{
    if (!pdf || rect.width() <= 2 * kFillEdge || rect.height() <= 2 * kFillEdge) {
        painter.fillRect(rect, colour);
        return;
    }
    painter.setPen(QPen(colour, kFillEdge, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(colour);
    const qreal inset = kFillEdge / 2;
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset));
}

} // namespace

void PagePainter::paintPage(const PageLayout &layout, int pageIndex, QPainter &painter, qreal scale)
{
    if (pageIndex < 0 || pageIndex >= layout.pageCount())
        return;
    painter.save();
    // One transformation for the whole page, in the text layouts' own units (tenths of a
    // point): every item is drawn without a transformation of its own, so a PDF page gets no
    // new graphics state per item.
    painter.scale(scale / K, scale / K);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const bool pdf = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    const QRectF visible = painter.clipBoundingRect();
    for (const PageItem &item : layout.pages.at(pageIndex).items) {
        const QRectF rect = inUnits(item.rect);
        // The preview paints only what is exposed; a PDF has no clip and gets everything.
        if (!visible.isEmpty() && !visible.intersects(rect.adjusted(-2 * K, -2 * K, 2 * K, 2 * K)))
            continue;
        switch (item.kind) {
        case PageItem::Kind::Text: {
            if (!item.text)
                break;
            // QTextLayout draws a coloured range with a zero-width (cosmetic) pen; Qt's PDF engine
            // starts a new graphics state whenever the pen turns cosmetic or back. A text with
            // such ranges is drawn with a cosmetic pen throughout: two switches, not four a range.
            if (item.text->formats().isEmpty())
                painter.setPen(item.colour);
            else
                painter.setPen(QPen(item.colour, 0));
            TextBlock::drawLines(painter, *item.text, item.firstLine, item.lineCount, item.origin * K);
            break;
        }
        case PageItem::Kind::Fill:
            fill(painter, rect, item.colour, pdf);
            break;
        case PageItem::Kind::Frame:
            painter.setPen(QPen(item.colour, item.lineWidth * K));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
            break;
        case PageItem::Kind::Line:
            painter.setPen(QPen(item.colour, item.lineWidth * K));
            painter.drawLine(rect.topLeft(), rect.bottomRight());
            break;
        case PageItem::Kind::Chart:
            if (item.chart >= 0 && item.chart < layout.charts.size()) {
                painter.save();
                painter.scale(K, K); // charts draw in points
                painter.setFont(planFont(8));
                layout.charts.at(item.chart).paint(painter, item.rect);
                painter.restore();
            }
            break;
        case PageItem::Kind::Image:
            if (item.image)
                painter.drawImage(rect, *item.image);
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
