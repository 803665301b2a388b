// SPDX-License-Identifier: GPL-3.0-or-later
// The studio driven the way a person drives it: actions, keys, drops, the inspector.
#include <catch2/catch.hpp>

#include "qtprint.h"
#include "workspacefixture.h"

#include "activityboard.h"
#include "activityinspector.h"
#include "activitylanemodel.h"
#include "activitylaneview.h"
#include "document/document.h"
#include "hintlistview.h"
#include "objectivelistmodel.h"
#include "objectivespanel.h"
#include "projectsession.h"
#include "storage/projectfile.h"
#include "togglegroup.h"
#include "toolpicker.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

// Types into whatever editor the view opened, replacing its text, and commits with Return.
void typeIntoEditor(const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor on the next pass of the event loop.
    QCoreApplication::processEvents();
    REQUIRE(QApplication::focusWidget() != editor);
}

void pressOn(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, Qt::Key(key), modifiers);
}

} // namespace

TEST_CASE("A plan built with keyboard, drag and inspector undoes to the start and survives save", "[workspace]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    const Project start = doc->project();

    // An objective, added with its action and typed in place.
    w.action(u"addObjective"_s)->trigger();
    typeIntoEditor(u"Rank the common risks of international projects"_s);
    REQUIRE(doc->project().objectives.size() == 1);
    CHECK(doc->project().objectives[0].statement == u"Rank the common risks of international projects"_s);
    const Id objective = doc->project().objectives[0].id;
    CHECK(w.board()->objective() == objective);

    // Two activities in the in-class lane, by keyboard.
    ActivityLaneView *inClass = w.board()->laneView(Phase::InClass);
    inClass->setFocus();
    pressOn(inClass, Qt::Key_Insert);
    typeIntoEditor(u"Define risk together"_s);
    pressOn(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    typeIntoEditor(u"Identify risks via own networks"_s);
    const auto &acts = [&]() -> const QList<Activity> & { return doc->project().objectives[0].activities; };
    REQUIRE(acts().size() == 2);
    CHECK(acts()[0].title == u"Define risk together"_s);
    CHECK(acts()[1].title == u"Identify risks via own networks"_s);
    CHECK(acts()[1].phase == Phase::InClass);
    const Id identify = acts()[1].id;
    const Id define = acts()[0].id;

    // Ctrl+Left: the selected card moves to the pre-class lane (one command).
    CHECK(w.board()->currentActivity() == identify);
    const int before = doc->undoStack()->count();
    pressOn(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(doc->project().activity(identify)->phase == Phase::PreClass);
    CHECK(doc->undoStack()->count() == before + 1);
    CHECK(w.board()->laneModel(Phase::PreClass)->rowOf(identify) == 0);

    // A drag of "Define risk" into the post-class lane: the view's drop path calls dropMimeData.
    ActivityLaneModel *inModel = w.board()->laneModel(Phase::InClass);
    std::unique_ptr<QMimeData> mime(inModel->mimeData({ inModel->index(inModel->rowOf(define)) }));
    ActivityLaneModel *postModel = w.board()->laneModel(Phase::PostClass);
    REQUIRE(postModel->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    REQUIRE(postModel->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(doc->project().activity(define)->phase == Phase::PostClass);
    CHECK(doc->undoStack()->count() == before + 2);

    // Direction through the inspector's toggles, tool picked by typing its name.
    w.board()->selectActivity(identify, true);
    REQUIRE(w.inspector()->activity() == identify);
    // Alt+number in the inspector sets the direction; no window shortcut may claim those keys too.
    w.inspector()->titleEdit()->setFocus();
    pressOn(w.inspector()->titleEdit(), Qt::Key_2, Qt::AltModifier);
    CHECK(doc->project().activity(identify)->direction == Direction::ManyToOne);
    w.inspector()->directionToggle()->button(int(Direction::ManyToMany))->click();
    CHECK(doc->project().activity(identify)->direction == Direction::ManyToMany);
    QLineEdit *toolEdit = w.inspector()->toolPicker()->lineEdit();
    toolEdit->setFocus();
    QTest::keyClicks(toolEdit, u"Padlet"_s);
    QTest::keyClick(toolEdit, Qt::Key_Return);
    const Tool *padlet = doc->project().toolByName(u"Padlet"_s);
    REQUIRE(padlet);
    CHECK(doc->project().activity(identify)->toolId == padlet->id);
    // Esc while searching belongs to the picker (the name comes back); Esc after that returns
    // the keyboard to the card on the board.
    QTest::keyClicks(toolEdit, u"Zo"_s);
    pressOn(toolEdit, Qt::Key_Escape);
    CHECK(toolEdit->text() == u"Padlet"_s);
    CHECK(toolEdit->hasFocus());
    pressOn(toolEdit, Qt::Key_Escape);
    CHECK(w.board()->laneView(Phase::PreClass)->hasFocus());
    CHECK(w.board()->currentActivity() == identify);

    const Project built = doc->project();
    CHECK(built != start);
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(doc->project() == start);
    CHECK_FALSE(doc->isModified());
    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    CHECK(doc->project() == built);

    // Save: untitled, so Save asks for a name (answered by the hook).
    const QString path = f.dir.filePath(u"risk.blendwise"_s);
    f.savePath = path;
    w.action(u"save"_s)->trigger();
    CHECK_FALSE(doc->isModified());
    CHECK(doc->filePath() == path);
    CHECK(w.windowTitle().startsWith(u"risk.blendwise"_s));
    CHECK(ProjectFile::load(path).project == built);

    // Reopen in a fresh window (the first one still holds the lock, so close it first).
    REQUIRE(w.session()->closeProject());
    CHECK(w.session()->openFile(path));
    CHECK(doc->project() == built);
    CHECK_FALSE(w.session()->isReadOnly());
}

TEST_CASE("Objectives are reordered by keyboard and by drag, deleted with undo, without model resets", "[workspace]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    for (const QString &s : { u"First"_s, u"Second"_s, u"Third"_s }) {
        Objective o;
        o.statement = s;
        doc->addObjective(o);
    }
    auto *model = qobject_cast<ObjectiveListModel *>(w.objectivesPanel()->view()->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    auto statements = [&] {
        QStringList out;
        for (const auto &o : doc->project().objectives)
            out.append(o.statement);
        return out;
    };

    HintListView *view = w.objectivesPanel()->view();
    view->setFocus();
    w.objectivesPanel()->setCurrentObjective(doc->project().objectives[0].id);
    pressOn(view, Qt::Key_Down, Qt::ControlModifier);
    CHECK(statements() == QStringList { u"Second"_s, u"First"_s, u"Third"_s });
    CHECK(w.objectivesPanel()->currentObjective() == doc->project().objectives[1].id);

    // Drag "Third" to the top.
    std::unique_ptr<QMimeData> mime(model->mimeData({ model->index(2, 0) }));
    REQUIRE(model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(statements() == QStringList { u"Third"_s, u"Second"_s, u"First"_s });

    // Delete without a question; undo brings it back.
    w.objectivesPanel()->setCurrentObjective(doc->project().objectives[1].id);
    view->setFocus();
    pressOn(view, Qt::Key_Delete);
    CHECK(statements() == QStringList { u"Third"_s, u"First"_s });
    CHECK(f.prompts.isEmpty());
    w.action(u"undo"_s)->trigger();
    CHECK(statements() == QStringList { u"Third"_s, u"Second"_s, u"First"_s });
    CHECK(w.action(u"undo"_s)->text().contains(u"Move"_s, Qt::CaseInsensitive));

    // A card dropped on an objective row moves to that objective, in its own phase.
    Activity a;
    a.title = u"Card"_s;
    a.phase = Phase::PostClass;
    const Id card = doc->addActivity(doc->project().objectives[0].id, a);
    std::unique_ptr<QMimeData> cardMime(Mime::encode(Mime::activity(), card, *doc));
    REQUIRE(model->dropMimeData(cardMime.get(), Qt::MoveAction, -1, -1, model->index(2, 0)));
    CHECK(doc->project().objectives[2].activities.size() == 1);
    CHECK(doc->project().objectives[2].activities[0].phase == Phase::PostClass);
    CHECK(model->index(2, 0).data(ObjectiveListModel::ActivityCountRole).toInt() == 1);
    CHECK(resets.isEmpty());
}

TEST_CASE("Keyboard moves on the board: within a lane and to the next objective", "[workspace]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    Objective o1, o2;
    o1.statement = u"One"_s;
    o2.statement = u"Two"_s;
    const Id first = doc->addObjective(o1);
    const Id second = doc->addObjective(o2);
    QList<Id> ids;
    for (const QString &t : { u"A"_s, u"B"_s, u"C"_s }) {
        Activity a;
        a.title = t;
        a.phase = Phase::PreClass;
        ids.append(doc->addActivity(first, a));
    }
    w.objectivesPanel()->setCurrentObjective(first);
    w.board()->selectActivity(ids[0], true);
    QWidget *lane = w.board()->laneView(Phase::PreClass);
    pressOn(lane, Qt::Key_Down, Qt::ControlModifier);
    CHECK(ActivityLaneModel::laneIds(*doc->project().objective(first), Phase::PreClass)
        == QList<Id> { ids[1], ids[0], ids[2] });
    pressOn(lane, Qt::Key_Down, Qt::ShiftModifier | Qt::ControlModifier);
    CHECK(doc->project().objective(second)->activities.size() == 1);
    CHECK(w.objectivesPanel()->currentObjective() == second);
    CHECK(w.board()->currentActivity() == ids[0]);
    // Enter hands the focus to the inspector.
    pressOn(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(w.inspector()->isAncestorOf(QApplication::focusWidget()));
}
