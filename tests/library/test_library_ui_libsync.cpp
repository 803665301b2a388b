// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's team-library flows (ui/library) against a throwaway PostgreSQL server: Update
// from Team Library (retired tool offered and applied as one undo step; offline says so and
// changes nothing, saving still works).
#include "advisor/libraryfacts.h"
#include "clientprofiledialog.h"
#include "document/document.h"
#include "library/teamlibrary.h"
#include "librarysession.h"
#include "librarylive.h"
#include "librarypassworddialog.h"
#include "librarysettingsdialog.h"
#include "activityboard.h"
#include "activitylaneview.h"
#include "mainwindow.h"
#include "mime.h"
#include "retiretooldialog.h"
#include "toolcataloguedialog.h"
#include "librarystatuslabel.h"
#include "teamtemplatedialog.h"
#include "patternspanel.h"
#include "catalogue/catalogue.h"
#include "librarysyncdialog.h"
#include "pgserver.h"
#include "publishdialog.h"
#include "storage/projectfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QDragEnterEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
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
        // The advisor now knows what the team retired (rule library-tool-retired).
        CHECK(currentLibraryFacts().retiredTools.value(u"skype"_s) == u"Teams"_s);

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

namespace {

bool waitPublished(ui::PublishDialog &dialog, bool *ok)
{
    QSignalSpy spy(&dialog, &ui::PublishDialog::finished);
    if (!spy.wait(20000))
        return false;
    *ok = spy.first().first().toBool();
    return true;
}

Project patternProject()
{
    Project project;
    project.info.title = u"Sales pitch"_s;
    Tool padlet;
    padlet.id = 1;
    padlet.name = u"Padlet"_s;
    project.tools = { padlet };
    Objective objective;
    objective.id = 2;
    objective.statement = u"Pitch"_s;
    Activity wall;
    wall.id = 3;
    wall.title = u"Idea wall"_s;
    wall.instructions = u"Post one idea each."_s;
    wall.toolId = 1;
    objective.activities = { wall };
    project.objectives = { objective };
    return project;
}

} // namespace

TEST_CASE("library ui: publish records origins as one undo step; a conflict says who and when; a member is refused",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    const Project project = patternProject();
    Document doc(project);

    // Alice publishes the activity as a pattern and the tools.
    useLibraryAs(*pg, u"alice"_s, db);
    {
        ui::PublishDialog dialog(&doc, 3);
        ui::PublishRequest request;
        request.tools = true;
        request.activities = { 3 };
        dialog.setRequest(request);
        CHECK(dialog.request().activities == QList<Id> { 3 });
        dialog.publish();
        bool ok = false;
        REQUIRE(waitPublished(dialog, &ok));
        INFO(dialog.statusText().toStdString());
        REQUIRE(ok);
    }
    REQUIRE(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->text(0) == u"Record team library origins"_s);
    REQUIRE(doc.project().origins.size() == 2);
    CHECK(doc.project().origins.at(0).kind == u"tool"_s);
    CHECK(doc.project().origins.at(0).localId == 1);
    const ProjectOrigin pattern = doc.project().origins.at(1);
    CHECK(pattern.kind == u"pattern"_s);
    CHECK(pattern.localId == 3);
    CHECK(pattern.rowVersion == 1);
    {
        Direct check(pg->settings(u"alice"_s, db));
        const auto stored = check.library->pattern(pattern.libraryId);
        REQUIRE(stored);
        CHECK(stored->title == u"Idea wall"_s);
        CHECK(stored->toolName == u"Padlet"_s);
    }
    doc.undo();
    CHECK(doc.project() == project);
    doc.redo();

    // Another session (the admin) revises the pattern meanwhile.
    {
        Direct admin(pg->settings(u"admin"_s, db));
        auto theirs = admin.library->pattern(pattern.libraryId);
        REQUIRE(theirs);
        theirs->instructions = u"Post two ideas each."_s;
        REQUIRE(!admin.library->publishPattern(*theirs).error);
    }
    // Alice's next publish of it is a conflict naming the admin, with Compare field by field.
    {
        Activity changed = *doc.project().activity(3);
        changed.instructions = u"Post three ideas each."_s;
        doc.changeActivity(changed);
        const int steps = doc.undoStack()->count();
        ui::PublishDialog dialog(&doc, 3);
        dialog.publish();
        bool ok = true;
        REQUIRE(waitPublished(dialog, &ok));
        CHECK_FALSE(ok);
        CHECK(dialog.outcome().error.status == LibraryStatus::Conflict);
        INFO(dialog.statusText().toStdString());
        CHECK(dialog.statusText().contains(u"Changed by admin at "_s));
        CHECK(dialog.statusText().contains(u"since you read it"_s));
        CHECK(dialog.comparisonText().contains(u"Post two ideas each."_s));
        CHECK(dialog.comparisonText().contains(u"Post three ideas each."_s));
        CHECK(doc.undoStack()->count() == steps); // nothing recorded
        CHECK(doc.project().origins.at(1).rowVersion == 1);
    }

    // Bob (member) may not publish: the message names the role.
    useLibraryAs(*pg, u"bob"_s, db);
    {
        ui::PublishDialog dialog(&doc, 3);
        ui::PublishRequest request;
        request.asTemplate = true;
        request.templateName = u"Bob's pitch"_s;
        dialog.setRequest(request);
        dialog.publish();
        bool ok = true;
        REQUIRE(waitPublished(dialog, &ok));
        CHECK_FALSE(ok);
        CHECK(dialog.outcome().error.status == LibraryStatus::PermissionDenied);
        CHECK(dialog.statusText().contains(u"editor"_s));
    }
}

TEST_CASE("library ui: Apply Client Profile marks, adds and names in one undo step; undo restores exactly",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    {
        Direct alice(pg->settings(u"alice"_s, db));
        LibraryTool teams;
        teams.tool.name = u"Teams"_s;
        teams.tool.url = u"https://teams.example"_s;
        REQUIRE(!alice.library->publishTool(teams).error);
        LibraryClient acme;
        acme.name = u"Acme"_s;
        acme.toolsProvided = { u"Padlet"_s, u"Teams"_s };
        acme.toolsBlocked = { u"Zoom"_s };
        REQUIRE(!alice.library->publishClient(acme).error);
    }
    Project project = patternProject();
    Tool zoom;
    zoom.id = 9;
    zoom.name = u"Zoom"_s;
    project.tools.append(zoom);
    Document doc(project);
    useLibraryAs(*pg, u"bob"_s, db);

    ui::ClientProfileDialog dialog(&doc);
    QSignalSpy spy(&dialog, &ui::ClientProfileDialog::fetched);
    REQUIRE(spy.wait(20000));
    INFO(dialog.statusText().toStdString());
    REQUIRE(spy.first().first().toBool());
    REQUIRE(dialog.list()->count() == 1);
    CHECK(dialog.list()->item(0)->text() == u"Acme"_s);
    dialog.list()->setCurrentRow(0);
    REQUIRE(dialog.apply());

    REQUIRE(doc.undoStack()->count() == 1);
    const Project &after = doc.project();
    CHECK(after.info.client == u"Acme"_s);
    REQUIRE(after.toolByName(u"Padlet"_s));
    CHECK(after.toolByName(u"Padlet"_s)->clientProvided);
    REQUIRE(after.toolByName(u"Zoom"_s));
    CHECK(after.toolByName(u"Zoom"_s)->oftenBlocked);
    REQUIRE(after.toolByName(u"Teams"_s));
    CHECK(after.toolByName(u"Teams"_s)->clientProvided);
    CHECK(after.toolByName(u"Teams"_s)->url == u"https://teams.example"_s);
    CHECK(after.tools.size() == 3);
    REQUIRE(after.origins.size() == 1);
    CHECK(after.origins.first().kind == u"client"_s);
    CHECK(after.origins.first().localId == 0);

    doc.undo();
    CHECK(doc.project() == project);
}

TEST_CASE("library ui: Team Library Settings keep no password and test the connection off the GUI thread",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    useLibraryAs(*pg, u"alice"_s, db);
    ui::LibrarySession::setSessionPassword(u"secret"_s);

    ui::LibrarySettingsDialog dialog;
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return dialog.testResult().startsWith(u"Connected"_s); }, 20000));
    CHECK(dialog.testResult().contains(u"blendwise_editor"_s));
    dialog.accept();
    // The settings file holds where the library is, never the password.
    QSettings settings;
    CHECK(settings.value(u"library/database"_s).toString() == db);
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(u"secret"_s));

    // The server down: the test says so within seconds, and the dialog stays usable.
    REQUIRE(pg->stopImmediate());
    ui::LibrarySettingsDialog offline;
    offline.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return offline.testResult().startsWith(u"Not connected"_s); }, 20000));
    QString error;
    REQUIRE(pg->restart(&error));
}

TEST_CASE("library ui: the status bar says connected with the role, offline when the server is down, and back",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    useLibraryAs(*pg, u"bob"_s, db);
    ui::LibraryStatusLabel label;
    QSignalSpy checked(&label, &ui::LibraryStatusLabel::checked);
    REQUIRE(checked.wait(20000));
    CHECK(checked.last().first().toBool());
    CHECK(label.text().contains(u"connected (member)"_s));
    REQUIRE(pg->stopImmediate());
    label.refresh();
    REQUIRE(checked.wait(20000));
    CHECK_FALSE(checked.last().first().toBool());
    CHECK(label.text().contains(u"offline"_s));
    QString error;
    REQUIRE(pg->restart(&error));
    label.refresh();
    REQUIRE(checked.wait(20000));
    CHECK(checked.last().first().toBool());
}

TEST_CASE("library ui: New from Team Template lists the templates and opens one with its origin", "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    {
        Direct alice(pg->settings(u"alice"_s, db));
        LibraryTemplate t;
        t.name = u"IT risk workshop"_s;
        t.description = u"Two objectives, a workshop day"_s;
        t.project = templateProject(u"it-risk"_s);
        REQUIRE(t.project);
        REQUIRE(!alice.library->publishTemplate(t).error);
    }
    useLibraryAs(*pg, u"bob"_s, db);
    ui::TeamTemplateDialog dialog;
    QSignalSpy listed(&dialog, &ui::TeamTemplateDialog::listed);
    REQUIRE(listed.wait(20000));
    REQUIRE(listed.first().first().toBool());
    REQUIRE(dialog.list()->count() == 1);
    CHECK(dialog.list()->item(0)->text().contains(u"published by alice"_s));
    dialog.accept();
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    REQUIRE(dialog.project());
    CHECK(dialog.project()->activityCount() == templateProject(u"it-risk"_s)->activityCount());
    REQUIRE(dialog.project()->origins.size() == 1);
    CHECK(dialog.project()->origins.first().kind == u"template"_s);
}

TEST_CASE("library ui: the Patterns panel searches the library and adds a pattern to the board as one undo step",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    {
        Direct alice(pg->settings(u"alice"_s, db));
        LibraryTool forum;
        forum.tool.name = u"Team forum"_s;
        REQUIRE(!alice.library->publishTool(forum).error);
        for (const QString &title : { u"Pitch forum"_s, u"Peer feedback round"_s }) {
            ActivityPattern p;
            p.title = title;
            p.instructions = u"Post, then answer two colleagues."_s;
            p.phase = Phase::PostClass;
            p.direction = Direction::ManyToMany;
            p.toolName = u"Team forum"_s;
            p.duration = Duration::exact(20);
            REQUIRE(!alice.library->publishPattern(p).error);
        }
    }
    useLibraryAs(*pg, u"bob"_s, db);
    Document doc;
    Objective o;
    o.statement = u"Pitch an idea"_s;
    const Id objective = doc.addObjective(o);
    ui::PatternsPanel panel(&doc, [&] { return objective; }, [] { return Phase::InClass; });
    QSignalSpy listed(&panel, &ui::PatternsPanel::listed);
    panel.setSearchText(u"pitch"_s);
    REQUIRE(listed.wait(20000));
    REQUIRE(panel.list()->count() == 1);
    CHECK(panel.list()->item(0)->text().startsWith(u"Pitch forum"_s));

    const int steps = doc.undoStack()->count();
    const Id added = panel.addSelected();
    REQUIRE(added);
    CHECK(doc.undoStack()->count() == steps + 1);
    const Activity *a = doc.project().activity(added);
    REQUIRE(a);
    CHECK(a->phase == Phase::PostClass);
    REQUIRE(doc.project().tool(a->toolId));
    CHECK(doc.project().tool(a->toolId)->name == u"Team forum"_s);
    REQUIRE(doc.project().origins.size() == 1);
    CHECK(doc.project().origins.first().kind == u"pattern"_s);
    CHECK(doc.project().origins.first().localId == added);
    doc.undo();
    CHECK(doc.project().activityCount() == 0);
    CHECK(doc.project().tools.isEmpty());
    CHECK(doc.project().origins.isEmpty());
}

namespace {

// What a lane view gets when something is dropped on it: enter, move, drop at `pos`.
bool dropOnView(QAbstractItemView *view, QMimeData *data, QPoint pos)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

ActivityPattern forumPattern(const QString &title)
{
    ActivityPattern p;
    p.title = title;
    p.instructions = u"Post, then answer two colleagues."_s;
    p.phase = Phase::PostClass;
    p.direction = Direction::ManyToMany;
    p.toolName = u"Team forum"_s;
    p.duration = Duration::exact(20);
    return p;
}

// Alice's library: the "Team forum" tool and a forum pattern of each title.
void publishForumPatterns(TeamLibrary &library, const QStringList &titles)
{
    LibraryTool forum;
    forum.tool.name = u"Team forum"_s;
    REQUIRE(!library.publishTool(forum).error);
    for (const QString &title : titles)
        REQUIRE(!library.publishPattern(forumPattern(title)).error);
}

} // namespace

TEST_CASE("library ui: a pattern dragged onto a lane joins that lane at the drop point, one undo step",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    {
        Direct alice(pg->settings(u"alice"_s, db));
        publishForumPatterns(*alice.library, { u"Pitch forum"_s });
    }
    useLibraryAs(*pg, u"bob"_s, db);

    // The studio as the designer has it: a board with two in-class cards, the Patterns dock.
    ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    Document &doc = *window.document();
    Objective o;
    o.statement = u"Pitch an idea"_s;
    const Id objective = doc.addObjective(o);
    Activity first;
    first.title = u"Warm-up"_s;
    first.phase = Phase::InClass;
    Activity second;
    second.title = u"Pitches"_s;
    second.phase = Phase::InClass;
    const Id firstId = doc.addActivity(objective, first);
    const Id secondId = doc.addActivity(objective, second);
    window.board()->setObjective(objective);
    ui::PatternsPanel *panel = window.patternsPanel();
    REQUIRE(panel);
    QSignalSpy listed(panel, &ui::PatternsPanel::listed);
    panel->refresh();
    REQUIRE(listed.wait(20000));
    REQUIRE(listed.last().first().toBool());
    REQUIRE(panel->list()->count() == 1);
    CHECK(panel->list()->dragEnabled());

    // Dropped between the two in-class cards: the in-class lane wins over the pattern's
    // post-class, the place is between them, the tool comes from the library.
    ui::ActivityLaneView *lane = window.board()->laneView(Phase::InClass);
    REQUIRE(lane);
    QCoreApplication::processEvents();
    const QRect secondCard = lane->visualRect(lane->model()->index(1, 0));
    REQUIRE(secondCard.isValid());
    const int steps = doc.undoStack()->count();
    std::unique_ptr<QMimeData> data(panel->dragData(0));
    REQUIRE(data);
    REQUIRE(dropOnView(lane, data.get(), QPoint(secondCard.center().x(), secondCard.top() + 2)));
    CHECK(doc.undoStack()->count() == steps + 1);
    const Objective *target = doc.project().objective(objective);
    REQUIRE(target->activities.size() == 3);
    CHECK(target->activities[0].id == firstId);
    CHECK(target->activities[1].title == u"Pitch forum"_s);
    CHECK(target->activities[2].id == secondId);
    const Activity &added = target->activities[1];
    CHECK(added.phase == Phase::InClass);
    CHECK(added.direction == Direction::ManyToMany);
    REQUIRE(doc.project().tool(added.toolId));
    CHECK(doc.project().tool(added.toolId)->name == u"Team forum"_s);
    REQUIRE(doc.project().origins.size() == 1);
    CHECK(doc.project().origins.first().localId == added.id);
    doc.undo();
    CHECK(doc.project().objective(objective)->activities.size() == 2);
    CHECK(doc.project().origins.isEmpty());
    CHECK_FALSE(doc.project().toolByName(u"Team forum"_s));

    // A card's payload from another process is not a pattern of ours: refused, nothing added.
    QMimeData foreign;
    foreign.setData(ui::Mime::pattern(), QByteArray("1 ") + data->data(ui::Mime::pattern()).split(' ').last());
    CHECK_FALSE(dropOnView(lane, &foreign, QPoint(secondCard.center().x(), secondCard.bottom() - 2)));
    CHECK(doc.project().objective(objective)->activities.size() == 2);
}

TEST_CASE("library ui: the Patterns panel follows a colleague's publish live and keeps its selection",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    Direct alice(pg->settings(u"alice"_s, db));
    publishForumPatterns(*alice.library, { u"Pitch forum"_s, u"Peer review"_s });
    useLibraryAs(*pg, u"bob"_s, db);
    ui::MainWindow window;
    window.show();
    ui::LibraryLive *live = window.libraryLive();
    QSignalSpy listening(live, &ui::LibraryLive::listening);
    live->restart();
    REQUIRE(listening.wait(20000));
    REQUIRE(listening.last().first().toBool());
    ui::PatternsPanel *panel = window.patternsPanel();
    panel->parentWidget()->show(); // the dock, as View ▸ Patterns shows it
    QSignalSpy listed(panel, &ui::PatternsPanel::listed);
    panel->refresh();
    REQUIRE(listed.wait(20000));
    REQUIRE(panel->list()->count() == 2);
    panel->list()->setCurrentRow(1);
    const QString selected = panel->list()->currentItem()->text();

    // Alice publishes: Bob's panel lists it without anyone asking, Bob's selection stays.
    QSignalSpy changed(live, &ui::LibraryLive::itemChanged);
    REQUIRE(!alice.library->publishPattern(forumPattern(u"Lightning talks"_s)).error);
    REQUIRE(changed.wait(20000));
    CHECK(changed.last().at(0).value<LibraryKind>() == LibraryKind::Pattern);
    REQUIRE(QTest::qWaitFor([&] { return panel->list()->count() == 3; }, 20000));
    CHECK(panel->list()->item(0)->text().startsWith(u"Lightning talks"_s)); // newest first
    REQUIRE(panel->list()->currentItem());
    CHECK(panel->list()->currentItem()->text() == selected);
}

TEST_CASE("library ui: the live line says offline when the server stops and catches up when it is back",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    useLibraryAs(*pg, u"bob"_s, db);
    ui::LibraryLive live;
    live.setHealthCheckInterval(300);
    QSignalSpy listening(&live, &ui::LibraryLive::listening);

    // Started while the server is down: offline at once, and it keeps trying by itself.
    REQUIRE(pg->stopImmediate());
    live.restart();
    REQUIRE(listening.wait(20000));
    CHECK_FALSE(listening.last().first().toBool());
    CHECK_FALSE(live.isListening());
    QString error;
    REQUIRE(pg->restart(&error));
    REQUIRE(QTest::qWaitFor([&] { return live.isListening(); }, 20000));
    CHECK(listening.last().first().toBool());

    // Lost while listening: said, then back after the restart, and notifications flow again.
    listening.clear();
    REQUIRE(pg->stopImmediate());
    REQUIRE(QTest::qWaitFor([&] { return !live.isListening(); }, 20000));
    REQUIRE(pg->restart(&error));
    REQUIRE(QTest::qWaitFor([&] { return live.isListening(); }, 20000));
    QSignalSpy changed(&live, &ui::LibraryLive::itemChanged);
    Direct alice(pg->settings(u"alice"_s, db));
    LibraryTool tool;
    tool.tool.name = u"Padlet"_s;
    REQUIRE(!alice.library->publishTool(tool).error);
    REQUIRE(changed.wait(20000));
    CHECK(changed.last().at(0).value<LibraryKind>() == LibraryKind::Tool);
}

TEST_CASE("library ui: Retire in Team Library — the admin retires a tool with its replacement; a member is told why not",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    Project project;
    Tool skype;
    skype.id = 1;
    skype.name = u"Skype"_s;
    Tool teams;
    teams.id = 2;
    teams.name = u"Teams"_s;
    project.tools = { skype, teams };

    // A member sees the dialog say only the admin can; nothing can be pressed.
    useLibraryAs(*pg, u"bob"_s, db);
    {
        ui::RetireToolDialog dialog(project, 1);
        QSignalSpy ready(&dialog, &ui::RetireToolDialog::ready);
        REQUIRE(ready.wait(20000));
        CHECK_FALSE(ready.first().first().toBool());
        CHECK(dialog.statusText().contains(u"admin"_s));
        CHECK_FALSE(dialog.replacementBox()->isEnabled());
    }

    // The admin: the library has neither tool yet; both go in, Skype retired with Teams.
    useLibraryAs(*pg, u"admin"_s, db);
    ui::LibraryLive live;
    QSignalSpy facts(&live, &ui::LibraryLive::factsChanged);
    live.restart();
    {
        ui::RetireToolDialog dialog(project, 1);
        QSignalSpy ready(&dialog, &ui::RetireToolDialog::ready);
        REQUIRE(ready.wait(20000));
        REQUIRE(ready.first().first().toBool());
        QComboBox *box = dialog.replacementBox();
        CHECK(box->findData(u"Skype"_s) < 0); // never itself
        const int teamsRow = box->findData(u"Teams"_s);
        REQUIRE(teamsRow > 0);
        box->setCurrentIndex(teamsRow);
        QSignalSpy finished(&dialog, &ui::RetireToolDialog::finished);
        dialog.retire();
        REQUIRE(finished.wait(20000));
        INFO(dialog.statusText().toStdString());
        REQUIRE(finished.first().first().toBool());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    Direct check(pg->settings(u"bob"_s, db));
    const std::optional<LibraryTool> retired = check.library->toolByName(u"Skype"_s);
    REQUIRE(retired);
    CHECK(retired->tool.status == ToolStatus::Retired);
    CHECK(retired->tool.replacement == u"Teams"_s);
    const std::optional<LibraryTool> replacement = check.library->toolByName(u"Teams"_s);
    REQUIRE(replacement);
    CHECK(replacement->tool.status == ToolStatus::Active);
    // The studio's advisor learns it (the NOTIFY of the retirement, or the first read).
    REQUIRE(QTest::qWaitFor([&] { return currentLibraryFacts().retiredTools.contains(u"skype"_s); }, 20000));
    CHECK(currentLibraryFacts().retiredTools.value(u"skype"_s) == u"Teams"_s);

    // The tool catalogue offers it only with a library set up.
    Document doc;
    doc.addTool(skype);
    ui::ToolCatalogueDialog catalogue(&doc);
    auto *button = catalogue.findChild<QPushButton *>(u"retireInLibrary"_s);
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    setLibraryFacts({});
}

TEST_CASE("library ui: a refused login asks for the password once, and again only when the status bar is clicked",
    "[library][libraryui]")
{
    PgServer *pg = server();
    if (!pg)
        return;
    const QString db = freshLibrary(*pg);
    // A login the server refuses ("role does not exist" is a refused login, as a wrong password is).
    LibrarySettings settings = pg->settings(u"bob"_s, db);
    settings.user = u"nobody_here"_s;
    ui::LibrarySession::setSettings(settings);
    ui::LibrarySession::setSessionPassword({});
    ui::LibrarySession::setRemembersPassword(false);

    ui::MainWindow window;
    window.show();
    ui::LibraryStatusLabel *label = window.libraryStatus();
    auto dialogOpen = [&window] { return window.findChild<ui::LibraryPasswordDialog *>() != nullptr; };
    REQUIRE(QTest::qWaitFor(dialogOpen, 20000));
    CHECK(label->text().contains(u"sign-in needed"_s));
    ui::LibraryPasswordDialog *dialog = window.findChild<ui::LibraryPasswordDialog *>();
    CHECK(dialog->isVisible());
    CHECK(dialog->isModal()); // of the window: the dialog waits, nothing else does
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return !dialogOpen(); }, 5000));

    // The minute's check fails again: no second prompt by itself.
    QSignalSpy checked(label, &ui::LibraryStatusLabel::checked);
    label->refresh();
    REQUIRE(checked.wait(20000));
    QTest::qWait(100);
    CHECK_FALSE(dialogOpen());

    // Clicking "sign-in needed" asks again; Sign In gives the session the password.
    QTest::mouseClick(label, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(dialogOpen, 5000));
    dialog = window.findChild<ui::LibraryPasswordDialog *>();
    QSignalSpy signedIn(dialog, &ui::LibraryPasswordDialog::signedIn);
    if (dialog->rememberBox())
        dialog->rememberBox()->setChecked(false);
    dialog->passwordEdit()->setText(u"typed once"_s);
    dialog->accept();
    REQUIRE(signedIn.count() == 1);
    CHECK(ui::LibrarySession::settings().password == u"typed once"_s);
    QSettings stored; // never written to the settings
    for (const QString &key : stored.allKeys())
        CHECK_FALSE(stored.value(key).toString().contains(u"typed once"_s));
    ui::LibrarySession::setSessionPassword({});
}
