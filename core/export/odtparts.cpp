// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtparts.h"

#include "officexml.h"
#include "planfonts.h"
#include "plan/plantext.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace bw::odt {

namespace {

QString cm(double value)
{
    return QString::number(value, 'f', 3) + u"cm"_s;
}

void startPart(QXmlStreamWriter &xml, const QString &root)
{
    xml.writeStartDocument(u"1.0"_s);
    xml.writeStartElement(root);
    writeNamespaces(xml);
    xml.writeAttribute(u"office:version"_s, u"1.3"_s);
}

} // namespace

PageGeometry PageGeometry::forPaper(ExportOptions::Paper paper)
{
    PageGeometry g;
    if (paper == ExportOptions::Paper::Letter) {
        g.width = 21.59;
        g.height = 27.94;
    }
    return g;
}

void writeNamespaces(QXmlStreamWriter &xml)
{
    const QList<std::pair<QString, QString>> namespaces{
        {u"office"_s, u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s},
        {u"style"_s, u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s},
        {u"text"_s, u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s},
        {u"table"_s, u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s},
        {u"draw"_s, u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s},
        {u"fo"_s, u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s},
        {u"xlink"_s, u"http://www.w3.org/1999/xlink"_s},
        {u"dc"_s, u"http://purl.org/dc/elements/1.1/"_s},
        {u"meta"_s, u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s},
        {u"svg"_s, u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s},
        {u"loext"_s, u"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"_s},
    };
    for (const auto &[prefix, uri] : namespaces)
        xml.writeNamespace(uri, prefix);
}

void writeText(QXmlStreamWriter &xml, const QString &text)
{
    const QString safe = xmlSafeText(text);
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        if (c == u'\r')
            continue;
        if (c == u'\n') {
            flush();
            xml.writeEmptyElement(u"text:line-break"_s);
        } else if (c == u'\t') {
            flush();
            xml.writeEmptyElement(u"text:tab"_s);
        } else if (c == u' ' && (i + 1 < safe.size() && safe.at(i + 1) == u' ')) {
            // The first space stays literal; the rest of the run is counted.
            pending += u' ';
            qsizetype run = 0;
            while (i + 1 < safe.size() && safe.at(i + 1) == u' ') {
                ++run;
                ++i;
            }
            flush();
            xml.writeEmptyElement(u"text:s"_s);
            xml.writeAttribute(u"text:c"_s, QString::number(run));
        } else {
            pending += c;
        }
    }
    flush();
}

QByteArray manifest(const QStringList &pictures)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(u"1.0"_s);
    xml.writeStartElement(u"manifest:manifest"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s, u"manifest"_s);
    xml.writeAttribute(u"manifest:version"_s, u"1.3"_s);
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(u"manifest:file-entry"_s);
        xml.writeAttribute(u"manifest:full-path"_s, path);
        if (path == u"/")
            xml.writeAttribute(u"manifest:version"_s, u"1.3"_s);
        xml.writeAttribute(u"manifest:media-type"_s, type);
    };
    entry(u"/"_s, QString::fromLatin1(kMimeType));
    entry(u"content.xml"_s, u"text/xml"_s);
    entry(u"styles.xml"_s, u"text/xml"_s);
    entry(u"meta.xml"_s, u"text/xml"_s);
    for (const QString &picture : pictures)
        entry(picture, u"image/png"_s);
    xml.writeEndDocument();
    return out;
}

QByteArray meta(const QString &title, const QString &author, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml, u"office:document-meta"_s);
    xml.writeStartElement(u"office:meta"_s);
    xml.writeTextElement(u"meta:generator"_s, u"Blendwise/"_s + QLatin1String(BLENDWISE_VERSION));
    xml.writeTextElement(u"dc:title"_s, xmlSafeText(title));
    if (!author.isEmpty())
        xml.writeTextElement(u"meta:initial-creator"_s, xmlSafeText(author));
    if (!language.isEmpty())
        xml.writeTextElement(u"dc:language"_s, xmlSafeText(language));
    xml.writeEndDocument();
    return out;
}

QByteArray styles(const QColor &accent, const PageGeometry &page, const QString &header, const QString &footer)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml, u"office:document-styles"_s);

    // One face per script class, as in the PDF: LibreOffice picks a run's font by class
    // (Western, Asian, complex), not per character.
    const PlanScriptFonts fonts = planScriptFonts();
    xml.writeStartElement(u"office:font-face-decls"_s);
    QStringList declared;
    for (const QString &face : { fonts.latin, fonts.eastAsian, fonts.complex }) {
        if (declared.contains(face))
            continue;
        declared.append(face);
        xml.writeEmptyElement(u"style:font-face"_s);
        xml.writeAttribute(u"style:name"_s, face);
        xml.writeAttribute(u"svg:font-family"_s, u"'"_s + face + u"'"_s);
        xml.writeAttribute(u"style:font-family-generic"_s, u"swiss"_s);
        xml.writeAttribute(u"style:font-pitch"_s, u"variable"_s);
    }
    xml.writeEndElement();

    const QString a = accent.name();
    const QString dark = accent.darker(115).name();
    xml.writeStartElement(u"office:styles"_s);
    // Default paragraph look: the same face and size everywhere, as in the PDF.
    xml.writeStartElement(u"style:default-style"_s);
    xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
    xml.writeEmptyElement(u"style:paragraph-properties"_s);
    xml.writeAttribute(u"fo:margin-bottom"_s, u"0.2cm"_s);
    xml.writeAttribute(u"fo:line-height"_s, u"115%"_s);
    xml.writeEmptyElement(u"style:text-properties"_s);
    xml.writeAttribute(u"style:font-name"_s, fonts.latin);
    xml.writeAttribute(u"style:font-name-asian"_s, fonts.eastAsian);
    xml.writeAttribute(u"style:font-name-complex"_s, fonts.complex);
    xml.writeAttribute(u"fo:font-size"_s, u"9.5pt"_s);
    xml.writeAttribute(u"style:font-size-asian"_s, u"9.5pt"_s);
    xml.writeAttribute(u"style:font-size-complex"_s, u"9.5pt"_s);
    xml.writeAttribute(u"fo:color"_s, u"#22262e"_s);
    xml.writeEndElement();

    struct Para {
        QString name;
        QString display;
        QString size;
        bool bold = false;
        QString colour;
        QString before = u"0cm"_s;
        QString after = u"0.2cm"_s;
        int outline = 0;
        bool keep = false;
        bool italic = false;
    };
    const QList<Para> paragraphs{
        {u"Standard"_s, u"Default"_s, {}, false, {}, u"0cm"_s, u"0.2cm"_s},
        {u"Heading_20_1"_s, u"Heading 1"_s, u"17pt"_s, true, a, u"0.5cm"_s, u"0.3cm"_s, 1, true},
        {u"Heading_20_2"_s, u"Heading 2"_s, u"12.5pt"_s, true, u"#22262e"_s, u"0.45cm"_s, u"0.15cm"_s, 2, true},
        {u"Heading_20_3"_s, u"Heading 3"_s, u"10.5pt"_s, true, dark, u"0.35cm"_s, u"0.1cm"_s, 3, true},
        {u"Title"_s, u"Title"_s, u"26pt"_s, true, u"#ffffff"_s, u"0.2cm"_s, u"0.4cm"_s},
        {u"Cover_20_Kind"_s, u"Cover kind"_s, u"10pt"_s, true, u"#ffffff"_s, u"0.3cm"_s, u"0.2cm"_s},
        {u"Cover_20_Client"_s, u"Cover client"_s, u"14pt"_s, false, u"#ffffff"_s, u"0cm"_s, u"0.3cm"_s},
        {u"Cover_20_Label"_s, u"Cover label"_s, u"8pt"_s, true, dark, u"0.4cm"_s, u"0cm"_s, 0, true},
        {u"Cover_20_Value"_s, u"Cover value"_s, u"12pt"_s, false, {}, u"0cm"_s, u"0cm"_s},
        {u"Contents_20_Heading"_s, u"Contents Heading"_s, u"17pt"_s, true, a, u"0cm"_s, u"0.3cm"_s},
        {u"Contents_20_1"_s, u"Contents 1"_s, u"10.5pt"_s, true, {}, u"0.15cm"_s, u"0.05cm"_s},
        {u"Contents_20_2"_s, u"Contents 2"_s, {}, false, {}, u"0cm"_s, u"0.05cm"_s},
        {u"Lead"_s, u"Lead"_s, u"11pt"_s, false, {}, u"0cm"_s, u"0.2cm"_s, 0, true},
        {u"Note"_s, u"Note"_s, u"8.5pt"_s, false, u"#5a6370"_s, u"0cm"_s, u"0.2cm"_s, 0, false, true},
        {u"Caption"_s, u"Caption"_s, u"9pt"_s, true, u"#5a6370"_s, u"0.2cm"_s, u"0.1cm"_s, 0, true},
        {u"Table_20_Contents"_s, u"Table Contents"_s, u"8pt"_s, false, {}, u"0cm"_s, u"0cm"_s},
        {u"Table_20_Heading"_s, u"Table Heading"_s, u"8pt"_s, true, u"#ffffff"_s, u"0cm"_s, u"0cm"_s, 0, true},
        {u"Field_20_Label"_s, u"Field label"_s, u"8.5pt"_s, true, u"#5a6370"_s, u"0cm"_s, u"0cm"_s},
        {u"Header"_s, u"Header"_s, u"8pt"_s, false, u"#5a6370"_s, u"0cm"_s, u"0cm"_s},
        {u"Footer"_s, u"Footer"_s, u"8pt"_s, false, u"#5a6370"_s, u"0cm"_s, u"0cm"_s},
    };
    for (const Para &p : paragraphs) {
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, p.name);
        xml.writeAttribute(u"style:display-name"_s, p.display);
        xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
        if (p.name != u"Standard")
            xml.writeAttribute(u"style:parent-style-name"_s, u"Standard"_s);
        if (p.outline > 0) {
            xml.writeAttribute(u"style:default-outline-level"_s, QString::number(p.outline));
            xml.writeAttribute(u"style:class"_s, u"text"_s);
        }
        xml.writeStartElement(u"style:paragraph-properties"_s);
        xml.writeAttribute(u"fo:margin-top"_s, p.before);
        xml.writeAttribute(u"fo:margin-bottom"_s, p.after);
        if (p.keep)
            xml.writeAttribute(u"fo:keep-with-next"_s, u"always"_s);
        if (p.name.startsWith(u"Contents_20_"))
            xml.writeAttribute(u"fo:margin-left"_s, p.name == u"Contents_20_2" ? u"0.5cm"_s : u"0cm"_s);
        if (p.name == u"Header") {
            xml.writeAttribute(u"fo:border-bottom"_s, u"0.75pt solid "_s + a);
            xml.writeAttribute(u"fo:padding-bottom"_s, u"0.1cm"_s);
        }
        if (p.name == u"Footer") {
            xml.writeAttribute(u"fo:border-top"_s, u"0.5pt solid #c8cdd4"_s);
            xml.writeAttribute(u"fo:padding-top"_s, u"0.1cm"_s);
        }
        if (p.name == u"Footer" || p.name == u"Header") {
            xml.writeStartElement(u"style:tab-stops"_s);
            xml.writeEmptyElement(u"style:tab-stop"_s);
            xml.writeAttribute(u"style:position"_s, cm(page.contentWidth()));
            xml.writeAttribute(u"style:type"_s, u"right"_s);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // paragraph-properties
        xml.writeEmptyElement(u"style:text-properties"_s);
        if (!p.size.isEmpty()) {
            xml.writeAttribute(u"fo:font-size"_s, p.size);
            xml.writeAttribute(u"style:font-size-asian"_s, p.size);
            xml.writeAttribute(u"style:font-size-complex"_s, p.size);
        }
        if (p.bold) {
            xml.writeAttribute(u"fo:font-weight"_s, u"bold"_s);
            xml.writeAttribute(u"style:font-weight-asian"_s, u"bold"_s);
            xml.writeAttribute(u"style:font-weight-complex"_s, u"bold"_s);
        }
        if (p.italic)
            xml.writeAttribute(u"fo:font-style"_s, u"italic"_s);
        if (!p.colour.isEmpty())
            xml.writeAttribute(u"fo:color"_s, p.colour);
        xml.writeEndElement(); // style
    }
    xml.writeEndElement(); // office:styles

    xml.writeStartElement(u"office:automatic-styles"_s);
    xml.writeStartElement(u"style:page-layout"_s);
    xml.writeAttribute(u"style:name"_s, u"PageLayout"_s);
    xml.writeStartElement(u"style:page-layout-properties"_s);
    xml.writeAttribute(u"fo:page-width"_s, cm(page.width));
    xml.writeAttribute(u"fo:page-height"_s, cm(page.height));
    xml.writeAttribute(u"style:print-orientation"_s, u"portrait"_s);
    xml.writeAttribute(u"fo:margin-top"_s, cm(page.top));
    xml.writeAttribute(u"fo:margin-bottom"_s, cm(page.bottom));
    xml.writeAttribute(u"fo:margin-left"_s, cm(page.left));
    xml.writeAttribute(u"fo:margin-right"_s, cm(page.right));
    xml.writeEndElement();
    xml.writeStartElement(u"style:header-style"_s);
    xml.writeEmptyElement(u"style:header-footer-properties"_s);
    xml.writeAttribute(u"fo:min-height"_s, u"0.6cm"_s);
    xml.writeAttribute(u"fo:margin-bottom"_s, u"0.6cm"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"style:footer-style"_s);
    xml.writeEmptyElement(u"style:header-footer-properties"_s);
    xml.writeAttribute(u"fo:min-height"_s, u"0.6cm"_s);
    xml.writeAttribute(u"fo:margin-top"_s, u"0.6cm"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(u"office:master-styles"_s);
    xml.writeEmptyElement(u"style:master-page"_s);
    xml.writeAttribute(u"style:name"_s, u"Cover"_s);
    xml.writeAttribute(u"style:page-layout-name"_s, u"PageLayout"_s);
    xml.writeAttribute(u"style:next-style-name"_s, u"Standard"_s);
    xml.writeStartElement(u"style:master-page"_s);
    xml.writeAttribute(u"style:name"_s, u"Standard"_s);
    xml.writeAttribute(u"style:page-layout-name"_s, u"PageLayout"_s);
    xml.writeStartElement(u"style:header"_s);
    xml.writeStartElement(u"text:p"_s);
    xml.writeAttribute(u"text:style-name"_s, u"Header"_s);
    writeText(xml, header);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"style:footer"_s);
    xml.writeStartElement(u"text:p"_s);
    xml.writeAttribute(u"text:style-name"_s, u"Footer"_s);
    writeText(xml, footer.simplified());
    xml.writeEmptyElement(u"text:tab"_s);
    // "Page %1 of %2" in the plan's wording, the numbers as page-number / page-count fields.
    constexpr int pageMark = 918273;
    constexpr int pagesMark = 645546;
    const QString pattern = plan::PlanText::pageOf(pageMark, pagesMark);
    const QString pageText = QString::number(pageMark);
    const QString pagesText = QString::number(pagesMark);
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype p1 = pattern.indexOf(pageText, at);
        const qsizetype p2 = pattern.indexOf(pagesText, at);
        qsizetype next = pattern.size();
        if (p1 >= 0)
            next = p1;
        if (p2 >= 0 && p2 < next)
            next = p2;
        writeText(xml, pattern.mid(at, next - at));
        if (next == pattern.size())
            break;
        if (next == p1) {
            xml.writeStartElement(u"text:page-number"_s);
            xml.writeAttribute(u"text:select-page"_s, u"current"_s);
            xml.writeCharacters(u"1"_s);
            xml.writeEndElement();
            at = next + pageText.size();
        } else {
            xml.writeTextElement(u"text:page-count"_s, u"1"_s);
            at = next + pagesText.size();
        }
    }
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndDocument();
    return out;
}

} // namespace bw::odt
