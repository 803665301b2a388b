// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfplandocument.h"

#include "chartpainter.h"
#include "officecolumns.h"
#include "officedirection.h"
#include "officelayout.h"
#include "pdfchartobject.h"
#include "planfonts.h"
#include "plan/plantext.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

const QColor kInk(0x22, 0x26, 0x2E);
const QColor kMuted(0x5A, 0x63, 0x70);
const QColor kRule(0xC8, 0xCD, 0xD4);
const QColor kZebra(0xF3, 0xF5, 0xF8);

constexpr qreal kBody = 9.5;
constexpr qreal kTable = 8.5;

QString lines(const QString &text)
{
    QString out = text;
    out.replace(u"\r\n"_s, u"\n"_s);
    out.replace(u'\n', QChar::LineSeparator);
    return out;
}

} // namespace

QStringList PdfPlanDocument::fontFamilies()
{
    return planFontFamilies();
}

PdfPlanDocument::PdfPlanDocument(const plan::Plan &plan, QPaintDevice *device, const Options &options)
    : m_doc(std::make_unique<QTextDocument>())
    , m_options(options)
    , m_accent(plan.cover.accentColour())
{
    // Qt's text layout reads margins, paddings and borders as screen pixels and scales them to
    // the paint device itself; only inline objects are sized in device pixels.
    m_layoutDpi = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->logicalDotsPerInchY() : 96.0;
    m_dpi = m_layoutDpi;
    if (device) {
        m_doc->documentLayout()->setPaintDevice(device);
        m_dpi = device->logicalDpiY();
    }
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(kBody);
    m_doc->setDefaultFont(font);
    QTextOption option;
    // Long URLs and words in narrow table columns wrap instead of running over the cell border.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc->setDefaultTextOption(option);
    m_charts = PdfChartObject::install(m_doc.get());

    QTextCursor cursor(m_doc.get());
    cursor.beginEditBlock();
    if (options.coverText && plan.includeCover)
        addCoverText(cursor, plan.cover);
    if (options.contents) {
        for (const auto &section : plan.sections) {
            m_headings.append({ 1, section.title, {} });
            for (const auto &block : section.blocks)
                if (const auto *h = std::get_if<plan::Heading>(&block); h && h->level == 2)
                    m_headings.append({ 2, h->text, {} });
        }
        addContents(cursor);
        m_headings.clear();
    }
    bool first = true;
    for (const auto &section : plan.sections) {
        addSectionTitle(
            cursor, section, options.pageBreaks && (sectionStartsPage(section.key) || (first && options.contents)));
        first = false;
        for (const auto &block : section.blocks)
            addBlock(cursor, block);
    }
    cursor.endEditBlock();
}

PdfPlanDocument::~PdfPlanDocument() = default;

std::unique_ptr<QTextDocument> PdfPlanDocument::takeDocument()
{
    m_contents = nullptr;
    m_tableParts.clear();
    m_headings.clear();
    return std::move(m_doc);
}

QTextCharFormat PdfPlanDocument::textFormat(qreal pointSize, bool bold, const QColor &colour) const
{
    QTextCharFormat f;
    f.setFontFamilies(fontFamilies());
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour.isValid() ? colour : kInk);
    return f;
}

void PdfPlanDocument::startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (m_reuseBlock) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
        m_reuseBlock = false;
    } else {
        cursor.insertBlock(block, chars);
    }
}

void PdfPlanDocument::addCoverText(QTextCursor &cursor, const plan::Cover &cover)
{
    QTextBlockFormat kind;
    kind.setBottomMargin(points(2));
    startBlock(cursor, kind, textFormat(9, true, m_accent));
    cursor.insertText(cover.subtitle.toUpper());
    QTextBlockFormat title;
    title.setBottomMargin(points(8));
    startBlock(cursor, title, textFormat(20, true));
    cursor.insertText(lines(cover.title));
    plan::Fields fields;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.items.append({ label, value });
    };
    add(plan::PlanText::preparedFor(), cover.client);
    add(plan::PlanText::audience(), cover.audience);
    add(plan::PlanText::preparedBy(), cover.author);
    add(plan::PlanText::date(), cover.dateText);
    add(plan::PlanText::version(), cover.version);
    addFields(cursor, fields);
}

void PdfPlanDocument::addContents(QTextCursor &cursor)
{
    QTextBlockFormat title;
    title.setBottomMargin(points(10));
    if (!m_reuseBlock)
        title.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    startBlock(cursor, title, textFormat(18, true, m_accent));
    cursor.insertText(plan::PlanText::contents());
    if (m_headings.isEmpty())
        return;

    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(points(2.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        { QTextLength(QTextLength::VariableLength, 0), QTextLength(QTextLength::FixedLength, points(36)) });
    m_contents = cursor.insertTable(int(m_headings.size()), 2, format);
    for (int r = 0; r < m_headings.size(); ++r) {
        const auto &h = m_headings.at(r);
        QTextCursor cell = m_contents->cellAt(r, 0).firstCursorPosition();
        QTextBlockFormat indent;
        // Unlike vertical margins, Qt takes a left margin in the device's own pixels.
        indent.setLeftMargin(h.level == 1 ? 0 : 14 * m_dpi / 72.0);
        if (h.level == 1 && r > 0)
            indent.setTopMargin(points(5));
        cell.setBlockFormat(indent);
        cell.insertText(lines(h.text), textFormat(h.level == 1 ? kContentsMajorSize : kBody, h.level == 1));
        QTextCursor page = m_contents->cellAt(r, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        if (h.level == 1 && r > 0)
            right.setTopMargin(points(5));
        page.setBlockFormat(right);
    }
    finishTable(cursor);
}

QList<PdfPlanDocument::ContentsSlot> PdfPlanDocument::contentsSlots() const
{
    QList<ContentsSlot> result;
    if (!m_contents)
        return result;
    for (int r = 0; r < m_contents->rows(); ++r) {
        const bool major = m_contents->cellAt(r, 0).firstCursorPosition().charFormat().fontWeight() == QFont::Bold;
        result.append({ m_contents->cellAt(r, 1).firstCursorPosition().block(), major });
    }
    return result;
}

void PdfPlanDocument::addSectionTitle(QTextCursor &cursor, const plan::Section &section, bool pageBreak)
{
    QTextBlockFormat format;
    format.setHeadingLevel(1);
    format.setTopMargin(points(pageBreak ? 0 : 18));
    format.setBottomMargin(points(8));
    if (pageBreak && cursor.position() > 0)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    startBlock(cursor, format, textFormat(17, true, m_accent));
    QTextCharFormat anchor = textFormat(17, true, m_accent);
    anchor.setAnchor(true);
    anchor.setAnchorNames({ section.key });
    cursor.insertText(lines(section.title), anchor);
    m_headings.append({ 1, section.title, cursor.block() });
}

void PdfPlanDocument::addBlock(QTextCursor &cursor, const plan::Block &block)
{
    std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>)
                addHeading(cursor, b);
            else if constexpr (std::is_same_v<T, plan::Paragraph>)
                addParagraph(cursor, b);
            else if constexpr (std::is_same_v<T, plan::Fields>)
                addFields(cursor, b);
            else if constexpr (std::is_same_v<T, plan::List>)
                addList(cursor, b);
            else if constexpr (std::is_same_v<T, plan::Table>)
                addTable(cursor, b);
            else if constexpr (std::is_same_v<T, plan::Chart>)
                addChart(cursor, b);
        },
        block);
}

void PdfPlanDocument::addHeading(QTextCursor &cursor, const plan::Heading &heading)
{
    const bool second = heading.level <= 2;
    QTextBlockFormat format;
    format.setHeadingLevel(second ? 2 : 3);
    format.setTopMargin(points(second ? 14 : 10));
    format.setBottomMargin(points(second ? 5 : 3));
    const QTextCharFormat chars = textFormat(second ? 12.5 : 10.5, true, second ? kInk : m_accent.darker(115));
    startBlock(cursor, format, chars);
    QTextCharFormat anchor = chars;
    if (!heading.anchor.isEmpty()) {
        anchor.setAnchor(true);
        anchor.setAnchorNames({ heading.anchor });
    }
    cursor.insertText(lines(heading.text), anchor);
    m_headings.append({ second ? 2 : 3, heading.text, cursor.block() });
}

void PdfPlanDocument::addParagraph(QTextCursor &cursor, const plan::Paragraph &paragraph)
{
    QTextBlockFormat format;
    format.setBottomMargin(points(6));
    QTextCharFormat chars;
    switch (paragraph.role) {
    case plan::Paragraph::Role::Lead:
        chars = textFormat(11, false, kInk);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        break;
    case plan::Paragraph::Role::Note:
        chars = textFormat(8.5, false, kMuted);
        chars.setFontItalic(true);
        break;
    case plan::Paragraph::Role::Body:
        chars = textFormat(kBody);
        format.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
        break;
    }
    startBlock(cursor, format, chars);
    cursor.insertText(lines(paragraph.text), chars);
}

void PdfPlanDocument::addFields(QTextCursor &cursor, const plan::Fields &fields)
{
    if (fields.items.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(points(2.5));
    format.setBottomMargin(points(6));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        { QTextLength(QTextLength::PercentageLength, 26), QTextLength(QTextLength::PercentageLength, 74) });
    const int number = m_tableCount++;
    for (const Segment &part : segments(number, int(fields.items.size()))) {
        QTextTableFormat partFormat = format;
        if (part.newPage)
            partFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextTable *table = cursor.insertTable(part.end - part.begin, 2, partFormat);
        for (int r = part.begin; r < part.end; ++r) {
            insertCellText(table, r - part.begin, 0, fields.items.at(r).label, textFormat(kTable + 0.5, true, kMuted),
                Qt::AlignLeft, false);
            insertCellText(table, r - part.begin, 1, fields.items.at(r).value, textFormat(kBody), Qt::AlignLeft, false);
        }
        m_tableParts.append({ table, number, part.begin, 0 });
        finishTable(cursor);
    }
}

QList<PdfPlanDocument::Segment> PdfPlanDocument::segments(int table, int rows) const
{
    QList<int> cuts;
    for (const RowBreak &b : m_options.rowBreaks)
        if (b.table == table && b.row >= 0 && b.row < rows)
            cuts.append(b.row);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Segment> result;
    Segment current { 0, rows, false };
    for (int cut : std::as_const(cuts)) {
        if (cut == current.begin) { // the whole piece moves to a new page
            current.newPage = true;
            continue;
        }
        result.append({ current.begin, cut, current.newPage });
        current = { cut, rows, true };
    }
    result.append(current);
    return result;
}

void PdfPlanDocument::addList(QTextCursor &cursor, const plan::List &list)
{
    if (list.items.isEmpty())
        return;
    QTextListFormat listFormat;
    listFormat.setIndent(1);
    switch (list.style) {
    case plan::List::Style::Numbered:
        listFormat.setStyle(QTextListFormat::ListDecimal);
        break;
    case plan::List::Style::Bullet:
    case plan::List::Style::Checklist:
        listFormat.setStyle(QTextListFormat::ListDisc);
        break;
    }
    QTextList *textList = nullptr;
    for (int i = 0; i < list.items.size(); ++i) {
        QTextBlockFormat format;
        format.setBottomMargin(points(i + 1 == list.items.size() ? 6 : 2));
        if (list.style == plan::List::Style::Checklist)
            format.setMarker(QTextBlockFormat::MarkerType::Unchecked);
        startBlock(cursor, format, textFormat(kBody));
        if (!textList)
            textList = cursor.createList(listFormat);
        else
            textList->add(cursor.block());
        cursor.insertText(lines(list.items.at(i)), textFormat(kBody));
    }
}

void PdfPlanDocument::addTable(QTextCursor &cursor, const plan::Table &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const OfficeTableLook look = OfficeTableLook::forColumns(columns);
    const qreal fontSize = look.fontSize;
    const qreal padding = look.padding;
    QTextTableFormat format;
    format.setBorder(points(0.5));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(points(padding));
    format.setTopMargin(points(2));
    format.setBottomMargin(points(10));
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal w : officeColumnWidths(table, look, m_options.textWidth))
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / m_options.textWidth));
    format.setColumnWidthConstraints(widths);

    const QTextCharFormat head = textFormat(fontSize, true, Qt::white);
    const QTextCharFormat body = textFormat(fontSize);
    const int number = m_tableCount++;
    // A table cut by Options::rowBreaks continues on a new page with its header row again.
    for (const Segment &part : segments(number, int(table.rows.size()))) {
        QTextTableFormat partFormat = format;
        if (part.newPage) {
            partFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            partFormat.setTopMargin(0);
        }
        QTextTable *t = cursor.insertTable(part.end - part.begin + 1, columns, partFormat);
        for (int c = 0; c < columns; ++c) {
            QTextTableCellFormat cell;
            cell.setBackground(m_accent);
            t->cellAt(0, c).setFormat(cell);
            const bool numeric = c < table.numeric.size() && table.numeric.at(c);
            insertCellText(t, 0, c, table.header.at(c), head, numeric ? Qt::AlignRight : Qt::AlignLeft, false);
        }
        for (int r = part.begin; r < part.end; ++r) {
            const QStringList &row = table.rows.at(r);
            const int at = r - part.begin + 1;
            if (r % 2 == 1) {
                QTextTableCellFormat cell;
                cell.setBackground(kZebra);
                for (int c = 0; c < columns; ++c)
                    t->cellAt(at, c).setFormat(cell);
            }
            for (int c = 0; c < columns && c < row.size(); ++c) {
                const bool numeric = c < table.numeric.size() && table.numeric.at(c);
                insertCellText(t, at, c, row.at(c), body, numeric ? Qt::AlignRight : Qt::AlignLeft, true);
            }
        }
        m_tableParts.append({ t, number, part.begin, 1 });
        finishTable(cursor);
    }
}

void PdfPlanDocument::insertCellText(QTextTable *table, int row, int column, const QString &text,
    const QTextCharFormat &chars, Qt::Alignment alignment, bool markDirections)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    if (alignment != Qt::AlignLeft) {
        QTextBlockFormat block;
        block.setAlignment(alignment);
        cell.setBlockFormat(block);
    }
    if (!markDirections) {
        cell.insertText(lines(text), chars);
        return;
    }
    // Lines naming a social direction get a dot and the label in the direction's colour, so
    // the flow overview reads at a glance (colour plus words, never colour alone).
    const QStringList parts = text.split(u'\n');
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0)
            cell.insertText(QString(QChar::LineSeparator), chars);
        const QString &line = parts.at(i);
        const Direction d = directionNamedBy(line);
        if (d == Direction::Unset) {
            cell.insertText(line, chars);
            continue;
        }
        const QColor colour = plan::directionColour(d, m_accent);
        QTextCharFormat marked = chars;
        marked.setForeground(colour.darker(125));
        const QString label = enumLabel(d);
        const qsizetype at = line.lastIndexOf(label);
        cell.insertText(QStringLiteral("● "), [&] {
            QTextCharFormat dot = chars;
            dot.setForeground(colour);
            return dot;
        }());
        cell.insertText(line.left(at), chars);
        cell.insertText(label, marked);
        cell.insertText(line.mid(at + label.size()), chars);
    }
}

void PdfPlanDocument::addChart(QTextCursor &cursor, const plan::Chart &chart)
{
    ChartPainter painter(chart, m_accent);
    if (painter.isEmpty())
        return;
    if (!chart.title.isEmpty()) {
        QTextBlockFormat caption;
        caption.setTopMargin(points(4));
        caption.setBottomMargin(points(4));
        startBlock(cursor, caption, textFormat(kTable + 0.5, true, kMuted));
        cursor.insertText(lines(chart.title));
    }
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(points(10));
    startBlock(cursor, format, textFormat(kBody));
    m_charts->insert(cursor, std::move(painter), m_options.chartWidth, m_dpi);
}

void PdfPlanDocument::finishTable(QTextCursor &cursor)
{
    // Qt keeps an empty block after every table; the next paragraph takes it over instead of
    // leaving a blank line behind.
    cursor.movePosition(QTextCursor::End);
    m_reuseBlock = true;
}

} // namespace bw
