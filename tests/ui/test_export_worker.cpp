// SPDX-License-Identifier: GPL-3.0-or-later
// Export and print run on a worker thread: the studio keeps running, shows progress, cancels.
#include "backgroundjob.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "largeproject.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 10000)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 20)
        QTest::qWait(20);
    return condition();
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

TEST_CASE("Export runs in the background: the studio keeps running, progress moves, Cancel leaves no file",
    "[ui][export][worker]")
{
    QSettings().remove(u"export"_s);
    bw::Document document(bw::generateLargeProject(8000));
    QWidget window;
    window.resize(800, 600);
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.docx"_s);

    bw::ui::ExportDialog dialog(&document, &window);
    dialog.setFormat(u"docx"_s);
    dialog.setDestination(path);
    dialog.accept(); // returns at once: the export runs on
    CHECK(dialog.result() == QDialog::Accepted);
    const QPointer<bw::ui::ExportRunner> runner = dialog.runner();
    REQUIRE(runner);
    QSignalSpy finished(runner.data(), &bw::ui::ExportRunner::finished);
    CHECK(runner->job()->isRunning());

    // The event loop keeps turning while the worker writes.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(10);

    QProgressDialog *progress = runner->progressDialog();
    REQUIRE(progress);
    REQUIRE(waitFor([&] { return runner->job()->done() > 0; }, 120000));
    const int first = runner->job()->done();
    REQUIRE(waitFor([&] { return runner->job()->done() > first; }, 60000));
    REQUIRE(runner->job()->isRunning());
    CHECK(ticks >= 5);
    CHECK(runner->job()->total() >= 8000);
    REQUIRE(waitFor([&] { return progress->isVisible(); }));
    CHECK(progress->windowModality() == Qt::NonModal);
    CHECK(progress->maximum() == runner->job()->total());
    CHECK(progress->value() > 0);

    // The document stays editable meanwhile; the export works on its own copy.
    bw::Objective objective = document.project().objectives[0];
    objective.statement = u"Edited while the export runs"_s;
    document.changeObjective(objective);
    CHECK(document.project().objectives[0].statement == objective.statement);

    // Cancel, as the user would.
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 60000));
    CHECK(finished.first().at(1).toBool() == false);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file either
    CHECK(waitFor([&] { return runner.isNull(); })); // gone once done, nothing to read
}

TEST_CASE("A finished background export says where it wrote and offers to open it", "[ui][export][worker]")
{
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    QWidget window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.html"_s);
    bw::ExportOptions options;
    options.format = u"html"_s;
    const QPointer<bw::ui::ExportRunner> runner = bw::ui::ExportRunner::exportPlan(project, options, path, &window);
    REQUIRE(waitFor([&] { return runner && runner->resultBox(); }, 60000));
    QMessageBox *box = runner->resultBox();
    CHECK(box->isVisible());
    CHECK(box->windowModality() == Qt::NonModal);
    CHECK(box->text().contains(u"plan.html"_s));
    CHECK(box->informativeText().contains(QDir::toNativeSeparators(path)));
    CHECK(box->findChild<QPushButton *>(u"openFile"_s));
    CHECK(box->findChild<QPushButton *>(u"openFolder"_s));
    CHECK(head(path, 15) == "<!DOCTYPE html>");
    box->close();
    CHECK(waitFor([&] { return runner.isNull(); }));

    // An error names the file and says what went wrong.
    const QString missing = dir.filePath(u"no-such-folder/plan.html"_s);
    const QPointer<bw::ui::ExportRunner> failing = bw::ui::ExportRunner::exportPlan(project, options, missing, &window);
    REQUIRE(waitFor([&] { return failing && failing->resultBox(); }, 60000));
    CHECK(failing->resultBox()->icon() == QMessageBox::Warning);
    CHECK(failing->resultBox()->text().contains(u"plan.html"_s));
    CHECK_FALSE(failing->resultBox()->findChild<QPushButton *>(u"openFile"_s));
    failing->resultBox()->close();
}

TEST_CASE("Printing lays out and paints the pages in the background", "[ui][print][worker]")
{
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    QWidget window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"printed.pdf"_s);
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    const QPointer<bw::ui::ExportRunner> runner = bw::ui::ExportRunner::printPlan(project, std::move(printer), &window);
    REQUIRE(runner);
    QSignalSpy finished(runner.data(), &bw::ui::ExportRunner::finished);
    CHECK(runner->job()->isRunning());
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 60000));
    CHECK(finished.first().at(1).toBool());
    CHECK(head(path, 5) == "%PDF-");
}
