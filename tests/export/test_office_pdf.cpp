// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF checked with poppler's command-line clients: pages, paper, embedded fonts, text.
#include "test_office_support.h"

#include "catalogue/catalogue.h"
#include "checkers.h"
#include "export/pdfexporter.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace officetest;

namespace {

bool popplerMissing()
{
    for (const auto &tool : { u"pdfinfo"_s, u"pdffonts"_s, u"pdftotext"_s })
        if (!installed(tool)) {
            return test::checkerMissing(tool.toStdString(), "poppler-utils");
        }
    return false;
}

// NFKC folds the "ﬁ" ligatures that pdftotext reports back into letters.
QString pdfText(const QString &path)
{
    return run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("PDF of both templates: pages, paper size, embedded fonts, text", "[office][pdf]")
{
    const QString name = GENERATE(u"it-risk"_s, u"pm-initiative"_s);
    const auto paper = GENERATE(bw::ExportOptions::Paper::A4, bw::ExportOptions::Paper::Letter);
    const bw::Project project = *bw::templateProject(name);
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    options.paper = paper;
    const QByteArray pdf = render(bw::PdfExporter(), project, options);
    REQUIRE(pdf.startsWith("%PDF-"));
    if (popplerMissing())
        return;
    const QString path = writeTemp(pdf, u"pdf"_s);

    const QString info = run(u"pdfinfo"_s, { path });
    REQUIRE_FALSE(info.isNull());
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() > 3);
    const QString size = paper == bw::ExportOptions::Paper::A4 ? u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"_s
                                                               : u"Page size:\\s+612 x 792 pts"_s;
    INFO(info.toStdString());
    CHECK(QRegularExpression(size).match(info).hasMatch());

    // Every font embedded: the "emb" column of pdffonts says yes on every line.
    const QStringList fonts = run(u"pdffonts"_s, { path }).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        INFO(line.toStdString());
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 5);
        CHECK(columns.at(columns.size() - 5) == u"yes");
    }

    const QString text = pdfText(path).simplified();
    for (const auto &objective : project.objectives) {
        INFO(objective.statement.toStdString());
        CHECK(text.contains(objective.statement.normalized(QString::NormalizationForm_KC).simplified()));
    }
    CHECK(text.contains(u"Contents"_s));
    CHECK(text.contains(u"Learning sequences"_s));
    CHECK(text.contains(u"Page 2 of"_s));
    // The contents give a page number for the sequences section.
    CHECK(QRegularExpression(u"Learning sequences \\d+"_s).match(text).hasMatch());
}

TEST_CASE("PDF keeps hostile text as text", "[office][pdf][escaping]")
{
    const bw::Project project = hostileProject();
    const QByteArray pdf = render(bw::PdfExporter(), project);
    if (popplerMissing())
        return;
    const QString text = pdfText(writeTemp(pdf, u"pdf"_s));
    for (const QString &s : hostileStrings()) {
        // 🎓 needs a colour-emoji font, which a Debian server does not have; ☕ is in DejaVu.
        const QString expected = QString(s).replace(u"🎓"_s, QString()).simplified();
        INFO(expected.toStdString());
        CHECK(text.simplified().contains(expected.left(12)));
    }
}

TEST_CASE("PDF client version leaves the design review out", "[office][pdf]")
{
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    bw::ExportOptions options;
    options.clientVersion = true;
    const QByteArray pdf = render(bw::PdfExporter(), project, options);
    if (popplerMissing())
        return;
    const QString text = pdfText(writeTemp(pdf, u"pdf"_s));
    CHECK_FALSE(text.contains(u"Design review"_s));
}

TEST_CASE("PDF table rows are never cut across pages; a continued table repeats its header", "[office][pdf]")
{
    // Tall rows (long deliverables) in a long table: without care some row would start near a
    // page bottom and run onto the next page.
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    bw::Objective &objective = project.objectives.first();
    const bw::Activity model = objective.activities.first();
    objective.activities.clear();
    for (int i = 0; i < 40; ++i) {
        bw::Activity a = model;
        a.id = 50000 + i;
        a.title = u"Activity %1"_s.arg(i);
        a.deliverable = u"Rowstart%1 "_s.arg(i) + QString(u"a short note about the work "_s).repeated(3 + i % 5)
            + u"Rowend%1"_s.arg(i);
        objective.activities.append(a);
    }
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    const QByteArray pdf = render(bw::PdfExporter(), project, options);
    if (popplerMissing())
        return;
    const QString path = writeTemp(pdf, u"pdf"_s);
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, { path }));
    REQUIRE(pages.hasMatch());
    QStringList pageTexts;
    for (int p = 1; p <= pages.captured(1).toInt(); ++p)
        pageTexts.append(run(u"pdftotext"_s,
            { u"-f"_s, QString::number(p), u"-l"_s, QString::number(p), u"-enc"_s, u"UTF-8"_s, path, u"-"_s }));
    int continued = 0;
    for (int i = 0; i < 40; ++i) {
        INFO("row " << i);
        const QRegularExpression start(u"\\bRowstart%1\\b"_s.arg(i)), end(u"\\bRowend%1\\b"_s.arg(i));
        int startPage = -1, endPage = -1;
        for (int p = 0; p < pageTexts.size(); ++p) {
            if (startPage < 0 && start.match(pageTexts.at(p)).hasMatch())
                startPage = p;
            if (end.match(pageTexts.at(p)).hasMatch())
                endPage = p;
        }
        REQUIRE(startPage >= 0);
        CHECK(startPage == endPage);
        if (i > 0 && startPage > 0 && !start.match(pageTexts.at(startPage - 1)).hasMatch()
            && QRegularExpression(u"\\bRowstart%1\\b"_s.arg(i - 1)).match(pageTexts.at(startPage - 1)).hasMatch()) {
            // The table continues here from the page before: its header row comes first.
            ++continued;
            CHECK(pageTexts.at(startPage).contains(u"Deliverable"_s));
        }
    }
    CHECK(continued > 0); // the table did run over more than one page
}
