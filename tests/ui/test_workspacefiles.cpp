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
#include <QSignalSpy>
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
    ProjectLock other(path);
    REQUIRE(other.tryLock());

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
