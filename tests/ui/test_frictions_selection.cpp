// SPDX-License-Identifier: GPL-3.0-or-later
// The selection stays with what the designer is working on: the findings list keeps its cursor
// on the same finding when edits re-run the advisor (and moves to the next one when it goes), and
// Undo and Redo select the item they changed, on the board and scrolled into view.
#include <catch2/catch.hpp>

#include "workspacefixture.h"

#include "activityboard.h"
#include "activitylanemodel.h"
#include "activitylaneview.h"
#include "document/document.h"
#include "findingspanel.h"
#include "objectivespanel.h"
#include "undoselection.h"

#include <QListWidget>
#include <QTest>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

Activity lecture(Id id, const QString &title)
{
    Activity a;
    a.id = id;
    a.title = title;
    a.phase = Phase::InClass;
    a.direction = Direction::OneToMany;
    a.toolId = 1;
    a.duration = Duration::exact(20);
    a.benefit = u"Everything in one place."_s;
    return a;
}

// Three lectures in class: each one a "content delivered in class" finding, in plan order.
Project lectures()
{
    Project p;
    Tool sharepoint;
    sharepoint.id = 1;
    sharepoint.name = u"SharePoint"_s;
    sharepoint.type = ToolType::Content;
    sharepoint.directions = { Direction::OneToMany, Direction::ManyToMany };
    sharepoint.clientProvided = true;
    p.tools = { sharepoint };
    Objective o;
    o.id = 2;
    o.statement = u"Be able to rank the risks of a project"_s;
    o.activities = { lecture(11, u"Lecture one"_s), lecture(12, u"Lecture two"_s), lecture(13, u"Lecture three"_s) };
    p.objectives = { o };
    return p;
}

int rowOf(const FindingsPanel &panel, const QString &rule, Id item)
{
    for (int i = 0; i < panel.findings().size(); ++i)
        if (panel.findings()[i].ruleId == rule && panel.findings()[i].itemId == item)
            return i;
    return -1;
}

const QString InClass = u"content-delivery-in-class"_s;

// Two objectives; the first has a long in-class lane, so its last card is out of view at first.
Project twoObjectives()
{
    Project p;
    Objective first;
    first.id = 100;
    first.statement = u"Be able to rank the risks of a project"_s;
    for (int i = 0; i < 20; ++i) {
        Activity a;
        a.id = 101 + i;
        a.title = u"Exercise %1"_s.arg(i + 1);
        a.phase = Phase::InClass;
        a.direction = Direction::ManyToMany;
        first.activities.append(a);
    }
    Objective second;
    second.id = 200;
    second.statement = u"Be able to present the risks to a sponsor"_s;
    Activity brief;
    brief.id = 201;
    brief.title = u"Brief your sponsor"_s;
    brief.phase = Phase::PostClass;
    second.activities = { brief };
    p.objectives = { first, second };
    return p;
}

bool shownOnBoard(MainWindow &w, Id activity)
{
    const Activity *a = w.document()->project().activity(activity);
    if (!a || w.board()->currentActivity() != activity)
        return false;
    ActivityLaneView *view = w.board()->laneView(a->phase);
    const QModelIndex index = w.board()->laneModel(a->phase)->index(w.board()->laneModel(a->phase)->rowOf(activity));
    return view->currentIndex() == index && view->viewport()->rect().contains(view->visualRect(index));
}

} // namespace

TEST_CASE("The findings list keeps its cursor on the same finding when the list changes around it",
    "[ui][findings][selection]")
{
    Document doc(lectures());
    FindingsPanel panel(&doc);
    panel.resize(600, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    REQUIRE(list);
    REQUIRE(rowOf(panel, InClass, 11) >= 0);
    REQUIRE(rowOf(panel, InClass, 13) == rowOf(panel, InClass, 12) + 1);

    list->setCurrentRow(rowOf(panel, InClass, 12));
    REQUIRE(panel.currentFinding()->itemId == 12);

    // A new lecture before it: the findings shift down one row, the cursor goes with "Lecture two".
    const int before = rowOf(panel, InClass, 12);
    doc.addActivity(2, lecture(0, u"Lecture zero"_s), 0);
    panel.refresh();
    REQUIRE(rowOf(panel, InClass, 12) == before + 1);
    REQUIRE(panel.currentFinding());
    CHECK(panel.currentFinding()->ruleId == InClass);
    CHECK(panel.currentFinding()->itemId == 12);
    CHECK(list->currentRow() == rowOf(panel, InClass, 12));

    // Its wording follows the title; it is still the same finding.
    Activity two = *doc.project().activity(12);
    two.title = u"Lecture two, renamed"_s;
    doc.changeActivity(two);
    QTRY_VERIFY(list->item(rowOf(panel, InClass, 12))->text().contains(u"renamed"_s));
    CHECK(panel.currentFinding()->itemId == 12);

    // Fixed (moved before class): its finding goes and the cursor moves to the next one, "Lecture
    // three", rather than back to the top.
    two.phase = Phase::PreClass;
    doc.changeActivity(two);
    panel.refresh();
    REQUIRE(rowOf(panel, InClass, 12) < 0);
    REQUIRE(panel.currentFinding());
    CHECK(panel.currentFinding()->ruleId == InClass);
    CHECK(panel.currentFinding()->itemId == 13);

    // It goes too, and so may others after it (a post-class activity is also a follow-up): the
    // cursor moves to the first finding after it that is still there.
    const int threeRow = rowOf(panel, InClass, 13);
    const QList<Finding> old = panel.findings();
    Activity three = *doc.project().activity(13);
    three.phase = Phase::PostClass;
    doc.changeActivity(three);
    panel.refresh();
    REQUIRE(panel.currentFinding());
    int expected = -1;
    for (int r = threeRow + 1; r < old.size() && expected < 0; ++r)
        expected = rowOf(panel, old[r].ruleId, old[r].itemId);
    REQUIRE(expected >= 0);
    CHECK(list->currentRow() == expected);
    CHECK(expected > 0); // not simply the top
    CHECK_FALSE((panel.currentFinding()->ruleId == InClass && panel.currentFinding()->itemId == 13));
}

TEST_CASE("The findings list keeps its cursor through a change of language", "[ui][findings][selection]")
{
    Document doc(lectures());
    FindingsPanel panel(&doc);
    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    REQUIRE(list);
    const int row = rowOf(panel, InClass, 13);
    REQUIRE(row > 0);
    list->setCurrentRow(row);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    REQUIRE(panel.currentFinding());
    CHECK(panel.currentFinding()->itemId == 13);
    CHECK(list->currentRow() == row);
    CHECK(list->count() == panel.findings().size());
}

TEST_CASE("The findings list without a cursor stays without one after edits", "[ui][findings][selection]")
{
    Document doc(lectures());
    FindingsPanel panel(&doc);
    auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
    REQUIRE(list);
    REQUIRE(list->currentRow() == -1);
    doc.addActivity(2, lecture(0, u"Lecture zero"_s), 0);
    panel.refresh();
    CHECK(list->currentRow() == -1);
    CHECK(panel.currentFinding() == nullptr);
}

TEST_CASE("UndoSelection names the item each step touched", "[ui][undo][selection]")
{
    Document doc(twoObjectives());
    UndoSelection follow(&doc);
    Activity a = *doc.project().activity(120);
    a.title = u"Renamed"_s;
    doc.changeActivity(a);
    CHECK(follow.lastStep() == 120);
    doc.undo();
    CHECK(follow.lastStep() == 120);

    doc.removeActivity(201);
    CHECK(follow.lastStep() == 200); // the activity is gone: its objective
    doc.undo();
    CHECK(follow.lastStep() == 201); // back again

    Objective o = doc.project().objectives[1];
    o.statement = u"Be able to brief a sponsor"_s;
    doc.changeObjective(o);
    CHECK(follow.lastStep() == 200);

    // A macro is one step; its first activity that still exists is named.
    doc.beginMacro(u"two edits"_s);
    a = *doc.project().activity(105);
    a.duration = Duration::exact(15);
    doc.changeActivity(a);
    a = *doc.project().activity(106);
    a.duration = Duration::exact(15);
    doc.changeActivity(a);
    doc.endMacro();
    CHECK(follow.lastStep() == 105);

    // Edits the board cannot show name nothing.
    ProjectInfo info = doc.project().info;
    info.title = u"Risk"_s;
    doc.changeInfo(info);
    CHECK(follow.lastStep() == 0);
}

TEST_CASE("Undo and redo select the item they changed, on the board and in view", "[ui][undo][selection]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    REQUIRE(w.session()->newFrom(twoObjectives()));
    QCoreApplication::processEvents();
    Document *doc = w.document();
    QAction *undo = w.action(u"undo"_s);
    QAction *redo = w.action(u"redo"_s);
    REQUIRE(undo);
    REQUIRE(redo);

    // The last exercise of the first objective is edited (as the inspector does)…
    w.reveal(120);
    REQUIRE(w.board()->currentActivity() == 120);
    Activity last = *doc->project().activity(120);
    last.title = u"Exercise twenty, renamed"_s;
    doc->changeActivity(last);
    // …then the designer goes elsewhere: another objective, another card.
    w.reveal(201);
    REQUIRE(w.board()->objective() == 200);
    REQUIRE(w.board()->currentActivity() == 201);

    undo->trigger();
    CHECK(doc->project().activity(120)->title == u"Exercise 20"_s);
    CHECK(w.objectivesPanel()->currentObjective() == 100);
    CHECK(w.board()->objective() == 100);
    CHECK(shownOnBoard(w, 120));

    w.reveal(201);
    redo->trigger();
    CHECK(doc->project().activity(120)->title == u"Exercise twenty, renamed"_s);
    CHECK(shownOnBoard(w, 120));

    // A removed card, brought back by Undo, is the one selected.
    w.reveal(105);
    w.board()->removeCurrentActivity();
    REQUIRE_FALSE(doc->project().activity(105));
    w.reveal(201);
    undo->trigger();
    REQUIRE(doc->project().activity(105));
    CHECK(shownOnBoard(w, 105));

    // Redo removes it again: its objective stays on the board.
    w.reveal(201);
    redo->trigger();
    CHECK_FALSE(doc->project().activity(105));
    CHECK(w.board()->objective() == 100);

    // An undone statement edit selects that objective.
    Objective second = doc->project().objectives[1];
    second.statement = u"Be able to brief a sponsor"_s;
    doc->changeObjective(second);
    w.reveal(110);
    REQUIRE(w.board()->objective() == 100);
    undo->trigger();
    CHECK(doc->project().objectives[1].statement == u"Be able to present the risks to a sponsor"_s);
    CHECK(w.objectivesPanel()->currentObjective() == 200);
}
