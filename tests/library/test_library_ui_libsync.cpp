// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's team-library flows (ui/library) against a throwaway PostgreSQL server: Update
// from Team Library (retired tool offered and applied as one undo step; offline says so and
// changes nothing, saving still works).
#include "document/document.h"
#include "library/teamlibrary.h"
#include "librarysession.h"
#include "librarysyncdialog.h"
#include "pgserver.h"
#include "storage/projectfile.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;
using namespace bw::test;

namespace {

// The one server of this run. Without PostgreSQL or the QPSQL driver the cases are skipped on a
// developer's machine and FAIL under CI=true.
PgServer *server()
{
    static std::unique_ptr<PgServer> instance;
    static QString failure;
    if (!instance && failure.isEmpty()) {
        failure = PgServer::unavailableReason();
        if (failure.isEmpty()) {
            instance = std::make_unique<PgServer>();
            if (!instance->start(&failure))
                instance.reset();
        }
    }
    if (!instance) {
        if (qgetenv("CI") == "true")
            FAIL("PostgreSQL test server unavailable under CI: " << failure.toStdString());
        WARN("skipped: " << failure.toStdString());
    }
    return instance.get();
}

QString freshLibrary(PgServer &pg)
{
    static int counter = 0;
    const QString name = u"uilib%1"_s.arg(++counter);
    QString error;
    const bool created = pg.createLibrary(name, &error);
    INFO(error.toStdString());
    REQUIRE(created);
    return name;
}

// A direct connection for setting up the library as another user would have left it.
struct Direct {
    LibraryConnection connection;
    std::unique_ptr<TeamLibrary> library;
    explicit Direct(const LibrarySettings &settings)
    {
        const LibraryError error = connection.open(settings);
        INFO(error.message.toStdString());
        REQUIRE(!error);
        library = std::make_unique<TeamLibrary>(connection);
    }
};

// The studio talks to the library as `user`.
void useLibraryAs(PgServer &pg, const QString &user, const QString &database)
{
    const LibrarySettings settings = pg.settings(user, database);
    ui::LibrarySession::setSettings(settings);
    ui::LibrarySession::setSessionPassword(settings.password);
}

bool waitFetched(ui::LibrarySyncDialog &dialog, bool *ok)
{
    QSignalSpy spy(&dialog, &ui::LibrarySyncDialog::fetched);
    if (spy.isEmpty() && !spy.wait(20000))
        return false;
    *ok = spy.first().first().toBool();
    return true;
}

} // namespace

TEST_CASE("library ui: Update from Team Library replaces a retired tool as one undo step; offline changes nothing",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);

    // Alice publishes Skype and Teams; the admin retires Skype in favour of Teams.
    QString skypeId;
    {
        Direct alice(pg->settings(u"alice"_s, db));
        LibraryTool skype;
        skype.tool.name = u"Skype"_s;
        const PublishResult published = alice.library->publishTool(skype);
        REQUIRE(!published.error);
        skypeId = published.meta.id;
        LibraryTool teams;
        teams.tool.name = u"Teams"_s;
        REQUIRE(!alice.library->publishTool(teams).error);
        Direct admin(pg->settings(u"admin"_s, db));
        REQUIRE(!admin.library->retireTool(u"Skype"_s, u"Teams"_s).error);
    }

    // Bob's project took Skype (version 1) from the library; an activity uses it.
    Project project;
    Tool skype;
    skype.id = 1;
    skype.name = u"Skype"_s;
    project.tools = { skype };
    Objective objective;
    objective.id = 2;
    objective.statement = u"Pitch"_s;
    Activity call;
    call.id = 3;
    call.title = u"Kick-off call"_s;
    call.toolId = 1;
    objective.activities = { call };
    project.objectives = { objective };
    project.origins = { { u"tool"_s, skypeId, 1, 1 } };
    Document doc(project);
    useLibraryAs(*pg, u"bob"_s, db);

    {
        ui::LibrarySyncDialog dialog(&doc);
        bool ok = false;
        REQUIRE(waitFetched(dialog, &ok));
        INFO(dialog.statusText().toStdString());
        REQUIRE(ok);
        REQUIRE(dialog.changes().size() == 1);
        CHECK(dialog.changes().first().kind == UpstreamChange::ToolRetired);
        REQUIRE(dialog.list()->count() == 1);
        CHECK(dialog.list()->item(0)->text().contains(u"Skype"_s));
        CHECK(dialog.list()->item(0)->checkState() == Qt::Checked);

        const int steps = doc.undoStack()->count();
        REQUIRE(dialog.apply());
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(doc.undoStack()->text(steps) == u"Update from team library"_s);
        const Project &after = doc.project();
        const Tool *old = after.tool(1);
        REQUIRE(old);
        CHECK(old->status == ToolStatus::Retired);
        const Activity &moved = after.objectives.first().activities.first();
        const Tool *now = after.tool(moved.toolId);
        REQUIRE(now);
        CHECK(now->name == u"Teams"_s);
        REQUIRE(after.origins.size() >= 1);
        CHECK(after.origins.first().rowVersion > 1);

        doc.undo();
        CHECK(doc.project() == project);
        doc.redo();
    }

    // Nothing more to offer once applied.
    {
        ui::LibrarySyncDialog dialog(&doc);
        bool ok = false;
        REQUIRE(waitFetched(dialog, &ok));
        CHECK(ok);
        CHECK(dialog.changes().isEmpty());
    }

    // Server down: the dialog says offline, the project is untouched and still saves.
    REQUIRE(pg->stopImmediate());
    {
        doc.undo();
        const Project before = doc.project();
        const int steps = doc.undoStack()->count();
        ui::LibrarySyncDialog dialog(&doc);
        bool ok = true;
        REQUIRE(waitFetched(dialog, &ok));
        CHECK_FALSE(ok);
        CHECK(dialog.statusText().contains(u"offline"_s));
        CHECK(dialog.changes().isEmpty());
        CHECK_FALSE(dialog.apply());
        CHECK(doc.undoStack()->count() == steps);
        CHECK(doc.project() == before);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"offline.blendwise"_s);
        const FileError saved = ProjectFile::save(doc.project(), path);
        INFO(saved.message.toStdString());
        CHECK_FALSE(saved);
        CHECK(ProjectFile::load(path).project.tools.size() == before.tools.size());
    }
    QString error;
    REQUIRE(pg->restart(&error));
}
