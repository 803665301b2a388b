// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxbodywriter.h"

#include "chartpainter.h"
#include "docxrevisions.h"
#include "exportprogress.h"
#include "officecolumns.h"
#include "officelayout.h"
#include "officedirection.h"
#include "officexml.h"
#include "model/palette.h"
#include "planglyphs.h"
#include "plan/plantext.h"

#include "diff/projectdiff.h"

#include <QHash>

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

// Revision ids start far above the bookmarks' (they share one id space in Word's eyes).
constexpr int kFirstRevisionId = 1000000;

// The page each section and each listed heading is estimated to start on, for the contents.
// LibreOffice shows a TOC field's stored result as it is, and Word replaces it when it updates
// the fields.
QHash<const void *, int> estimatePages(const plan::Plan &plan)
{
    constexpr double kCharactersPerPage = 2300; // measured on the templates in LibreOffice
    QHash<const void *, int> pages;
    int page = plan.includeCover ? 2 : 1; // the contents' own page
    double filled = 1; // of the current page
    bool firstSection = true;
    for (const auto &section : plan.sections) {
        if (firstSection || sectionStartsPage(section.key)) {
            page += int(std::ceil(filled));
            filled = 0;
        }
        firstSection = false;
        pages.insert(&section, page + int(filled));
        for (const auto &block : section.blocks) {
            if (const auto *h = std::get_if<plan::Heading>(&block); h && h->level <= 2)
                pages.insert(&block, page + int(filled));
            filled += std::holds_alternative<plan::Chart>(block) ? 0.4 : blockText(block).size() / kCharactersPerPage;
        }
    }
    return pages;
}

// Keys that pair a section's blocks with their earlier selves: a heading by its anchor, any
// other block by the heading it follows and its kind (repeats are told apart by align()).
QStringList blockKeys(const plan::Section &section)
{
    QStringList keys;
    QString context = u"start"_s;
    for (const auto &block : section.blocks) {
        if (const auto *h = std::get_if<plan::Heading>(&block)) {
            context = u"h:"_s + (h->anchor.isEmpty() ? h->text : h->anchor);
            keys.append(context);
        } else {
            keys.append(context + u'/' + QString::number(block.index()));
        }
    }
    return keys;
}

// A table cell's text as writeCellText() shows it: a direction named gets a dot before it.
QString shownCellText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        if (directionNamedBy(line) != Direction::Unset)
            line.prepend(u"● "_s);
    return lines.join(u'\n');
}

QString joinedRow(const QStringList &cells)
{
    return cells.join(QChar(0x1f));
}

} // namespace

void DocxBodyWriter::setRevisions(const plan::Plan *base, const QString &author, const QDateTime &date)
{
    m_base = base;
    m_author = author.trimmed().isEmpty() ? u"Blendwise"_s : author.trimmed();
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    m_date = when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

DocxBodyWriter::Mark DocxBodyWriter::markOf(const void *before, const void *after)
{
    if (before && after)
        return Mark::None;
    return after ? Mark::Inserted : Mark::Deleted;
}

void DocxBodyWriter::buildSteps()
{
    m_steps.clear();
    if (!m_base) {
        for (const auto &section : m_plan.sections) {
            SectionStep step { &section, &section, {} };
            step.blocks.reserve(section.blocks.size());
            for (const auto &block : section.blocks)
                step.blocks.append(BlockStep { &block, &block });
            m_steps.append(std::move(step));
        }
        return;
    }
    QStringList before;
    QStringList after;
    for (const auto &section : m_base->sections)
        before.append(section.key);
    for (const auto &section : m_plan.sections)
        after.append(section.key);
    for (const docx::AlignStep &s : docx::align(before, after)) {
        SectionStep step;
        step.before = s.before >= 0 ? &m_base->sections[s.before] : nullptr;
        step.after = s.after >= 0 ? &m_plan.sections[s.after] : nullptr;
        if (step.before && step.after) {
            const auto &was = step.before->blocks;
            const auto &now = step.after->blocks;
            const auto sameKind = [&was, &now](int b, int a) { return was[b].index() == now[a].index(); };
            for (const docx::AlignStep &b : docx::align(blockKeys(*step.before), blockKeys(*step.after), sameKind))
                step.blocks.append(
                    BlockStep { b.before >= 0 ? &was[b.before] : nullptr, b.after >= 0 ? &now[b.after] : nullptr });
        } else if (step.after) {
            for (const auto &block : step.after->blocks)
                step.blocks.append(BlockStep { nullptr, &block });
        } else {
            for (const auto &block : step.before->blocks)
                step.blocks.append(BlockStep { &block, nullptr });
        }
        m_steps.append(std::move(step));
    }
}

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

    buildSteps();
    if (m_plan.includeCover)
        writeCover();
    // The contents' page numbers are estimated from the amount of text; with tracked changes,
    // each entry's text and page as a revision of the base plan's.
    const QHash<const void *, int> pagesNow = estimatePages(m_plan);
    const QHash<const void *, int> pagesBefore = m_base ? estimatePages(*m_base) : pagesNow;
    const auto entry = [&](int level, const void *before, const void *after, const QString &was, const QString &now) {
        const QString pageWas = QString::number(before ? pagesBefore.value(before) : pagesNow.value(after));
        const QString pageNow = QString::number(after ? pagesNow.value(after) : pagesBefore.value(before));
        m_tocEntries.append({ level, Revised(was, now), Revised(pageWas, pageNow), markOf(before, after) });
    };
    for (const SectionStep &step : std::as_const(m_steps)) {
        const plan::Section &now = step.after ? *step.after : *step.before;
        entry(1, step.before, step.after, step.before ? step.before->title : now.title, now.title);
        for (const BlockStep &b : step.blocks) {
            const auto *h = std::get_if<plan::Heading>(b.after ? b.after : b.before);
            if (!h || h->level > 2)
                continue;
            const auto *was = b.before ? std::get_if<plan::Heading>(b.before) : nullptr;
            entry(2, b.before, b.after, was ? was->text : h->text, h->text);
        }
    }
    if (!m_tocEntries.isEmpty())
        writeContents();
    bool first = true;
    for (const SectionStep &step : std::as_const(m_steps)) {
        // The first section leaves the contents' page; later major sections open their own.
        const QString &key = step.after ? step.after->key : step.before->key;
        writeSection(step, first || sectionStartsPage(key));
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
    writeParagraphMark();
    m_xml.writeEndElement();
}

void DocxBodyWriter::startRevision(Mark mark)
{
    m_xml.writeStartElement(mark == Mark::Deleted ? u"w:del"_s : u"w:ins"_s);
    m_xml.writeAttribute(u"w:id"_s, QString::number(kFirstRevisionId + m_revisions++));
    m_xml.writeAttribute(u"w:author"_s, m_author);
    if (!m_date.isEmpty())
        m_xml.writeAttribute(u"w:date"_s, m_date);
}

void DocxBodyWriter::writeParagraphMark()
{
    if (m_mark == Mark::None)
        return;
    m_xml.writeStartElement(u"w:rPr"_s);
    startRevision(m_mark);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeRowMark()
{
    if (m_mark == Mark::None)
        return;
    startRevision(m_mark);
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

void DocxBodyWriter::writeText(const Revised &text, const RunStyle &style)
{
    if (text.before == text.after) {
        writeMarkedText(text.after, style, m_mark);
        return;
    }
    for (const diff::TextPart &part : diff::wordDiff(text.before, text.after))
        writeMarkedText(part.text, style,
            part.op == diff::TextPart::Op::Same          ? m_mark
                : part.op == diff::TextPart::Op::Deleted ? Mark::Deleted
                                                         : Mark::Inserted);
}

void DocxBodyWriter::writeMarkedText(const QString &text, const RunStyle &style, Mark mark)
{
    const QString safe = xmlSafeText(text);
    if (safe.isEmpty()) {
        writeRun(safe, style, false, mark);
        return;
    }
    for (const auto &[run, rightToLeft] : directionRuns(safe))
        writeRun(run, style, rightToLeft, mark);
}

void DocxBodyWriter::writeRun(const QString &text, const RunStyle &style, bool rightToLeft, Mark mark)
{
    const QStringList lines = text.split(u'\n');
    if (mark != Mark::None)
        startRevision(mark);
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
        m_xml.writeStartElement(mark == Mark::Deleted ? u"w:delText"_s : u"w:t"_s);
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        m_xml.writeCharacters(line);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    if (mark != Mark::None)
        m_xml.writeEndElement(); // ins or del
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
    if (m_mark != Mark::None)
        startRevision(m_mark);
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
    if (m_mark != Mark::None)
        m_xml.writeEndElement(); // ins or del
}

void DocxBodyWriter::writeCover()
{
    const plan::Cover &cover = m_plan.cover;
    const plan::Cover &was = m_base ? m_base->cover : cover;
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
    writeText(Revised(was.subtitle, cover.subtitle));
    m_xml.writeEndElement();
    startParagraph(u"Title"_s);
    writeText(Revised(was.title, cover.title));
    m_xml.writeEndElement();
    startParagraph(u"CoverClient"_s);
    writeText(Revised(was.client.simplified(), cover.client.simplified()));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tc
    m_xml.writeEndElement(); // tr
    m_xml.writeEndElement(); // tbl

    const auto detail = [&](const QString &label, const QString &before, const QString &value) {
        const bool had = !before.trimmed().isEmpty();
        const bool has = !value.trimmed().isEmpty();
        if (!had && !has)
            return;
        MarkScope mark(*this, had && has ? Mark::None : has ? Mark::Inserted : Mark::Deleted);
        startParagraph(u"CoverLabel"_s);
        writeText(label);
        m_xml.writeEndElement();
        startParagraph(u"CoverValue"_s);
        writeText(Revised(had ? before.trimmed() : value.trimmed(), has ? value.trimmed() : before.trimmed()));
        m_xml.writeEndElement();
    };
    detail(plan::PlanText::preparedFor(), was.client, cover.client);
    detail(plan::PlanText::preparedBy(), was.author, cover.author);
    detail(plan::PlanText::date(), was.dateText, cover.dateText);
    detail(plan::PlanText::version(), was.version, cover.version);
    detail(plan::PlanText::audience(), was.audience, cover.audience);
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
        const TocEntry &e = m_tocEntries.at(i);
        MarkScope mark(*this, e.mark);
        startParagraph(e.level == 1 ? u"TOC1"_s : u"TOC2"_s);
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
        writeText(Revised(e.text.before.simplified(), e.text.after.simplified()));
        // The page number: a PAGEREF field to the heading's bookmark, with the estimate as
        // its result.
        if (m_mark != Mark::None)
            startRevision(m_mark);
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeEmptyElement(u"w:tab"_s);
        m_xml.writeEndElement();
        if (m_mark != Mark::None)
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
        writeText(e.page);
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

void DocxBodyWriter::writeHeading(const QString &style, const Revised &text, bool pageBreak)
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

void DocxBodyWriter::writeSection(const SectionStep &step, bool pageBreak)
{
    MarkScope mark(*this, markOf(step.before, step.after));
    const plan::Section &now = step.after ? *step.after : *step.before;
    writeHeading(u"Heading1"_s, Revised(step.before ? step.before->title : now.title, now.title), pageBreak);
    for (const BlockStep &block : step.blocks) {
        writeBlock(block);
        if (m_progress && block.after && !m_progress->advance(*block.after))
            return;
    }
}

void DocxBodyWriter::writeBlock(const BlockStep &step)
{
    MarkScope mark(*this, markOf(step.before, step.after));
    const plan::Block &now = step.after ? *step.after : *step.before;
    // The earlier self of a block that pairs with one (none when nothing is compared).
    const plan::Block *old = step.before && step.after && step.before != step.after ? step.before : nullptr;
    std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            const T *was = old ? std::get_if<T>(old) : nullptr;
            if constexpr (std::is_same_v<T, plan::Heading>)
                writeHeading(b.level <= 2 ? u"Heading2"_s : u"Heading3"_s, Revised(was ? was->text : b.text, b.text));
            else if constexpr (std::is_same_v<T, plan::Paragraph>)
                writeParagraph(b.role == plan::Paragraph::Role::Lead ? u"Lead"_s
                        : b.role == plan::Paragraph::Role::Note      ? u"Note"_s
                                                                     : u"Normal"_s,
                    Revised(was ? was->text : b.text, b.text));
            else if constexpr (std::is_same_v<T, plan::Fields>)
                writeFields(was, b);
            else if constexpr (std::is_same_v<T, plan::List>)
                writeList(was, b);
            else if constexpr (std::is_same_v<T, plan::Table>)
                writeTable(was, b);
            else if constexpr (std::is_same_v<T, plan::Chart>)
                writeChart(was, b);
        },
        now);
}

void DocxBodyWriter::writeParagraph(const QString &style, const Revised &text)
{
    startParagraph(style);
    writeText(text);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeList(const plan::List *before, const plan::List &list)
{
    int numId = docx::kBulletList;
    if (list.style == plan::List::Style::Checklist)
        numId = docx::kChecklist;
    else if (list.style == plan::List::Style::Numbered)
        numId = docx::kFirstNumberedList + m_numberedLists++;
    QList<docx::AlignStep> steps;
    if (before) {
        steps = docx::align(before->items, list.items, [](int, int) { return true; });
    } else {
        steps.reserve(list.items.size());
        for (int i = 0; i < list.items.size(); ++i)
            steps.append({ i, i });
    }
    const QStringList &was = before ? before->items : list.items;
    for (const docx::AlignStep &step : std::as_const(steps)) {
        const QString now = step.after >= 0 ? list.items[step.after] : was[step.before];
        const Revised item(step.before >= 0 ? was[step.before] : now, now);
        MarkScope mark(*this, step.paired() ? Mark::None : step.after >= 0 ? Mark::Inserted : Mark::Deleted);
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
        writeParagraphMark();
        m_xml.writeEndElement(); // pPr
        writeText(item);
        m_xml.writeEndElement();
    }
}

void DocxBodyWriter::writeCellText(const Revised &revised, bool markDirections)
{
    if (revised.before != revised.after) {
        // A changed cell: the difference of what it shows, in the style's colour.
        writeText(markDirections ? Revised(shownCellText(revised.before), shownCellText(revised.after)) : revised);
        return;
    }
    const QString &text = revised.after;
    if (!markDirections) {
        writeText(text);
        return;
    }
    // Direction named in colour plus words, as in the PDF.
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            if (m_mark != Mark::None)
                startRevision(m_mark);
            m_xml.writeStartElement(u"w:r"_s);
            m_xml.writeEmptyElement(u"w:br"_s);
            m_xml.writeEndElement();
            if (m_mark != Mark::None)
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

void DocxBodyWriter::writeCell(
    int width, const QString &fill, const QString &style, const Revised &text, bool rightAligned, bool markDirections)
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
    writeParagraphMark();
    m_xml.writeEndElement();
    writeCellText(text, markDirections);
    m_xml.writeEndElement(); // p
    m_xml.writeEndElement(); // tc
}

void DocxBodyWriter::writeFields(const plan::Fields *before, const plan::Fields &fields)
{
    const QList<plan::Field> &was = before ? before->items : fields.items;
    QList<docx::AlignStep> steps;
    if (before) {
        QStringList labelsBefore;
        QStringList labelsNow;
        for (const auto &f : was)
            labelsBefore.append(f.label);
        for (const auto &f : fields.items)
            labelsNow.append(f.label);
        steps = docx::align(labelsBefore, labelsNow, [](int, int) { return true; });
    } else {
        for (int i = 0; i < fields.items.size(); ++i)
            steps.append({ i, i });
    }
    if (steps.isEmpty())
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
    for (const docx::AlignStep &step : std::as_const(steps)) {
        const plan::Field &now = step.after >= 0 ? fields.items[step.after] : was[step.before];
        const plan::Field &then = step.before >= 0 ? was[step.before] : now;
        MarkScope mark(*this, step.paired() ? Mark::None : step.after >= 0 ? Mark::Inserted : Mark::Deleted);
        m_xml.writeStartElement(u"w:tr"_s);
        m_xml.writeStartElement(u"w:trPr"_s);
        m_xml.writeEmptyElement(u"w:cantSplit"_s);
        writeRowMark();
        m_xml.writeEndElement();
        writeCell(widths[0], {}, u"FieldLabel"_s, Revised(then.label, now.label), false, false);
        writeCell(widths[1], {}, u"TableText"_s, Revised(then.value, now.value), false, false);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    // Word needs a paragraph between two tables, or it merges them.
    startParagraph(u"Normal"_s);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeTable(const plan::Table *before, const plan::Table &table)
{
    if (before && before->header.size() != table.header.size()) {
        // Another set of columns: no row pairs with its earlier self, the table is replaced.
        {
            MarkScope deleted(*this, Mark::Deleted);
            writeTable(nullptr, *before);
        }
        MarkScope inserted(*this, Mark::Inserted);
        writeTable(nullptr, table);
        return;
    }
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
    writeRowMark();
    m_xml.writeEndElement();
    for (int c = 0; c < columns; ++c)
        writeCell(widths[c], m_accent, headerStyle,
            Revised(before ? before->header.at(c) : table.header.at(c), table.header.at(c)), numeric(c), false);
    m_xml.writeEndElement();

    // Rows pair by their keys when both tables have them, else by their text (a changed row
    // between two unchanged ones pairs with its earlier self).
    QList<docx::AlignStep> steps;
    if (before) {
        const bool keyed = before->rowKeys.size() == before->rows.size() && table.rowKeys.size() == table.rows.size()
            && !(before->rowKeys.isEmpty() && table.rowKeys.isEmpty());
        if (keyed) {
            steps = docx::align(before->rowKeys, table.rowKeys);
        } else {
            QStringList was;
            QStringList now;
            for (const QStringList &row : before->rows)
                was.append(joinedRow(row));
            for (const QStringList &row : table.rows)
                now.append(joinedRow(row));
            steps = docx::align(was, now, [](int, int) { return true; });
        }
    } else {
        steps.reserve(table.rows.size());
        for (int r = 0; r < table.rows.size(); ++r)
            steps.append({ r, r });
    }
    const QList<QStringList> &rowsBefore = before ? before->rows : table.rows;
    for (const docx::AlignStep &step : std::as_const(steps)) {
        const QStringList &row = step.after >= 0 ? table.rows.at(step.after) : rowsBefore.at(step.before);
        const QStringList &was = step.before >= 0 ? rowsBefore.at(step.before) : row;
        const int r = step.after >= 0 ? step.after : step.before;
        MarkScope mark(*this, step.paired() ? Mark::None : step.after >= 0 ? Mark::Inserted : Mark::Deleted);
        m_xml.writeStartElement(u"w:tr"_s);
        m_xml.writeStartElement(u"w:trPr"_s);
        m_xml.writeEmptyElement(u"w:cantSplit"_s);
        writeRowMark();
        m_xml.writeEndElement();
        for (int c = 0; c < columns; ++c)
            writeCell(widths[c], r % 2 == 1 ? u"F3F5F8"_s : QString(), textStyle,
                Revised(c < was.size() ? was.at(c) : QString(), c < row.size() ? row.at(c) : QString()), numeric(c),
                true);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    startParagraph(u"Normal"_s);
    m_xml.writeEndElement();
}

void DocxBodyWriter::writeChart(const plan::Chart *before, const plan::Chart &chart)
{
    if (before
        && (before->series.cells != chart.series.cells || before->title != chart.title
            || before->valueAxis != chart.valueAxis || before->categoryAxis != chart.categoryAxis)) {
        // Another picture: the old one deleted, the new one inserted.
        {
            MarkScope deleted(*this, Mark::Deleted);
            writeChart(nullptr, *before);
        }
        MarkScope inserted(*this, Mark::Inserted);
        writeChart(nullptr, chart);
        return;
    }
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
