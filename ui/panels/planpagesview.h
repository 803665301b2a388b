// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pagelayout.h"

#include <QAbstractScrollArea>

#include <memory>

namespace bw::ui {

// The plan's pages one under the other, as they will be printed: PagePainter paints the visible
// ones straight from the PageLayout, so scrolling and zooming never lay anything out again.
class PlanPagesView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit PlanPagesView(QWidget *parent = nullptr);

    // Shows `layout`, keeping the reader on the page (and the spot of it) they were reading.
    void setPageLayout(std::shared_ptr<const PageLayout> layout);
    const std::shared_ptr<const PageLayout> &pageLayout() const { return m_layout; }

    // 1.0 is the paper's real size on screen.
    qreal zoom() const { return m_zoom; }
    bool fitsWidth() const { return m_fitWidth; }
    int currentPage() const; // 0-based; the page at the top of the view

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void setZoom(qreal zoom);

Q_SIGNALS:
    void currentPageChanged(int page, int pages);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    qreal scale() const; // device pixels per point
    qreal pageTop(int page) const;
    qreal pageStride() const;
    QSizeF pageSize() const;
    void updateScrollBars();
    void applyZoom(qreal zoom, bool fit);

    std::shared_ptr<const PageLayout> m_layout;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_lastPage = -1;
};

} // namespace bw::ui
