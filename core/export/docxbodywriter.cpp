// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxbodywriter.h"

#include "chartpainter.h"
#include "exportprogress.h"
#include "officecolumns.h"
#include "officelayout.h"
#include "officedirection.h"
#include "officexml.h"
#include "model/palette.h"
#include "planglyphs.h"
#include "plan/plantext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr qint64 kEmuPerPoint = 12700;

QString hex(const QColor &colour)
{
    return colour.name().mid(1).toUpper();
}

QString bookmarkName(int index)
{
    return u"_Toc"_s + QString::number(100000 + index);
}

} // namespace

DocxBodyWriter::DocxBodyWriter(const plan::Plan &plan, const docx::PageGeometry &page)
    : m_plan(plan)
    , m_page(page)
    , m_accent(hex(plan.cover.accentColour()))
    , m_xml(&m_out)
{
}

QByteArray DocxBodyWriter::write()
{
    m_xml.writeStartDocument(u"1.0"_s, true);
    m_xml.writeStartElement(u"w:document"_s);
    m_xml.writeNamespace(QString::fromLatin1(docx::kWordNs), u"w"_s);
    m_xml.writeNamespace(QString::fromLatin1(docx::kRelNs), u"r"_s);
    m_xml.writeNamespace(u"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"_s, u"wp"_s);
    m_xml.writeNamespace(u"http://schemas.openxmlformats.org/drawingml/2006/main"_s, u"a"_s);
    m_xml.writeNamespace(u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s, u"pic"_s);
    m_xml.writeStartElement(u"w:body"_s);

    if (m_plan.includeCover)
        writeCover();
    // The contents' page numbers are estimated from the amount of text: LibreOffice shows a
    // TOC field's stored result as it is, and Word replaces it when it updates the fields.
    constexpr double kCharactersPerPage = 2300; // measured on the templates in LibreOffice
    int page = m_plan.includeCover ? 2 : 1; // the contents' own page
    double filled = 1; // of the current page
    bool firstSection = true;
    for (const auto &section : m_plan.sections) {
        if (firstSection || sectionStartsPage(section.key)) {
            page += int(std::ceil(filled));
            filled = 0;
        }
        firstSection = false;
        m_tocEntries.append({1, section.title});
        m_tocPages.append(page + int(filled));
        for (const auto &block : section.blocks) {
            if (const auto *h = std::get_if<plan::Heading>(&block); h && h->level <= 2) {
                m_tocEntries.append({2, h->text});
                m_tocPages.append(page + int(filled));
            }
            filled += std::holds_alternative<plan::Chart>(block) ? 0.4 : blockText(block).size() / kCharactersPerPage;
        }
    }
    if (!m_tocEntries.isEmpty())
        writeContents();
    bool first = true;
    for (const auto &section : m_plan.sections) {
        // The first section leaves the contents' page; later major sections open their own.
        writeSection(section, first || sectionStartsPage(section.key));
        first = false;
    }

    m_xml.writeStartElement(u"w:sectPr"_s);
    m_xml.writeEmptyElement(u"w:headerReference"_s);
    m_xml.writeAttribute(u"w:type"_s, u"default"_s);
    m_xml.writeAttribute(u"r:id"_s, u"rIdHeader"_s);
    m_xml.writeEmptyElement(u"w:footerReference"_s);
    m_xml.writeAttribute(u"w:type"_s, u"default"_s);
    m_xml.writeAttribute(u"r:id"_s, u"rIdFooter"_s);
    m_xml.writeEmptyElement(u"w:pgSz"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.width));
    m_xml.writeAttribute(u"w:h"_s, QString::number(m_page.height));
    m_xml.writeEmptyElement(u"w:pgMar"_s);
    m_xml.writeAttribute(u"w:top"_s, QString::number(m_page.top));
    m_xml.writeAttribute(u"w:right"_s, QString::number(m_page.right));
    m_xml.writeAttribute(u"w:bottom"_s, QString::number(m_page.bottom));
    m_xml.writeAttribute(u"w:left"_s, QString::number(m_page.left));
    m_xml.writeAttribute(u"w:header"_s, QString::number(m_page.header));
    m_xml.writeAttribute(u"w:footer"_s, QString::number(m_page.footer));
    m_xml.writeAttribute(u"w:gutter"_s, u"0"_s);
    if (m_plan.includeCover)
        m_xml.writeEmptyElement(u"w:titlePg"_s); // no header or footer on the cover
    m_xml.writeEndElement(); // sectPr

    m_xml.writeEndElement(); // body
    m_xml.writeEndElement(); // document
    m_xml.writeEndDocument();
    return m_out;
}

void DocxBodyWriter::startParagraph(const QString &style, bool pageBreakBefore)
{
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:pPr"_s);
    m_xml.writeEmptyElement(u"w:pStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, style);
    if (pageBreakBefore)
        m_xml.writeEmptyElement(u"w:pageBreakBefore"_s);
    m_xml.writeEndElement();
}

namespace {

bool strongRightToLeft(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool strongLeftToRight(char32_t c)
{
    return QChar::direction(c) == QChar::DirL;
}

// The text cut into stretches that are right-to-left (from the first to the last Arabic or
// Hebrew letter of a stretch, with the spaces and punctuation between its words) and the rest.
// Word orders and shapes a run marked w:rtl with its complex-script font; a whole mixed line
// marked so would run its Latin words right to left too.
QList<std::pair<QString, bool>> directionRuns(const QString &text)
{
    QList<std::pair<QString, bool>> runs;
    const QList<uint> ucs = text.toUcs4();
    qsizetype i = 0;
    while (i < ucs.size()) {
        const bool rtl = strongRightToLeft(ucs[i]);
        qsizetype end = i + 1;
        if (rtl) {
            // Up to the last right-to-left letter before a left-to-right one or a line break.
            qsizetype last = i;
            for (qsizetype j = i + 1; j < ucs.size() && !strongLeftToRight(ucs[j]) && ucs[j] != '\n'; ++j)
                if (strongRightToLeft(ucs[j]))
                    last = j;
            end = last + 1;
        } else {
            while (end < ucs.size() && !strongRightToLeft(ucs[end]))
                ++end;
        }
        runs.append({ QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData() + i), end - i), rtl });
        i = end;
    }
    return runs;
}

} // namespace

void DocxBodyWriter::writeText(const QString &text, const RunStyle &style)
{
    const QString safe = xmlSafeText(text);
    if (safe.isEmpty()) {
        writeRun(safe, style, false);
        return;
    }
    for (const auto &[run, rightToLeft] : directionRuns(safe))
        writeRun(run, style, rightToLeft);
}

void DocxBodyWriter::writeRun(const QString &text, const RunStyle &style, bool rightToLeft)
{
    const QStringList lines = text.split(u'\n');
    m_xml.writeStartElement(u"w:r"_s);
    if (style.bold || !style.colour.isEmpty() || rightToLeft) {
        m_xml.writeStartElement(u"w:rPr"_s);
        if (style.bold) {
            m_xml.writeEmptyElement(u"w:b"_s);
            m_xml.writeEmptyElement(u"w:bCs"_s);
        }
        if (!style.colour.isEmpty()) {
            m_xml.writeEmptyElement(u"w:color"_s);
            m_xml.writeAttribute(u"w:val"_s, style.colour);
        }
        if (rightToLeft)
            m_xml.writeEmptyElement(u"w:rtl"_s);
        m_xml.writeEndElement();
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_xml.writeEmptyElement(u"w:br"_s);
        QString line = lines.at(i);
        line.remove(u'\r');
        m_xml.writeStartElement(u"w:t"_s);
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        m_xml.writeCharacters(line);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void DocxBodyWriter::writePageBreak()
{
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:r"_s);
    m_xml.writeEmptyElement(u"w:br"_s);
    m_xml.writeAttribute(u"w:type"_s, u"page"_s);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

QString DocxBodyWriter::addMedia(const QString &name, const QByteArray &png)
{
    const QString id = u"rIdMedia"_s + QString::number(m_media.size() + 1);
    m_media.append({{id, u"media/"_s + name}, png});
    return id;
}

void DocxBodyWriter::writePicture(const QString &relationId, qint64 widthEmu, qint64 heightEmu, const QString &name)
{
    const QString id = QString::number(++m_pictures);
    const QString cx = QString::number(widthEmu);
    const QString cy = QString::number(heightEmu);
    m_xml.writeStartElement(u"w:r"_s);
    m_xml.writeStartElement(u"w:drawing"_s);
    m_xml.writeStartElement(u"wp:inline"_s);
    for (const auto *side : {"distT", "distB", "distL", "distR"})
        m_xml.writeAttribute(QString::fromLatin1(side), u"0"_s);
    m_xml.writeEmptyElement(u"wp:extent"_s);
    m_xml.writeAttribute(u"cx"_s, cx);
    m_xml.writeAttribute(u"cy"_s, cy);
    m_xml.writeEmptyElement(u"wp:docPr"_s);
    m_xml.writeAttribute(u"id"_s, id);
    m_xml.writeAttribute(u"name"_s, name);
    m_xml.writeStartElement(u"wp:cNvGraphicFramePr"_s);
    m_xml.writeEmptyElement(u"a:graphicFrameLocks"_s);
    m_xml.writeAttribute(u"noChangeAspect"_s, u"1"_s);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"a:graphic"_s);
    m_xml.writeStartElement(u"a:graphicData"_s);
    m_xml.writeAttribute(u"uri"_s, u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s);
    m_xml.writeStartElement(u"pic:pic"_s);
    m_xml.writeStartElement(u"pic:nvPicPr"_s);
    m_xml.writeEmptyElement(u"pic:cNvPr"_s);
    m_xml.writeAttribute(u"id"_s, id);
    m_xml.writeAttribute(u"name"_s, name);
    m_xml.writeEmptyElement(u"pic:cNvPicPr"_s);
    m_xml.writeEndElement(); // nvPicPr
    m_xml.writeStartElement(u"pic:blipFill"_s);
    m_xml.writeEmptyElement(u"a:blip"_s);
    m_xml.writeAttribute(u"r:embed"_s, relationId);
    m_xml.writeStartElement(u"a:stretch"_s);
    m_xml.writeEmptyElement(u"a:fillRect"_s);
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // blipFill
    m_xml.writeStartElement(u"pic:spPr"_s);
    m_xml.writeStartElement(u"a:xfrm"_s);
    m_xml.writeEmptyElement(u"a:off"_s);
    m_xml.writeAttribute(u"x"_s, u"0"_s);
    m_xml.writeAttribute(u"y"_s, u"0"_s);
    m_xml.writeEmptyElement(u"a:ext"_s);
    m_xml.writeAttribute(u"cx"_s, cx);
    m_xml.writeAttribute(u"cy"_s, cy);
    m_xml.writeEndElement(); // xfrm
    m_xml.writeStartElement(u"a:prstGeom"_s);
    m_xml.writeAttribute(u"prst"_s, u"rect"_s);
    m_xml.writeEmptyElement(u"a:avLst"_s);
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // spPr
    m_xml.writeEndElement(); // pic
    m_xml.writeEndElement(); // graphicData
    m_xml.writeEndElement(); // graphic
    m_xml.writeEndElement(); // inline
    m_xml.writeEndElement(); // drawing
    m_xml.writeEndElement(); // r
}

void DocxBodyWriter::writeCover()
{
    const plan::Cover &cover = m_plan.cover;
    QSize logoSize;
    const QByteArray logo = cover.logo.isEmpty() ? QByteArray() : logoPng(cover.logo, &logoSize);
    startParagraph(u"Normal"_s);
    if (!logo.isEmpty()) {
        const QSizeF points = QSizeF(logoSize).scaled(QSizeF(180, 56), Qt::KeepAspectRatio);
        writePicture(addMedia(u"logo.png"_s, logo), qint64(points.width() * kEmuPerPoint),
                     qint64(points.height() * kEmuPerPoint), u"Logo"_s);
    }
    m_xml.writeEndElement();

    // The accent band: a one-cell table, so it stays editable in Word.
    m_xml.writeStartElement(u"w:tbl"_s);
    m_xml.writeStartElement(u"w:tblPr"_s);
    m_xml.writeEmptyElement(u"w:tblW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.contentWidth()));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeEmptyElement(u"w:tblLayout"_s);
    m_xml.writeAttribute(u"w:type"_s, u"fixed"_s);
    m_xml.writeStartElement(u"w:tblCellMar"_s);
    for (const auto *side : {"top", "left", "bottom", "right"}) {
        m_xml.writeEmptyElement(u"w:"_s + QString::fromLatin1(side));
        m_xml.writeAttribute(u"w:w"_s, u"360"_s);
        m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(u"w:tblGrid"_s);
    m_xml.writeEmptyElement(u"w:gridCol"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.contentWidth()));
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"w:tr"_s);
    m_xml.writeStartElement(u"w:trPr"_s);
    m_xml.writeEmptyElement(u"w:trHeight"_s);
    m_xml.writeAttribute(u"w:val"_s, u"4200"_s);
    m_xml.writeAttribute(u"w:hRule"_s, u"atLeast"_s);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"w:tc"_s);
    m_xml.writeStartElement(u"w:tcPr"_s);
    m_xml.writeEmptyElement(u"w:tcW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.contentWidth()));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeEmptyElement(u"w:shd"_s);
    m_xml.writeAttribute(u"w:val"_s, u"clear"_s);
    m_xml.writeAttribute(u"w:color"_s, u"auto"_s);
    m_xml.writeAttribute(u"w:fill"_s, m_accent);
    m_xml.writeEndElement(); // tcPr
    startParagraph(u"CoverKind"_s);
    writeText(cover.subtitle);
    m_xml.writeEndElement();
    startParagraph(u"Title"_s);
    writeText(cover.title);
    m_xml.writeEndElement();
    startParagraph(u"CoverClient"_s);
    writeText(cover.client.simplified());
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tc
    m_xml.writeEndElement(); // tr
    m_xml.writeEndElement(); // tbl

    const auto detail = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        startParagraph(u"CoverLabel"_s);
        writeText(label);
        m_xml.writeEndElement();
        startParagraph(u"CoverValue"_s);
        writeText(value.trimmed());
        m_xml.writeEndElement();
    };
    detail(plan::PlanText::preparedFor(), cover.client);
    detail(plan::PlanText::preparedBy(), cover.author);
    detail(plan::PlanText::date(), cover.dateText);
    detail(plan::PlanText::version(), cover.version);
    detail(plan::PlanText::audience(), cover.audience);
    writePageBreak();
}

void DocxBodyWriter::writeContents()
{
    startParagraph(u"TOCHeading"_s);
    writeText(plan::PlanText::contents());
    m_xml.writeEndElement();
    // A real TOC field (Word fills in page numbers when it updates fields, which settings.xml
    // asks for on opening); until then the entries are there, linked to their headings.
    for (int i = 0; i < m_tocEntries.size(); ++i) {
        const auto &[level, text] = m_tocEntries.at(i);
        startParagraph(level == 1 ? u"TOC1"_s : u"TOC2"_s);
        if (i == 0) {
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:fldChar"_s);
            m_xml.writeAttribute(u"w:fldCharType"_s, u"begin"_s);
            m_xml.writeAttribute(u"w:dirty"_s, u"true"_s);
            m_xml.writeEndElement();
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeStartElement(u"w:instrText"_s);
            m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
            m_xml.writeCharacters(u" TOC \\o \"1-3\" \\h \\z \\u "_s);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:fldChar"_s);
            m_xml.writeAttribute(u"w:fldCharType"_s, u"separate"_s);
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(u"w:hyperlink"_s);
        m_xml.writeAttribute(u"w:anchor"_s, bookmarkName(i));
        m_xml.writeAttribute(u"w:history"_s, u"1"_s);
        writeText(text.simplified());
        // The page number: a PAGEREF field to the heading's bookmark, with the estimate as
        // its result.
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeEmptyElement(u"w:tab"_s);
        m_xml.writeEndElement();
        const auto fieldChar = [this](const QString &type) {
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:fldChar"_s);
            m_xml.writeAttribute(u"w:fldCharType"_s, type);
            m_xml.writeEndElement();
        };
        fieldChar(u"begin"_s);
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeStartElement(u"w:instrText"_s);
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        m_xml.writeCharacters(u" PAGEREF "_s + bookmarkName(i) + u" \\h "_s);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        fieldChar(u"separate"_s);
        writeText(QString::number(m_tocPages.value(i)));
        fieldChar(u"end"_s);
        m_xml.writeEndElement(); // hyperlink
        if (i + 1 == m_tocEntries.size()) {
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:fldChar"_s);
            m_xml.writeAttribute(u"w:fldCharType"_s, u"end"_s);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // p
    }
}

void DocxBodyWriter::writeHeading(const QString &style, const QString &text, bool pageBreak)
{
    startParagraph(style, pageBreak);
    const bool listed = style != u"Heading3";
    const QString id = QString::number(m_bookmarks);
    if (listed) {
        m_xml.writeEmptyElement(u"w:bookmarkStart"_s);
        m_xml.writeAttribute(u"w:id"_s, id);
        m_xml.writeAttribute(u"w:name"_s, bookmarkName(m_bookmarks));
    }
    writeText(text);
    if (listed) {
        m_xml.writeEmptyElement(u"w:bookmarkEnd"_s);
        m_xml.writeAttribute(u"w:id"_s, id);
        ++m_bookmarks;
    }
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeSection(const plan::Section &section, bool pageBreak)
{
    writeHeading(u"Heading1"_s, section.title, pageBreak);
    for (const auto &block : section.blocks) {
        writeBlock(block);
        if (m_progress && !m_progress->advance(block))
            return;
    }
}

void DocxBodyWriter::writeBlock(const plan::Block &block)
{
    std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>)
                writeHeading(b.level <= 2 ? u"Heading2"_s : u"Heading3"_s, b.text);
            else if constexpr (std::is_same_v<T, plan::Paragraph>)
                writeParagraph(b.role == plan::Paragraph::Role::Lead   ? u"Lead"_s
                               : b.role == plan::Paragraph::Role::Note ? u"Note"_s
                                                                       : u"Normal"_s,
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

void DocxBodyWriter::writeParagraph(const QString &style, const QString &text)
{
    startParagraph(style);
    writeText(text);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeList(const plan::List &list)
{
    int numId = docx::kBulletList;
    if (list.style == plan::List::Style::Checklist)
        numId = docx::kChecklist;
    else if (list.style == plan::List::Style::Numbered)
        numId = docx::kFirstNumberedList + m_numberedLists++;
    for (const QString &item : list.items) {
        m_xml.writeStartElement(u"w:p"_s);
        m_xml.writeStartElement(u"w:pPr"_s);
        m_xml.writeEmptyElement(u"w:pStyle"_s);
        m_xml.writeAttribute(u"w:val"_s, u"ListParagraph"_s);
        m_xml.writeStartElement(u"w:numPr"_s);
        m_xml.writeEmptyElement(u"w:ilvl"_s);
        m_xml.writeAttribute(u"w:val"_s, u"0"_s);
        m_xml.writeEmptyElement(u"w:numId"_s);
        m_xml.writeAttribute(u"w:val"_s, QString::number(numId));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // pPr
        writeText(item);
        m_xml.writeEndElement();
    }
}

void DocxBodyWriter::writeCellText(const QString &text, bool markDirections)
{
    if (!markDirections) {
        writeText(text);
        return;
    }
    // Direction named in colour plus words, as in the PDF.
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:br"_s);
            m_xml.writeEndElement();
        }
        const QString &line = lines.at(i);
        const Direction d = directionNamedBy(line);
        if (d == Direction::Unset) {
            writeText(line);
            continue;
        }
        const QColor colour = palette::directionColour(d);
        const QString label = enumLabel(d);
        const qsizetype at = line.lastIndexOf(label);
        writeText(u"● "_s, {false, hex(colour)});
        if (at > 0)
            writeText(line.left(at));
        writeText(label, {false, hex(colour)});
        if (at + label.size() < line.size())
            writeText(line.mid(at + label.size()));
    }
}

void DocxBodyWriter::writeCell(int width, const QString &fill, const QString &style, const QString &text,
                               bool rightAligned, bool markDirections)
{
    m_xml.writeStartElement(u"w:tc"_s);
    m_xml.writeStartElement(u"w:tcPr"_s);
    m_xml.writeEmptyElement(u"w:tcW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(width));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    if (!fill.isEmpty()) {
        m_xml.writeEmptyElement(u"w:shd"_s);
        m_xml.writeAttribute(u"w:val"_s, u"clear"_s);
        m_xml.writeAttribute(u"w:color"_s, u"auto"_s);
        m_xml.writeAttribute(u"w:fill"_s, fill);
    }
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:pPr"_s);
    m_xml.writeEmptyElement(u"w:pStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, style);
    if (rightAligned) {
        m_xml.writeEmptyElement(u"w:jc"_s);
        m_xml.writeAttribute(u"w:val"_s, u"right"_s);
    }
    m_xml.writeEndElement();
    writeCellText(text, markDirections);
    m_xml.writeEndElement(); // p
    m_xml.writeEndElement(); // tc
}

void DocxBodyWriter::writeFields(const plan::Fields &fields)
{
    if (fields.items.isEmpty())
        return;
    const int labelWidth = m_page.contentWidth() * 26 / 100;
    const QList<int> widths{labelWidth, m_page.contentWidth() - labelWidth};
    m_xml.writeStartElement(u"w:tbl"_s);
    m_xml.writeStartElement(u"w:tblPr"_s);
    m_xml.writeEmptyElement(u"w:tblW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.contentWidth()));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeEmptyElement(u"w:tblLayout"_s);
    m_xml.writeAttribute(u"w:type"_s, u"fixed"_s);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"w:tblGrid"_s);
    for (int w : widths) {
        m_xml.writeEmptyElement(u"w:gridCol"_s);
        m_xml.writeAttribute(u"w:w"_s, QString::number(w));
    }
    m_xml.writeEndElement();
    for (const auto &field : fields.items) {
        m_xml.writeStartElement(u"w:tr"_s);
        m_xml.writeStartElement(u"w:trPr"_s);
        m_xml.writeEmptyElement(u"w:cantSplit"_s);
        m_xml.writeEndElement();
        writeCell(widths[0], {}, u"FieldLabel"_s, field.label, false, false);
        writeCell(widths[1], {}, u"TableText"_s, field.value, false, false);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    // Word needs a paragraph between two tables, or it merges them.
    startParagraph(u"Normal"_s);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeTable(const plan::Table &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const OfficeTableLook look = OfficeTableLook::forColumns(columns);
    const bool compact = look.fontSize < OfficeTableLook().fontSize;
    QList<int> widths;
    int used = 0;
    const QList<qreal> points = officeColumnWidths(table, look, m_page.contentWidth() / 20.0);
    for (int c = 0; c < columns; ++c) {
        const int w = c + 1 == columns ? m_page.contentWidth() - used : int(points.at(c) * 20);
        widths.append(w);
        used += w;
    }
    const QString headerStyle = compact ? u"TableHeaderCompact"_s : u"TableHeader"_s;
    const QString textStyle = compact ? u"TableTextCompact"_s : u"TableText"_s;

    m_xml.writeStartElement(u"w:tbl"_s);
    m_xml.writeStartElement(u"w:tblPr"_s);
    m_xml.writeEmptyElement(u"w:tblW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(m_page.contentWidth()));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeStartElement(u"w:tblBorders"_s);
    for (const auto *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        m_xml.writeEmptyElement(u"w:"_s + QString::fromLatin1(side));
        const bool outer = qstrcmp(side, "top") == 0 || qstrcmp(side, "bottom") == 0;
        m_xml.writeAttribute(u"w:val"_s, u"single"_s);
        m_xml.writeAttribute(u"w:sz"_s, outer ? u"8"_s : u"4"_s);
        m_xml.writeAttribute(u"w:space"_s, u"0"_s);
        m_xml.writeAttribute(u"w:color"_s, outer ? m_accent : u"C8CDD4"_s);
    }
    m_xml.writeEndElement();
    m_xml.writeEmptyElement(u"w:tblLayout"_s);
    m_xml.writeAttribute(u"w:type"_s, u"fixed"_s);
    m_xml.writeStartElement(u"w:tblCellMar"_s);
    for (const auto *side : {"top", "bottom"}) {
        m_xml.writeEmptyElement(u"w:"_s + QString::fromLatin1(side));
        m_xml.writeAttribute(u"w:w"_s, u"50"_s);
        m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    }
    for (const auto *side : {"left", "right"}) {
        m_xml.writeEmptyElement(u"w:"_s + QString::fromLatin1(side));
        m_xml.writeAttribute(u"w:w"_s, QString::number(qRound(look.padding * 20)));
        m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(u"w:tblGrid"_s);
    for (int w : widths) {
        m_xml.writeEmptyElement(u"w:gridCol"_s);
        m_xml.writeAttribute(u"w:w"_s, QString::number(w));
    }
    m_xml.writeEndElement();

    const auto numeric = [&](int c) { return c < table.numeric.size() && table.numeric.at(c); };
    m_xml.writeStartElement(u"w:tr"_s);
    m_xml.writeStartElement(u"w:trPr"_s);
    m_xml.writeEmptyElement(u"w:cantSplit"_s);
    m_xml.writeEmptyElement(u"w:tblHeader"_s);
    m_xml.writeEndElement();
    for (int c = 0; c < columns; ++c)
        writeCell(widths[c], m_accent, headerStyle, table.header.at(c), numeric(c), false);
    m_xml.writeEndElement();
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        m_xml.writeStartElement(u"w:tr"_s);
        m_xml.writeStartElement(u"w:trPr"_s);
        m_xml.writeEmptyElement(u"w:cantSplit"_s);
        m_xml.writeEndElement();
        for (int c = 0; c < columns; ++c)
            writeCell(widths[c], r % 2 == 1 ? u"F3F5F8"_s : QString(), textStyle, c < row.size() ? row.at(c) : QString(),
                      numeric(c), true);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    startParagraph(u"Normal"_s);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeChart(const plan::Chart &chart)
{
    const ChartPainter painter(chart);
    if (painter.isEmpty())
        return;
    if (!chart.title.isEmpty())
        writeParagraph(u"Caption"_s, chart.title);
    const QString id = addMedia(u"chart"_s + QString::number(m_media.size() + 1) + u".png"_s, painter.toPng(2.0));
    const QSizeF natural = ChartPainter::naturalSize();
    const qreal width = std::min<qreal>(440.0, m_page.contentWidth() / 20.0);
    startParagraph(u"Figure"_s);
    writePicture(id, qint64(width * kEmuPerPoint), qint64(width * natural.height() / natural.width() * kEmuPerPoint),
                 chart.title.isEmpty() ? u"Chart"_s : xmlSafeText(chart.title));
    m_xml.writeEndElement();
}

} // namespace bw
