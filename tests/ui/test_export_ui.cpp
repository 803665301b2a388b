// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export…, the live plan preview and printing, driven like a user would.
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"
#include "planpreview.h"
#include "planprinter.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrinter>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

template <typename Condition>
bool waitFor(Condition condition, int timeoutMs = 5000)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 50)
        QTest::qWait(50);
    return condition();
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

TEST_CASE("Export dialog writes the chosen format and remembers the choices", "[ui][export]")
{
    QSettings().remove(u"export"_s);
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    QTemporaryDir dir;
    {
        bw::ui::ExportDialog dialog(&document);
        dialog.setFormat(u"pdf"_s);
        auto *paper = dialog.findChild<QComboBox *>(u"paper"_s);
        REQUIRE(paper);
        paper->setCurrentIndex(paper->findData(int(bw::ExportOptions::Paper::Letter)));
        dialog.setDestination(dir.filePath(u"plan.pdf"_s));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        // The export runs in the background (test_export_worker.cpp): wait for its message.
        REQUIRE(dialog.runner());
        REQUIRE(waitFor([&] { return dialog.runner() && dialog.runner()->resultBox(); }, 60000));
        CHECK(head(dir.filePath(u"plan.pdf"_s), 5) == "%PDF-");
        dialog.runner()->resultBox()->close();
    }
    bw::ui::ExportDialog again(&document);
    CHECK(again.options().format == u"pdf"_s);
    CHECK(again.options().paper == bw::ExportOptions::Paper::Letter);
    CHECK(QFileInfo(again.destination()).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    CHECK(QFileInfo(again.destination()).suffix() == u"pdf"_s);
}

TEST_CASE("Export dialog: extension follows the format, client version drops the review", "[ui][export]")
{
    QSettings().remove(u"export"_s);
    bw::Document document(*bw::templateProject(u"pm-initiative"_s));
    bw::ui::ExportDialog dialog(&document);
    dialog.setDestination(u"/tmp/some-plan.pdf"_s);
    dialog.setFormat(u"docx"_s);
    CHECK(QFileInfo(dialog.destination()).fileName() == u"some-plan.docx"_s);

    auto *client = dialog.findChild<QCheckBox *>(u"clientVersion"_s);
    auto *review = dialog.findChild<QCheckBox *>(u"section-review"_s);
    REQUIRE(client);
    REQUIRE(review);
    client->setChecked(true);
    CHECK_FALSE(review->isEnabled());
    CHECK(dialog.options().clientVersion);

    auto *tools = dialog.findChild<QCheckBox *>(u"section-tools"_s);
    REQUIRE(tools);
    tools->setChecked(false);
    CHECK_FALSE(dialog.options().sections.contains(u"tools"_s));
    CHECK(dialog.options().sections.contains(u"sequences"_s));
}

TEST_CASE("Plan preview follows edits after a short pause and keeps its place", "[ui][preview]")
{
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    bw::ui::PlanPreview preview(&document);
    preview.resize(700, 500);
    preview.show();
    REQUIRE(waitFor([&] { return preview.document() != nullptr; }));
    CHECK(preview.document()->toPlainText().contains(document.project().objectives[0].statement));

    auto *browser = preview.findChild<QTextBrowser *>(u"planPreviewBrowser"_s);
    REQUIRE(browser);
    browser->verticalScrollBar()->setValue(400);
    const int scrolled = browser->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    bw::Objective objective = document.project().objectives[0];
    objective.statement = u"Be able to explain the risk register to a new colleague in two minutes"_s;
    document.changeObjective(objective);
    // Debounced: not rebuilt on the spot…
    CHECK_FALSE(preview.document()->toPlainText().contains(objective.statement));
    // …but within a moment.
    CHECK(waitFor([&] { return preview.document()->toPlainText().contains(objective.statement); }));
    CHECK(browser->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("Printing paints the same pages as the PDF", "[ui][print]")
{
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    CHECK(bw::ui::paintPlan(document, printer).isEmpty());
    CHECK(head(dir.filePath(u"printed.pdf"_s), 5) == "%PDF-");
}
