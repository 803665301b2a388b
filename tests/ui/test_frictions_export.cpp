// SPDX-License-Identifier: GPL-3.0-or-later
// The end of an export, as the designer meets it: where the file went, a way to open it or its
// folder from the keyboard, and a plain word when it failed or was cancelled. The desktop's
// opener is replaced by a fake, so the tests start no program.
#include "backgroundjob.h"
#include "catalogue/catalogue.h"
#include "exportrunner.h"
#include "largeproject.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 60000)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 20)
        QTest::qWait(20);
    return condition();
}

bw::ExportOptions format(const QString &key)
{
    bw::ExportOptions options;
    options.format = key;
    return options;
}

// A plain-text letter that a mnemonic underlines ("&Open File" → 'o').
QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

} // namespace

TEST_CASE("A finished export names the path and opens the file or its folder", "[ui][export][outcome]")
{
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    QMainWindow window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.md"_s);
    QList<QUrl> opened;
    bool opens = true;

    const QPointer<bw::ui::ExportRunner> runner
        = bw::ui::ExportRunner::exportPlan(project, format(u"md"_s), path, &window);
    runner->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return opens;
    });
    REQUIRE(waitFor([&] { return runner && runner->resultBox(); }));
    QMessageBox *box = runner->resultBox();
    REQUIRE(QFileInfo::exists(path));
    CHECK(box->icon() == QMessageBox::Information);
    CHECK(box->text().contains(u"plan.md"_s));
    CHECK(box->informativeText() == u"Saved as %1"_s.arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(runner->outcome().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));

    auto *openFile = box->findChild<QPushButton *>(u"openFile"_s);
    auto *openFolder = box->findChild<QPushButton *>(u"openFolder"_s);
    REQUIRE(openFile);
    REQUIRE(openFolder);
    // Keyboard: each has its own mnemonic, takes Tab focus, and Enter opens the file.
    CHECK_FALSE(mnemonicOf(openFile->text()).isNull());
    CHECK_FALSE(mnemonicOf(openFolder->text()).isNull());
    CHECK(mnemonicOf(openFile->text()) != mnemonicOf(openFolder->text()));
    CHECK((openFile->focusPolicy() & Qt::TabFocus));
    CHECK((openFolder->focusPolicy() & Qt::TabFocus));
    CHECK(box->defaultButton() == openFile);
    CHECK_FALSE(openFile->toolTip().isEmpty());

    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(waitFor([&] { return opened.size() == 1; }, 5000));
    CHECK(opened.first() == QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    // Opening ends the message, as Close does; the runner is then done.
    CHECK(waitFor([&] { return runner.isNull(); }, 5000));

    // Open Folder, and a desktop with no program for it: that is said, with the path.
    opened.clear();
    opens = false;
    const QPointer<bw::ui::ExportRunner> second
        = bw::ui::ExportRunner::exportPlan(project, format(u"md"_s), dir.filePath(u"again.md"_s), &window);
    second->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return opens;
    });
    REQUIRE(waitFor([&] { return second && second->resultBox(); }));
    QTest::mouseClick(second->resultBox()->findChild<QPushButton *>(u"openFolder"_s), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath()));
    QMessageBox *failed = nullptr;
    REQUIRE(waitFor([&] { return (failed = window.findChild<QMessageBox *>(u"openFailed"_s)) != nullptr; }, 5000));
    CHECK(failed->icon() == QMessageBox::Warning);
    CHECK(failed->text().contains(QDir::toNativeSeparators(QFileInfo(dir.path()).absoluteFilePath())));
    failed->close();
}

TEST_CASE("A failed export says so and offers nothing to open", "[ui][export][outcome]")
{
    const bw::Project project = *bw::templateProject(u"it-risk"_s);
    QMainWindow window;
    window.show();
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/plan.html"_s);
    const QPointer<bw::ui::ExportRunner> runner
        = bw::ui::ExportRunner::exportPlan(project, format(u"html"_s), missing, &window);
    int opened = 0;
    runner->setUrlOpener([&opened](const QUrl &) {
        ++opened;
        return true;
    });
    REQUIRE(waitFor([&] { return runner && runner->resultBox(); }));
    QMessageBox *box = runner->resultBox();
    CHECK(box->icon() == QMessageBox::Warning);
    CHECK(box->text() == u"The plan could not be exported to “plan.html”."_s);
    CHECK_FALSE(box->informativeText().isEmpty()); // why, in the exporter's words
    CHECK_FALSE(box->findChild<QPushButton *>(u"openFile"_s));
    CHECK_FALSE(box->findChild<QPushButton *>(u"openFolder"_s));
    CHECK_FALSE(QFileInfo::exists(missing));
    box->close();
    CHECK(opened == 0);
}

TEST_CASE("A cancelled export says in the status bar that nothing was written", "[ui][export][outcome]")
{
    const bw::Project project = bw::generateLargeProject(3000);
    QMainWindow window;
    window.show();
    QTemporaryDir dir;

    SECTION("a new file")
    {
        const QString path = dir.filePath(u"large.docx"_s);
        const QPointer<bw::ui::ExportRunner> runner
            = bw::ui::ExportRunner::exportPlan(project, format(u"docx"_s), path, &window);
        runner->job()->cancel();
        REQUIRE(waitFor([&] { return runner.isNull(); }));
        CHECK(window.statusBar()->currentMessage() == u"Export cancelled. No file was written."_s);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("over an older file, which stays as it was")
    {
        const QString path = dir.filePath(u"large.docx"_s);
        {
            QFile older(path);
            REQUIRE(older.open(QIODevice::WriteOnly));
            older.write("older");
        }
        const QPointer<bw::ui::ExportRunner> runner
            = bw::ui::ExportRunner::exportPlan(project, format(u"docx"_s), path, &window);
        runner->job()->cancel();
        REQUIRE(waitFor([&] { return runner.isNull(); }));
        CHECK(window.statusBar()->currentMessage() == u"Export cancelled. “large.docx” was left as it was."_s);
        QFile older(path);
        REQUIRE(older.open(QIODevice::ReadOnly));
        CHECK(older.readAll() == "older");
    }
}
