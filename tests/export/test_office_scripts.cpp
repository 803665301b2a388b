// SPDX-License-Identifier: GPL-3.0-or-later
// Every script on the page: a plan in Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese,
// Korean and emoji comes back exactly from pdftotext — from our PDF, and from LibreOffice's
// rendering of our DOCX and ODT. Characters no font has are reported. One palette, readable.
#include "test_office_support.h"

#include "catalogue/catalogue.h"
#include "export/docxexporter.h"
#include "export/exportservice.h"
#include "export/odtexporter.h"
#include "export/pdfexporter.h"
#include "export/planfonts.h"
#include "export/planglyphs.h"
#include "model/palette.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace officetest;

namespace {

// One string per script, each placed whole in a field (mixed-direction strings are checked
// word by word below: pdftotext moves the spaces around an embedded right-to-left run).
const QString kJapaneseTitle = u"研修計画の見直し"_s;
const QString kGreek = u"Ελληνικό σχέδιο εκπαίδευσης"_s;
const QString kHebrew = u"תוכנית הדרכה"_s;
const QString kArabic = u"شركة ناشئة"_s;
const QString kCyrillic = u"Оценить риски проекта"_s;
const QString kChinese = u"评估风险和影响"_s;
const QString kKorean = u"한국어 목표"_s;
const QString kEmoji = u"Kick-off 🚀🎉 party"_s; // in left-to-right text: see below
const QString kClient = u"Acme Consulting — Ünïcødé 🚀 شركة 株式会社"_s;

bw::Project scriptsProject()
{
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    project.info.title = kJapaneseTitle + u" — "_s + kGreek;
    project.info.client = kClient;
    project.info.audience = kHebrew;
    REQUIRE(!project.objectives.isEmpty());
    project.objectives[0].statement = kCyrillic + u"; "_s + kChinese + u"; "_s + kKorean + u"; "_s + kEmoji;
    REQUIRE(!project.objectives[0].activities.isEmpty());
    // Emoji are neutral: at the end of a right-to-left title they are drawn left of it, and
    // pdftotext returns what is on the line in that order. They go in left-to-right text.
    project.objectives[0].activities[0].title = kArabic;
    return project;
}

QStringList expectedStrings()
{
    return { kJapaneseTitle, kGreek, kHebrew, kArabic, kCyrillic, kChinese, kKorean, kEmoji,
        u"Acme Consulting — Ünïcødé 🚀"_s, u"株式会社"_s };
}

// A checker that is missing skips the check on a developer's machine, and fails it on CI.
bool toolMissing(const QString &tool, const char *package)
{
    if (installed(tool))
        return false;
    if (qEnvironmentVariable("CI") == u"true"_s)
        FAIL(tool.toStdString() << " is not installed (Debian package " << package << "), required on CI");
    WARN("SKIPPED: " << tool.toStdString() << " is not installed (Debian package " << package << ")");
    return true;
}

// pdftotext's text with the direction marks (U+202A…U+202E) it wraps right-to-left lines in
// and with each run of white space as one space; the characters themselves untouched.
QString extracted(const QString &pdf)
{
    QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    static const QRegularExpression marks(u"[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(marks).replace(space, u" "_s);
}

void checkStrings(const QString &text, const char *what)
{
    REQUIRE_FALSE(text.isEmpty());
    for (const QString &s : expectedStrings()) {
        INFO(what << ": " << s.toStdString());
        CHECK(text.contains(s));
    }
}

// LibreOffice's PDF rendering of a file; null when the conversion fails.
QString officePdf(const QString &path, QTemporaryDir &dir)
{
    const QString profile = QUrl::fromLocalFile(dir.filePath(u"lo-profile"_s)).toString();
    if (run(u"soffice"_s,
            { u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s,
                dir.path(), path },
            180000)
            .isNull())
        return {};
    const QString pdf = QDir(dir.path()).filePath(QFileInfo(path).completeBaseName() + u".pdf"_s);
    return QFileInfo::exists(pdf) ? pdf : QString();
}

} // namespace

TEST_CASE("Plan font stack: every family is installed and every script has glyphs", "[office][scripts]")
{
    for (const QString &family : bw::planFontFamilies()) {
        INFO(family.toStdString());
        CHECK(QFontDatabase::families().contains(family));
    }
    for (const QString &s : expectedStrings()) {
        INFO(s.toStdString());
        CHECK(bw::missingGlyphs(s).isEmpty());
    }
}

TEST_CASE("Missing glyphs: reported per character, invisible characters never", "[office][scripts]")
{
    // U+1FAE8 (shaking face, Unicode 15) is in no font of the stack on Debian 12.
    CHECK(bw::missingGlyphs(u"shaking 🫨 and 🫨 again"_s) == QList<char32_t> { U'\U0001FAE8' });
    // Joiners, variation selectors and direction marks need no glyph of their own.
    CHECK(bw::missingGlyphs(u"👍\u200D\uFE0F\u200F\u00AD x"_s).isEmpty());
    CHECK(bw::codePointList({ U'\U0001FAE8', U'\uE000' }) == u"U+1FAE8 U+E000"_s);

    bw::Project project = scriptsProject();
    project.objectives[0].activities[0].title = u"Kick-off 🫨"_s;
    QStringList warnings;
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    options.warnings = &warnings;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(project, options, buffer).ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first() == u"Activity 1.1 “Kick-off 🫨”: no font has a glyph for U+1FAE8"_s);

    // Formats read with other fonts (HTML in a browser) do not warn.
    warnings.clear();
    options.format = u"html"_s;
    buffer.close();
    bytes.clear();
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(project, options, buffer).ok());
    CHECK(warnings.isEmpty());
}

TEST_CASE("PDF: every script read back exactly, fonts embedded as subsets", "[office][pdf][scripts]")
{
    if (toolMissing(u"pdftotext"_s, "poppler-utils") || toolMissing(u"pdffonts"_s, "poppler-utils"))
        return;
    const QByteArray pdf = render(bw::PdfExporter(), scriptsProject());
    const QString path = writeTemp(pdf, u"pdf"_s);
    checkStrings(extracted(path), "our PDF");

    // Every font embedded, as a subset, with a text map; the subsets keep the file small
    // although the CJK face alone is 20 MB.
    const QStringList lines = run(u"pdffonts"_s, { path }).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(lines.size() >= 4);
    QStringList names;
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(u"\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"_s)));
        names.append(line.section(u' ', 0, 0));
    }
    const QString all = names.join(u' ');
    for (const char *family : { "DejaVuSans", "NotoSansCJKsc", "Symbola" }) {
        INFO(family);
        CHECK(all.contains(QLatin1String(family)));
    }
    CHECK(pdf.size() < 400 * 1024);
}

TEST_CASE("DOCX and ODT: LibreOffice shows every script", "[office][docx][odt][scripts]")
{
    if (toolMissing(u"soffice"_s, "libreoffice-writer-nogui") || toolMissing(u"pdftotext"_s, "poppler-utils"))
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const bw::Project project = scriptsProject();
    for (const bool docx : { true, false }) {
        const QByteArray bytes = docx ? render(bw::DocxExporter(), project) : render(bw::OdtExporter(), project);
        const QString path = dir.filePath(docx ? u"scripts.docx"_s : u"scripts.odt"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QString pdf = officePdf(path, dir);
        REQUIRE_FALSE(pdf.isEmpty());
        const QString text = extracted(pdf);
        checkStrings(text, docx ? "LibreOffice's PDF of our DOCX" : "LibreOffice's PDF of our ODT");
        if (docx) {
            // The contents show page numbers: LibreOffice keeps the TOC field's stored result.
            static const QRegularExpression entry(u"Flow overview ?\\.{5,} ?(\\d+)"_s);
            const auto m = entry.match(text);
            REQUIRE(m.hasMatch());
            CHECK(m.captured(1).toInt() >= 3);
        }
    }
}

TEST_CASE("DOCX and ODT name fonts for East-Asian and complex-script runs", "[office][docx][odt][scripts]")
{
    const bw::PlanScriptFonts fonts = bw::planScriptFonts();
    const QByteArray styles = zipEntry(render(bw::DocxExporter(), scriptsProject()), u"word/styles.xml"_s);
    CHECK(styles.contains((u"w:eastAsia=\""_s + fonts.eastAsian + u'"').toUtf8()));
    CHECK(styles.contains((u"w:cs=\""_s + fonts.complex + u'"').toUtf8()));
    const QByteArray odt = zipEntry(render(bw::OdtExporter(), scriptsProject()), u"styles.xml"_s);
    CHECK(odt.contains((u"style:font-name-asian=\""_s + fonts.eastAsian + u'"').toUtf8()));
    CHECK(odt.contains((u"style:font-name-complex=\""_s + fonts.complex + u'"').toUtf8()));
    CHECK(odt.contains((u"<style:font-face style:name=\""_s + fonts.eastAsian + u'"').toUtf8()));
}

TEST_CASE("Palette: direction colours read on white and ignore the brand accent", "[office][palette]")
{
    for (const bw::Direction d : bw::enumValues<bw::Direction>()) {
        const QColor colour = bw::palette::directionColour(d);
        INFO(colour.name().toStdString());
        CHECK(bw::palette::contrastRatio(colour, Qt::white) >= 4.5);
        // A teal brand does not turn many-to-many red: the accent does not matter.
    }
    for (const bw::Phase p : bw::enumValues<bw::Phase>())
        CHECK(bw::palette::contrastRatio(bw::palette::phaseColour(p), Qt::white) >= 4.5);
    CHECK(bw::palette::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(bw::palette::contrastRatio(Qt::white, Qt::white) == Approx(1.0));
}
