// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of the document is one undoable command: undo restores the exact previous
// project, redo the exact edited one.
#include "document/document.h"
#include "qtprint.h"

#include <QAction>
#include <QSignalSpy>

#include <functional>

using namespace bw;

namespace {

Project sampleProject()
{
    Project p;
    p.info.title = QStringLiteral("Measuring project risk");
    Tool yammer;
    yammer.id = 1;
    yammer.name = QStringLiteral("Yammer");
    yammer.directions = {Direction::ManyToMany};
    Tool teams;
    teams.id = 2;
    teams.name = QStringLiteral("Microsoft Teams");
    teams.type = ToolType::Live;
    p.tools = {yammer, teams};
    Objective o;
    o.id = 10;
    o.statement = QStringLiteral("Be able to rank risks");
    for (int i = 0; i < 4; ++i) {
        Activity a;
        a.id = 20 + i;
        a.title = QStringLiteral("Activity %1").arg(i);
        a.phase = i < 2 ? Phase::PreClass : Phase::InClass;
        a.direction = Direction::ManyToMany;
        a.toolId = i % 2 ? 1 : 2;
        o.activities.append(a);
    }
    Objective o2;
    o2.id = 11;
    o2.statement = QStringLiteral("Be able to present risks");
    p.objectives = {o, o2};
    return p;
}

// Applies an edit, then checks undo → before, redo → after, undo again → before.
void checkUndoable(const std::function<void(Document &)> &edit, const std::function<void(const Project &)> &verify = {})
{
    Document doc(sampleProject());
    const Project before = doc.project();
    const int count = doc.undoStack()->count();
    edit(doc);
    REQUIRE(doc.undoStack()->count() == count + 1);
    const Project after = doc.project();
    REQUIRE_FALSE(after == before);
    if (verify)
        verify(after);
    CHECK(doc.isModified());
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
    CHECK_FALSE(doc.isModified());
    doc.undoStack()->redo();
    CHECK(doc.project() == after);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

} // namespace

TEST_CASE("Objective commands are undoable", "[commands]")
{
    SECTION("add")
    {
        checkUndoable([](Document &d) {
            Objective o;
            o.statement = QStringLiteral("New");
            d.addObjective(o, 1);
        }, [](const Project &p) { CHECK(p.objectives[1].statement == QStringLiteral("New")); });
    }
    SECTION("remove keeps activities for undo")
    {
        checkUndoable([](Document &d) { d.removeObjective(10); },
                      [](const Project &p) { CHECK(p.objectives.size() == 1); });
    }
    SECTION("change")
    {
        checkUndoable([](Document &d) {
            Objective o = *d.project().objective(10);
            o.measure = QStringLiteral("Ranks 10 risks correctly");
            d.changeObjective(o);
        });
    }
    SECTION("move")
    {
        checkUndoable([](Document &d) { d.moveObjective(10, 1); },
                      [](const Project &p) { CHECK(p.objectives[1].id == 10); });
    }
}

TEST_CASE("Activity commands are undoable", "[commands]")
{
    SECTION("add")
    {
        checkUndoable([](Document &d) {
            Activity a;
            a.title = QStringLiteral("Reflect");
            a.phase = Phase::PostClass;
            d.addActivity(11, a);
        }, [](const Project &p) { CHECK(p.objectives[1].activities.size() == 1); });
    }
    SECTION("remove")
    {
        checkUndoable([](Document &d) { d.removeActivity(21); });
    }
    SECTION("change")
    {
        checkUndoable([](Document &d) {
            Activity a = *d.project().activity(22);
            a.duration = Duration{10, 15};
            a.benefit = QStringLiteral("\u05E9\u05DC\u05D5\u05DD 🎯");
            d.changeActivity(a);
        });
    }
    SECTION("move to another lane")
    {
        checkUndoable([](Document &d) { d.moveActivity(20, 10, 3, Phase::PostClass); },
                      [](const Project &p) {
                          CHECK(p.objectives[0].activities[3].id == 20);
                          CHECK(p.objectives[0].activities[3].phase == Phase::PostClass);
                      });
    }
    SECTION("move to another objective")
    {
        checkUndoable([](Document &d) { d.moveActivity(22, 11, 0, Phase::InClass); },
                      [](const Project &p) { CHECK(p.objectives[1].activities[0].id == 22); });
    }
}

TEST_CASE("Tool and project commands are undoable", "[commands]")
{
    SECTION("add tool")
    {
        checkUndoable([](Document &d) {
            Tool t;
            t.name = QStringLiteral("Padlet");
            d.addTool(t);
        });
    }
    SECTION("remove tool clears and restores its uses")
    {
        checkUndoable([](Document &d) { d.removeTool(1); },
                      [](const Project &p) {
                          for (const auto &a : p.objectives[0].activities)
                              CHECK(a.toolId != 1);
                      });
    }
    SECTION("change tool")
    {
        checkUndoable([](Document &d) {
            Tool t = *d.project().tool(1);
            t.status = ToolStatus::Retired;
            t.replacement = QStringLiteral("Viva Engage");
            d.changeTool(t);
        });
    }
    SECTION("replace tool")
    {
        checkUndoable([](Document &d) { d.replaceTool(1, 2); },
                      [](const Project &p) {
                          for (const auto &a : p.objectives[0].activities)
                              CHECK(a.toolId == 2);
                      });
    }
    SECTION("project info")
    {
        checkUndoable([](Document &d) {
            ProjectInfo info = d.project().info;
            info.client = QStringLiteral("ACME");
            info.brand.accent = QColor(Qt::red);
            d.changeInfo(info);
        });
    }
    SECTION("moments, roles, sub-groups")
    {
        checkUndoable([](Document &d) {
            Moment m;
            m.name = QStringLiteral("Workshop day");
            m.start = QDateTime(QDate(2027, 3, 4), QTime(9, 0));
            m.minutes = 240;
            d.setMoments({m});
        });
        checkUndoable([](Document &d) {
            Role r;
            r.kind = RoleKind::Curator;
            r.name = QStringLiteral("Ann");
            d.setRoles({r});
        });
        checkUndoable([](Document &d) {
            SubGroup g;
            g.name = QStringLiteral("Team A");
            g.objectiveId = 10;
            d.setSubGroups({g});
        });
    }
}

TEST_CASE("Edits that change nothing push no command", "[commands]")
{
    Document doc(sampleProject());
    doc.changeActivity(*doc.project().activity(20));
    doc.moveActivity(20, 10, 0, Phase::PreClass);
    doc.moveObjective(10, 0);
    doc.changeInfo(doc.project().info);
    CHECK(doc.undoStack()->count() == 0);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("Typing into one field merges into one undo step", "[commands]")
{
    Document doc(sampleProject());
    Activity a = *doc.project().activity(20);
    for (const QString &t : {QStringLiteral("D"), QStringLiteral("De"), QStringLiteral("Define")}) {
        a.title = t;
        doc.changeActivity(a, true);
    }
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.project().activity(20)->title == QStringLiteral("Activity 0"));
}

TEST_CASE("Document signals tell views what changed", "[commands]")
{
    Document doc(sampleProject());
    QSignalSpy moved(&doc, &Document::activityMoved);
    QSignalSpy changed(&doc, &Document::changed);
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.moveActivity(20, 11, 0, Phase::InClass);
    REQUIRE(moved.count() == 1);
    CHECK(moved[0][0].value<Id>() == 20);
    CHECK(moved[0][3].value<Id>() == 11);
    CHECK(changed.count() >= 1);
    CHECK(modified.count() == 1);
    doc.undoStack()->undo();
    CHECK(moved.count() == 2);
    CHECK(modified.count() == 2);
}

TEST_CASE("New ids continue after the loaded project's largest", "[commands]")
{
    Document doc(sampleProject());
    Objective o;
    const Id id = doc.addObjective(o);
    CHECK(id > 23);
    CHECK(doc.project().objective(id) != nullptr);
}

TEST_CASE("A read-only document refuses every edit, and undo and redo", "[commands][readonly]")
{
    Document doc(sampleProject());
    const Project before = doc.project();
    QSignalSpy readOnly(&doc, &Document::readOnlyChanged);
    QSignalSpy changed(&doc, &Document::changed);
    doc.setReadOnly(true);
    REQUIRE(doc.isReadOnly());
    CHECK(readOnly.count() == 1);

    Objective o;
    o.statement = QStringLiteral("New");
    CHECK(doc.addObjective(o) == 0);
    CHECK(doc.addActivity(10, Activity {}) == 0);
    CHECK(doc.addTool(Tool {}) == 0);
    Activity a = *doc.project().activity(20);
    a.title = QStringLiteral("Changed");
    doc.changeActivity(a);
    doc.moveActivity(20, 11, 0, Phase::InClass);
    doc.removeActivity(21);
    doc.removeObjective(11);
    doc.moveObjective(11, 0);
    doc.removeTool(1);
    doc.replaceTool(1, 2);
    ProjectInfo info = doc.project().info;
    info.title = QStringLiteral("Other");
    doc.changeInfo(info);
    doc.setMoments({ Moment {} });
    doc.beginMacro(QStringLiteral("Several"));
    doc.removeActivity(22);
    doc.endMacro();
    CHECK(doc.project() == before);
    CHECK(doc.undoStack()->count() == 0);
    CHECK_FALSE(doc.isModified());
    CHECK(changed.count() == 0);

    // History made before the document became read-only stays, but cannot be applied.
    doc.setReadOnly(false);
    doc.removeActivity(21);
    doc.undo();
    REQUIRE(doc.undoStack()->count() == 1);
    doc.redo();
    const Project edited = doc.project();
    QAction *undo = doc.createUndoAction(&doc);
    QAction *redo = doc.createRedoAction(&doc);
    CHECK(undo->isEnabled());
    doc.setReadOnly(true);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(redo->isEnabled());
    undo->trigger();
    doc.undo();
    CHECK(doc.project() == edited);
    doc.setReadOnly(false);
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK(doc.project() == before);
    CHECK(redo->isEnabled());
}

TEST_CASE("Every document has its own identity", "[commands]")
{
    Document a(sampleProject());
    Document b(sampleProject());
    CHECK_FALSE(a.identity().isNull());
    CHECK(a.identity() != b.identity());
}

TEST_CASE("Removing an objective or a moment clears the references to it in the same undo step", "[commands][validation]")
{
    // Left dangling, the references were dropped only by the save: the project reloaded
    // differed from the one in memory.
    Document doc(sampleProject());
    doc.setSubGroups({ { 0, QStringLiteral("Team"), QString(), 11, 3 } });
    const Project withGroup = doc.project();
    const int before = doc.undoStack()->count();
    doc.removeObjective(11);
    CHECK(doc.undoStack()->count() == before + 1);
    CHECK(doc.project().subgroups.value(0).objectiveId == 0);
    CHECK(doc.project().objectives.size() == 1);
    doc.undoStack()->undo();
    CHECK(doc.project() == withGroup);

    const Moment moment { 0, QStringLiteral("Workshop"), QDateTime(QDate(2027, 3, 4), QTime(9, 0)), 60,
        MomentMode::FaceToFace, QString() };
    doc.setMoments({ moment });
    Activity a = *doc.project().activity(20);
    a.momentId = doc.project().moments[0].id;
    doc.changeActivity(a);
    const Project withMoment = doc.project();
    const int steps = doc.undoStack()->count();
    doc.setMoments({});
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(doc.project().activity(20)->momentId == 0);
    CHECK(doc.project().moments.isEmpty());
    doc.undoStack()->undo();
    CHECK(doc.project() == withMoment);
}

TEST_CASE("Editing a guessed field drops its mark in the same undo step", "[commands][guesses]")
{
    Project p = sampleProject();
    const GuessMark phaseMark{QStringLiteral("phase"), QStringLiteral("line 3: phase guessed as pre-class")};
    const GuessMark toolMark{QStringLiteral("tool"), QStringLiteral("line 3: tool guessed from “forum”")};
    p.objectives[0].activities[0].guesses = {phaseMark, toolMark};
    Document doc(p);

    // An edit of another field keeps both marks.
    Activity a = *doc.project().activity(20);
    a.title = QStringLiteral("Rank the risks");
    doc.changeActivity(a);
    CHECK(doc.project().activity(20)->guesses == QList<GuessMark>{phaseMark, toolMark});

    // Setting the phase decides it: its mark goes, the tool's stays.
    a = *doc.project().activity(20);
    a.phase = Phase::InClass;
    doc.changeActivity(a);
    CHECK(doc.project().activity(20)->phase == Phase::InClass);
    CHECK(doc.project().activity(20)->guesses == QList<GuessMark>{toolMark});
    CHECK(doc.undoStack()->count() == 2);

    doc.undoStack()->undo();
    CHECK(doc.project().activity(20)->phase == Phase::PreClass);
    CHECK(doc.project().activity(20)->guesses == QList<GuessMark>{phaseMark, toolMark});
    doc.undoStack()->redo();
    CHECK(doc.project().activity(20)->guesses == QList<GuessMark>{toolMark});

    // Merged typing steps drop the mark too, against the state before the first step.
    a = *doc.project().activity(20);
    a.toolId = 1;
    doc.changeActivity(a, true);
    a.toolId = 0;
    a.noTool = true;
    doc.changeActivity(a, true);
    CHECK(doc.project().activity(20)->guesses.isEmpty());
    doc.undoStack()->undo();
    CHECK(doc.project().activity(20)->guesses == QList<GuessMark>{toolMark});
}
