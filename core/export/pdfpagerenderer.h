// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfplandocument.h"
#include "plan/planmodel.h"

#include <QList>
#include <QMarginsF>
#include <QTextBlock>

#include <optional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace bw {

// Paints the plan page by page: the cover, the table of contents with page numbers, then the
// body with a running header and "Page x of y" footer. Used for the PDF (QPdfWriter) and for
// printing (QPrinter), so a printout is the PDF on paper.
class PdfPageRenderer {
public:
    explicit PdfPageRenderer(const plan::Plan &plan);

    // Paints every page on `device`. The device's origin must be the paper's top-left corner
    // (QPdfWriter with zero margins, QPrinter in full-page mode); the renderer keeps its own
    // margins. Returns an empty string on success, else a message for people.
    QString render(QPagedPaintDevice &device) const;

    // Page margins in points: top and bottom leave room for the header and the footer.
    static QMarginsF margins() { return { 56.0, 72.0, 56.0, 66.0 }; }

private:
    void paintCover(QPainter &painter, const QRectF &page, qreal scale) const;
    void paintHeaderFooter(QPainter &painter, const QRectF &page, qreal scale, int pageNumber, int pageCount) const;
    static void keepHeadingsWithNext(QTextDocument &document, const QList<QTextBlock> &headings, qreal pageHeight);
    // The first table row of the laid-out plan that runs over a page boundary, as a cut to make.
    static std::optional<PdfPlanDocument::RowBreak> firstCutRow(
        const PdfPlanDocument &plan, qreal pageHeight, const QList<PdfPlanDocument::RowBreak> &known);

    const plan::Plan &m_plan;
    QColor m_accent;
};

} // namespace bw
