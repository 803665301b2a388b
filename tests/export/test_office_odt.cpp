// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument text read back with QuaZip, and opened by LibreOffice when it is installed.
#include "test_office_support.h"

#include "checkers.h"

#include "catalogue/catalogue.h"
#include "export/odtexporter.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace officetest;

TEST_CASE("ODT package: mimetype first and stored, headings, header rows, page size", "[office][odt]")
{
    const auto paper = GENERATE(bw::ExportOptions::Paper::A4, bw::ExportOptions::Paper::Letter);
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    bw::ExportOptions options;
    options.paper = paper;
    const QByteArray odt = render(bw::OdtExporter(), project, options);

    // ODF 1.3 §3.3: the first entry is an uncompressed "mimetype", readable at offset 38.
    REQUIRE(odt.mid(30, 8) == "mimetype");
    CHECK(odt.mid(38, 39) == "application/vnd.oasis.opendocument.text");
    const QStringList entries = zipEntries(odt);
    for (const auto &part : {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s, u"META-INF/manifest.xml"_s}) {
        INFO(part.toStdString());
        REQUIRE(entries.contains(part));
        QString error;
        CHECK(wellFormed(zipEntry(odt, part), &error));
    }
    const QByteArray content = zipEntry(odt, u"content.xml"_s);
    CHECK(content.contains("<text:h text:style-name=\"H1Break\" text:outline-level=\"1\">"));
    CHECK(content.contains("text:outline-level=\"2\""));
    CHECK(content.contains("<table:table-header-rows>"));
    CHECK(content.contains("<text:table-of-content "));
    CHECK(content.contains("xlink:href=\"Pictures/chart"));
    const QByteArray styles = zipEntry(odt, u"styles.xml"_s);
    CHECK(styles.contains(paper == bw::ExportOptions::Paper::A4 ? "fo:page-width=\"21.000cm\"" : "fo:page-width=\"21.590cm\""));
    CHECK(styles.contains("<text:page-number"));
    CHECK(styles.contains("<text:page-count>"));
}

TEST_CASE("ODT opens in LibreOffice with every objective and activity", "[office][odt][libreoffice]")
{
    const QString name = GENERATE(u"it-risk"_s, u"pm-initiative"_s);
    const bw::Project project = *bw::templateProject(name);
    const QByteArray odt = render(bw::OdtExporter(), project);
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    const QString text = officeText(writeTemp(odt, u"odt"_s)).simplified();
    REQUIRE_FALSE(text.isEmpty());
    for (const auto &objective : project.objectives) {
        CHECK(text.contains(objective.statement.simplified()));
        for (const auto &activity : objective.activities)
            CHECK(text.contains(activity.title.simplified()));
    }
}

TEST_CASE("ODT keeps hostile text as text", "[office][odt][escaping]")
{
    const QByteArray odt = render(bw::OdtExporter(), hostileProject());
    for (const QString &part : zipEntries(odt)) {
        if (!part.endsWith(u".xml"_s))
            continue;
        QString error;
        CHECK(wellFormed(zipEntry(odt, part), &error));
        INFO(part.toStdString() << ": " << error.toStdString());
    }
    CHECK_FALSE(zipEntry(odt, u"content.xml"_s).contains("<script>"));
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    const QString text = officeText(writeTemp(odt, u"odt"_s));
    for (const QString &s : hostileStrings()) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
    }
}
