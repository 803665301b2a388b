// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtbodywriter.h"

#include "chartpainter.h"
#include "exportprogress.h"
#include "officecolumns.h"
#include "officedirection.h"
#include "officelayout.h"
#include "officexml.h"
#include "model/palette.h"
#include "plan/plantext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr double kCmPerPoint = 2.54 / 72.0;

QString cm(double value)
{
    return QString::number(value, 'f', 3) + u"cm"_s;
}

} // namespace

OdtBodyWriter::OdtBodyWriter(const plan::Plan &plan, const odt::PageGeometry &page)
    : m_plan(plan)
    , m_page(page)
    , m_accent(plan.cover.accentColour())
    , m_xml(&m_body)
{
}

QByteArray OdtBodyWriter::write()
{
    // The body goes first into its own buffer: the automatic styles that precede it in the file
    // depend on the tables it holds.
    m_xml.writeStartElement(u"office:body"_s);
    m_xml.writeStartElement(u"office:text"_s);
    if (m_plan.includeCover)
        writeCover();
    for (const auto &section : m_plan.sections) {
        m_tocEntries.append({ 1, section.title });
        for (const auto &block : section.blocks)
            if (const auto *h = std::get_if<plan::Heading>(&block); h && h->level <= 2)
                m_tocEntries.append({ 2, h->text });
    }
    if (!m_tocEntries.isEmpty())
        writeContents();
    bool first = true;
    for (const auto &section : m_plan.sections) {
        writeSection(section, first || sectionStartsPage(section.key));
        first = false;
    }
    m_xml.writeEndElement(); // office:text
    m_xml.writeEndElement(); // office:body

    QByteArray out;
    QXmlStreamWriter head(&out);
    head.writeStartDocument(u"1.0"_s);
    head.writeStartElement(u"office:document-content"_s);
    odt::writeNamespaces(head);
    head.writeAttribute(u"office:version"_s, u"1.3"_s);
    head.writeCharacters(QString()); // closes the start tag, so raw parts can follow
    out += automaticStyles();
    out += m_body;
    out += "</office:document-content>\n";
    return out;
}

QByteArray OdtBodyWriter::automaticStyles() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(u"office:automatic-styles"_s);
    const auto paragraph
        = [&](const QString &name, const QString &parent, const QList<std::pair<QString, QString>> &props,
              const QList<std::pair<QString, QString>> &text = {}) {
              xml.writeStartElement(u"style:style"_s);
              xml.writeAttribute(u"style:name"_s, name);
              xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
              xml.writeAttribute(u"style:parent-style-name"_s, parent);
              for (const auto &[key, value] : props)
                  if (key == u"style:master-page-name")
                      xml.writeAttribute(key, value);
              xml.writeEmptyElement(u"style:paragraph-properties"_s);
              for (const auto &[key, value] : props)
                  if (key != u"style:master-page-name")
                      xml.writeAttribute(key, value);
              if (!text.isEmpty()) {
                  xml.writeEmptyElement(u"style:text-properties"_s);
                  for (const auto &[key, value] : text)
                      xml.writeAttribute(key, value);
              }
              xml.writeEndElement();
          };
    paragraph(u"PCover"_s, u"Standard"_s,
        { { u"style:master-page-name"_s, u"Cover"_s }, { u"fo:margin-top"_s, u"0.6cm"_s },
            { u"fo:margin-bottom"_s, u"0.6cm"_s } });
    paragraph(u"PContents"_s, u"Contents_20_Heading"_s,
        { { u"style:master-page-name"_s, u"Standard"_s }, { u"fo:break-before"_s, u"page"_s } });
    paragraph(
        u"H1Break"_s, u"Heading_20_1"_s, { { u"fo:break-before"_s, u"page"_s }, { u"fo:margin-top"_s, u"0cm"_s } });
    paragraph(
        u"PFigure"_s, u"Standard"_s, { { u"fo:text-align"_s, u"center"_s }, { u"fo:margin-bottom"_s, u"0.4cm"_s } });
    paragraph(u"PRight"_s, u"Table_20_Contents"_s, { { u"fo:text-align"_s, u"end"_s } });
    paragraph(u"PCompact"_s, u"Table_20_Contents"_s, {},
        { { u"fo:font-size"_s, u"7pt"_s }, { u"style:font-size-asian"_s, u"7pt"_s }, { u"style:font-size-complex"_s, u"7pt"_s } });
    paragraph(u"PCompactRight"_s, u"Table_20_Contents"_s, { { u"fo:text-align"_s, u"end"_s } },
        { { u"fo:font-size"_s, u"7pt"_s }, { u"style:font-size-asian"_s, u"7pt"_s }, { u"style:font-size-complex"_s, u"7pt"_s } });
    paragraph(u"PCompactHead"_s, u"Table_20_Heading"_s, {},
        { { u"fo:font-size"_s, u"7pt"_s }, { u"style:font-size-asian"_s, u"7pt"_s }, { u"style:font-size-complex"_s, u"7pt"_s } });
    paragraph(u"PHeadRight"_s, u"Table_20_Heading"_s, { { u"fo:text-align"_s, u"end"_s } });
    paragraph(u"PCompactHeadRight"_s, u"Table_20_Heading"_s, { { u"fo:text-align"_s, u"end"_s } },
        { { u"fo:font-size"_s, u"7pt"_s }, { u"style:font-size-asian"_s, u"7pt"_s }, { u"style:font-size-complex"_s, u"7pt"_s } });
    paragraph(u"PAfterTable"_s, u"Standard"_s, { { u"fo:margin-bottom"_s, u"0.2cm"_s } },
        { { u"fo:font-size"_s, u"4pt"_s } });

    // Direction marks: colour plus words, as in the PDF.
    for (Direction d : enumValues<Direction>()) {
        const QColor colour = palette::directionColour(d);
        for (const auto &[name, c] : { std::pair { u"TDot"_s, colour }, std::pair { u"TDir"_s, colour } }) {
            xml.writeStartElement(u"style:style"_s);
            xml.writeAttribute(u"style:name"_s, name + QString::number(int(d)));
            xml.writeAttribute(u"style:family"_s, u"text"_s);
            xml.writeEmptyElement(u"style:text-properties"_s);
            xml.writeAttribute(u"fo:color"_s, c.name());
            xml.writeEndElement();
        }
    }

    // Cells: accent header, plain and zebra body, borderless label/value and the cover band.
    const auto cell = [&](const QString &name, const QString &background, double padding, bool borders) {
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, name);
        xml.writeAttribute(u"style:family"_s, u"table-cell"_s);
        xml.writeEmptyElement(u"style:table-cell-properties"_s);
        xml.writeAttribute(u"fo:padding"_s, QString::number(padding, 'f', 1) + u"pt"_s);
        xml.writeAttribute(u"fo:border"_s, borders ? u"0.5pt solid #c8cdd4"_s : u"none"_s);
        if (!background.isEmpty())
            xml.writeAttribute(u"fo:background-color"_s, background);
        xml.writeEndElement();
    };
    cell(u"CHead"_s, m_accent.name(), 3.5, true);
    cell(u"CBody"_s, {}, 3.5, true);
    cell(u"CZebra"_s, u"#f3f5f8"_s, 3.5, true);
    cell(u"CHeadCompact"_s, m_accent.name(), 2, true);
    cell(u"CBodyCompact"_s, {}, 2, true);
    cell(u"CZebraCompact"_s, u"#f3f5f8"_s, 2, true);
    cell(u"CField"_s, {}, 2.5, false);
    cell(u"CBand"_s, m_accent.name(), 18, false);

    // Rows stay whole: a row that does not fit moves to the next page, as in the PDF and DOCX.
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, u"RKeep"_s);
    xml.writeAttribute(u"style:family"_s, u"table-row"_s);
    xml.writeEmptyElement(u"style:table-row-properties"_s);
    xml.writeAttribute(u"fo:keep-together"_s, u"always"_s);
    xml.writeEndElement();

    for (int t = 0; t < m_tables.size(); ++t) {
        const QList<double> &widths = m_tables.at(t);
        double total = 0;
        for (double w : widths)
            total += w;
        const QString name = u"Table"_s + QString::number(t + 1);
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, name);
        xml.writeAttribute(u"style:family"_s, u"table"_s);
        xml.writeEmptyElement(u"style:table-properties"_s);
        xml.writeAttribute(u"style:width"_s, cm(total));
        xml.writeAttribute(u"table:align"_s, u"left"_s);
        xml.writeAttribute(u"fo:margin-bottom"_s, u"0.2cm"_s);
        xml.writeAttribute(u"table:border-model"_s, u"collapsing"_s);
        xml.writeEndElement();
        for (int c = 0; c < widths.size(); ++c) {
            xml.writeStartElement(u"style:style"_s);
            xml.writeAttribute(u"style:name"_s, name + u'.' + QString::number(c + 1));
            xml.writeAttribute(u"style:family"_s, u"table-column"_s);
            xml.writeEmptyElement(u"style:table-column-properties"_s);
            xml.writeAttribute(u"style:column-width"_s, cm(widths.at(c)));
            xml.writeEndElement();
        }
    }

    const auto list = [&](const QString &name, const QString &bullet) {
        xml.writeStartElement(u"text:list-style"_s);
        xml.writeAttribute(u"style:name"_s, name);
        xml.writeStartElement(bullet.isEmpty() ? u"text:list-level-style-number"_s : u"text:list-level-style-bullet"_s);
        xml.writeAttribute(u"text:level"_s, u"1"_s);
        if (bullet.isEmpty()) {
            xml.writeAttribute(u"style:num-format"_s, u"1"_s);
            xml.writeAttribute(u"style:num-suffix"_s, u"."_s);
        } else {
            xml.writeAttribute(u"text:bullet-char"_s, bullet);
        }
        xml.writeStartElement(u"style:list-level-properties"_s);
        xml.writeAttribute(u"text:list-level-position-and-space-mode"_s, u"label-alignment"_s);
        xml.writeEmptyElement(u"style:list-level-label-alignment"_s);
        xml.writeAttribute(u"text:label-followed-by"_s, u"listtab"_s);
        xml.writeAttribute(u"text:list-tab-stop-position"_s, u"0.9cm"_s);
        xml.writeAttribute(u"fo:text-indent"_s, u"-0.45cm"_s);
        xml.writeAttribute(u"fo:margin-left"_s, u"0.9cm"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    };
    list(u"LBullet"_s, u"•"_s);
    list(u"LCheck"_s, u"☐"_s);
    list(u"LNumber"_s, {});

    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, u"FPicture"_s);
    xml.writeAttribute(u"style:family"_s, u"graphic"_s);
    xml.writeEmptyElement(u"style:graphic-properties"_s);
    xml.writeAttribute(u"style:vertical-pos"_s, u"top"_s);
    xml.writeAttribute(u"style:vertical-rel"_s, u"baseline"_s);
    xml.writeAttribute(u"fo:border"_s, u"none"_s);
    xml.writeEndElement();

    xml.writeEndElement(); // automatic-styles
    return out;
}

void OdtBodyWriter::writeParagraph(const QString &style, const QString &text)
{
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, style);
    odt::writeText(m_xml, text);
    m_xml.writeEndElement();
}

void OdtBodyWriter::writeFrame(const QString &path, double widthCm, double heightCm, const QString &name)
{
    m_xml.writeStartElement(u"draw:frame"_s);
    m_xml.writeAttribute(u"draw:style-name"_s, u"FPicture"_s);
    m_xml.writeAttribute(u"draw:name"_s, name + QString::number(++m_frames));
    m_xml.writeAttribute(u"text:anchor-type"_s, u"as-char"_s);
    m_xml.writeAttribute(u"svg:width"_s, cm(widthCm));
    m_xml.writeAttribute(u"svg:height"_s, cm(heightCm));
    m_xml.writeAttribute(u"draw:z-index"_s, u"0"_s);
    m_xml.writeEmptyElement(u"draw:image"_s);
    m_xml.writeAttribute(u"xlink:href"_s, path);
    m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
    m_xml.writeAttribute(u"xlink:show"_s, u"embed"_s);
    m_xml.writeAttribute(u"xlink:actuate"_s, u"onLoad"_s);
    m_xml.writeEndElement();
}

void OdtBodyWriter::startTable(const QList<double> &widthsCm)
{
    m_tables.append(widthsCm);
    const QString name = u"Table"_s + QString::number(m_tables.size());
    m_xml.writeStartElement(u"table:table"_s);
    m_xml.writeAttribute(u"table:name"_s, name);
    m_xml.writeAttribute(u"table:style-name"_s, name);
    for (int c = 0; c < widthsCm.size(); ++c) {
        m_xml.writeEmptyElement(u"table:table-column"_s);
        m_xml.writeAttribute(u"table:style-name"_s, name + u'.' + QString::number(c + 1));
    }
}

void OdtBodyWriter::writeCover()
{
    const plan::Cover &cover = m_plan.cover;
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, u"PCover"_s);
    QSize logoSize;
    const QByteArray logo = cover.logo.isEmpty() ? QByteArray() : logoPng(cover.logo, &logoSize);
    if (!logo.isEmpty()) {
        m_pictures.append({ u"Pictures/logo.png"_s, logo });
        const QSizeF points = QSizeF(logoSize).scaled(QSizeF(180, 56), Qt::KeepAspectRatio);
        writeFrame(u"Pictures/logo.png"_s, points.width() * kCmPerPoint, points.height() * kCmPerPoint, u"Logo"_s);
    }
    m_xml.writeEndElement();

    startTable({ m_page.contentWidth() });
    m_xml.writeStartElement(u"table:table-row"_s);
    m_xml.writeStartElement(u"table:table-cell"_s);
    m_xml.writeAttribute(u"table:style-name"_s, u"CBand"_s);
    m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
    writeParagraph(u"Cover_20_Kind"_s, cover.subtitle.toUpper());
    writeParagraph(u"Title"_s, cover.title);
    writeParagraph(u"Cover_20_Client"_s, cover.client.simplified());
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // table

    const auto detail = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        writeParagraph(u"Cover_20_Label"_s, label.toUpper());
        writeParagraph(u"Cover_20_Value"_s, value.trimmed());
    };
    detail(plan::PlanText::preparedFor(), cover.client);
    detail(plan::PlanText::preparedBy(), cover.author);
    detail(plan::PlanText::date(), cover.dateText);
    detail(plan::PlanText::version(), cover.version);
    detail(plan::PlanText::audience(), cover.audience);
}

void OdtBodyWriter::writeContents()
{
    // A real index LibreOffice can update (Tools ▸ Update); the entries are filled in already.
    m_xml.writeStartElement(u"text:table-of-content"_s);
    m_xml.writeAttribute(u"text:name"_s, u"Contents"_s);
    m_xml.writeAttribute(u"text:protected"_s, u"true"_s);
    m_xml.writeStartElement(u"text:table-of-content-source"_s);
    m_xml.writeAttribute(u"text:outline-level"_s, u"2"_s);
    m_xml.writeStartElement(u"text:index-title-template"_s);
    m_xml.writeAttribute(u"text:style-name"_s, u"Contents_20_Heading"_s);
    m_xml.writeCharacters(plan::PlanText::contents());
    m_xml.writeEndElement();
    for (int level = 1; level <= 2; ++level) {
        m_xml.writeStartElement(u"text:table-of-content-entry-template"_s);
        m_xml.writeAttribute(u"text:outline-level"_s, QString::number(level));
        m_xml.writeAttribute(u"text:style-name"_s, u"Contents_20_"_s + QString::number(level));
        m_xml.writeEmptyElement(u"text:index-entry-link-start"_s);
        m_xml.writeEmptyElement(u"text:index-entry-text"_s);
        m_xml.writeEmptyElement(u"text:index-entry-tab-stop"_s);
        m_xml.writeAttribute(u"style:type"_s, u"right"_s);
        m_xml.writeAttribute(u"style:leader-char"_s, u"."_s);
        m_xml.writeEmptyElement(u"text:index-entry-page-number"_s);
        m_xml.writeEmptyElement(u"text:index-entry-link-end"_s);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // source
    m_xml.writeStartElement(u"text:index-body"_s);
    m_xml.writeStartElement(u"text:index-title"_s);
    m_xml.writeAttribute(u"text:name"_s, u"Contents_Head"_s);
    writeParagraph(u"PContents"_s, plan::PlanText::contents());
    m_xml.writeEndElement();
    for (const auto &[level, text] : m_tocEntries)
        writeParagraph(level == 1 ? u"Contents_20_1"_s : u"Contents_20_2"_s, text.simplified());
    m_xml.writeEndElement(); // index-body
    m_xml.writeEndElement(); // table-of-content
}

void OdtBodyWriter::writeHeading(int level, const QString &text, bool pageBreak)
{
    m_xml.writeStartElement(u"text:h"_s);
    m_xml.writeAttribute(u"text:style-name"_s, pageBreak ? u"H1Break"_s : u"Heading_20_"_s + QString::number(level));
    m_xml.writeAttribute(u"text:outline-level"_s, QString::number(level));
    odt::writeText(m_xml, text);
    m_xml.writeEndElement();
}

void OdtBodyWriter::writeSection(const plan::Section &section, bool pageBreak)
{
    writeHeading(1, section.title, pageBreak);
    for (const auto &block : section.blocks) {
        writeBlock(block);
        if (m_progress && !m_progress->advance(block))
            return;
    }
}

void OdtBodyWriter::writeBlock(const plan::Block &block)
{
    std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>)
                writeHeading(b.level <= 2 ? 2 : 3, b.text);
            else if constexpr (std::is_same_v<T, plan::Paragraph>)
                writeParagraph(b.role == plan::Paragraph::Role::Lead ? u"Lead"_s
                        : b.role == plan::Paragraph::Role::Note      ? u"Note"_s
                                                                     : u"Standard"_s,
                    b.text);
            else if constexpr (std::is_same_v<T, plan::Fields>)
                writeFields(b);
            else if constexpr (std::is_same_v<T, plan::List>)
                writeList(b);
            else if constexpr (std::is_same_v<T, plan::Table>)
                writeTable(b);
            else if constexpr (std::is_same_v<T, plan::Chart>)
                writeChart(b);
        },
        block);
}

void OdtBodyWriter::writeList(const plan::List &list)
{
    if (list.items.isEmpty())
        return;
    m_xml.writeStartElement(u"text:list"_s);
    m_xml.writeAttribute(u"text:style-name"_s,
        list.style == plan::List::Style::Numbered        ? u"LNumber"_s
            : list.style == plan::List::Style::Checklist ? u"LCheck"_s
                                                         : u"LBullet"_s);
    for (const QString &item : list.items) {
        m_xml.writeStartElement(u"text:list-item"_s);
        writeParagraph(u"Standard"_s, item);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdtBodyWriter::writeCellText(const QString &text, bool markDirections)
{
    if (!markDirections) {
        odt::writeText(m_xml, text);
        return;
    }
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_xml.writeEmptyElement(u"text:line-break"_s);
        const QString &line = lines.at(i);
        const Direction d = directionNamedBy(line);
        if (d == Direction::Unset) {
            odt::writeText(m_xml, line);
            continue;
        }
        const QString label = enumLabel(d);
        const qsizetype at = line.lastIndexOf(label);
        const QString n = QString::number(int(d));
        m_xml.writeStartElement(u"text:span"_s);
        m_xml.writeAttribute(u"text:style-name"_s, u"TDot"_s + n);
        m_xml.writeCharacters(u"● "_s);
        m_xml.writeEndElement();
        odt::writeText(m_xml, line.left(at));
        m_xml.writeStartElement(u"text:span"_s);
        m_xml.writeAttribute(u"text:style-name"_s, u"TDir"_s + n);
        m_xml.writeCharacters(label);
        m_xml.writeEndElement();
        odt::writeText(m_xml, line.mid(at + label.size()));
    }
}

void OdtBodyWriter::writeFields(const plan::Fields &fields)
{
    if (fields.items.isEmpty())
        return;
    const double label = m_page.contentWidth() * 0.26;
    startTable({ label, m_page.contentWidth() - label });
    for (const auto &field : fields.items) {
        m_xml.writeStartElement(u"table:table-row"_s);
        for (int c = 0; c < 2; ++c) {
            m_xml.writeStartElement(u"table:table-cell"_s);
            m_xml.writeAttribute(u"table:style-name"_s, u"CField"_s);
            m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
            writeParagraph(c == 0 ? u"Field_20_Label"_s : u"Table_20_Contents"_s, c == 0 ? field.label : field.value);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdtBodyWriter::writeTable(const plan::Table &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const OfficeTableLook look = OfficeTableLook::forColumns(columns);
    const bool compact = look.fontSize < OfficeTableLook().fontSize;
    QList<double> widths;
    for (qreal points : officeColumnWidths(table, look, m_page.contentWidth() / kCmPerPoint))
        widths.append(points * kCmPerPoint);
    startTable(widths);
    const auto numeric = [&](int c) { return c < table.numeric.size() && table.numeric.at(c); };
    const QString suffix = compact ? u"Compact"_s : QString();

    // The header row repeats at the top of every page the table runs onto.
    m_xml.writeStartElement(u"table:table-header-rows"_s);
    m_xml.writeStartElement(u"table:table-row"_s);
    for (int c = 0; c < columns; ++c) {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"CHead"_s + suffix);
        m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
        const QString style = compact ? (numeric(c) ? u"PCompactHeadRight"_s : u"PCompactHead"_s)
                                      : (numeric(c) ? u"PHeadRight"_s : u"Table_20_Heading"_s);
        writeParagraph(style, table.header.at(c));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // header rows
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        m_xml.writeStartElement(u"table:table-row"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"RKeep"_s);
        for (int c = 0; c < columns; ++c) {
            m_xml.writeStartElement(u"table:table-cell"_s);
            m_xml.writeAttribute(u"table:style-name"_s, (r % 2 == 1 ? u"CZebra"_s : u"CBody"_s) + suffix);
            m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
            m_xml.writeStartElement(u"text:p"_s);
            m_xml.writeAttribute(u"text:style-name"_s,
                compact ? (numeric(c) ? u"PCompactRight"_s : u"PCompact"_s)
                        : (numeric(c) ? u"PRight"_s : u"Table_20_Contents"_s));
            writeCellText(c < row.size() ? row.at(c) : QString(), true);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // table
    writeParagraph(u"PAfterTable"_s, QString());
}

void OdtBodyWriter::writeChart(const plan::Chart &chart)
{
    const ChartPainter painter(chart);
    if (painter.isEmpty())
        return;
    if (!chart.title.isEmpty())
        writeParagraph(u"Caption"_s, chart.title);
    const QString path = u"Pictures/chart"_s + QString::number(m_pictures.size() + 1) + u".png"_s;
    m_pictures.append({ path, painter.toPng(2.0) });
    const QSizeF natural = ChartPainter::naturalSize();
    const double width = std::min(440.0 * kCmPerPoint, m_page.contentWidth());
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, u"PFigure"_s);
    writeFrame(path, width, width * natural.height() / natural.width(), u"Chart"_s);
    m_xml.writeEndElement();
}

} // namespace bw
