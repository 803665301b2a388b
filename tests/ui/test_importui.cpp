// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import… in the studio: choose, map a foreign CSV's columns, read on a worker, review the
// report, open as a new project — and every way it can end without changing the open project.
#include "backgroundjob.h"
#include "columnmapdialog.h"
#include "document/document.h"
#include "import/csvimporter.h"
#include "importreportdialog.h"
#include "importrunner.h"
#include "workspacefixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using bw::ui::ImportReport;
using bw::ui::ImportRunner;

namespace {

template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 20000)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 20)
        QTest::qWait(20);
    return condition();
}

QString data(const char *name)
{
    return QStringLiteral(BLENDWISE_TEST_DATA "/import/") + QLatin1String(name);
}

// Triggers File ▸ Import… with `setup` applied to the runner before it asks anything; waits for the end.
bool importThroughMenu(WorkspaceFixture &f, const std::function<void(ImportRunner *)> &setup, bool *opened = nullptr)
{
    bool ended = false;
    const auto connection = QObject::connect(f.window.get(), &bw::ui::MainWindow::importStarted, [&](ImportRunner *r) {
        setup(r);
        QObject::connect(r, &ImportRunner::finished, [&](bool o) {
            ended = true;
            if (opened)
                *opened = o;
        });
    });
    f.window->action(u"import"_s)->trigger();
    const bool ok = waitFor([&] { return ended; });
    QObject::disconnect(connection);
    return ok;
}

} // namespace

TEST_CASE("File ▸ Import… reads a CourseFlow export on a worker, reports it and opens it untitled", "[ui][import]")
{
    WorkspaceFixture f;
    std::optional<ImportReport> reviewed;
    bool opened = false;
    REQUIRE(importThroughMenu(
        f,
        [&](ImportRunner *r) {
            r->setFilePrompt([] { return data("courseflow-nodes.csv"); });
            r->setMapPrompt([](auto &&...) {
                FAIL("a CourseFlow CSV needs no column map");
                return std::nullopt;
            });
            r->setReviewPrompt([&](const ImportReport &report) {
                reviewed = report;
                return true;
            });
        },
        &opened));
    REQUIRE(reviewed);
    CHECK(opened);
    CHECK(reviewed->formatLabel.contains(u"CourseFlow"_s));
    CHECK_FALSE(reviewed->result.notesOf(bw::ImportNote::Kind::Guessed).isEmpty());
    const bw::Project &project = f.window->document()->project();
    CHECK(project.activityCount() == reviewed->result.project->activityCount());
    CHECK(project.activityCount() > 0);
    CHECK(f.window->document()->filePath().isEmpty()); // untitled: Save asks where
    CHECK(f.window->statusBar()->currentMessage().contains(u"courseflow-nodes.csv"_s));
}

TEST_CASE("Import of a foreign CSV goes through the column map; the map's choices decide the fields", "[ui][import]")
{
    WorkspaceFixture f;
    QStringList header;
    QList<std::pair<QString, QString>> guess;
    qsizetype sampleRows = 0;
    qsizetype guessedPhases = 0;
    REQUIRE(importThroughMenu(f, [&](ImportRunner *r) {
        r->setFilePrompt([] { return data("other-tool.csv"); });
        r->setMapPrompt([&](const QString &, const QStringList &h, const QList<QStringList> &sample,
                            const QList<std::pair<QString, QString>> &g) {
            header = h;
            guess = g;
            sampleRows = sample.size();
            return std::optional(QList<std::pair<QString, QString>> {
                { u"title"_s, u"Session"_s }, { u"phase"_s, u"When"_s }, { u"duration"_s, u"How long"_s } });
        });
        r->setReviewPrompt([&](const ImportReport &report) {
            guessedPhases = report.result.notesOf(bw::ImportNote::Kind::Guessed).size();
            return true;
        });
    }));
    CHECK(header == QStringList { u"Session"_s, u"When"_s, u"How long"_s });
    CHECK(sampleRows > 0);
    // "How long" is a duration by its title; "When" the phase; nothing claims "Session" as a moment.
    CHECK(guess.contains(std::pair(u"duration"_s, u"How long"_s)));
    CHECK(guess.contains(std::pair(u"phase"_s, u"When"_s)));
    const bw::Project &project = f.window->document()->project();
    REQUIRE(project.activityCount() > 0);
    CHECK(project.objectives.first().activities.first().title == u"Welcome round"_s);
    CHECK(project.objectives.first().activities.first().duration.min == 10);
    // "in class", "before the workshop": phases read from the words, reported as guesses.
    CHECK(project.objectives.first().activities.first().phase == bw::Phase::InClass);
    CHECK(project.objectives.first().activities.at(1).phase == bw::Phase::PreClass);
    CHECK(guessedPhases == project.activityCount());
}

TEST_CASE("The column map dialog guesses, previews the mapped columns and needs a title", "[ui][import]")
{
    const QStringList header { u"Session"_s, u"When"_s, u"How long"_s };
    const QList<QStringList> sample { { u"Welcome round"_s, u"in class"_s, u"10"_s },
        { u"Reading"_s, u"before the workshop"_s, u"20"_s } };
    bw::ui::ColumnMapDialog dialog(u"other.csv"_s, header, sample, bw::CsvImporter::guessColumnMap(header));
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no title yet
    CHECK(dialog.columnBox(u"phase"_s)->currentText() == u"When"_s);
    CHECK(dialog.columnBox(u"duration"_s)->currentText() == u"How long"_s);
    CHECK(dialog.preview()->columnCount() == 2);
    CHECK(dialog.preview()->rowCount() == 2);

    dialog.columnBox(u"title"_s)->setCurrentIndex(1); // Session
    CHECK(ok->isEnabled());
    CHECK(dialog.preview()->columnCount() == 3);
    CHECK(dialog.preview()->item(1, 0)->text() == u"Reading"_s);
    CHECK(dialog.columnMap().contains(std::pair(u"title"_s, u"Session"_s)));

    dialog.columnBox(u"deliverable"_s)->setCurrentIndex(1); // Session again: allowed, but said
    CHECK_FALSE(dialog.findChild<QLabel *>(u"columnMapProblem"_s)->text().isEmpty());
}

TEST_CASE("A failed import names the line and leaves the open project as it was", "[ui][import]")
{
    WorkspaceFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        QFile own(data("workshop-semicolon.csv"));
        REQUIRE(own.open(QIODevice::ReadOnly));
        bytes = own.readAll();
        bytes.replace(";10–15;", ";ten minutes;");
        file.write(bytes);
    }
    const int before = f.window->document()->undoStack()->count();
    const bw::Project project = f.window->document()->project();
    QString error;
    bool reviewed = false;
    bool opened = true;
    REQUIRE(importThroughMenu(
        f,
        [&](ImportRunner *r) {
            r->setFilePrompt([&] { return path; });
            r->setErrorPrompt([&](const QString &, const QString &text) { error = text; });
            r->setReviewPrompt([&](const ImportReport &) { return reviewed = true; });
        },
        &opened));
    CHECK_FALSE(opened);
    CHECK_FALSE(reviewed);
    CHECK(error.contains(u"broken.csv"_s));
    CHECK(error.contains(u"line 2"_s));
    CHECK(error.contains(u"ten minutes"_s));
    CHECK(f.window->document()->undoStack()->count() == before);
    CHECK(f.window->document()->project().objectives.size() == project.objectives.size());
}

TEST_CASE("An import whose report is cancelled, or a file of no known kind, opens nothing", "[ui][import]")
{
    WorkspaceFixture f;
    f.window->document()->addObjective({});
    const bw::Project kept = f.window->document()->project();

    bool opened = true;
    REQUIRE(importThroughMenu(
        f,
        [&](ImportRunner *r) {
            r->setFilePrompt([] { return data("abc-board.json"); });
            r->setReviewPrompt([](const ImportReport &report) {
                CHECK(report.result.project->activityCount() > 0);
                return false;
            });
        },
        &opened));
    CHECK_FALSE(opened);
    CHECK(f.window->document()->project().objectives.size() == kept.objectives.size());

    QTemporaryDir dir;
    const QString odd = dir.filePath(u"notes.txt"_s);
    {
        QFile file(odd);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
    }
    QString error;
    REQUIRE(importThroughMenu(f, [&](ImportRunner *r) {
        r->setFilePrompt([&] { return odd; });
        r->setErrorPrompt([&](const QString &, const QString &text) { error = text; });
    }));
    CHECK(error.contains(u"cannot tell"_s));
    CHECK(f.window->document()->project().objectives.size() == kept.objectives.size());

    // The file dialog cancelled: nothing at all happens.
    REQUIRE(importThroughMenu(
        f, [&](ImportRunner *r) { r->setFilePrompt([] { return QString(); }); }, &opened));
    CHECK_FALSE(opened);
}

TEST_CASE("The real report dialog shows what was guessed and opens the plan when accepted", "[ui][import]")
{
    WorkspaceFixture f;
    QString summary;
    int guessedRows = 0;
    // The report dialog is modal: answer it from the event loop it runs, as a person would.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<bw::ui::ImportReportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        summary = dialog->summary();
        for (int i = 0; i < dialog->notes()->topLevelItemCount(); ++i)
            guessedRows += dialog->notes()->topLevelItem(i)->text(0).contains(u"check"_s);
        QPushButton *open = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK(open->isDefault());
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    poll.start();
    bool opened = false;
    REQUIRE(importThroughMenu(
        f, [&](ImportRunner *r) { r->setFilePrompt([] { return data("abc-board.json"); }); }, &opened));
    CHECK(opened);
    CHECK(summary.contains(u"abc-board.json"_s));
    CHECK(summary.contains(u"guessed"_s));
    CHECK(guessedRows > 0);
    CHECK(f.window->document()->project().activityCount() > 0);
}

TEST_CASE("Cancel while an import reads ends it at once; the worker's result is dropped", "[ui][import]")
{
    WorkspaceFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.csv"_s);
    {
        QFile own(data("workshop-semicolon.csv"));
        REQUIRE(own.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = own.readAll().split('\n');
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(lines.first() + '\n');
        const QByteArray row
            = "1;Spot a phishing mail;;Read a sample mail;;Pre-class;;Moodle;10;Individual;Trainer;;;None;;;;;\n";
        for (int i = 0; i < 10000; ++i)
            file.write(row);
    }
    const bw::Project kept = f.window->document()->project();
    auto *runner = new ImportRunner(f.window->session(), f.window.get());
    QPointer<ImportRunner> alive(runner);
    bool reviewed = false;
    runner->setReviewPrompt([&](const ImportReport &) { return reviewed = true; });
    QSignalSpy finished(runner, &ImportRunner::finished);
    runner->importFile(path);
    REQUIRE(runner->job());
    CHECK(runner->job()->isRunning());
    runner->cancel();
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().toBool() == false);
    CHECK(runner->outcome().contains(u"cancelled"_s));
    CHECK(waitFor([&] { return alive.isNull(); })); // gone once the worker has ended
    CHECK_FALSE(reviewed);
    CHECK(f.window->document()->project().activityCount() == kept.activityCount());
}
