// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpaginator.h"

#include "officecolumns.h"
#include "officedirection.h"
#include "officelayout.h"
#include "plan/plantext.h"
#include "model/palette.h"
#include "planfonts.h"
#include "tablecolumns.h"
#include "textblock.h"

#include <QBuffer>
#include <QImageReader>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

PageWords PageWords::translated()
{
    return { plan::PlanText::contents(), plan::PlanText::pageOfPattern(), plan::PlanText::preparedFor(),
        plan::PlanText::preparedBy(), plan::PlanText::date(), plan::PlanText::version(), plan::PlanText::audience() };
}

namespace {

const QColor kInk(0x22, 0x26, 0x2E);
const QColor kMuted(0x5A, 0x63, 0x70);
const QColor kRule(0xC8, 0xCD, 0xD4);
const QColor kZebra(0xF3, 0xF5, 0xF8);

constexpr qreal kBody = 9.5;
constexpr qreal kContentsMajor = 10.5;
constexpr qreal kContentsNumberWidth = 36;
constexpr qreal kListIndent = 18;
constexpr int kKeepChain = 64; // most elements a keep-with-next chain looks ahead (keeps the pass linear)

// One text of a flow element, placed relative to the element's top-left corner.
struct CellBox {
    TextBlock text;
    qreal x = 0;
    qreal y = 0;
    QColor colour = kInk;
    // Row cells only: the cell's box across the row.
    qreal cellX = 0;
    qreal cellWidth = 0;
    QColor background;
};

// A measured piece of the flow: what the page breaker moves as a whole (or, for paragraphs and
// rows taller than a page, cuts between lines).
struct Element {
    enum class Kind { Text, Row, Chart };
    Kind kind = Kind::Text;
    PageItem::Role role = PageItem::Role::Paragraph;
    qreal before = 0; // space above, dropped at the top of a page
    qreal after = 0; // space below
    qreal height = 0;
    bool keepWithNext = false;
    bool breakBefore = false;
    bool splittable = false; // Text: may be cut between lines (at least two on each side)
    QList<CellBox> cells;
    QList<CellBox> markers; // Text: list bullet, drawn with the first line
    bool framed = false; // Row: cell borders
    qreal padding = 0; // Row: space above and below the cell texts
    int table = -1; // Row: index of its table's header in Flow::headers
    int block = -1;
    int row = -1;
    int chart = -1;
    qreal chartX = 0;
    qreal chartWidth = 0;
    int heading = -1; // index into PageLayout::headings
    int contents = -1; // index of the heading this contents entry points to
    int section = -1; // index into Flow::sections: this element opens it
    bool softBreak = false; // breakBefore gives way when the page so far holds little
};

struct SectionSpan {
    int first = 0;
    int end = 0;
    bool last = false;
};

struct Flow {
    QList<Element> elements;
    QList<Element> headers; // the header row of every table, repeated on each page it spans
    QList<SectionSpan> sections;
};

QString lines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

// ------------------------------------------------------------------ measuring

class Measurer {
public:
    Measurer(const plan::Plan &plan, const PageLayoutOptions &options, qreal bodyWidth, qreal bodyHeight,
        const ExportControl &control, PageLayout &out)
        : m_plan(plan)
        , m_options(options)
        , m_width(bodyWidth)
        , m_height(bodyHeight)
        , m_control(control)
        , m_out(out)
        , m_accent(plan.cover.accentColour())
    {
    }

    // False when cancelled.
    bool measure(Flow &flow);

private:
    TextBlock text(const QString &s, const QFont &font, qreal width, Qt::Alignment align = Qt::AlignLeading,
        qreal lineHeight = 1.0, const QList<QTextLayout::FormatRange> &formats = {}) const
    {
        return TextBlock::lay(lines(s), font, width, align, lineHeight, formats);
    }
    Element textElement(PageItem::Role role, const QString &s, const QFont &font, const QColor &colour, qreal before,
        qreal after, qreal lineHeight = 1.0, qreal indent = 0);
    void add(Element e);
    void addBlock(const plan::Block &block, const plan::Block *next, bool inIntro);
    void addHeading(const plan::Heading &heading);
    void addParagraph(const plan::Paragraph &paragraph, bool keepWithNext);
    void addFields(const plan::Fields &fields, bool keepWithNext);
    void addList(const plan::List &list);
    void addTable(const plan::Table &table);
    void addChart(const plan::Chart &chart);
    void addContents();
    int addHeadingRef(int level, const QString &text);

    const plan::Plan &m_plan;
    const PageLayoutOptions &m_options;
    qreal m_width;
    qreal m_height;
    const ExportControl &m_control;
    PageLayout &m_out;
    QColor m_accent;
    Flow *m_flow = nullptr;
    int m_block = 0;
    qreal m_measured = 0; // flow height so far, for progress
    int m_reported = -1;
};

Element Measurer::textElement(PageItem::Role role, const QString &s, const QFont &font, const QColor &colour,
    qreal before, qreal after, qreal lineHeight, qreal indent)
{
    Element e;
    e.kind = Element::Kind::Text;
    e.role = role;
    e.before = before;
    e.after = after;
    CellBox cell;
    cell.text = text(s, font, m_width - indent, Qt::AlignLeading, lineHeight);
    cell.x = indent;
    cell.colour = colour;
    e.height = cell.text.height();
    e.cells.append(std::move(cell));
    e.block = m_block;
    return e;
}

void Measurer::add(Element e)
{
    m_measured += e.before + e.height + e.after;
    m_flow->elements.append(std::move(e));
}

int Measurer::addHeadingRef(int level, const QString &text)
{
    m_out.headings.append({ level, text, 0, 0, {} });
    return int(m_out.headings.size()) - 1;
}

bool Measurer::measure(Flow &flow)
{
    m_flow = &flow;
    if (m_options.contents)
        addContents();
    bool first = true;
    for (int s = 0; s < m_plan.sections.size(); ++s) {
        const plan::Section &section = m_plan.sections.at(s);
        if (m_control.cancelled())
            return false;
        const int firstElement = int(flow.elements.size());
        Element title = textElement(PageItem::Role::SectionTitle, section.title, planFont(17, true), m_accent, 18, 8);
        title.keepWithNext = true;
        title.breakBefore = sectionStartsPage(section.key) || (first && m_options.contents);
        title.softBreak = !(first && m_options.contents); // the body always starts after the contents
        title.heading = addHeadingRef(1, section.title);
        title.section = int(flow.sections.size());
        ++m_block;
        add(std::move(title));
        first = false;
        // A heading's introduction: the paragraphs and label/value fields between a heading and
        // the first table, list or chart after it (an objective's statement and measures).
        bool inIntro = true;
        for (int b = 0; b < section.blocks.size(); ++b) {
            const plan::Block &block = section.blocks.at(b);
            if (std::holds_alternative<plan::Heading>(block))
                inIntro = true;
            addBlock(block, b + 1 < section.blocks.size() ? &section.blocks.at(b + 1) : nullptr, inIntro);
            if (!std::holds_alternative<plan::Heading>(block) && !std::holds_alternative<plan::Paragraph>(block)
                && !std::holds_alternative<plan::Fields>(block))
                inIntro = false;
            const int pages = int(m_measured / m_height);
            if (pages != m_reported) {
                // Pages are not broken yet: "done" is an estimate and the total not known (0).
                m_control.report(pages, 0);
                m_reported = pages;
                if (m_control.cancelled())
                    return false;
            }
        }
        flow.sections.append({ firstElement, int(flow.elements.size()), s + 1 == m_plan.sections.size() });
    }
    return true;
}

void Measurer::addContents()
{
    Element title
        = textElement(PageItem::Role::SectionTitle, m_options.words.contents, planFont(18, true), m_accent, 0, 10);
    title.keepWithNext = true;
    ++m_block;
    add(std::move(title));
    // One line per level-1 and level-2 heading: known before any page is broken, so the
    // contents take the same room whatever the page numbers turn out to be.
    int heading = 0;
    for (const auto &section : m_plan.sections) {
        QList<std::pair<int, QString>> entries { { 1, section.title } };
        for (const auto &block : section.blocks)
            if (const auto *h = std::get_if<plan::Heading>(&block))
                entries.append({ h->level, h->text });
        for (const auto &[level, label] : entries) {
            const int index = heading++;
            if (level > 2)
                continue;
            const bool major = level == 1;
            const qreal indent = major ? 0 : 14;
            Element e;
            e.kind = Element::Kind::Row;
            e.role = PageItem::Role::Contents;
            e.padding = 2.5;
            e.before = major && index > 0 ? 5 : 0;
            e.block = m_block;
            e.contents = index;
            CellBox cell;
            cell.text = text(
                label, planFont(major ? kContentsMajor : kBody, major), m_width - kContentsNumberWidth - indent - 5);
            cell.x = 2.5 + indent;
            cell.y = e.padding;
            cell.cellX = 0;
            cell.cellWidth = m_width - kContentsNumberWidth;
            e.height = cell.text.height() + 2 * e.padding;
            e.cells.append(std::move(cell));
            add(std::move(e));
        }
    }
    ++m_block;
}

void Measurer::addBlock(const plan::Block &block, const plan::Block *next, bool inIntro)
{
    ++m_block;
    // An introduction keeps with what follows it, down to the first row of the table after it,
    // so that an objective, its statement and its measures never sit apart from its activities.
    // (Not a run of paragraphs: moving a long text whole would leave a page half empty.)
    const bool keepIntro = inIntro && next
        && (std::holds_alternative<plan::Table>(*next) || std::holds_alternative<plan::Fields>(*next)
            || std::holds_alternative<plan::List>(*next));
    std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>) {
                addHeading(b);
            } else if constexpr (std::is_same_v<T, plan::Paragraph>) {
                addParagraph(b, keepIntro);
            } else if constexpr (std::is_same_v<T, plan::Fields>) {
                addFields(b, keepIntro);
            } else if constexpr (std::is_same_v<T, plan::List>) {
                addList(b);
            } else if constexpr (std::is_same_v<T, plan::Table>) {
                addTable(b);
            } else if constexpr (std::is_same_v<T, plan::Chart>) {
                addChart(b);
            }
        },
        block);
}

void Measurer::addHeading(const plan::Heading &heading)
{
    const bool second = heading.level <= 2;
    Element e = textElement(PageItem::Role::Heading, heading.text, planFont(second ? 12.5 : 10.5, true),
        second ? kInk : m_accent.darker(115), second ? 14 : 10, second ? 5 : 3);
    e.keepWithNext = true;
    e.heading = addHeadingRef(second ? 2 : 3, heading.text);
    add(std::move(e));
}

void Measurer::addParagraph(const plan::Paragraph &paragraph, bool keepWithNext)
{
    Element e;
    switch (paragraph.role) {
    case plan::Paragraph::Role::Lead:
        e = textElement(PageItem::Role::Paragraph, paragraph.text, planFont(11), kInk, 0, 6, 1.15);
        break;
    case plan::Paragraph::Role::Note:
        e = textElement(PageItem::Role::Paragraph, paragraph.text, planFont(8.5, false, true), kMuted, 0, 6);
        break;
    case plan::Paragraph::Role::Body:
        e = textElement(PageItem::Role::Paragraph, paragraph.text, planFont(kBody), kInk, 0, 6, 1.12);
        break;
    }
    e.splittable = true;
    e.keepWithNext = keepWithNext;
    add(std::move(e));
}

void Measurer::addFields(const plan::Fields &fields, bool keepWithNext)
{
    const qreal padding = 2.5;
    const qreal labelWidth = m_width * 0.26;
    for (int r = 0; r < fields.items.size(); ++r) {
        const plan::Field &field = fields.items.at(r);
        Element e;
        e.kind = Element::Kind::Row;
        e.role = PageItem::Role::Field;
        e.padding = padding;
        e.block = m_block;
        e.row = r;
        e.after = r + 1 == fields.items.size() ? 6 : 0;
        // Like a paragraph's lines: never one field alone under its heading at a page's foot,
        // nor the last one alone at the top of the next page.
        const qsizetype n = fields.items.size();
        e.keepWithNext = keepWithNext || (n > 1 && (r == 0 || r + 2 == n));
        CellBox label;
        label.text = text(field.label, planFont(9, true), labelWidth - 2 * padding);
        label.colour = kMuted;
        label.x = padding;
        label.y = padding;
        label.cellWidth = labelWidth;
        CellBox value;
        value.text = text(field.value, planFont(kBody), m_width - labelWidth - 2 * padding);
        value.x = labelWidth + padding;
        value.y = padding;
        value.cellX = labelWidth;
        value.cellWidth = m_width - labelWidth;
        e.height = std::max(label.text.height(), value.text.height()) + 2 * padding;
        e.cells = { std::move(label), std::move(value) };
        add(std::move(e));
    }
}

void Measurer::addList(const plan::List &list)
{
    const QFont font = planFont(kBody);
    for (int i = 0; i < list.items.size(); ++i) {
        Element e = textElement(PageItem::Role::ListItem, list.items.at(i), font, kInk, 0,
            i + 1 == list.items.size() ? 6 : 2, 1.0, kListIndent);
        e.splittable = true;
        QString marker;
        switch (list.style) {
        case plan::List::Style::Bullet:
            marker = u"•"_s;
            break;
        case plan::List::Style::Numbered:
            marker = QString::number(i + 1) + u'.';
            break;
        case plan::List::Style::Checklist:
            marker = u"☐"_s;
            break;
        }
        CellBox box;
        box.text = text(marker, font, kListIndent - 4, Qt::AlignRight | Qt::AlignAbsolute);
        box.colour = kInk;
        e.markers.append(std::move(box));
        add(std::move(e));
    }
}

void Measurer::addTable(const plan::Table &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const OfficeTableLook look = OfficeTableLook::forColumns(columns);
    const QFont head = planFont(look.fontSize, true);
    const QFont body = planFont(look.fontSize);
    const auto numeric = [&](int c) { return c < table.numeric.size() && table.numeric.at(c); };

    // Cells naming a social direction get a dot and the label in the direction's colour, so the
    // flow overview reads at a glance (colour plus words, never colour alone).
    struct Marked {
        QString text;
        QList<QTextLayout::FormatRange> formats;
        QStringList units; // lines that must not wrap: a direction on its own, with its dot
    };
    const auto mark = [&](const QString &cell) {
        Marked m;
        const QStringList parts = cell.split(u'\n');
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0)
                m.text += u'\n';
            const QString &line = parts.at(i);
            const Direction d = directionNamedBy(line);
            if (d == Direction::Unset) {
                m.text += line;
                continue;
            }
            const QColor colour = palette::directionColour(d);
            const QString label = enumLabel(d);
            const qsizetype at = line.lastIndexOf(label);
            QTextLayout::FormatRange dot, named;
            dot.start = int(m.text.size());
            dot.length = 1;
            dot.format.setForeground(colour);
            m.text += u"● "_s;
            named.start = int(m.text.size() + at);
            named.length = int(label.size());
            named.format.setForeground(colour.darker(125));
            if (line.trimmed() == label)
                m.units.append(u"● "_s + line);
            m.text += line;
            m.formats += { dot, named };
        }
        return m;
    };
    QList<QList<Marked>> rows;
    rows.reserve(table.rows.size());
    for (const QStringList &row : table.rows) {
        QList<Marked> cells;
        for (int c = 0; c < columns; ++c)
            cells.append(c < row.size() ? mark(row.at(c)) : Marked());
        rows.append(std::move(cells));
    }

    TableColumns sizing(columns, look.padding);
    for (int c = 0; c < columns; ++c)
        sizing.measure(c, table.header.at(c), head);
    for (const auto &row : rows)
        for (int c = 0; c < columns; ++c) {
            sizing.measure(c, row.at(c).text, body);
            for (const QString &unit : row.at(c).units)
                sizing.measureUnit(c, unit, body);
        }
    QList<int> weights;
    for (int c = 0; c < columns; ++c)
        weights.append(c < table.widths.size() ? std::max(1, table.widths.at(c)) : 1);
    const QList<qreal> widths = sizing.widths(m_width, weights);

    const auto makeRow = [&](PageItem::Role role, int r, const QList<Marked> &cells, const QFont &font,
                             const QColor &colour, const QColor &background) {
        Element e;
        e.kind = Element::Kind::Row;
        e.role = role;
        e.framed = true;
        e.padding = look.padding;
        e.block = m_block;
        e.row = r;
        qreal x = 0;
        qreal tallest = 0;
        for (int c = 0; c < columns; ++c) {
            CellBox cell;
            const qreal inner = std::max<qreal>(1, widths.at(c) - 2 * look.padding);
            cell.text = text(cells.at(c).text, font, inner,
                numeric(c) ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeading, 1.0, cells.at(c).formats);
            cell.x = x + look.padding;
            cell.y = look.padding;
            cell.colour = colour;
            cell.cellX = x;
            cell.cellWidth = widths.at(c);
            cell.background = background;
            tallest = std::max(tallest, cell.text.height());
            x += widths.at(c);
            e.cells.append(std::move(cell));
        }
        e.height = tallest + 2 * look.padding;
        return e;
    };

    QList<Marked> header;
    for (const QString &h : table.header)
        header.append({ h, {}, {} });
    Element headerRow = makeRow(PageItem::Role::TableHeader, -1, header, head, Qt::white, m_accent);
    headerRow.before = 2;
    headerRow.keepWithNext = !rows.isEmpty(); // never a header alone at a page's bottom
    const int tableIndex = int(m_flow->headers.size());
    headerRow.table = tableIndex;
    m_flow->headers.append(headerRow);
    if (rows.isEmpty())
        headerRow.after = 10;
    add(std::move(headerRow));
    for (int r = 0; r < rows.size(); ++r) {
        Element e = makeRow(PageItem::Role::TableRow, r, rows.at(r), body, kInk, r % 2 == 1 ? kZebra : QColor());
        e.table = tableIndex;
        if (r + 1 == rows.size())
            e.after = 10;
        // A short table (a few totals) stays whole. Rows have widows and orphans too: a longer
        // table leaves two rows or more under its header at a page's bottom, and never carries
        // one row alone onto the next page.
        constexpr int kShortTable = 5;
        if (r + 1 < rows.size() && (rows.size() <= kShortTable || r == 0 || r == rows.size() - 2))
            e.keepWithNext = true;
        add(std::move(e));
    }
}

void Measurer::addChart(const plan::Chart &chart)
{
    ChartPainter painter(chart);
    if (painter.isEmpty())
        return;
    if (!chart.title.isEmpty()) {
        Element caption = textElement(PageItem::Role::Chart, chart.title, planFont(9, true), kMuted, 4, 4);
        caption.keepWithNext = true;
        add(std::move(caption));
    }
    Element e;
    e.kind = Element::Kind::Chart;
    e.role = PageItem::Role::Chart;
    e.block = m_block;
    e.chartWidth = std::min<qreal>(440, m_width);
    const QSizeF natural = ChartPainter::naturalSize();
    e.height = e.chartWidth * natural.height() / natural.width();
    e.chartX = (m_width - e.chartWidth) / 2;
    e.after = 10;
    e.chart = int(m_out.charts.size());
    m_out.charts.append(std::move(painter));
    add(std::move(e));
}

// ------------------------------------------------------------------ breaking pages

class PageBreaker {
public:
    PageBreaker(const Flow &flow, const QRectF &body, const ExportControl &control, PageLayout &out)
        : m_flow(flow)
        , m_body(body)
        , m_control(control)
        , m_out(out)
    {
    }

    struct ContentsSlot {
        int page;
        QRectF rect;
        int heading;
        bool major;
    };

    // False when cancelled.
    bool run();
    const QList<ContentsSlot> &contentsSlots() const { return m_slots; }

private:
    bool pass();
    int carryForLastSection() const;
    qreal room() const { return m_body.height() - m_y; }
    void newPage();
    // What has to fit below the cursor for element i to start here: itself (its first two lines,
    // if it may be cut) and, if it keeps with the next, that one's start too.
    qreal need(int i) const;
    qreal firstPart(const Element &e) const;
    void placeText(const Element &e, int from, int to);
    void placeRow(const Element &e);
    void placeTallRow(const Element &e);
    void placeChart(const Element &e);
    void placeWhole(const Element &e);
    void startRowOnNewPage(const Element &e);
    QList<PageItem> &items() { return m_out.pages.last().items; }
    PageItem base(const Element &e, PageItem::Kind kind) const;

    const Flow &m_flow;
    QRectF m_body;
    const ExportControl &m_control;
    PageLayout &m_out;
    qreal m_y = 0;
    bool m_empty = true;
    QList<ContentsSlot> m_slots;
    // Where each element started (page index, cursor) in the pass just run, and where the last
    // section did: what carryForLastSection() decides on.
    QList<std::pair<int, qreal>> m_started;
    int m_lastSectionPage = -1;
    bool m_lastSectionOnTop = false;
    int m_carry = -1; // this element opens a new page (with what follows it)
};

void PageBreaker::newPage()
{
    m_out.pages.append(LaidOutPage {});
    m_y = 0;
    m_empty = true;
    m_control.report(int(m_out.pages.size()), 0);
}

qreal PageBreaker::firstPart(const Element &e) const
{
    if (e.kind == Element::Kind::Text && e.splittable && e.cells.first().text.lineCount() >= 4)
        return e.cells.first().text.bottom(1);
    return std::min(e.height, m_body.height());
}

qreal PageBreaker::need(int i) const
{
    const auto &elements = m_flow.elements;
    const qreal start = m_empty ? 0 : elements.at(i).before;
    // The whole chain, as long as it fits on a page: then each element of it finds the rest of
    // the chain fitting when its turn comes, and the chain moves as one. A chain that no page
    // holds (never more than a page of elements is looked at) keeps only the first element
    // with the start of the second, which is what a heading needs.
    qreal total = start;
    for (int k = i; k < elements.size() && k < i + kKeepChain; ++k) {
        const Element &e = elements.at(k);
        if (k > i && e.breakBefore)
            return total; // what follows opens a page anyway: nothing to keep with
        if (k > i)
            total += e.before;
        if (!e.keepWithNext || k + 1 == elements.size())
            return total + firstPart(e);
        total += e.height + e.after;
        if (total > m_body.height())
            break;
    }
    const Element &e = elements.at(i);
    if (!e.keepWithNext || i + 1 == elements.size() || elements.at(i + 1).breakBefore)
        return start + firstPart(e);
    return start + e.height + e.after + elements.at(i + 1).before + firstPart(elements.at(i + 1));
}

PageItem PageBreaker::base(const Element &e, PageItem::Kind kind) const
{
    PageItem item;
    item.kind = kind;
    item.role = e.role;
    item.block = e.block;
    item.row = e.row;
    return item;
}

void PageBreaker::placeText(const Element &e, int from, int to)
{
    const CellBox &cell = e.cells.first();
    const qreal shift = cell.text.top(from);
    PageItem item = base(e, PageItem::Kind::Text);
    item.text = cell.text.layout();
    item.firstLine = from;
    item.lineCount = to - from;
    item.totalLines = cell.text.lineCount();
    item.origin = QPointF(m_body.left() + cell.x, m_body.top() + m_y - shift);
    item.rect = QRectF(m_body.left() + cell.x, m_body.top() + m_y, cell.text.width(), cell.text.bottom(to - 1) - shift);
    item.colour = cell.colour;
    item.continued = from > 0;
    item.continues = to < cell.text.lineCount();
    if (from == 0)
        for (const CellBox &marker : e.markers) {
            PageItem m = item;
            m.text = marker.text.layout();
            m.firstLine = 0;
            m.lineCount = marker.text.lineCount();
            m.totalLines = m.lineCount;
            m.continues = false;
            m.origin = QPointF(m_body.left() + marker.x, m_body.top() + m_y);
            m.rect = QRectF(m.origin, QSizeF(marker.text.width(), marker.text.height()));
            m.colour = marker.colour;
            items().append(std::move(m));
        }
    if (e.heading >= 0)
        m_out.headings[e.heading].page = int(m_out.pages.size());
    m_y += item.rect.height();
    items().append(std::move(item));
    m_empty = false;
}

void PageBreaker::placeRow(const Element &e)
{
    const qreal top = m_body.top() + m_y;
    for (const CellBox &cell : e.cells) {
        const QRectF box(m_body.left() + cell.cellX, top, cell.cellWidth, e.height);
        if (cell.background.isValid()) {
            PageItem fill = base(e, PageItem::Kind::Fill);
            fill.rect = box;
            fill.colour = cell.background;
            items().append(std::move(fill));
        }
        PageItem text = base(e, PageItem::Kind::Text);
        text.text = cell.text.layout();
        text.lineCount = cell.text.lineCount();
        text.totalLines = text.lineCount;
        text.origin = QPointF(m_body.left() + cell.x, top + cell.y);
        text.rect = QRectF(text.origin, QSizeF(cell.text.width(), cell.text.height()));
        text.colour = cell.colour;
        items().append(std::move(text));
        if (e.framed) {
            PageItem frame = base(e, PageItem::Kind::Frame);
            frame.rect = box;
            frame.colour = kRule;
            items().append(std::move(frame));
        }
    }
    if (e.contents >= 0)
        m_slots.append({ int(m_out.pages.size()) - 1,
            QRectF(m_body.right() - kContentsNumberWidth, top + e.cells.first().y, kContentsNumberWidth - 2.5,
                e.cells.first().text.height()),
            e.contents, e.cells.first().text.layout()->font().bold() });
    m_y += e.height;
    m_empty = false;
}

void PageBreaker::startRowOnNewPage(const Element &e)
{
    newPage();
    if (e.table >= 0 && e.role == PageItem::Role::TableRow) {
        // The table goes on here: its header row comes first again.
        Element header = m_flow.headers.at(e.table);
        placeRow(header);
        for (auto &item : items())
            item.continued = true;
    }
}

// A row taller than a whole page: each cell's lines go on as far as they fit, the rest
// continues on the next page under the repeated header.
void PageBreaker::placeTallRow(const Element &e)
{
    QList<int> next(e.cells.size(), 0);
    bool first = true;
    for (;;) {
        const qreal top = m_body.top() + m_y;
        const qreal space = room() - 2 * e.padding;
        qreal used = 0;
        bool more = false;
        QList<std::pair<int, int>> ranges;
        for (int c = 0; c < e.cells.size(); ++c) {
            const TextBlock &text = e.cells.at(c).text;
            const int from = next.at(c);
            int to = from;
            while (to < text.lineCount() && text.bottom(to) - text.top(from) <= space)
                ++to;
            if (to == from && from < text.lineCount() && m_empty)
                ++to; // a single line taller than a page: it goes anyway
            ranges.append({ from, to });
            if (to > from)
                used = std::max(used, text.bottom(to - 1) - text.top(from));
            more = more || to < text.lineCount();
        }
        const qreal height = (more ? room() : used + 2 * e.padding);
        for (int c = 0; c < e.cells.size(); ++c) {
            const CellBox &cell = e.cells.at(c);
            const QRectF box(m_body.left() + cell.cellX, top, cell.cellWidth, height);
            if (cell.background.isValid()) {
                PageItem fill = base(e, PageItem::Kind::Fill);
                fill.rect = box;
                fill.colour = cell.background;
                fill.continued = !first;
                fill.continues = more;
                items().append(std::move(fill));
            }
            const auto [from, to] = ranges.at(c);
            if (to > from) {
                PageItem text = base(e, PageItem::Kind::Text);
                text.text = cell.text.layout();
                text.firstLine = from;
                text.lineCount = to - from;
                text.totalLines = cell.text.lineCount();
                text.origin = QPointF(m_body.left() + cell.x, top + e.padding - cell.text.top(from));
                text.rect = QRectF(m_body.left() + cell.x, top + e.padding, cell.text.width(),
                    cell.text.bottom(to - 1) - cell.text.top(from));
                text.colour = cell.colour;
                text.continued = !first;
                text.continues = more;
                items().append(std::move(text));
            }
            if (e.framed) {
                PageItem frame = base(e, PageItem::Kind::Frame);
                frame.rect = box;
                frame.colour = kRule;
                frame.continued = !first;
                frame.continues = more;
                items().append(std::move(frame));
            }
            next[c] = to;
        }
        m_y += height;
        m_empty = false;
        if (!more)
            return;
        first = false;
        startRowOnNewPage(e);
    }
}

void PageBreaker::placeChart(const Element &e)
{
    PageItem item = base(e, PageItem::Kind::Chart);
    item.chart = e.chart;
    item.rect = QRectF(m_body.left() + e.chartX, m_body.top() + m_y, e.chartWidth, e.height);
    items().append(std::move(item));
    m_y += e.height;
    m_empty = false;
}

void PageBreaker::placeWhole(const Element &e)
{
    switch (e.kind) {
    case Element::Kind::Text:
        placeText(e, 0, e.cells.first().text.lineCount());
        break;
    case Element::Kind::Row:
        placeRow(e);
        break;
    case Element::Kind::Chart:
        placeChart(e);
        break;
    }
}

bool PageBreaker::run()
{
    if (!pass())
        return false;
    const int carry = carryForLastSection();
    if (carry < 0)
        return true;
    m_out.pages.clear();
    m_slots.clear();
    m_carry = carry;
    return pass();
}

// The last section (the design review) that did not fit on the page before and so sits at the
// top of the last page with little else (a title and a line or two): the end of what precedes
// it goes over with it — from the latest point where nothing keeps with what follows — when all
// of that fits on one page and the page before keeps a quarter of its height or more. -1 when
// nothing should move.
int PageBreaker::carryForLastSection() const
{
    if (m_lastSectionPage < 0 || !m_lastSectionOnTop || m_flow.sections.isEmpty())
        return -1;
    const auto &elements = m_flow.elements;
    const SectionSpan &span = m_flow.sections.last();
    const qreal pageHeight = m_body.height();
    qreal moved = -elements.at(span.first).before;
    for (int k = span.first; k < span.end; ++k)
        moved += elements.at(k).before + elements.at(k).height + elements.at(k).after;
    if (moved > pageHeight / 3)
        return -1; // enough of its own for a page
    for (int k = span.first - 1; k > 0; --k) {
        const Element &e = elements.at(k);
        const auto [page, y] = m_started.at(k);
        if (page != m_lastSectionPage - 1 || y < pageHeight / 4)
            return -1; // it would leave the page before (nearly) empty, or is not on it
        moved += e.before + e.height + e.after;
        const qreal header = e.kind == Element::Kind::Row && e.table >= 0 && e.role == PageItem::Role::TableRow
            ? m_flow.headers.at(e.table).height
            : 0;
        if (moved + header > pageHeight)
            return -1;
        if (!elements.at(k - 1).keepWithNext && !e.breakBefore)
            return k;
    }
    return -1;
}

bool PageBreaker::pass()
{
    newPage();
    const auto &elements = m_flow.elements;
    const qreal pageHeight = m_body.height();
    m_started = QList<std::pair<int, qreal>>(elements.size(), { -1, 0 });
    m_lastSectionPage = -1;
    m_lastSectionOnTop = false;
    for (int i = 0; i < elements.size(); ++i) {
        if ((i & 63) == 0 && m_control.cancelled())
            return false;
        const Element &e = elements.at(i);
        if (i == m_carry && !m_empty) {
            if (e.kind == Element::Kind::Row)
                startRowOnNewPage(e);
            else
                newPage();
        }
        bool breakBefore = e.breakBefore;
        if (e.section >= 0) {
            const SectionSpan &span = m_flow.sections.at(e.section);
            // The last section (the design review) follows on the current page when it fits
            // there whole, instead of sitting alone on a last page.
            if (breakBefore && span.last) {
                qreal height = 0;
                for (int k = span.first; k < span.end; ++k)
                    height += elements.at(k).before + elements.at(k).height + elements.at(k).after;
                if (height - elements.at(span.first).after <= room() - elements.at(span.first).before)
                    breakBefore = false;
            }
        }
        // A section that opens a page follows instead on a page that holds only the end of
        // the section before (a short table, a line or two): no page left nearly empty.
        if (breakBefore && e.softBreak && m_y < pageHeight / 3)
            breakBefore = false;
        if (breakBefore && !m_empty)
            newPage();

        const qreal chain = need(i);
        if (!m_empty && chain > room() && chain <= pageHeight) {
            if (e.kind == Element::Kind::Row)
                startRowOnNewPage(e);
            else
                newPage();
        }
        m_started[i] = { int(m_out.pages.size()) - 1, m_y };
        if (e.section >= 0 && m_flow.sections.at(e.section).last) {
            m_lastSectionPage = int(m_out.pages.size()) - 1;
            m_lastSectionOnTop = m_empty;
        }
        if (!m_empty)
            m_y += e.before;

        if (e.height <= room()) {
            placeWhole(e);
        } else if (e.kind == Element::Kind::Row) {
            if (e.height <= pageHeight) {
                startRowOnNewPage(e);
                placeRow(e);
            } else {
                if (room() < pageHeight * 0.25 && !m_empty)
                    startRowOnNewPage(e);
                placeTallRow(e);
            }
        } else if (e.kind == Element::Kind::Text && e.splittable) {
            const TextBlock &text = e.cells.first().text;
            const int count = text.lineCount();
            int from = 0;
            while (from < count) {
                int to = from;
                while (to < count && text.bottom(to) - text.top(from) <= room())
                    ++to;
                if (to == count) {
                    placeText(e, from, to);
                    break;
                }
                // At least two lines at the bottom of this page and at the top of the next.
                if (count - to < 2)
                    to = count - 2;
                if (to - from < 2) {
                    if (m_empty)
                        to = std::max(to, from + 1); // a page cannot hold two lines: go on anyway
                    else {
                        newPage();
                        continue;
                    }
                }
                placeText(e, from, to);
                newPage();
                from = to;
            }
        } else {
            if (!m_empty)
                newPage();
            placeWhole(e);
        }
        m_y += e.after;
    }
    return true;
}

// ------------------------------------------------------------------ cover and running chrome

class Chrome {
public:
    Chrome(const plan::Plan &plan, const PageLayoutOptions &options, PageLayout &out)
        : m_plan(plan)
        , m_options(options)
        , m_out(out)
        , m_accent(plan.cover.accentColour())
    {
    }

    void cover(LaidOutPage &page) const;
    void headerFooter(LaidOutPage &page, int number, int count) const;
    void contentsNumber(LaidOutPage &page, const QRectF &rect, const QString &number, bool major) const;

private:
    // A text item with its first line's top at `topLeft`.
    PageItem textItem(const TextBlock &text, QPointF topLeft, const QColor &colour) const;

    const plan::Plan &m_plan;
    const PageLayoutOptions &m_options;
    PageLayout &m_out;
    QColor m_accent;
};

PageItem Chrome::textItem(const TextBlock &text, QPointF topLeft, const QColor &colour) const
{
    PageItem item;
    item.kind = PageItem::Kind::Text;
    item.role = PageItem::Role::Chrome;
    item.text = text.layout();
    item.lineCount = text.lineCount();
    item.totalLines = item.lineCount;
    item.origin = topLeft;
    item.rect = QRectF(topLeft, QSizeF(text.width(), text.height()));
    item.colour = colour;
    return item;
}

void Chrome::contentsNumber(LaidOutPage &page, const QRectF &rect, const QString &number, bool major) const
{
    const TextBlock text = TextBlock::lay(
        number, planFont(major ? kContentsMajor : kBody, major), rect.width(), Qt::AlignRight | Qt::AlignAbsolute);
    PageItem item = textItem(text, rect.topLeft(), kInk);
    item.role = PageItem::Role::Contents;
    page.items.append(std::move(item));
}

void Chrome::headerFooter(LaidOutPage &page, int number, int count) const
{
    const QMarginsF &m = m_out.margins;
    const qreal left = m.left();
    const qreal width = m_out.pageSize.width() - m.left() - m.right();
    const plan::Cover &cover = m_plan.cover;
    const QFont font = planFont(8);

    QString header = cover.title.simplified();
    if (!cover.client.trimmed().isEmpty())
        header += u" · "_s + cover.client.simplified();
    const qreal headerBaseline = 40;
    const TextBlock headerText = TextBlock::lay(TextBlock::elided(header, font, width - 4), font, width);
    page.items.append(textItem(headerText, QPointF(left, headerBaseline - headerText.ascent()), kMuted));
    PageItem rule;
    rule.kind = PageItem::Kind::Line;
    rule.rect = QRectF(QPointF(left, headerBaseline + 8), QPointF(left + width, headerBaseline + 8));
    rule.colour = m_accent;
    rule.lineWidth = 0.8;
    page.items.append(rule);

    const qreal footerTop = m_out.pageSize.height() - 46;
    rule.rect = QRectF(QPointF(left, footerTop), QPointF(left + width, footerTop));
    rule.colour = kRule;
    rule.lineWidth = 0.5;
    page.items.append(rule);
    const qreal baseline = footerTop + 14;
    const QString pageText = m_options.words.pageOfPattern.arg(number).arg(count);
    const TextBlock pageLine = TextBlock::lay(pageText, font, width, Qt::AlignRight | Qt::AlignAbsolute);
    page.items.append(textItem(pageLine, QPointF(left, baseline - pageLine.ascent()), kMuted));
    const QString footer = cover.footer.simplified();
    if (!footer.isEmpty()) {
        const qreal room = width - pageLine.naturalWidth() - 16;
        const TextBlock footerLine = TextBlock::lay(TextBlock::elided(footer, font, room - 4), font, room);
        page.items.append(textItem(footerLine, QPointF(left, baseline - footerLine.ascent()), kMuted));
    }
}

void Chrome::cover(LaidOutPage &page) const
{
    const plan::Cover &cover = m_plan.cover;
    const QMarginsF &m = m_out.margins;
    const qreal left = m.left();
    const QSizeF paper = m_out.pageSize;
    const qreal width = paper.width() - m.left() - m.right();
    page.cover = true;

    // Logo above the band, at most 180 × 56 pt, keeping its proportions.
    if (!cover.logo.isEmpty()) {
        QByteArray bytes = cover.logo;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSizeF box(180, 56);
        const QSize size = reader.size();
        if (size.isValid()) {
            // Vector logos are rasterised at print resolution; bitmaps are never scaled up.
            const QSize target = QSizeF(size).scaled(box * (300.0 / 72.0), Qt::KeepAspectRatio).toSize();
            if (reader.format() == "svg" || target.width() < size.width())
                reader.setScaledSize(target);
        }
        const QImage logo = reader.read();
        if (!logo.isNull()) {
            PageItem item;
            item.kind = PageItem::Kind::Image;
            item.image = std::make_shared<const QImage>(logo);
            item.rect = QRectF(QPointF(left, 48), QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio));
            page.items.append(std::move(item));
        }
    }

    // The accent band with the document kind, the title and the client.
    const QRectF band(0, 130, paper.width(), 250);
    PageItem fill;
    fill.kind = PageItem::Kind::Fill;
    fill.rect = band;
    fill.colour = m_accent;
    page.items.append(fill);
    const double luminance = 0.299 * m_accent.redF() + 0.587 * m_accent.greenF() + 0.114 * m_accent.blueF();
    const QColor onBand = luminance > 0.62 ? kInk : QColor(Qt::white);
    QColor softOnBand = onBand;
    softOnBand.setAlphaF(0.8f);

    qreal y = band.top() + 34;
    page.items.append(
        textItem(TextBlock::lay(cover.subtitle.toUpper(), planFont(10, true), width), QPointF(left, y), softOnBand));
    y += 28;

    // The title takes the largest size (28 pt down to 15 pt) at which it fits the band.
    const QString client = cover.client.simplified();
    const qreal clientSpace = client.isEmpty() ? 0 : 36;
    const qreal titleSpace = band.bottom() - 26 - clientSpace - y;
    TextBlock title;
    for (qreal size = 28; size >= 15; size -= 1) {
        title = TextBlock::lay(lines(cover.title), planFont(size, true), width);
        if (title.height() <= titleSpace)
            break;
    }
    int titleLines = title.lineCount();
    while (titleLines > 1 && title.bottom(titleLines - 1) > titleSpace)
        --titleLines;
    PageItem titleItem = textItem(title, QPointF(left, y), onBand);
    titleItem.lineCount = titleLines;
    page.items.append(titleItem);
    y += std::min(title.bottom(titleLines - 1), titleSpace) + 12;
    if (!client.isEmpty()) {
        const QFont font = planFont(14);
        const QString elided = TextBlock::elided(client, font, width - 4);
        page.items.append(textItem(TextBlock::lay(elided, font, width), QPointF(left, y), softOnBand));
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
    const PageWords &words = m_options.words;
    add(words.preparedFor, cover.client);
    add(words.preparedBy, cover.author);
    add(words.date, cover.dateText);
    add(words.version, cover.version);
    add(words.audience, cover.audience);

    const qreal columnWidth = (width - 24) / 2;
    y = band.bottom() + 44;
    const qreal limit = paper.height() - 110;
    for (int i = 0; i < details.size();) {
        // An unpaired last detail (usually the audience, often a sentence) spans both columns.
        const int count = i + 1 < details.size() ? 2 : 1;
        qreal rowHeight = 18;
        for (int k = 0; k < count; ++k) {
            const Detail &detail = details.at(i + k);
            const qreal x = left + k * (columnWidth + 24);
            const qreal w = count == 2 ? columnWidth : width;
            page.items.append(textItem(
                TextBlock::lay(detail.label.toUpper(), planFont(8, true), w), QPointF(x, y), m_accent.darker(110)));
            const TextBlock value = TextBlock::lay(lines(detail.value), planFont(12), w);
            PageItem item = textItem(value, QPointF(x, y + 15), kInk);
            const qreal space = std::max<qreal>(18, limit - y - 15);
            while (item.lineCount > 1 && value.bottom(item.lineCount - 1) > space)
                --item.lineCount;
            rowHeight = std::max(rowHeight, value.bottom(item.lineCount - 1));
            page.items.append(std::move(item));
        }
        y += 15 + rowHeight + 20;
        i += count;
    }

    // Bottom rule and the brand's footer text.
    const qreal footerTop = paper.height() - 70;
    PageItem rule;
    rule.kind = PageItem::Kind::Line;
    rule.rect = QRectF(QPointF(left, footerTop), QPointF(left + width, footerTop));
    rule.colour = m_accent;
    rule.lineWidth = 1.5;
    page.items.append(rule);
    if (!cover.footer.trimmed().isEmpty())
        page.items.append(textItem(
            TextBlock::lay(cover.footer.simplified(), planFont(8.5), width), QPointF(left, footerTop + 8), kMuted));
}

} // namespace

PageLayout PlanPaginator::layOut(const plan::Plan &plan, const PageLayoutOptions &options, const ExportControl &control)
{
    const TextBlock::FontScope fonts; // this layout's blocks share their fonts
    PageLayout out;
    out.pageSize = options.pageSize.size(QPageSize::Point);
    out.margins = options.margins;
    const QRectF body = out.bodyRect();

    Flow flow;
    Measurer measurer(plan, options, body.width(), body.height(), control, out);
    PageBreaker breaker(flow, body, control, out);
    if (!measurer.measure(flow) || (!flow.elements.isEmpty() && !breaker.run())) {
        out.cancelled = true;
        out.pages.clear();
        return out;
    }

    const Chrome chrome(plan, options, out);
    const int coverPages = plan.includeCover ? 1 : 0;
    if (coverPages) {
        LaidOutPage cover;
        chrome.cover(cover);
        out.pages.prepend(std::move(cover));
    }
    // Page numbers as printed count the cover.
    for (PlacedHeading &heading : out.headings)
        heading.page += coverPages;
    for (const PageBreaker::ContentsSlot &slot : breaker.contentsSlots()) {
        PlacedHeading &heading = out.headings[slot.heading];
        heading.contentsPage = slot.page + 1 + coverPages;
        heading.contentsNumber = QString::number(heading.page);
        chrome.contentsNumber(out.pages[slot.page + coverPages], slot.rect, heading.contentsNumber, slot.major);
    }
    const int count = out.pageCount();
    for (int p = coverPages; p < count; ++p)
        chrome.headerFooter(out.pages[p], p + 1, count);
    // The pages' item lists grew one item at a time: a third of their room is spare.
    for (LaidOutPage &page : out.pages)
        page.items.squeeze();
    control.report(count, count);
    return out;
}

} // namespace bw
