// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Update from CSV…: the dialog with a file hook instead of a real QFileDialog.
#include "csvupdatedialog.h"

#include "mainwindow.h"
#include "workspacefixture.h"

#include "catalogue/catalogue.h"
#include "document/document.h"
#include "export/exportservice.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

// The it-risk plan's CSV with the first activity renamed, one row dropped and one added.
QString editedCsv(const Project &project, const QTemporaryDir &dir)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = u"csv"_s;
    REQUIRE(exportToDevice(project, options, buffer).error.isEmpty());
    QList<QStringList> records = readCsv(buffer.data()).records;
    records[1][3] = u"Spot the phish"_s;
    records.removeAt(2);
    QStringList added(records[1].size());
    added[0] = records[1][0];
    added[1] = records[1][1];
    added[3] = u"Report a phish to IT"_s;
    records.append(added);
    QString csv;
    for (const QStringList &r : records) {
        QStringList quoted;
        for (QString f : r)
            quoted.append(u'"' + f.replace(u"\""_s, u"\"\""_s) + u'"');
        csv += quoted.join(u';') + u'\n';
    }
    const QString path = dir.filePath(u"plan.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    return path;
}

struct ChooserHook {
    explicit ChooserHook(QString path)
        : saved(CsvUpdateDialog::fileChooser())
    {
        CsvUpdateDialog::fileChooser() = [path](QWidget *) { return path; };
    }
    ~ChooserHook() { CsvUpdateDialog::fileChooser() = saved; }
    CsvUpdateDialog::FileChooser saved;
};

void waitForPreview(CsvUpdateDialog &dialog)
{
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isReading(); }, 20000));
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE(
    "Update from CSV shows the changes, applies them as one undo step, and Cancel changes nothing", "[ui][csvupdate]")
{
    const Project original = *templateProject(u"it-risk"_s);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ChooserHook hook(editedCsv(original, dir));
    Document document(original);
    const Id dropped = original.objectives.first().activities.at(1).id;

    SECTION("Apply")
    {
        CsvUpdateDialog dialog(&document);
        dialog.show();
        auto *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        CHECK_FALSE(apply->isEnabled()); // nothing chosen yet
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"choose"_s), Qt::LeftButton);
        waitForPreview(dialog);
        auto *changes = dialog.findChild<QListWidget *>(u"changes"_s);
        auto *notes = dialog.findChild<QListWidget *>(u"notes"_s);
        INFO(dialog.findChild<QLabel *>(u"status"_s)->text().toStdString());
        REQUIRE(changes->count() == 2); // renamed, added; the dropped row is only a note
        CHECK(notes->count() >= 1);
        CHECK(apply->isEnabled());

        // The checkbox is off by default; on, the dropped activity is a third change.
        auto *remove = dialog.findChild<QCheckBox *>(u"removeMissing"_s);
        CHECK_FALSE(remove->isChecked());
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space); // keyboard: Space toggles it
        waitForPreview(dialog);
        CHECK(remove->isChecked());
        CHECK(changes->count() == 3);

        QTest::keyClick(remove, Qt::Key_Return); // Apply is the default button
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(document.undoStack()->count() == 1);
        CHECK(document.undoStack()->undoText() == u"Update from plan.csv"_s);
        CHECK_FALSE(document.project().activity(dropped));
        CHECK(document.project().objectives.first().activities.first().title == u"Spot the phish"_s);
        document.undoStack()->undo();
        CHECK(document.project() == original);
    }
    SECTION("Cancel")
    {
        CsvUpdateDialog dialog(&document);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"choose"_s), Qt::LeftButton);
        waitForPreview(dialog);
        REQUIRE(dialog.findChild<QListWidget *>(u"changes"_s)->count() == 2);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(document.undoStack()->count() == 0);
        CHECK(document.project() == original);
    }
}

TEST_CASE("Update from CSV names the line of an error and offers nothing to apply", "[ui][csvupdate]")
{
    const Project original = *templateProject(u"it-risk"_s);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"bad.csv"_s);
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.format = u"csv"_s;
        REQUIRE(exportToDevice(original, options, buffer).error.isEmpty());
        const QByteArray csv = buffer.data();
        // Line 3's minutes are text: the whole update is refused.
        QList<QStringList> records = readCsv(csv).records;
        records[2][8] = u"soon"_s;
        QString out;
        for (const QStringList &r : records) {
            QStringList quoted;
            for (QString f : r)
                quoted.append(u'"' + f.replace(u"\""_s, u"\"\""_s) + u'"');
            out += quoted.join(u',') + u'\n';
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(out.toUtf8());
    }
    ChooserHook hook(path);
    Document document(original);
    CsvUpdateDialog dialog(&document);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"choose"_s), Qt::LeftButton);
    waitForPreview(dialog);
    CHECK(dialog.findChild<QLabel *>(u"status"_s)->text().contains(u"line 3"_s));
    CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    CHECK(dialog.findChild<QListWidget *>(u"changes"_s)->count() == 0);
    dialog.accept(); // refused: nothing to apply
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("File ▸ Update from CSV… applies the spreadsheet to the open plan, undoably", "[ui][csvupdate]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    const Project original = *templateProject(u"it-risk"_s);
    w.document()->resetProject(original);
    QAction *update = w.action(u"updateFromCsv"_s);
    REQUIRE(update);
    const QMenu *file = w.menuBar()->findChild<QMenu *>();
    REQUIRE(file);
    CHECK(file->actions().contains(update));
    CHECK(update->isEnabled());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ChooserHook hook(editedCsv(original, dir));
    bool applied = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<CsvUpdateDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"choose"_s), Qt::LeftButton);
        waitForPreview(*dialog);
        applied = dialog->findChild<QListWidget *>(u"changes"_s)->count() == 2;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    });
    update->trigger();
    CHECK(applied);
    CHECK(w.document()->undoStack()->undoText() == u"Update from plan.csv"_s);
    CHECK(w.document()->project().objectives.first().activities.first().title == u"Spot the phish"_s);
    w.action(u"undo"_s)->trigger();
    CHECK(w.document()->project() == original);

    w.document()->setReadOnly(true);
    CHECK_FALSE(update->isEnabled());
}
