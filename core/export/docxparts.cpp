// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxparts.h"

#include "officexml.h"
#include "planfonts.h"
#include "plan/plantext.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace bw::docx {

namespace {

QString hex(const QColor &colour)
{
    return colour.name().mid(1).toUpper();
}

QByteArray utf8(const QString &xml)
{
    return xml.toUtf8();
}

void startPart(QXmlStreamWriter &xml, const QString &root)
{
    xml.setAutoFormatting(false);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeStartElement(root);
    xml.writeNamespace(QString::fromLatin1(kWordNs), u"w"_s);
    xml.writeNamespace(QString::fromLatin1(kRelNs), u"r"_s);
}

void writeRun(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeStartElement(u"w:r"_s);
    xml.writeStartElement(u"w:t"_s);
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    xml.writeCharacters(xmlSafeText(text));
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeField(QXmlStreamWriter &xml, const QString &instruction, const QString &cached)
{
    xml.writeStartElement(u"w:fldSimple"_s);
    xml.writeAttribute(u"w:instr"_s, instruction);
    writeRun(xml, cached);
    xml.writeEndElement();
}

} // namespace

PageGeometry PageGeometry::forPaper(ExportOptions::Paper paper)
{
    PageGeometry g;
    if (paper == ExportOptions::Paper::Letter) {
        g.width = 12240;
        g.height = 15840;
    }
    return g;
}

QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
)";
}

QByteArray packageRelationships()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
)";
}

QByteArray documentRelationships(const QList<Media> &media)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeStartElement(u"Relationships"_s);
    xml.writeDefaultNamespace(u"http://schemas.openxmlformats.org/package/2006/relationships"_s);
    const auto rel = [&](const QString &id, const QString &type, const QString &target) {
        xml.writeEmptyElement(u"Relationship"_s);
        xml.writeAttribute(u"Id"_s, id);
        xml.writeAttribute(u"Type"_s, u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s + type);
        xml.writeAttribute(u"Target"_s, target);
    };
    rel(u"rIdStyles"_s, u"styles"_s, u"styles.xml"_s);
    rel(u"rIdNumbering"_s, u"numbering"_s, u"numbering.xml"_s);
    rel(u"rIdSettings"_s, u"settings"_s, u"settings.xml"_s);
    rel(u"rIdHeader"_s, u"header"_s, u"header1.xml"_s);
    rel(u"rIdFooter"_s, u"footer"_s, u"footer1.xml"_s);
    for (const Media &m : media)
        rel(m.relationId, u"image"_s, m.target);
    xml.writeEndDocument();
    return out;
}

QByteArray styles(const QColor &accent, int contentWidth)
{
    const QString a = hex(accent);
    const QString dark = hex(accent.darker(115));
    // Calibri is what Word users have for Latin, Greek and Cyrillic; LibreOffice substitutes a
    // metric-compatible face. East-Asian and complex-script (Arabic, Hebrew) runs name the
    // plan's fonts for them, so Word and LibreOffice draw them as the PDF does.
    const PlanScriptFonts fonts = planScriptFonts();
    QString xml = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="@EA@" w:cs="@CS@"/><w:color w:val="22262E"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="269" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:b/><w:bCs/><w:color w:val="@A@"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:b/><w:bCs/><w:color w:val="22262E"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
<w:rPr><w:b/><w:bCs/><w:color w:val="@D@"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:before="120" w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CoverKind"><w:name w:val="Cover kind"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:before="360" w:after="120"/></w:pPr>
<w:rPr><w:b/><w:caps/><w:color w:val="FFFFFF"/><w:spacing w:val="20"/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CoverClient"><w:name w:val="Cover client"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="360"/></w:pPr>
<w:rPr><w:color w:val="FFFFFF"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CoverLabel"><w:name w:val="Cover label"/><w:basedOn w:val="Normal"/>
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/></w:pPr>
<w:rPr><w:b/><w:caps/><w:color w:val="@D@"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CoverValue"><w:name w:val="Cover value"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
<w:pPr><w:spacing w:after="200"/></w:pPr>
<w:rPr><w:b/><w:color w:val="@A@"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="@W@"/></w:tabs><w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="@W@"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="280"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="@W@"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="560"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="5A6370"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="5A6370"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table text"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeader"><w:name w:val="Table header"/><w:basedOn w:val="TableText"/>
<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableTextCompact"><w:name w:val="Table text compact"/><w:basedOn w:val="TableText"/><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeaderCompact"><w:name w:val="Table header compact"/><w:basedOn w:val="TableHeader"/><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FieldLabel"><w:name w:val="Field label"/><w:basedOn w:val="TableText"/><w:rPr><w:b/><w:color w:val="5A6370"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:pos="@W@"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="5A6370"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:pos="@W@"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="5A6370"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="@A@"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
)"_s;
    xml.replace(u"@A@"_s, a);
    xml.replace(u"@D@"_s, dark);
    xml.replace(u"@W@"_s, QString::number(contentWidth));
    xml.replace(u"@EA@"_s, fonts.eastAsian);
    xml.replace(u"@CS@"_s, fonts.complex);
    return utf8(xml);
}

QByteArray numbering(int numberedLists)
{
    QString xml = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="540" w:hanging="270"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="☐"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="540" w:hanging="300"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="540" w:hanging="300"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
)"_s;
    for (int i = 0; i < numberedLists; ++i)
        xml += u"<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>\n"_s
                   .arg(kFirstNumberedList + i);
    xml += u"</w:numbering>\n"_s;
    return utf8(xml);
}

QByteArray settings()
{
    // updateFields: Word offers to fill in the table of contents and the page count on opening.
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:updateFields w:val="true"/>
<w:defaultTabStop w:val="708"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
)";
}

QByteArray header(const QString &text, const QColor &accent)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml, u"w:hdr"_s);
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    xml.writeEmptyElement(u"w:pStyle"_s);
    xml.writeAttribute(u"w:val"_s, u"Header"_s);
    xml.writeStartElement(u"w:pBdr"_s);
    xml.writeEmptyElement(u"w:bottom"_s);
    xml.writeAttribute(u"w:val"_s, u"single"_s);
    xml.writeAttribute(u"w:sz"_s, u"6"_s);
    xml.writeAttribute(u"w:space"_s, u"4"_s);
    xml.writeAttribute(u"w:color"_s, hex(accent));
    xml.writeEndElement(); // pBdr
    xml.writeEndElement(); // pPr
    writeRun(xml, text);
    xml.writeEndElement(); // p
    xml.writeEndDocument();
    return out;
}

QByteArray footer(const QString &text)
{
    // "Page %1 of %2" in the plan's wording, with the numbers turned into PAGE / NUMPAGES fields.
    constexpr int pageMark = 918273;
    constexpr int pagesMark = 645546;
    const QString pattern = plan::PlanText::pageOf(pageMark, pagesMark);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml, u"w:ftr"_s);
    xml.writeStartElement(u"w:p"_s);
    xml.writeStartElement(u"w:pPr"_s);
    xml.writeEmptyElement(u"w:pStyle"_s);
    xml.writeAttribute(u"w:val"_s, u"Footer"_s);
    xml.writeEndElement();
    if (!text.trimmed().isEmpty())
        writeRun(xml, text.simplified());
    xml.writeStartElement(u"w:r"_s);
    xml.writeEmptyElement(u"w:tab"_s);
    xml.writeEndElement();
    const QString page = QString::number(pageMark);
    const QString pages = QString::number(pagesMark);
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype nextPage = pattern.indexOf(page, at);
        const qsizetype nextPages = pattern.indexOf(pages, at);
        qsizetype next = pattern.size();
        if (nextPage >= 0)
            next = nextPage;
        if (nextPages >= 0 && nextPages < next)
            next = nextPages;
        if (next > at)
            writeRun(xml, pattern.mid(at, next - at));
        if (next == pattern.size())
            break;
        if (next == nextPage) {
            writeField(xml, u" PAGE "_s, u"1"_s);
            at = next + page.size();
        } else {
            writeField(xml, u" NUMPAGES "_s, u"1"_s);
            at = next + pages.size();
        }
    }
    xml.writeEndElement(); // p
    xml.writeEndDocument();
    return out;
}

QByteArray coreProperties(const QString &title, const QString &author, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeStartElement(u"cp:coreProperties"_s);
    xml.writeNamespace(u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s, u"cp"_s);
    xml.writeNamespace(u"http://purl.org/dc/elements/1.1/"_s, u"dc"_s);
    xml.writeNamespace(u"http://purl.org/dc/terms/"_s, u"dcterms"_s);
    xml.writeTextElement(u"dc:title"_s, xmlSafeText(title));
    if (!author.isEmpty())
        xml.writeTextElement(u"dc:creator"_s, xmlSafeText(author));
    if (!language.isEmpty())
        xml.writeTextElement(u"dc:language"_s, xmlSafeText(language));
    xml.writeEndDocument();
    return out;
}

QByteArray appProperties()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(u"1.0"_s, true);
    xml.writeStartElement(u"Properties"_s);
    xml.writeDefaultNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    xml.writeTextElement(u"Application"_s, u"Blendwise "_s + QLatin1String(BLENDWISE_VERSION));
    xml.writeEndDocument();
    return out;
}

} // namespace bw::docx
