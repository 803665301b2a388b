// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "changespanel.h"

#include "activityboard.h"
#include "activitylanemodel.h"
#include "projectsession.h"
#include "workspacefixture.h"

#include "document/document.h"
#include "qtprint.h"
#include "storage/projectfile.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

Project twoObjectives()
{
    Project p;
    Tool skype;
    skype.id = 1;
    skype.name = u"Skype"_s;
    Tool teams;
    teams.id = 2;
    teams.name = u"Microsoft Teams"_s;
    p.tools = { skype, teams };
    for (Id o : { 10, 20 }) {
        Objective obj;
        obj.id = o;
        obj.statement = u"Objective %1"_s.arg(o);
        for (Id a = o + 1; a <= o + 3; ++a) {
            Activity act;
            act.id = a;
            act.title = u"Activity %1"_s.arg(a);
            act.phase = Phase::InClass;
            act.toolId = 1;
            act.duration = Duration::exact(30);
            obj.activities.append(act);
        }
        p.objectives.append(obj);
    }
    return p;
}

QStringList texts(const ChangesPanel &panel)
{
    QStringList out;
    for (const auto &l : panel.lines())
        out.append(l.text);
    return out;
}

} // namespace

TEST_CASE("The Changes panel lists what changed since the saved file, grouped by objective", "[changes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(twoObjectives(), path));
    Document doc(twoObjectives());
    doc.setFilePath(path);
    doc.markSaved();
    ChangesPanel panel(&doc);
    panel.refresh();
    CHECK(panel.lines().isEmpty());
    const auto labels = panel.findChildren<QLabel *>();
    CHECK(std::any_of(
        labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(u"No changes since"_s); }));

    // Move two activities, change a tool and a duration: four changes, each one line.
    doc.moveActivity(12, 10, 0, Phase::PreClass); // 1.2 → first, pre-class
    doc.moveActivity(23, 10, 3, Phase::InClass); // 2.3 → objective 1
    Activity a = *doc.project().activity(21);
    a.toolId = 2;
    doc.changeActivity(a);
    Activity b = *doc.project().activity(22);
    b.duration = Duration::exact(45);
    doc.changeActivity(b);
    QSignalSpy marked(&panel, &ChangesPanel::changedActivitiesChanged);
    panel.refresh();
    const QStringList lines = texts(panel);
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].contains(u"moved from In-class to Pre-class"_s));
    CHECK(lines[1].contains(u"moved from objective"_s));
    CHECK(lines[2].contains(u"tool changed from “Skype” to “Microsoft Teams”"_s));
    CHECK(lines[3].contains(u"duration changed from 30 min to 45 min"_s));
    CHECK(panel.changedActivities() == QSet<Id> { 12, 23, 21, 22 });
    CHECK(marked.count() == 1);

    // Grouped under their objectives; Enter on a change asks for its item.
    auto *view = panel.findChild<QTreeView *>();
    REQUIRE(view);
    auto *model = qobject_cast<QStandardItemModel *>(view->model());
    REQUIRE(model->rowCount() == 2);
    CHECK(model->item(0)->text().startsWith(u"Objective 1: "_s));
    CHECK(model->item(0)->rowCount() == 2);
    CHECK(model->item(1)->rowCount() == 2);
    QSignalSpy activated(&panel, &ChangesPanel::itemActivated);
    view->setCurrentIndex(model->item(1)->child(0)->index());
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().value<Id>() == 21);

    // Undo brings the project back to the saved file: nothing to list.
    while (doc.canUndo())
        doc.undo();
    panel.refresh();
    CHECK(panel.lines().isEmpty());
}

TEST_CASE("The Changes panel compares with any base it is offered and follows edits by itself", "[changes]")
{
    Document doc(twoObjectives());
    ChangesPanel panel(&doc);
    Project older = twoObjectives();
    older.objectives[0].activities.removeAt(0);
    panel.setExtraBases(
        { { u"Version 1.0"_s, u"version:1"_s, [older](QString *) { return std::optional<Project>(older); } } });
    panel.setCurrentBaseKey(u"version:1"_s);
    CHECK(panel.currentBaseKey() == u"version:1"_s);
    REQUIRE(texts(panel) == QStringList { u"Activity 1.1 “Activity 11” added."_s });

    Activity a = *doc.project().activity(13);
    a.title = u"Role-play the first call"_s;
    doc.changeActivity(a);
    QTRY_COMPARE_WITH_TIMEOUT(int(panel.lines().size()), 2, 3000);
}

TEST_CASE(
    "In the studio: mark 1.0, move two cards, change a tool and a duration, see four changes", "[changes][workspace]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    doc->resetProject(twoObjectives());
    QString error;
    const Id v1 = DocumentVersions::mark(*doc, u"1.0 — sent to client"_s, {}, QDateTime::currentDateTime(), &error);
    REQUIRE(v1);
    w.compareWithVersion(v1);
    auto *panel = w.findChild<ChangesPanel *>();
    REQUIRE(panel);
    CHECK(panel->currentBaseKey() == u"version:%1"_s.arg(v1));
    panel->refresh();
    CHECK(panel->lines().isEmpty());

    doc->moveActivity(12, 10, 0, Phase::PreClass);
    doc->moveActivity(23, 10, 3, Phase::InClass);
    Activity a = *doc->project().activity(21);
    a.toolId = 2;
    doc->changeActivity(a);
    Activity b = *doc->project().activity(22);
    b.duration = Duration::exact(45);
    doc->changeActivity(b);
    panel->refresh();
    REQUIRE(panel->lines().size() == 4);

    // The board marks the changed cards of the objective it shows.
    w.reveal(21);
    ActivityLaneModel *lane = w.board()->laneModel(Phase::InClass);
    REQUIRE(lane);
    const int row = lane->rowOf(21);
    REQUIRE(row >= 0);
    CHECK(lane->index(row).data(ActivityLaneModel::ChangedRole).toBool());
    Activity c = *doc->project().activity(21);
    c.toolId = 1;
    doc->changeActivity(c); // back as it was in 1.0
    panel->refresh();
    CHECK(panel->lines().size() == 3);
    CHECK_FALSE(lane->index(lane->rowOf(21)).data(ActivityLaneModel::ChangedRole).toBool());
}

TEST_CASE(
    "A version opens read-only in a window of its own; Save As there starts a new project", "[versions][workspace]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    doc->resetProject(twoObjectives());
    const Id v1 = DocumentVersions::mark(*doc, u"1.0 — sent to client"_s, {}, QDateTime::currentDateTime());
    REQUIRE(v1);
    doc->removeActivity(11); // today's plan differs from 1.0

    const auto before = QApplication::topLevelWidgets();
    w.openVersion(v1);
    MainWindow *opened = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(top); m && m != &w && !before.contains(top))
            opened = m;
    REQUIRE(opened);
    CHECK(opened->document()->isReadOnly());
    CHECK(opened->windowTitle().contains(u"version 1.0 — sent to client of"_s));
    CHECK(opened->document()->project().activity(11)); // the version's plan, not today's
    CHECK(opened->document()->project().versions.isEmpty());
    opened->document()->addObjective({}); // refused: read-only
    CHECK(opened->document()->project().objectives.size() == 2);

    QTemporaryDir dir;
    REQUIRE(opened->session()->saveTo(dir.filePath(u"from-1.0.blendwise"_s)));
    CHECK_FALSE(opened->document()->isReadOnly());
    CHECK_FALSE(opened->windowTitle().contains(u"version"_s));
    opened->close();
}
