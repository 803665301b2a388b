// SPDX-License-Identifier: GPL-3.0-or-later
// The Word document read back with QuaZip, and opened by LibreOffice when it is installed.
#include "test_office_support.h"

#include "checkers.h"

#include "catalogue/catalogue.h"
#include "export/docxexporter.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace officetest;

TEST_CASE("DOCX package: headings, repeating table headers, page size, fields", "[office][docx]")
{
    const auto paper = GENERATE(bw::ExportOptions::Paper::A4, bw::ExportOptions::Paper::Letter);
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    bw::ExportOptions options;
    options.paper = paper;
    const QByteArray docx = render(bw::DocxExporter(), project, options);

    const QStringList entries = zipEntries(docx);
    for (const auto &part : {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s, u"word/styles.xml"_s,
                             u"word/header1.xml"_s, u"word/footer1.xml"_s, u"word/_rels/document.xml.rels"_s})
        CHECK(entries.contains(part));
    CHECK(entries.filter(u"word/media/chart"_s).size() == 1);

    for (const QString &part : entries) {
        if (!part.endsWith(u".xml"_s) && !part.endsWith(u".rels"_s))
            continue;
        QString error;
        INFO(part.toStdString());
        CHECK(wellFormed(zipEntry(docx, part), &error));
    }
    const QByteArray document = zipEntry(docx, u"word/document.xml"_s);
    CHECK(document.count("<w:pStyle w:val=\"Heading1\"/>") >= 5);
    CHECK(document.contains("<w:pStyle w:val=\"Heading2\"/>"));
    CHECK(document.contains("<w:tblHeader/>"));
    CHECK(document.contains("TOC \\o &quot;1-3&quot; \\h \\z \\u") + document.contains("TOC \\o \"1-3\" \\h \\z \\u") == 1);
    CHECK(document.contains(paper == bw::ExportOptions::Paper::A4 ? "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                                                                   : "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
    const QByteArray styles = zipEntry(docx, u"word/styles.xml"_s);
    CHECK(styles.contains("w:styleId=\"Heading1\""));
    CHECK(styles.contains("<w:outlineLvl w:val=\"0\"/>"));
    const QByteArray footer = zipEntry(docx, u"word/footer1.xml"_s);
    CHECK(footer.contains("PAGE"));
    CHECK(footer.contains("NUMPAGES"));
}

TEST_CASE("DOCX opens in LibreOffice with every objective and activity", "[office][docx][libreoffice]")
{
    const QString name = GENERATE(u"it-risk"_s, u"pm-initiative"_s);
    const bw::Project project = *bw::templateProject(name);
    const QByteArray docx = render(bw::DocxExporter(), project);
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    const QString text = officeText(writeTemp(docx, u"docx"_s)).simplified();
    REQUIRE_FALSE(text.isEmpty());
    for (const auto &objective : project.objectives) {
        CHECK(text.contains(objective.statement.simplified()));
        for (const auto &activity : objective.activities)
            CHECK(text.contains(activity.title.simplified()));
    }
}

TEST_CASE("DOCX keeps hostile text as text", "[office][docx][escaping]")
{
    const QByteArray docx = render(bw::DocxExporter(), hostileProject());
    for (const QString &part : zipEntries(docx)) {
        if (!part.endsWith(u".xml"_s))
            continue;
        QString error;
        INFO(part.toStdString() << ": " << error.toStdString());
        CHECK(wellFormed(zipEntry(docx, part), &error));
    }
    CHECK_FALSE(zipEntry(docx, u"word/document.xml"_s).contains("<script>"));
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    const QString text = officeText(writeTemp(docx, u"docx"_s));
    for (const QString &s : hostileStrings()) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
    }
}
