// SPDX-License-Identifier: GPL-3.0-or-later
// The team library against a real PostgreSQL server (tests/library/pgserver.h).
#include "pgserver.h"

#include "library/librarymigrations.h"
#include "library/librarystorage.h"
#include "library/librarysync.h"
#include "library/librarywatcher.h"
#include "library/teamlibrary.h"

#include <catch2/catch.hpp>

#include "qtprint.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace bw;
using bw::test::PgServer;

namespace Catch {
template <> struct StringMaker<bw::LibraryError> {
    static std::string convert(const bw::LibraryError &e)
    {
        return "LibraryError(" + std::to_string(int(e.status)) + ", " + e.message.toStdString() + ")";
    }
};
template <> struct StringMaker<bw::PublishResult> {
    static std::string convert(const bw::PublishResult &r) { return StringMaker<bw::LibraryError>::convert(r.error); }
};
} // namespace Catch

namespace {

// The one server of this run, started on first use. Without PostgreSQL or the QPSQL driver the
// library cases are skipped on a developer's machine and FAIL under CI=true.
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
    const QString name = u"lib%1"_s.arg(++counter);
    QString error;
    const bool created = pg.createLibrary(name, &error);
    INFO(error.toStdString());
    REQUIRE(created);
    return name;
}

Tool sampleTool(const QString &name)
{
    Tool tool;
    tool.name = name;
    tool.type = ToolType::Live;
    tool.directions = { Direction::OneToMany, Direction::ManyToMany };
    tool.synchronous = true;
    tool.cost = u"paid"_s;
    tool.url = u"https://example.org/"_s + name;
    tool.description = u"Video meetings with breakout rooms"_s;
    tool.setup = { u"licence"_s, u"test call"_s };
    return tool;
}

} // namespace

TEST_CASE("library: schema is created, an older one migrates, a newer one is refused", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    QString error;
    REQUIRE(pg->sql(u"postgres"_s, u"CREATE DATABASE schemas"_s, &error));
    LibraryConnection c;
    REQUIRE_FALSE(c.open(pg->settings(u"postgres"_s, u"schemas"_s)));
    CHECK(LibraryMigrations::version(c) == 0);
    CHECK(LibraryMigrations::check(c).status == LibraryStatus::NoSchema);

    REQUIRE_FALSE(LibraryMigrations::migrate(c, 1));
    CHECK(LibraryMigrations::version(c) == 1);
    const LibraryError older = LibraryMigrations::check(c);
    CHECK(older.status == LibraryStatus::NoSchema);
    CHECK(older.message.contains(u"older"_s));

    REQUIRE_FALSE(LibraryMigrations::migrate(c));
    CHECK(LibraryMigrations::version(c) == LibraryMigrations::currentVersion());
    CHECK_FALSE(LibraryMigrations::check(c));
    // Migrating again is a no-op.
    CHECK_FALSE(LibraryMigrations::migrate(c));

    QSqlQuery q(c.db());
    REQUIRE(q.exec(u"UPDATE blendwise.meta SET value = '99' WHERE key = 'schema_version'"_s));
    const LibraryError newer = LibraryMigrations::check(c);
    CHECK(newer.status == LibraryStatus::NewerSchema);
    CHECK(newer.message.contains(u"newer"_s));
    CHECK(LibraryMigrations::migrate(c).status == LibraryStatus::NewerSchema);
    CHECK(LibraryMigrations::version(c) == 99); // untouched
}

TEST_CASE("library: connection errors are clear and quick", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    LibrarySettings nowhere = pg->settings(u"alice"_s);
    nowhere.port = 1; // nothing listens there
    LibraryConnection c;
    const LibraryError offline = c.open(nowhere);
    CHECK(offline.status == LibraryStatus::Offline);
    CHECK(offline.message.contains(u"cannot connect"_s));

    const LibraryError unknownUser = c.open(pg->settings(u"mallory"_s, u"postgres"_s));
    CHECK(unknownUser.status == LibraryStatus::AuthFailed);

    // sslmode reaches libpq: the throwaway server has no SSL, so "require" cannot connect.
    LibrarySettings ssl = pg->settings(u"alice"_s, u"postgres"_s);
    ssl.sslmode = u"require"_s;
    const LibraryError noSsl = c.open(ssl);
    CHECK(noSsl);
    CHECK(noSsl.message.contains(u"SSL"_s));

    // A libpq service name (pg_service.conf) is all it takes.
    QTemporaryDir dir;
    QFile services(dir.filePath(u"pg_service.conf"_s));
    REQUIRE(services.open(QIODevice::WriteOnly));
    services.write(
        QStringLiteral("[bwtest]\nhost=127.0.0.1\nport=%1\ndbname=postgres\nuser=postgres\nsslmode=disable\n")
            .arg(pg->port())
            .toUtf8());
    services.close();
    qputenv("PGSERVICEFILE", services.fileName().toLocal8Bit());
    LibrarySettings byService;
    byService.service = u"bwtest"_s;
    const LibraryError viaService = c.open(byService);
    qunsetenv("PGSERVICEFILE");
    CHECK_FALSE(viaService);
    QSqlQuery who(c.db());
    REQUIRE(who.exec(u"SELECT session_user"_s));
    REQUIRE(who.next());
    CHECK(who.value(0).toString() == u"postgres"_s);
}

TEST_CASE("library: publish, list, search and get items", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryConnection c;
    REQUIRE_FALSE(c.open(pg->settings(u"alice"_s, db)));
    REQUIRE_FALSE(LibraryMigrations::check(c));
    TeamLibrary library(c);
    CHECK(library.roles() == QStringList { u"blendwise_editor"_s, u"blendwise_member"_s });

    const PublishResult zoom = library.publishTool({ {}, sampleTool(u"Zoom"_s) });
    INFO(zoom.error.message.toStdString());
    REQUIRE_FALSE(zoom.error);
    CHECK(zoom.meta.rowVersion == 1);
    CHECK(zoom.meta.updatedBy == u"alice"_s);
    CHECK(zoom.meta.id.size() == 36);
    REQUIRE_FALSE(library.publishTool({ {}, sampleTool(u"Teams"_s) }).error);
    const QList<LibraryTool> tools = library.tools();
    REQUIRE(tools.size() == 2);
    CHECK(tools[0].tool.name == u"Teams"_s);
    Tool expected = sampleTool(u"Zoom"_s);
    CHECK(tools[1].tool == expected);

    // A second tool of the same name (any case) is refused.
    CHECK(library.publishTool({ {}, sampleTool(u"zoom"_s) }).error.status == LibraryStatus::Conflict);

    // Retire team-wide with its replacement: one call, by an administrator.
    CHECK(library.retireTool(u"Zoom"_s, u"Teams"_s).error.status == LibraryStatus::PermissionDenied);
    LibraryConnection adminConnection;
    REQUIRE_FALSE(adminConnection.open(pg->settings(u"admin"_s, db)));
    TeamLibrary adminLibrary(adminConnection);
    const PublishResult retired = adminLibrary.retireTool(u"Zoom"_s, u"Teams"_s);
    REQUIRE_FALSE(retired.error);
    CHECK(retired.meta.rowVersion == 2);
    const auto zoomNow = library.toolByName(u"ZOOM"_s);
    REQUIRE(zoomNow);
    CHECK(zoomNow->tool.status == ToolStatus::Retired);
    CHECK(zoomNow->tool.replacement == u"Teams"_s);
    CHECK(adminLibrary.retireTool(u"Zoom"_s, u"Nothing"_s).error.status == LibraryStatus::NotFound);

    LibraryClient acme { {}, u"ACME"_s, { u"Teams"_s }, { u"Zoom"_s, u"Padlet"_s } };
    REQUIRE_FALSE(library.publishClient(acme).error);
    const auto acmeNow = library.clientByName(u"acme"_s);
    REQUIRE(acmeNow);
    CHECK(acmeNow->toolsBlocked == QStringList { u"Zoom"_s, u"Padlet"_s });

    ActivityPattern pitch;
    pitch.title = u"Elevator pitch"_s;
    pitch.instructions = u"Each learner records a two-minute pitch and collects feedback"_s;
    pitch.phase = Phase::PostClass;
    pitch.direction = Direction::ManyToMany;
    pitch.toolName = u"Teams"_s;
    pitch.duration = Duration { 20, 30 };
    pitch.grouping = Grouping::Pairs;
    pitch.assessment = Assessment::Formative;
    REQUIRE_FALSE(library.publishPattern(pitch).error);
    ActivityPattern quiz;
    quiz.title = u"Warm-up quiz"_s;
    quiz.phase = Phase::PreClass;
    REQUIRE_FALSE(library.publishPattern(quiz).error);
    CHECK(library.patterns().size() == 2);
    const QList<ActivityPattern> found = library.patterns(u"feed"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].title == pitch.title);
    CHECK(found[0].duration == pitch.duration);
    CHECK(found[0].grouping == Grouping::Pairs);
    CHECK(library.patterns(u"teams pitch"_s).size() == 1);
    CHECK(library.patterns(u"'; DROP TABLE x; --"_s).isEmpty()); // bound, not spliced

    Project project;
    project.info.title = u"Onboarding"_s;
    project.tools = { sampleTool(u"Teams"_s) };
    project.tools[0].id = 1;
    Objective objective;
    objective.id = 2;
    objective.statement = u"Pitch the product"_s;
    Activity activity = pitch.applyTo({}, project);
    activity.id = 3;
    objective.activities = { activity };
    project.objectives = { objective };
    REQUIRE_FALSE(library.publishTemplate({ {}, u"Onboarding"_s, u"Two weeks"_s, project }).error);
    CHECK(library.templates().size() == 1);
    const auto pulled = library.templateByName(u"onboarding"_s);
    REQUIRE(pulled);
    REQUIRE(pulled->project);
    CHECK(pulled->project->info.title == u"Onboarding"_s);
    REQUIRE(pulled->project->objectives.size() == 1);
    CHECK(pulled->project->objectives[0].activities[0].toolId == pulled->project->toolByName(u"Teams"_s)->id);

    const LibraryCounts counts = library.counts();
    CHECK(counts.tools == 2);
    CHECK(counts.clients == 1);
    CHECK(counts.templates == 1);
    CHECK(counts.patterns == 2);
}

TEST_CASE("library: roles decide who may publish and delete", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryConnection alice, bob, admin;
    REQUIRE_FALSE(alice.open(pg->settings(u"alice"_s, db)));
    REQUIRE_FALSE(bob.open(pg->settings(u"bob"_s, db)));
    REQUIRE_FALSE(admin.open(pg->settings(u"admin"_s, db)));
    TeamLibrary a(alice), b(bob), root(admin);
    const PublishResult zoom = a.publishTool({ {}, sampleTool(u"Zoom"_s) });
    INFO(zoom.error.message.toStdString());
    REQUIRE_FALSE(zoom.error);

    CHECK(b.tools().size() == 1); // a member reads
    const PublishResult refused = b.publishTool({ {}, sampleTool(u"Miro"_s) });
    CHECK(refused.error.status == LibraryStatus::PermissionDenied);
    CHECK(refused.error.message.contains(u"blendwise_editor"_s));
    CHECK(b.roles() == QStringList { u"blendwise_member"_s });

    CHECK(a.remove(LibraryKind::Tool, zoom.meta.id).status == LibraryStatus::PermissionDenied);
    CHECK_FALSE(root.remove(LibraryKind::Tool, zoom.meta.id));
    CHECK(a.tools().isEmpty());
    CHECK(root.roles().first() == u"blendwise_admin"_s);
}

TEST_CASE("library: concurrent publishes of one item — one wins, the other gets a Conflict", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryConnection alice;
    REQUIRE_FALSE(alice.open(pg->settings(u"alice"_s, db)));
    const PublishResult first = TeamLibrary(alice).publishTool({ {}, sampleTool(u"Zoom"_s) });
    REQUIRE_FALSE(first.error);

    // Two designers saw version 1 and publish at the same instant, each over its connection.
    std::atomic<int> ready { 0 };
    PublishResult results[2];
    auto publisher = [&](int who) {
        LibraryConnection c;
        if (c.open(pg->settings(who == 0 ? u"alice"_s : u"admin"_s, db)))
            return;
        LibraryTool tool { first.meta, sampleTool(u"Zoom"_s) };
        tool.tool.description = u"edited by %1"_s.arg(who);
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        results[who] = TeamLibrary(c).publishTool(tool);
    };
    std::thread t0(publisher, 0), t1(publisher, 1);
    t0.join();
    t1.join();
    const int wins = int(!results[0].error) + int(!results[1].error);
    CHECK(wins == 1);
    const PublishResult &lost = results[0].error ? results[0] : results[1];
    const PublishResult &won = results[0].error ? results[1] : results[0];
    CHECK(lost.error.status == LibraryStatus::Conflict);
    CHECK(lost.error.changedBy == (results[0].error ? u"admin"_s : u"alice"_s));
    CHECK(lost.error.changedAt.isValid());
    CHECK(lost.error.message.contains(lost.error.changedBy));
    CHECK(won.meta.rowVersion == 2);
    CHECK(TeamLibrary(alice).toolByName(u"Zoom"_s)->meta.rowVersion == 2);
}

TEST_CASE("library: the server killed in the middle of a publish leaves nothing half-written", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    QList<ActivityPattern> patterns;
    for (int i = 0; i < 10; ++i) {
        ActivityPattern p;
        p.title = u"Pattern %1"_s.arg(i);
        patterns << p;
    }
    {
        LibraryConnection c;
        REQUIRE_FALSE(c.open(pg->settings(u"alice"_s, db)));
        TeamLibrary library(c);
        library.setStatementHook([&](int statement) {
            if (statement == 5)
                pg->stopImmediate();
        });
        LibraryError error;
        const QList<PublishResult> results = library.publishPatterns(patterns, &error);
        CHECK(results.isEmpty());
        INFO(error.message.toStdString());
        CHECK(error.status == LibraryStatus::Offline);
        CHECK(error.message.contains(u"cannot be reached"_s));
    }
    QString startError;
    const bool restarted = pg->restart(&startError);
    INFO(startError.toStdString());
    REQUIRE(restarted);
    LibraryConnection c;
    REQUIRE_FALSE(c.open(pg->settings(u"alice"_s, db))); // reconnect after restart
    TeamLibrary library(c);
    CHECK(library.counts().patterns == 0);
    LibraryError error;
    CHECK(library.publishPatterns(patterns, &error).size() == 10);
    CHECK_FALSE(error);
    CHECK(library.counts().patterns == 10);
}

TEST_CASE("library: LISTEN/NOTIFY delivers a colleague's publish", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryWatcher watcher;
    REQUIRE_FALSE(watcher.start(pg->settings(u"bob"_s, db)));
    QSignalSpy spy(&watcher, &LibraryWatcher::itemChanged);
    LibraryConnection alice;
    REQUIRE_FALSE(alice.open(pg->settings(u"alice"_s, db)));
    const PublishResult published = TeamLibrary(alice).publishTool({ {}, sampleTool(u"Zoom"_s) });
    REQUIRE_FALSE(published.error);
    REQUIRE((spy.size() > 0 || spy.wait(5000)));
    CHECK(spy[0][0].value<LibraryKind>() == LibraryKind::Tool);
    CHECK(spy[0][1].toString() == published.meta.id);
    CHECK(spy[0][2].toInt() == 1);
}

TEST_CASE("project storage: the file backend and the library's templates behind one interface", "[library][storage]")
{
    Project project;
    project.info.title = u"Stored"_s;
    project.tools = { sampleTool(u"Teams"_s) };
    project.tools[0].id = 1;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.blendwise"_s);
    std::unique_ptr<ProjectStorage> files = projectStorageFor(path);
    CHECK(files->scheme() == u"file"_s);
    REQUIRE_FALSE(files->write(project, path));
    const LoadResult fromFile = files->read(QUrl::fromLocalFile(path).toString());
    REQUIRE_FALSE(fromFile.error);
    CHECK(fromFile.project.info.title == u"Stored"_s);
    FileError listError;
    CHECK(files->list(dir.path(), &listError).size() == 1);

    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    const QString uri = LibraryProjectStorage::uri(pg->settings(u"alice"_s, db), u"Onboarding & more"_s);
    CHECK(uri.startsWith(u"postgresql://alice@127.0.0.1:"_s));
    const auto parsed = LibraryProjectStorage::parse(uri);
    REQUIRE(parsed);
    CHECK(parsed->templateName == u"Onboarding & more"_s);
    CHECK(parsed->settings.database == db);

    std::unique_ptr<ProjectStorage> first = projectStorageFor(uri);
    CHECK(first->scheme() == u"postgresql"_s);
    REQUIRE_FALSE(first->write(project, uri));
    std::unique_ptr<ProjectStorage> second = projectStorageFor(uri);
    LoadResult read = second->read(uri);
    REQUIRE_FALSE(read.error);
    CHECK(read.project.info.title == u"Stored"_s);
    CHECK(first->list(LibraryProjectStorage::uri(pg->settings(u"alice"_s, db), {}), &listError).size() == 1);

    // Both saw version 1; the first to write wins, the other is told who changed it.
    REQUIRE_FALSE(first->read(uri).error);
    project.info.title = u"First"_s;
    CHECK_FALSE(first->write(project, uri));
    project.info.title = u"Second"_s;
    const FileError conflict = second->write(project, uri);
    CHECK(conflict.kind == FileError::WriteFailed);
    CHECK(conflict.message.contains(u"alice"_s));
    CHECK(static_cast<LibraryProjectStorage *>(second.get())->lastLibraryError().status == LibraryStatus::Conflict);
    CHECK(first->read(uri).project.info.title == u"First"_s);

    // bob (member) may read, not write.
    const QString bobUri = LibraryProjectStorage::uri(pg->settings(u"bob"_s, db), u"Onboarding & more"_s);
    LibraryProjectStorage bobStorage;
    REQUIRE_FALSE(bobStorage.read(bobUri).error);
    CHECK(bobStorage.write(project, bobUri).kind == FileError::ReadOnly);
}

TEST_CASE(
    "library sync against the server: an administrator's retirement reaches the project", "[library][librarysync]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryConnection alice, admin;
    REQUIRE_FALSE(alice.open(pg->settings(u"alice"_s, db)));
    REQUIRE_FALSE(admin.open(pg->settings(u"admin"_s, db)));
    TeamLibrary library(alice);
    const PublishResult zoom = library.publishTool({ {}, sampleTool(u"Zoom"_s) });
    REQUIRE_FALSE(library.publishTool({ {}, sampleTool(u"Teams"_s) }).error);
    ActivityPattern call;
    call.title = u"Kick-off call"_s;
    call.toolName = u"Zoom"_s;
    const PublishResult pattern = library.publishPattern(call);
    REQUIRE_FALSE(zoom.error);
    REQUIRE_FALSE(pattern.error);

    // A project that took the tool and the pattern at version 1.
    Project project;
    project.tools = { sampleTool(u"Zoom"_s) };
    project.tools[0].id = 1;
    Objective objective;
    objective.id = 2;
    objective.statement = u"Start"_s;
    Activity activity = call.applyTo({}, project);
    activity.id = 3;
    objective.activities = { activity };
    project.objectives = { objective };
    const QList<LibraryOrigin> origins { { LibraryKind::Tool, zoom.meta.id, 1, 1 },
        { LibraryKind::Pattern, pattern.meta.id, 1, 3 } };

    LibraryError error;
    auto snapshot = fetchLibrarySnapshot(library, origins, &error);
    REQUIRE(snapshot);
    CHECK(upstreamChanges(project, origins, *snapshot).isEmpty());

    REQUIRE_FALSE(TeamLibrary(admin).retireTool(u"Zoom"_s, u"Teams"_s).error);
    call.meta = pattern.meta;
    call.instructions = u"Now on Teams"_s;
    call.toolName = u"Teams"_s;
    REQUIRE_FALSE(library.publishPattern(call).error);

    snapshot = fetchLibrarySnapshot(library, origins, &error);
    REQUIRE(snapshot);
    const QList<UpstreamChange> changes = upstreamChanges(project, origins, *snapshot);
    REQUIRE(changes.size() == 2);
    // Whatever order the changes are chosen in.
    const SyncResult synced = applyUpstreamChanges(project, origins, { changes[1], changes[0] });
    const Tool *teams = synced.project.toolByName(u"Teams"_s);
    REQUIRE(teams);
    CHECK(synced.project.activity(3)->toolId == teams->id);
    CHECK(synced.project.activity(3)->instructions == u"Now on Teams"_s);
    CHECK(synced.project.tool(1)->status == ToolStatus::Retired);
}

TEST_CASE("library watcher: notices a lost connection and listens again after a restart", "[library]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    LibraryWatcher watcher;
    watcher.setHealthCheckInterval(200);
    REQUIRE_FALSE(watcher.start(pg->settings(u"bob"_s, db)));
    QSignalSpy lost(&watcher, &LibraryWatcher::connectionLost);
    QSignalSpy back(&watcher, &LibraryWatcher::reconnected);
    QSignalSpy changed(&watcher, &LibraryWatcher::itemChanged);
    REQUIRE(pg->stopImmediate());
    REQUIRE((lost.size() > 0 || lost.wait(5000)));
    QString error;
    const bool restarted = pg->restart(&error);
    INFO(error.toStdString());
    REQUIRE(restarted);
    REQUIRE((back.size() > 0 || back.wait(10000)));
    LibraryConnection alice;
    REQUIRE_FALSE(alice.open(pg->settings(u"alice"_s, db)));
    REQUIRE_FALSE(TeamLibrary(alice).publishTool({ {}, sampleTool(u"Miro"_s) }).error);
    REQUIRE((changed.size() > 0 || changed.wait(5000)));
}
