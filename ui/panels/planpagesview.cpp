// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpagesview.h"

#include "export/pagepainter.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace bw::ui {

namespace {
constexpr int kGap = 12; // pixels around and between pages
constexpr qreal kMinZoom = 0.2;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kZoomStep = 1.25;
} // namespace

PlanPagesView::PlanPagesView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("planPreviewPages"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(40);
}

QSizeF PlanPagesView::pageSize() const
{
    return m_layout ? m_layout->pageSize : QSizeF(595.28, 841.89);
}

qreal PlanPagesView::scale() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

qreal PlanPagesView::pageStride() const
{
    return std::ceil(pageSize().height() * scale()) + kGap;
}

qreal PlanPagesView::pageTop(int page) const
{
    return kGap + page * pageStride();
}

int PlanPagesView::currentPage() const
{
    if (!m_layout || m_layout->pageCount() == 0)
        return 0;
    // The page that holds the line a third down the view: what the reader looks at.
    const qreal y = verticalScrollBar()->value() + viewport()->height() / 3.0 - kGap;
    return std::clamp(int(y / pageStride()), 0, m_layout->pageCount() - 1);
}

void PlanPagesView::setPageLayout(std::shared_ptr<const PageLayout> layout)
{
    // Keep the reader's place as a page and a fraction of it, which survives pages coming and
    // going before it better than a pixel offset does.
    const qreal stride = pageStride();
    const qreal place = (verticalScrollBar()->value()) / stride;
    m_layout = std::move(layout);
    if (m_fitWidth)
        applyZoom(m_zoom, true);
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::lround(place * pageStride())));
    viewport()->update();
    m_lastPage = -1;
    scrollContentsBy(0, 0);
}

void PlanPagesView::zoomIn()
{
    applyZoom(m_zoom * kZoomStep, false);
}

void PlanPagesView::zoomOut()
{
    applyZoom(m_zoom / kZoomStep, false);
}

void PlanPagesView::fitWidth()
{
    applyZoom(m_zoom, true);
}

void PlanPagesView::setZoom(qreal zoom)
{
    applyZoom(zoom, false);
}

void PlanPagesView::applyZoom(qreal zoom, bool fit)
{
    m_fitWidth = fit;
    if (fit) {
        const qreal room = std::max(50, viewport()->width() - 2 * kGap);
        zoom = room / (pageSize().width() * logicalDpiX() / 72.0);
    }
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-6)
        return;
    // Zoom about the top of the view: the same spot of the same page stays in sight.
    const qreal place = verticalScrollBar()->value() / pageStride();
    m_zoom = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::lround(place * pageStride())));
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void PlanPagesView::updateScrollBars()
{
    const int pages = m_layout ? m_layout->pageCount() : 0;
    const int height = int(pageTop(pages));
    const int width = int(std::ceil(pageSize().width() * scale())) + 2 * kGap;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
}

void PlanPagesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth)
        applyZoom(m_zoom, true);
    updateScrollBars();
}

void PlanPagesView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        Q_EMIT currentPageChanged(page, m_layout ? m_layout->pageCount() : 0);
    }
}

void PlanPagesView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (!m_layout)
        return;
    const qreal s = scale();
    const QSizeF paper = pageSize() * s;
    const int pages = m_layout->pageCount();
    const qreal scrollY = verticalScrollBar()->value();
    const qreal left
        = std::max<qreal>(kGap, (viewport()->width() - paper.width()) / 2) - horizontalScrollBar()->value();
    const int first = std::max(0, int((scrollY + event->rect().top() - kGap) / pageStride()));
    for (int p = first; p < pages; ++p) {
        const qreal top = pageTop(p) - scrollY;
        if (top > event->rect().bottom())
            break;
        const QRectF sheet(QPointF(left, top), paper);
        painter.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 60));
        painter.fillRect(sheet, Qt::white);
        painter.save();
        painter.setClipRect(sheet.intersected(QRectF(event->rect())));
        painter.translate(sheet.topLeft());
        PagePainter::paintPage(*m_layout, p, painter, s);
        painter.restore();
    }
}

} // namespace bw::ui
