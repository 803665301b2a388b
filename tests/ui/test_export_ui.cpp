// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export…, the live plan preview and printing, driven like a user would.
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"
#include "export/exportservice.h"
#include "export/pagelayout.h"
#include "planpagesview.h"
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
#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QRegularExpression>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

template <typename Condition>
bool waitFor(Condition condition, int timeoutMs = 5000)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 50)
        QTest::qWait(50);
    return condition();
}

// Every text on the pages, in order.
QString layoutText(const bw::PageLayout &layout)
{
    QString text;
    for (const auto &page : layout.pages)
        for (const auto &item : page.items)
            if (item.text)
                text += item.text->text().replace(QChar::LineSeparator, u' ') + u'\n';
    return text;
}

// Pages of a PDF: QPdfWriter writes one "/Type /Page" object per page.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    return int(QString::fromLatin1(pdf).count(page));
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

TEST_CASE("Plan preview shows the pages, follows edits in the background and keeps its place", "[ui][preview]")
{
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    bw::ui::PlanPreview preview(&document);
    preview.resize(700, 500);
    preview.show();
    QApplication::setActiveWindow(&preview); // shortcuts go to the active window
    REQUIRE(waitFor([&] { return preview.pageLayout() != nullptr; }));
    CHECK(layoutText(*preview.pageLayout()).contains(document.project().objectives[0].statement));

    // The pages are the PDF's pages.
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(document.project(), options, buffer).ok());
    CHECK(pdfPages(pdf) == preview.pageLayout()->pageCount());
    auto *label = preview.findChild<QLabel *>(u"previewPageLabel"_s);
    REQUIRE(label);
    CHECK(label->text() == u"Page 1 of %1"_s.arg(preview.pageLayout()->pageCount()));

    bw::ui::PlanPagesView *view = preview.pagesView();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const int scrolled = view->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);
    CHECK(label->text() != u"Page 1 of %1"_s.arg(preview.pageLayout()->pageCount()));

    // Zoom by keyboard, and back to the panel's width.
    const qreal fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(view->zoom() > fitted);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->zoom() < fitted);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    CHECK(view->fitsWidth());
    CHECK(view->zoom() == Approx(fitted));
    view->verticalScrollBar()->setValue(scrolled);

    const auto before = preview.pageLayout();
    bw::Objective objective = document.project().objectives[0];
    objective.statement = u"Be able to explain the risk register to a new colleague in two minutes"_s;
    document.changeObjective(objective);
    // Debounced: not rebuilt on the spot…
    CHECK(preview.pageLayout() == before);
    // …but within a moment, laid out on a worker thread while the studio stays responsive.
    CHECK(waitFor([&] { return layoutText(*preview.pageLayout()).contains(objective.statement); }));
    CHECK(view->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("Plan preview drops a layout overtaken by a newer edit", "[ui][preview]")
{
    bw::Document document(*bw::templateProject(u"it-risk"_s));
    bw::ui::PlanPreview preview(&document);
    preview.resize(700, 500);
    preview.show();
    REQUIRE(waitFor([&] { return preview.pageLayout() != nullptr && !preview.isUpdating(); }));
    int updates = 0;
    QObject::connect(&preview, &bw::ui::PlanPreview::pagesUpdated, [&] { ++updates; });
    bw::Objective objective = document.project().objectives[0];
    objective.statement = u"First wording of the statement"_s;
    document.changeObjective(objective);
    preview.refresh(); // starts a layout of the first wording
    objective.statement = u"Second wording of the statement"_s;
    document.changeObjective(objective);
    preview.refresh(); // and one of the second, before the first is in
    REQUIRE(waitFor([&] { return !preview.isUpdating(); }));
    CHECK(updates == 1);
    CHECK(layoutText(*preview.pageLayout()).contains(u"Second wording"_s));
    CHECK_FALSE(layoutText(*preview.pageLayout()).contains(u"First wording"_s));
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
    // As many pages as the exported PDF (the printer's paper: A4 or Letter by locale).
    QFile printed(dir.filePath(u"printed.pdf"_s));
    REQUIRE(printed.open(QIODevice::ReadOnly));
    bw::ExportOptions options;
    options.format = u"pdf"_s;
    options.paper = printer.pageLayout().pageSize().id() == QPageSize::Letter ? bw::ExportOptions::Paper::Letter
                                                                               : bw::ExportOptions::Paper::A4;
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(document.project(), options, buffer).ok());
    CHECK(pdfPages(printed.readAll()) == pdfPages(pdf));
}
