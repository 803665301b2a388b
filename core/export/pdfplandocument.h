// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planmodel.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextBlock>
#include <QTextLength>

#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace bw {

class PdfChartObject;

// The plan laid out as a rich-text document: the body of the PDF and of a printout, and the
// studio's live preview. Lengths are given in points and converted to the resolution of the
// device the document is laid out for, so a 9.5 pt font is 9.5 pt on paper at any resolution.
class PdfPlanDocument {
public:
    // A table row before which the table is cut and continued on a new page: the table's
    // number in build order and the row's index among its data rows (the header not counted).
    struct RowBreak {
        int table = 0;
        int row = 0;
        bool operator==(const RowBreak &) const = default;
    };

    struct Options {
        bool contents = true; // a table of contents (page numbers filled in later)
        bool coverText = false; // the cover as a text block (the preview; the PDF paints its own)
        bool pageBreaks = true; // major sections start on a new page
        qreal chartWidth = 440; // points
        qreal textWidth = 483; // points between the margins (A4 by default)
        QList<RowBreak> rowBreaks; // where tables continue on a new page (see PdfPageRenderer)
    };

    // One piece of a table as built: data rows firstRow… of table number `table`, after
    // `headerRows` header rows.
    struct TablePart {
        QTextTable *table = nullptr;
        int number = 0;
        int firstRow = 0;
        int headerRows = 0;
    };

    struct HeadingRef {
        int level = 1; // 1 = section title
        QString text;
        QTextBlock block;
    };

    // `device` is the paint device the document will be drawn on (QPdfWriter, QPrinter), or
    // nullptr for the screen.
    PdfPlanDocument(const plan::Plan &plan, QPaintDevice *device, const Options &options);
    ~PdfPlanDocument();

    QTextDocument *document() const { return m_doc.get(); }
    // Hands the document over (with its chart handler, which it owns).
    std::unique_ptr<QTextDocument> takeDocument();

    const QList<HeadingRef> &headings() const { return m_headings; }
    // Every label/value and data table, in document order.
    const QList<TablePart> &tableParts() const { return m_tableParts; }
    // The contents' page-number cells, one per headings() entry of level 1 or 2, left empty:
    // the renderer paints the numbers into them once the pages are known, because writing
    // them into the document would lay the whole plan out again.
    struct ContentsSlot {
        QTextBlock block;
        bool major = false; // a section title (bold, larger)
    };
    QList<ContentsSlot> contentsSlots() const;
    static constexpr qreal kContentsMajorSize = 10.5;

    // Points → lengths of text formats (margins, paddings, borders).
    qreal points(qreal pt) const { return pt * m_layoutDpi / 72.0; }

    static QStringList fontFamilies(); // planFontFamilies()

private:
    void startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars);
    void addCoverText(QTextCursor &cursor, const plan::Cover &cover);
    void addContents(QTextCursor &cursor);
    void addSectionTitle(QTextCursor &cursor, const plan::Section &section, bool pageBreak);
    void addBlock(QTextCursor &cursor, const plan::Block &block);
    void addHeading(QTextCursor &cursor, const plan::Heading &heading);
    void addParagraph(QTextCursor &cursor, const plan::Paragraph &paragraph);
    void addFields(QTextCursor &cursor, const plan::Fields &fields);
    void addList(QTextCursor &cursor, const plan::List &list);
    void addTable(QTextCursor &cursor, const plan::Table &table);
    void addChart(QTextCursor &cursor, const plan::Chart &chart);
    void finishTable(QTextCursor &cursor);
    struct Segment {
        int begin = 0;
        int end = 0;
        bool newPage = false;
    };
    // The pieces a table of `rows` data rows is built in, following Options::rowBreaks.
    QList<Segment> segments(int table, int rows) const;
    void insertCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &chars,
        Qt::Alignment alignment, bool markDirections);

    QTextCharFormat textFormat(qreal pointSize, bool bold = false, const QColor &colour = {}) const;

    std::unique_ptr<QTextDocument> m_doc;
    PdfChartObject *m_charts = nullptr;
    Options m_options;
    QColor m_accent;
    qreal m_dpi = 96; // the device's: sizes inline objects
    qreal m_layoutDpi = 96; // what the text layout takes format lengths in
    bool m_reuseBlock = true; // the cursor sits in an empty block that the next paragraph takes
    QList<HeadingRef> m_headings;
    QTextTable *m_contents = nullptr;
    QList<TablePart> m_tableParts;
    int m_tableCount = 0;
};

} // namespace bw
