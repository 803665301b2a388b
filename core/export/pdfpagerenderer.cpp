// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagerenderer.h"

#include "pdfplandocument.h"
#include "planfonts.h"
#include "plan/plantext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

const QColor kInk(0x22, 0x26, 0x2E);
const QColor kMuted(0x5A, 0x63, 0x70);
const QColor kRule(0xC8, 0xCD, 0xD4);

QFont font(qreal pointSize, bool bold = false)
{
    QFont f;
    f.setFamilies(planFontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QTextOption wrapping(Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lower edge of what must share a page with a heading: the header and first row of a table,
// the first two lines of a paragraph, a whole chart.
qreal keepBottom(const QTextDocument &document, const QTextBlock &block)
{
    auto *layout = document.documentLayout();
    QTextCursor cursor(block);
    if (QTextTable *table = cursor.currentTable()) {
        const int row = std::min(table->rows() - 1, table->format().headerRowCount() > 0 ? 1 : 0);
        qreal bottom = 0;
        for (int c = 0; c < table->columns(); ++c)
            bottom = std::max(
                bottom, layout->blockBoundingRect(table->cellAt(row, c).lastCursorPosition().block()).bottom());
        return bottom;
    }
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *text = block.layout();
    if (text && text->lineCount() > 2)
        return rect.top() + text->lineAt(1).rect().bottom();
    return rect.bottom();
}

} // namespace

PdfPageRenderer::PdfPageRenderer(const plan::Plan &plan)
    : m_plan(plan)
    , m_accent(plan.cover.accentColour())
{
}

void PdfPageRenderer::keepHeadingsWithNext(QTextDocument &document, const QList<QTextBlock> &headings, qreal pageHeight)
{
    auto *layout = document.documentLayout();
    const auto needsMove = [&](const QTextBlock &heading) {
        const QRectF rect = layout->blockBoundingRect(heading);
        const int page = int(std::floor(rect.top() / pageHeight));
        if (rect.top() - page * pageHeight < pageHeight * 0.04)
            return false; // already heads its page
        QTextBlock next = heading.next();
        while (next.isValid() && next.blockFormat().headingLevel() > 0)
            next = next.next();
        if (!next.isValid())
            return false;
        qreal bottom = keepBottom(document, next);
        // A heading with a one-paragraph introduction (an objective and its statement) keeps
        // the first row of the table after it too, so the statement is not left behind alone.
        if (!QTextCursor(next).currentTable()) {
            const QTextBlock after = next.next();
            if (after.isValid() && QTextCursor(after).currentTable())
                bottom = std::max(bottom, keepBottom(document, after));
        }
        // A heading chain longer than a page cannot be helped by moving it.
        return bottom > (page + 1) * pageHeight && bottom - rect.top() <= pageHeight;
    };
    // Moving a heading shifts everything after it, up to the next forced page break. So each
    // pass moves at most one heading between two forced breaks — those moves cannot affect
    // each other — and lays the document out once; the moved headings are forced breaks in
    // the next pass. A plan needs a pass or two instead of a relayout per moved heading.
    for (int pass = 0; pass < 64; ++pass) {
        QList<QTextBlock> moves;
        bool movedInSegment = false;
        for (const QTextBlock &heading : headings) {
            if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                movedInSegment = false;
            if (movedInSegment || !needsMove(heading))
                continue;
            moves.append(heading);
            movedInSegment = true;
        }
        if (moves.isEmpty())
            return;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (const QTextBlock &heading : std::as_const(moves)) {
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            format.setTopMargin(0);
            QTextCursor(heading).setBlockFormat(format);
        }
        // Qt's incremental relayout after a format change leaves later blocks where they were
        // (headings vanish behind tables); everything after the first moved heading is laid
        // out again.
        const int from = moves.first().position();
        document.markContentsDirty(from, document.characterCount() - from);
        edit.endEditBlock();
    }
}

std::optional<PdfPlanDocument::RowBreak> PdfPageRenderer::firstCutRow(
    const PdfPlanDocument &plan, qreal pageHeight, const QList<PdfPlanDocument::RowBreak> &known)
{
    auto *layout = plan.document()->documentLayout();
    const auto page = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (const auto &part : plan.tableParts()) {
        QTextTable *table = part.table;
        for (int r = part.headerRows; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            // A row taller than most of a page is cut wherever it starts.
            if (bottom <= top || bottom - top > pageHeight * 0.8 || page(top) == page(bottom - 0.5))
                continue;
            const PdfPlanDocument::RowBreak cut { part.number, part.firstRow + r - part.headerRows };
            if (!known.contains(cut))
                return cut;
        }
    }
    return std::nullopt;
}

QString PdfPageRenderer::render(QPagedPaintDevice &device) const
{
    const qreal scale = device.logicalDpiY() / 72.0;
    const QRectF page(QPointF(0, 0), device.pageLayout().fullRectPoints().size() * scale);
    const QMarginsF m = margins() * scale;
    const QRectF body = page.marginsRemoved(m);

    PdfPlanDocument::Options options;
    options.chartWidth = std::min(440.0, body.width() / scale);
    options.textWidth = body.width() / scale;
    // Table rows stay whole: Qt moves a row to the next page only when none of its cells'
    // first lines fits, so a row whose text runs past the page bottom would be cut in two.
    // The first such row becomes a cut (the table continues on a new page with its header),
    // the plan is laid out again, and so on. Each pass is a full layout, so the passes share
    // a budget of laid-out pages — a 12-page plan may take 20 passes, a 50-page one 4 — and
    // plans longer than kKeepRowsUpTo pages keep Qt's own behaviour.
    constexpr int kKeepRowsUpTo = 60;
    constexpr int kMaxPasses = 20;
    constexpr int kPageBudget = 240;
    std::unique_ptr<PdfPlanDocument> planDocument;
    for (int pass = 0;; ++pass) {
        planDocument = std::make_unique<PdfPlanDocument>(m_plan, &device, options);
        QTextDocument &document = *planDocument->document();
        document.setPageSize(body.size());
        // Every page break costs a relayout of the rest of the document, so a programme with
        // hundreds of objectives keeps only its section titles with what follows them.
        constexpr int kEveryHeadingUpTo = 120;
        QList<QTextBlock> headingBlocks;
        for (const auto &h : planDocument->headings())
            if (h.level == 1 || planDocument->headings().size() <= kEveryHeadingUpTo)
                headingBlocks.append(h.block);
        keepHeadingsWithNext(document, headingBlocks, body.height());
        const int pages = document.pageCount();
        if (pass >= kMaxPasses || pages > kKeepRowsUpTo || pass >= std::max(2, kPageBudget / std::max(1, pages)))
            break;
        const auto cut = firstCutRow(*planDocument, body.height(), options.rowBreaks);
        if (!cut)
            break;
        options.rowBreaks.append(*cut);
    }
    PdfPlanDocument &plan = *planDocument;
    QTextDocument &document = *plan.document();

    const int coverPages = m_plan.includeCover ? 1 : 0;
    QList<int> contentsPages;
    for (const auto &h : plan.headings())
        if (h.level <= 2)
            contentsPages.append(
                coverPages + 1 + int(document.documentLayout()->blockBoundingRect(h.block).top() / body.height()));
    // Where each contents page number goes, worked out once: the page loop only paints them.
    struct ContentsNumber {
        int bodyPage;
        QRectF cell;
        bool major;
        QString text;
    };
    QList<ContentsNumber> contentsNumbers;
    const QList<PdfPlanDocument::ContentsSlot> contentsSlots = plan.contentsSlots();
    for (int s = 0; s < contentsSlots.size() && s < contentsPages.size(); ++s) {
        const QRectF cell = document.documentLayout()->blockBoundingRect(contentsSlots.at(s).block);
        contentsNumbers.append(
            { int(cell.top() / body.height()), cell, contentsSlots.at(s).major, QString::number(contentsPages.at(s)) });
    }

    const int bodyPages = document.pageCount();
    const int pageCount = coverPages + bodyPages;

    QPainter painter;
    if (!painter.begin(&device))
        return QCoreApplication::translate("bw::PdfPageRenderer", "Could not start drawing the document.");
    painter.setRenderHint(QPainter::Antialiasing);
    if (coverPages) {
        paintCover(painter, page, scale);
        if (bodyPages > 0)
            device.newPage();
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kInk);
    for (int i = 0; i < bodyPages; ++i) {
        if (i > 0)
            device.newPage();
        paintHeaderFooter(painter, page, scale, coverPages + i + 1, pageCount);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        // A little slack sideways so the outer table borders are not clipped in half.
        context.clip = QRectF(-4 * scale, i * body.height(), body.width() + 8 * scale, body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        // The contents' page numbers, right-aligned in their empty cells.
        for (const ContentsNumber &number : std::as_const(contentsNumbers)) {
            if (number.bodyPage != i)
                continue;
            painter.setFont(font(number.major ? PdfPlanDocument::kContentsMajorSize : 9.5, number.major));
            painter.setPen(kInk);
            painter.drawText(number.cell, Qt::AlignRight | Qt::AlignTop, number.text);
        }
        painter.restore();
    }
    if (!painter.end())
        return QCoreApplication::translate("bw::PdfPageRenderer", "Could not finish the document.");
    return {};
}

void PdfPageRenderer::paintHeaderFooter(
    QPainter &painter, const QRectF &page, qreal scale, int pageNumber, int pageCount) const
{
    const QMarginsF m = margins() * scale;
    const qreal left = m.left();
    const qreal width = page.width() - m.left() - m.right();
    painter.save();

    const plan::Cover &cover = m_plan.cover;
    QString header = cover.title.simplified();
    if (!cover.client.trimmed().isEmpty())
        header += u" · "_s + cover.client.simplified();
    painter.setFont(font(8));
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.setPen(kMuted);
    const qreal headerBaseline = 40 * scale;
    painter.drawText(QPointF(left, headerBaseline), metrics.elidedText(header, Qt::ElideRight, width));
    painter.setPen(QPen(m_accent, 0.8 * scale));
    painter.drawLine(QPointF(left, headerBaseline + 8 * scale), QPointF(left + width, headerBaseline + 8 * scale));

    const qreal footerTop = page.height() - 46 * scale;
    painter.setPen(QPen(kRule, 0.5 * scale));
    painter.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
    const QString pageText = plan::PlanText::pageOf(pageNumber, pageCount);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const qreal baseline = footerTop + 14 * scale;
    painter.setPen(kMuted);
    painter.drawText(QPointF(left + width - pageWidth, baseline), pageText);
    const QString footer = cover.footer.simplified();
    if (!footer.isEmpty())
        painter.drawText(
            QPointF(left, baseline), metrics.elidedText(footer, Qt::ElideRight, width - pageWidth - 16 * scale));
    painter.restore();
}

void PdfPageRenderer::paintCover(QPainter &painter, const QRectF &page, qreal scale) const
{
    const plan::Cover &cover = m_plan.cover;
    const QMarginsF m = margins() * scale;
    const qreal left = m.left();
    const qreal width = page.width() - m.left() - m.right();
    painter.save();

    // Logo above the band, at most 180 × 56 pt, keeping its proportions.
    if (!cover.logo.isEmpty()) {
        QByteArray bytes = cover.logo;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSizeF box(180 * scale, 56 * scale);
        QSize size = reader.size();
        if (size.isValid()) {
            // Vector logos are rasterised at print resolution; bitmaps are never scaled up twice.
            const QSize target = QSizeF(size).scaled(box * (300.0 / 72.0) / scale, Qt::KeepAspectRatio).toSize();
            if (reader.format() == "svg" || target.width() < size.width())
                reader.setScaledSize(target);
        }
        const QImage logo = reader.read();
        if (!logo.isNull()) {
            const QSizeF drawn = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
            painter.drawImage(QRectF(QPointF(left, 48 * scale), drawn), logo);
        }
    }

    // The accent band with the document kind, the title and the client.
    const QRectF band(0, 130 * scale, page.width(), 250 * scale);
    painter.fillRect(band, m_accent);
    const double luminance = 0.299 * m_accent.redF() + 0.587 * m_accent.greenF() + 0.114 * m_accent.blueF();
    const QColor onBand = luminance > 0.62 ? kInk : QColor(Qt::white);
    QColor softOnBand = onBand;
    softOnBand.setAlphaF(0.8f);

    painter.setFont(font(10, true));
    painter.setPen(softOnBand);
    qreal y = band.top() + 34 * scale;
    const QRectF kindRect(left, y, width, 16 * scale);
    painter.drawText(kindRect, cover.subtitle.toUpper(), wrapping());
    y += 28 * scale;

    // The title takes the largest size (28 pt down to 15 pt) at which it fits the band.
    const QString client = cover.client.simplified();
    const qreal clientSpace = client.isEmpty() ? 0 : 36 * scale;
    const qreal titleSpace = band.bottom() - 26 * scale - clientSpace - y;
    QRectF titleRect;
    QFont titleFont;
    for (qreal size = 28; size >= 15; size -= 1) {
        titleFont = font(size, true);
        painter.setFont(titleFont);
        titleRect = painter.boundingRect(QRectF(left, y, width, titleSpace), cover.title, wrapping());
        if (titleRect.height() <= titleSpace)
            break;
    }
    painter.setPen(onBand);
    painter.setClipRect(QRectF(left - 2 * scale, y, width + 4 * scale, titleSpace));
    painter.drawText(QRectF(left, y, width, titleSpace), cover.title, wrapping());
    painter.setClipping(false);
    y += std::min(titleRect.height(), titleSpace) + 12 * scale;
    if (!client.isEmpty()) {
        painter.setFont(font(14));
        painter.setPen(softOnBand);
        const QFontMetricsF metrics(painter.font(), painter.device());
        painter.drawText(QPointF(left, y + metrics.ascent()), metrics.elidedText(client, Qt::ElideRight, width));
    }

    // Details under the band: label above value, two columns.
    struct Detail {
        QString label;
        QString value;
    };
    QList<Detail> details;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            details.append({ label, value.trimmed() });
    };
    add(plan::PlanText::preparedFor(), cover.client);
    add(plan::PlanText::preparedBy(), cover.author);
    add(plan::PlanText::date(), cover.dateText);
    add(plan::PlanText::version(), cover.version);
    add(plan::PlanText::audience(), cover.audience);

    const qreal columnWidth = (width - 24 * scale) / 2;
    y = band.bottom() + 44 * scale;
    const qreal limit = page.height() - 110 * scale;
    for (int i = 0; i < details.size();) {
        // An unpaired last detail (usually the audience, often a sentence) spans both columns.
        const int count = i + 1 < details.size() ? 2 : 1;
        qreal rowHeight = 18 * scale;
        for (int k = 0; k < count; ++k) {
            const Detail &detail = details.at(i + k);
            const qreal x = left + k * (columnWidth + 24 * scale);
            const qreal w = count == 2 ? columnWidth : width;
            painter.setFont(font(8, true));
            painter.setPen(m_accent.darker(110));
            painter.drawText(QRectF(x, y, w, 14 * scale), detail.label.toUpper(), wrapping());
            painter.setFont(font(12));
            painter.setPen(kInk);
            const QRectF valueBox(x, y + 15 * scale, w, std::max(18 * scale, limit - y - 15 * scale));
            rowHeight = std::max(rowHeight, painter.boundingRect(valueBox, detail.value, wrapping()).height());
            painter.setClipRect(valueBox);
            painter.drawText(valueBox, detail.value, wrapping());
            painter.setClipping(false);
        }
        y += 15 * scale + rowHeight + 20 * scale;
        i += count;
    }

    // Bottom rule and the brand's footer text.
    const qreal footerTop = page.height() - 70 * scale;
    painter.setPen(QPen(m_accent, 1.5 * scale));
    painter.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
    if (!cover.footer.trimmed().isEmpty()) {
        painter.setFont(font(8.5));
        painter.setPen(kMuted);
        painter.drawText(QRectF(left, footerTop + 8 * scale, width, 40 * scale), cover.footer.simplified(), wrapping());
    }
    painter.restore();
}

} // namespace bw
