// SPDX-License-Identifier: GPL-3.0-or-later
// Files the way desktop users expect: the unsaved-changes question, crash recovery, locks.
#include <catch2/catch.hpp>

#include "qtprint.h"
#include "workspacefixture.h"

#include "autosaver.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "recentfiles.h"
#include "recoverydialog.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"

#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTimer>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {
Project sampleProject(const QString &title)
{
    Project p = bw::newProject();
    p.info.title = title;
    Objective o;
    o.id = p.maxId() + 1;
    o.statement = u"Measure the impact of a risk"_s;
    Activity a;
    a.id = o.id + 1;
    a.title = u"Probability and impact grid"_s;
    a.phase = Phase::InClass;
    a.direction = Direction::ManyToMany;
    a.duration = Duration{20, 30};
    o.activities.append(a);
    p.objectives.append(o);
    return p;
}

// A lock on `path` held by another running process on this machine, as a second studio holds it.
struct OtherProcessLock {
    QProcess sleeper;
    explicit OtherProcessLock(const QString &path)
    {
        const QString sleep = QFileInfo(QStandardPaths::findExecutable(u"sleep"_s)).canonicalFilePath();
        REQUIRE_FALSE(sleep.isEmpty());
        sleeper.start(sleep, { u"60"_s });
        REQUIRE(sleeper.waitForStarted());
        QFile lock(ProjectLock(path).lockFilePath());
        REQUIRE(lock.open(QIODevice::WriteOnly));
        // QLockFile's format; the name must be the holder's, or QLockFile deems the lock stale.
        lock.write(QByteArray::number(sleeper.processId()) + '\n' + sleep.toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    ~OtherProcessLock()
    {
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

// A dead studio's recovery copy of `original`.
RecoveryEntry crashedCopy(const WorkspaceFixture &f, const Project &project, const QString &original)
{
    {
        RecoveryStore dead(f.store->directory());
        REQUIRE(dead.write(project, original, u"dead-session"_s).isEmpty());
    }
    const QList<RecoveryEntry> entries = f.store->entries();
    REQUIRE(entries.size() == 1);
    return entries.first();
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}
} // namespace

TEST_CASE("Unsaved changes are not lost without a question", "[workspace][files]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    Objective o;
    o.statement = u"Something worth keeping"_s;
    doc->addObjective(o);
    REQUIRE(doc->isModified());
    CHECK(w.isWindowModified());

    // Cancel keeps everything, for Close and for closing the window.
    f.answer = QMessageBox::Cancel;
    CHECK_FALSE(w.session()->closeProject());
    CHECK(f.prompts.size() == 1);
    CHECK(doc->project().objectives.size() == 1);
    CHECK_FALSE(w.close());
    CHECK(w.isVisible());

    // Save writes the file (Save As, because it is untitled), then goes on.
    f.answer = QMessageBox::Save;
    f.savePath = f.dir.filePath(u"kept"_s); // the extension is added
    CHECK(w.session()->closeProject());
    CHECK(QFile::exists(f.dir.filePath(u"kept.blendwise"_s)));
    CHECK(doc->project().objectives.isEmpty());
    CHECK(RecentFiles().files().value(0) == f.dir.filePath(u"kept.blendwise"_s));

    // Discard drops the change.
    doc->addObjective(o);
    f.answer = QMessageBox::Discard;
    CHECK(w.session()->closeProject());
    CHECK(doc->project().objectives.isEmpty());

    // An unmodified project closes without a question.
    const auto asked = f.prompts.size();
    CHECK(w.session()->closeProject());
    CHECK(f.prompts.size() == asked);
}

TEST_CASE("A crashed session's work is offered and restored as unsaved, with its original path", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString original = f.dir.filePath(u"course.blendwise"_s);
    const Project saved = sampleProject(u"Saved state"_s);
    REQUIRE_FALSE(ProjectFile::save(saved, original));
    Project edited = saved;
    edited.info.title = u"Edited after the save"_s;
    {
        // A studio that died: its store wrote a copy, and its session is gone.
        RecoveryStore dead(f.store->directory());
        REQUIRE(dead.write(edited, original, u"dead-session"_s).isEmpty());
    }
    REQUIRE(f.store->entries().size() == 1);

    MainWindow &w = *f.window;
    bool offered = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
        offered = dialog && dialog->list()->count() == 1;
        if (dialog)
            dialog->recoverSelected();
    });
    w.start({});
    CHECK(offered);
    CHECK(w.document()->project() == edited);
    CHECK(w.document()->isModified());
    CHECK(w.document()->filePath() == original);
    CHECK(ProjectFile::load(original).project == saved); // the user's file is untouched
    // The dead session's copy was replaced by ours, which a new studio would not offer while we run.
    CHECK(f.store->entries().isEmpty());

    // Save writes to the original file and clears our copies.
    CHECK(w.session()->save());
    CHECK(ProjectFile::load(original).project == edited);
    RecoveryStore other(f.store->directory());
    CHECK(other.entries().isEmpty());
}

TEST_CASE("The autosaver writes recovery copies only while there are unsaved changes", "[workspace][files]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    AutoSaver *saver = w.session()->autoSaver();
    saver->setInterval(50);
    QSignalSpy written(saver, &AutoSaver::written);
    const QString path = f.dir.filePath(u"plan.blendwise"_s);
    REQUIRE(w.session()->saveTo(path));
    const QByteArray bytes = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    Objective o;
    o.statement = u"Unsaved"_s;
    w.document()->addObjective(o);
    REQUIRE(written.wait(5000));
    // The copy is somewhere else; the user's file still holds what was saved.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    {
        RecoveryStore elsewhere(f.store->directory());
        CHECK(elsewhere.entries().isEmpty()); // our session is alive, so nothing to offer
    }
    // A successful save removes the copy.
    REQUIRE(w.session()->save());
    CHECK(QDir(f.store->directory()).entryList({u"*.blendwise"_s}, QDir::Files).isEmpty());
}

TEST_CASE("A project locked by another studio opens read-only", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString path = f.dir.filePath(u"shared.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(sampleProject(u"Shared"_s), path));
    OtherProcessLock other(path);

    MainWindow &w = *f.window;
    f.answer = QMessageBox::Open;
    REQUIRE(w.session()->openFile(path));
    CHECK(f.prompts.size() == 1);
    CHECK(f.prompts.value(0).contains(u"read-only"_s));
    CHECK(w.session()->isReadOnly());
    CHECK_FALSE(w.action(u"save"_s)->isEnabled());
    CHECK_FALSE(w.action(u"addObjective"_s)->isEnabled());
    CHECK_FALSE(w.action(u"delete"_s)->isEnabled());
    CHECK(w.action(u"saveAs"_s)->isEnabled());
    CHECK(w.windowTitle().contains(u"read-only"_s));

    // Save As to a new name works and makes the copy editable.
    f.savePath = f.dir.filePath(u"mine.blendwise"_s);
    CHECK(w.session()->saveAs());
    CHECK_FALSE(w.session()->isReadOnly());
    CHECK(w.action(u"save"_s)->isEnabled());

    // Cancel at the question leaves the current project as it was.
    f.answer = QMessageBox::Cancel;
    CHECK_FALSE(w.session()->openFile(path));
    CHECK(w.document()->filePath() == f.dir.filePath(u"mine.blendwise"_s));
}

TEST_CASE("Opening a file that is not there says so and keeps the studio usable", "[workspace][files]")
{
    WorkspaceFixture f;
    f.answer = QMessageBox::Ok;
    CHECK_FALSE(f.window->session()->openFile(f.dir.filePath(u"missing.blendwise"_s)));
    REQUIRE(f.prompts.size() == 1);
    CHECK(f.prompts[0].contains(u"missing.blendwise"_s));
    CHECK(f.window->document()->filePath().isEmpty());
}

TEST_CASE("After a crash, Later, then open and save, the old copy is no longer offered", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString original = f.dir.filePath(u"course.blendwise"_s);
    const Project saved = sampleProject(u"Saved state"_s);
    REQUIRE_FALSE(ProjectFile::save(saved, original));
    Project crashed = saved;
    crashed.info.title = u"Work of the crashed session"_s;
    crashedCopy(f, crashed, original);

    MainWindow &w = *f.window;
    bool offered = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
        offered = dialog != nullptr;
        if (dialog)
            dialog->reject(); // Later
    });
    w.start({});
    REQUIRE(offered);
    REQUIRE(f.store->entries().size() == 1); // Later keeps it

    // The designer opens the file normally, works and saves: the file now holds newer work.
    REQUIRE(w.session()->openFile(original));
    Objective o;
    o.statement = u"Added after the crash"_s;
    w.document()->addObjective(o);
    REQUIRE(w.session()->save());
    // Offering the older copy again would invite replacing this save with it.
    CHECK(f.store->entries().isEmpty());
    CHECK(RecoveryStore(f.store->directory()).entries().isEmpty());
}

TEST_CASE("A copy older than its file says so, defaults to Discard, and never replaces the file", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString original = f.dir.filePath(u"course.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(sampleProject(u"Before the crash"_s), original));
    Project older = sampleProject(u"Older work"_s);
    const RecoveryEntry entry = crashedCopy(f, older, original);
    // Saved again after the copy was written (in another studio, or after "Later").
    const Project newer = sampleProject(u"Newer work"_s);
    REQUIRE_FALSE(ProjectFile::save(newer, original));
    setModified(original, entry.savedAt.addSecs(30));

    {
        RecoveryDialog dialog(f.store.get(), { entry });
        REQUIRE(dialog.list()->count() == 1);
        CHECK(dialog.state(0) == RecoveryState::FileIsNewer);
        CHECK(dialog.list()->item(0)->text().contains(u"newer work"_s));
        CHECK(dialog.discardButton()->isDefault());
        CHECK_FALSE(dialog.recoverButton()->isDefault());
    }

    // Recovering anyway opens the copy untitled: Save asks for a name, the file keeps its work.
    MainWindow &w = *f.window;
    REQUIRE(w.session()->recover(entry));
    CHECK(w.document()->project() == older);
    CHECK(w.document()->filePath().isEmpty());
    CHECK(w.document()->isModified());
    f.savePath.clear(); // the person cancels the Save As dialog
    CHECK_FALSE(w.session()->save());
    CHECK(ProjectFile::load(original).project == newer);
}

TEST_CASE("A copy that is newer than its file is offered with Recover as the default", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString original = f.dir.filePath(u"course.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(sampleProject(u"Saved"_s), original));
    setModified(original, QDateTime::currentDateTimeUtc().addSecs(-120));
    const RecoveryEntry entry = crashedCopy(f, sampleProject(u"Unsaved work"_s), original);
    RecoveryDialog dialog(f.store.get(), { entry });
    CHECK(dialog.state(0) == RecoveryState::CopyIsNewer);
    CHECK(dialog.recoverButton()->isDefault());
    CHECK_FALSE(dialog.discardButton()->isDefault());
}

TEST_CASE("Reopening the file open in this window keeps it editable and keeps the lock", "[workspace][files]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    const QString path = f.dir.filePath(u"mine.blendwise"_s);
    REQUIRE(w.session()->saveTo(path));

    f.answer = QMessageBox::Open; // what the old "open read-only?" question would have been answered
    CHECK_FALSE(w.session()->openFile(path));
    REQUIRE(f.prompts.size() == 1);
    CHECK(f.prompts[0].contains(u"already open in this window"_s));
    CHECK_FALSE(f.prompts[0].contains(u"another Blendwise window"_s));
    CHECK_FALSE(w.session()->isReadOnly());
    CHECK(w.action(u"save"_s)->isEnabled());
    // Another studio still cannot take the file.
    {
        ProjectLock second(path);
        CHECK_FALSE(second.tryLock());
        CHECK(second.holder().isThisProcess());
    }

    // With unsaved changes nothing is asked about them: reopening discards nothing.
    Objective o;
    o.statement = u"Unsaved"_s;
    w.document()->addObjective(o);
    f.prompts.clear();
    CHECK_FALSE(w.session()->openFile(path));
    REQUIRE(f.prompts.size() == 1);
    CHECK(f.prompts[0].contains(u"already open in this window"_s));
    CHECK(w.document()->isModified());
    CHECK_FALSE(w.session()->isReadOnly());
}

TEST_CASE("A lock left on another computer offers Take Over with a warning", "[workspace][files]")
{
    WorkspaceFixture f;
    const QString path = f.dir.filePath(u"share.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(sampleProject(u"On the share"_s), path));
    auto writeRemoteLock = [&] {
        QFile lock(ProjectLock(path).lockFilePath());
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nblendwise\nlaptop-of-kim\n");
        REQUIRE(lock.flush());
        REQUIRE(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    };
    writeRemoteLock();
    MainWindow &w = *f.window;

    f.answer = QMessageBox::Open;
    REQUIRE(w.session()->openFile(path));
    REQUIRE(f.prompts.size() == 1);
    CHECK(f.prompts[0].contains(u"laptop-of-kim"_s));
    CHECK(f.prompts[0].contains(QFileInfo(ProjectLock(path).lockFilePath()).owner()));
    CHECK(f.prompts[0].contains(u"2 days"_s));
    CHECK(f.prompts[0].contains(u"overwrite"_s));
    CHECK(w.session()->isReadOnly());

    REQUIRE(w.session()->closeProject());
    f.prompts.clear();
    f.answer = QMessageBox::Ignore; // Take Over
    REQUIRE(w.session()->openFile(path));
    CHECK_FALSE(w.session()->isReadOnly());
    CHECK(w.action(u"save"_s)->isEnabled());
    ProjectLock probe(path);
    CHECK(probe.holder().isThisProcess());
    CHECK_FALSE(probe.tryLock());
}

TEST_CASE("Logging out without interaction writes the recovery copy at once", "[workspace][files]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    const QString path = f.dir.filePath(u"plan.blendwise"_s);
    REQUIRE(w.session()->saveTo(path));
    Objective o;
    o.statement = u"Typed just before logging out"_s;
    w.document()->addObjective(o);
    REQUIRE(w.session()->autoSaver()->isPending()); // the periodic copy is not due yet

    CHECK(w.session()->commitData(false));
    CHECK(f.prompts.isEmpty()); // nobody is there to answer
    const QStringList copies = QDir(f.store->directory()).entryList({ u"*.blendwise"_s }, QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(ProjectFile::load(QDir(f.store->directory()).filePath(copies[0])).project == w.document()->project());
    CHECK(ProjectFile::load(path).project != w.document()->project()); // the user's file is untouched

    // With interaction allowed, the person is asked; Cancel cancels the logout.
    f.answer = QMessageBox::Cancel;
    CHECK_FALSE(w.session()->commitData(true));
    REQUIRE(f.prompts.size() == 1);
    CHECK(f.prompts[0].contains(u"plan.blendwise"_s));
    CHECK(w.document()->isModified());
    // Save saves.
    f.answer = QMessageBox::Save;
    CHECK(w.session()->commitData(true));
    CHECK(ProjectFile::load(path).project == w.document()->project());
    CHECK_FALSE(w.document()->isModified());
}
