// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's newer blocks — day agendas with times, occurrences of recurring activities,
// assessment instruments and the attached documents — in the PDF, the Word and the ODF file.
#include "test_office_support.h"

#include "checkers.h"
#include "export/docxexporter.h"
#include "export/odtexporter.h"
#include "export/pdfexporter.h"
#include "inductionproject.h"
#include "plan/plantext.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace officetest;

namespace {

// What each format must show of the induction programme, as plain text.
QStringList expectedTexts(const bw::plan::Plan &plan)
{
    const QString lang = plan.cover.language;
    const auto time = [&lang](int h, int m) { return bw::plan::PlanText::formatTime(QTime(h, m), lang); };
    return { time(9, 0) + u"–" + time(10, 15), time(10, 15) + u"–" + time(10, 30), u"Coffee"_s,
        u"255 of 240 minutes planned: 15 minutes more than the moment lasts."_s,
        u"90 of 420 minutes planned: 330 minutes not planned yet."_s, u"(3 of 8)"_s, u"Every week, 8 times"_s,
        u"No tool — in the room"_s, u"Sales buddy"_s, u"Curator (L&D contact)"_s, u"Pitch rubric"_s,
        u"Attached documents"_s, u"pitch-rubric.pdf"_s };
}

// XML text as it reads once the entities are undone (enough for the texts above).
QString xmlText(const QByteArray &xml)
{
    return QString::fromUtf8(xml).replace(u"&amp;"_s, u"&"_s);
}

} // namespace

TEST_CASE("PDF shows the day agendas, occurrences, instruments and attached documents", "[office][pdf][agenda]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const QByteArray pdf = render(bw::PdfExporter(), ind.project);
    REQUIRE(pdf.startsWith("%PDF-"));
    if (!installed(u"pdftotext"_s) && test::checkerMissing("pdftotext", "poppler-utils"))
        return;
    const QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, writeTemp(pdf, u"pdf"_s), u"-"_s })
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    REQUIRE_FALSE(text.isEmpty());
    for (const QString &expected : expectedTexts(bw::plan::buildPlan(ind.project))) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
}

TEST_CASE(
    "DOCX and ODT show the day agendas, occurrences, instruments and attached documents", "[office][docx][odt][agenda]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const QStringList expected = expectedTexts(bw::plan::buildPlan(ind.project));
    const QByteArray docxBytes = render(bw::DocxExporter(), ind.project);
    const QByteArray odtBytes = render(bw::OdtExporter(), ind.project);
    writeTemp(docxBytes, u"docx"_s); // kept with BLENDWISE_TEST_OUTPUT, for looking at them
    writeTemp(odtBytes, u"odt"_s);
    const QString docx = xmlText(zipEntry(docxBytes, u"word/document.xml"_s));
    const QString odt = xmlText(zipEntry(odtBytes, u"content.xml"_s));
    for (const QString &text : expected) {
        INFO(text.toStdString());
        CHECK(docx.contains(text));
        CHECK(odt.contains(text));
    }
}
