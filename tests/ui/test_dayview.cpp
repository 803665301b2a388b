// SPDX-License-Identifier: GPL-3.0-or-later
// The day view driven as a designer plans a day: times that follow the durations and the breaks,
// entries moved by drag and by Ctrl+Up / Ctrl+Down, breaks added, renamed, lengthened and
// removed — each one undo step, the selection staying on its entry through undo and redo, and
// nothing changed while the document is read-only.
#include "activityboard.h"
#include "agendamodel.h"
#include "dayview.h"
#include "document/document.h"
#include "hintlistview.h"
#include "objectivespanel.h"
#include "qtprint.h"
#include "workspacefixture.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr Id DayOne = 1;
constexpr Id KickOff = 3, RolePlay = 4, CaseStudy = 5, Reading = 6, Pitch = 8;

Activity activity(Id id, const QString &title, Phase phase, Duration duration, Id moment = DayOne)
{
    Activity a;
    a.id = id;
    a.title = title;
    a.phase = phase;
    a.duration = duration;
    a.momentId = moment;
    return a;
}

// Day 1, Monday 8 March 2027 from 09:00 for 420 minutes. In its class time: 1.1 Kick-off (30),
// 1.2 Role-play (10–15, so 15), 1.3 Case study (no duration), 2.1 Pitch (120); the pre-class
// reading belongs to the day but not to its agenda.
Project dayProject()
{
    Project p;
    p.info.language = u"en_GB"_s; // a 24-hour clock
    Moment day;
    day.id = DayOne;
    day.name = u"Day 1"_s;
    day.start = QDateTime(QDate(2027, 3, 8), QTime(9, 0));
    day.minutes = 420;
    p.moments = { day };
    Objective first;
    first.id = 2;
    first.statement = u"Rank the risks of a project"_s;
    first.activities = { activity(KickOff, u"Kick-off"_s, Phase::InClass, Duration::exact(30)),
        activity(RolePlay, u"Role-play"_s, Phase::InClass, Duration { 10, 15 }),
        activity(CaseStudy, u"Case study"_s, Phase::InClass, {}),
        activity(Reading, u"Reading"_s, Phase::PreClass, Duration::exact(20)) };
    Objective second;
    second.id = 7;
    second.statement = u"Pitch a mitigation plan"_s;
    second.activities = { activity(Pitch, u"Pitch"_s, Phase::InClass, Duration::exact(120)) };
    p.objectives = { first, second };
    return p;
}

struct Row {
    QString time, title, minutes;
    friend bool operator==(const Row &, const Row &) = default;
};

QList<Row> rows(const AgendaModel &model)
{
    QList<Row> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        out.append({ i.data(AgendaModel::TimeRole).toString(), i.data().toString(),
            i.data(AgendaModel::MinutesTextRole).toString() });
    }
    return out;
}

QList<Id> keys(const AgendaModel &model)
{
    QList<Id> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.keyAt(r));
    return out;
}

// A panel on its own, shown and active (the keys and the focus need it).
struct PanelFixture {
    Document doc { dayProject() };
    DayView view { &doc };
    AgendaModel *model = view.model();
    HintListView *list = view.list();

    PanelFixture()
    {
        view.resize(720, 360);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        REQUIRE(view.moment() == DayOne);
    }
    template <typename T> T *child(const char *name) const
    {
        T *w = view.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    void select(Id key)
    {
        list->setFocus(Qt::OtherFocusReason);
        view.setCurrentKey(key);
        REQUIRE(view.currentKey() == key);
    }
};

} // namespace

TEST_CASE("Day view: times follow the durations and the breaks, in the project's locale", "[dayview]")
{
    PanelFixture f;
    auto *combo = f.child<QComboBox>("dayMoment");
    CHECK(combo->count() == 1);
    CHECK(combo->currentText() == u"Day 1 — Mon 8 Mar 2027, 09:00–16:00"_s);

    CHECK(rows(*f.model)
        == QList<Row> { { u"09:00–09:30"_s, u"1.1 Kick-off"_s, u"30 min"_s },
            { u"09:30–09:45"_s, u"1.2 Role-play"_s, u"15 min"_s },
            { u"09:45–09:45"_s, u"1.3 Case study"_s, u"not estimated"_s },
            { u"09:45–11:45"_s, u"2.1 Pitch"_s, u"120 min"_s } });
    CHECK_FALSE(f.model->index(2).data(AgendaModel::EstimatedRole).toBool());

    // A break after the kick-off pushes everything after it by 15 minutes: one undo step.
    f.select(KickOff);
    f.child<QPushButton>("addBreak")->click();
    CHECK(f.doc.undoStack()->count() == 1);
    REQUIRE(f.model->rowCount() == 5);
    CHECK(AgendaKind(f.model->index(1).data(AgendaModel::KindRole).toInt()) == AgendaKind::Break);
    CHECK(f.view.currentKey() == f.model->keyAt(1)); // the new break is selected
    CHECK(rows(*f.model)[1] == Row { u"09:30–09:45"_s, u"Break"_s, u"15 min"_s });
    CHECK(rows(*f.model)[2].time == u"09:45–10:00"_s);

    // The times follow an activity's new duration, an activity leaving class time, the moment's
    // start and the project's language.
    Activity longer = *f.doc.project().activity(KickOff);
    longer.duration = Duration::exact(45);
    f.doc.changeActivity(longer);
    CHECK(rows(*f.model)[0].time == u"09:00–09:45"_s);
    CHECK(rows(*f.model)[1].time == u"09:45–10:00"_s);
    Activity later = *f.doc.project().activity(RolePlay);
    later.phase = Phase::PostClass;
    f.doc.changeActivity(later);
    CHECK(f.model->rowOfKey(RolePlay) < 0);
    CHECK(rows(*f.model)[2] == Row { u"10:00–10:00"_s, u"1.3 Case study"_s, u"not estimated"_s });

    QList<Moment> moments = f.doc.project().moments;
    moments[0].start.setTime(QTime(13, 30));
    f.doc.setMoments(moments);
    CHECK(rows(*f.model)[0].time == u"13:30–14:15"_s);
    CHECK(combo->currentText() == u"Day 1 — Mon 8 Mar 2027, 13:30–20:30"_s);

    ProjectInfo info = f.doc.project().info;
    info.language = u"en_US"_s;
    f.doc.changeInfo(info);
    const QLocale us(u"en_US"_s);
    const QString expected
        = us.toString(QTime(13, 30), QLocale::ShortFormat) + u"–"_s + us.toString(QTime(14, 15), QLocale::ShortFormat);
    CHECK(rows(*f.model)[0].time == expected);
    CHECK_FALSE(expected.contains(u":00:"_s)); // never seconds
}

TEST_CASE("Day view: a drag and Ctrl+Down reorder, one undo step each, and undo keeps the selection", "[dayview]")
{
    PanelFixture f;
    CHECK(keys(*f.model) == QList<Id> { KickOff, RolePlay, CaseStudy, Pitch });

    // The drag: what the list view hands the model when the pitch is dropped above the first row.
    std::unique_ptr<QMimeData> mime(f.model->mimeData({ f.model->index(3) }));
    REQUIRE(mime);
    REQUIRE(f.model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    REQUIRE(f.model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(keys(*f.model) == QList<Id> { Pitch, KickOff, RolePlay, CaseStudy });
    CHECK(f.doc.undoStack()->count() == 1);
    CHECK(rows(*f.model)[0].time == u"09:00–11:00"_s);
    CHECK(rows(*f.model)[1].time == u"11:00–11:30"_s);
    // Stored as the moment's agenda: every entry named, in the new order.
    const QList<AgendaItem> &stored = f.doc.project().moments[0].agenda;
    REQUIRE(stored.size() == 4);
    CHECK(stored[0].activityId == Pitch);
    CHECK(stored[3].activityId == CaseStudy);

    // A drop further down counts the row with the dragged entry still in place.
    mime.reset(f.model->mimeData({ f.model->index(0) }));
    REQUIRE(f.model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
    CHECK(keys(*f.model) == QList<Id> { KickOff, RolePlay, Pitch, CaseStudy });
    CHECK(f.doc.undoStack()->count() == 2);

    // Ctrl+Down on the selected entry: one step, and the studio's own Ctrl+Down stays out of it.
    f.select(KickOff);
    QTest::keyClick(f.list, Qt::Key_Down, Qt::ControlModifier);
    CHECK(keys(*f.model) == QList<Id> { RolePlay, KickOff, Pitch, CaseStudy });
    CHECK(f.doc.undoStack()->count() == 3);
    CHECK(f.view.currentKey() == KickOff);
    QTest::keyClick(f.list, Qt::Key_Down, Qt::ControlModifier);
    CHECK(keys(*f.model) == QList<Id> { RolePlay, Pitch, KickOff, CaseStudy });
    QTest::keyClick(f.list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(keys(*f.model) == QList<Id> { RolePlay, KickOff, Pitch, CaseStudy });
    CHECK(f.doc.undoStack()->count() == 5);
    CHECK(f.view.currentKey() == KickOff);
    CHECK(f.list->hasFocus());

    // The first entry cannot move earlier: nothing happens, no empty undo step.
    f.select(RolePlay);
    CHECK_FALSE(f.child<QPushButton>("agendaUp")->isEnabled());
    QTest::keyClick(f.list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(f.doc.undoStack()->count() == 5);

    // Undo and redo restore the order; the selection stays on the entry the designer holds.
    f.select(KickOff);
    f.doc.undo();
    CHECK(keys(*f.model) == QList<Id> { RolePlay, Pitch, KickOff, CaseStudy });
    CHECK(f.view.currentKey() == KickOff);
    f.doc.undo();
    f.doc.undo();
    f.doc.undo();
    f.doc.undo();
    CHECK(keys(*f.model) == QList<Id> { KickOff, RolePlay, CaseStudy, Pitch });
    CHECK(f.doc.project().moments[0].agenda.isEmpty());
    CHECK(f.view.currentKey() == KickOff);
    f.doc.redo();
    CHECK(keys(*f.model) == QList<Id> { Pitch, KickOff, RolePlay, CaseStudy });
    CHECK(f.view.currentKey() == KickOff);
    CHECK(f.list->currentIndex().row() == 1);
}

TEST_CASE("Day view: an entry dropped on the list view moves through the view's own drop path", "[dayview]")
{
    PanelFixture f;
    // What a mouse drag ends in: enter, move and drop on the upper half of the first row.
    std::unique_ptr<QMimeData> mime(f.model->mimeData({ f.model->index(3) }));
    REQUIRE(mime);
    const QRect first = f.list->visualRect(f.model->index(0));
    const QPoint pos(first.center().x(), first.top() + first.height() / 4);
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.list->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.list->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.list->viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK(keys(*f.model) == QList<Id> { Pitch, KickOff, RolePlay, CaseStudy });
    CHECK(f.doc.undoStack()->count() == 1);

    // Read-only: the view takes no drops at all.
    f.doc.setReadOnly(true);
    CHECK_FALSE(f.list->acceptDrops());
}

TEST_CASE("Day view: breaks are added, renamed, lengthened and removed, one undo step each", "[dayview]")
{
    PanelFixture f;
    auto *title = f.child<QLineEdit>("breakTitle");
    auto *minutes = f.child<QSpinBox>("breakMinutes");
    auto *remove = f.child<QPushButton>("removeBreak");

    // On an activity the break fields and Remove are off.
    f.select(Pitch);
    CHECK_FALSE(title->isEnabled());
    CHECK_FALSE(remove->isEnabled());

    // Lunch after the last entry: 60 minutes, called "Lunch".
    f.child<QPushButton>("addLunch")->click();
    REQUIRE(f.model->rowCount() == 5);
    CHECK(rows(*f.model)[4] == Row { u"11:45–12:45"_s, u"Lunch"_s, u"60 min"_s });
    CHECK(f.doc.undoStack()->count() == 1);
    CHECK(title->isEnabled());
    CHECK(remove->isEnabled());
    CHECK(minutes->value() == 60);
    CHECK(title->text().isEmpty());
    CHECK(title->placeholderText() == u"Lunch"_s);

    // Renamed in the field: one step when the field is left.
    title->setFocus();
    QTest::keyClicks(title, u"Lunch at the canteen"_s);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(rows(*f.model)[4].title == u"Lunch at the canteen"_s);
    CHECK(f.doc.project().moments[0].agenda[4].title == u"Lunch at the canteen"_s);
    CHECK(f.doc.undoStack()->count() == 2);

    // Lengthened: one step per value, and the footer follows.
    minutes->setValue(45);
    CHECK(rows(*f.model)[4] == Row { u"11:45–12:30"_s, u"Lunch at the canteen"_s, u"45 min"_s });
    CHECK(f.doc.undoStack()->count() == 3);
    CHECK(f.view.footerText() == u"210 of 420 minutes planned — 210 minutes free"_s);

    // Renamed in place (F2 writes through the model).
    REQUIRE(f.model->flags(f.model->index(4)) & Qt::ItemIsEditable);
    CHECK_FALSE(f.model->flags(f.model->index(0)) & Qt::ItemIsEditable);
    REQUIRE(f.model->setData(f.model->index(4), u"Working lunch"_s));
    CHECK(rows(*f.model)[4].title == u"Working lunch"_s);
    CHECK(minutes->value() == 45);
    CHECK(f.doc.undoStack()->count() == 4);

    // F2 opens the editor in the row itself.
    f.select(f.model->keyAt(4));
    QTest::keyClick(f.list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    REQUIRE(f.list->isAncestorOf(editor));
    CHECK(editor->text() == u"Working lunch"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"Team lunch"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    CHECK(rows(*f.model)[4].title == u"Team lunch"_s);
    CHECK(f.doc.undoStack()->count() == 5);
    f.doc.undo();

    // Undo brings the old title back into the field.
    f.doc.undo();
    CHECK(title->text() == u"Lunch at the canteen"_s);
    f.doc.redo();
    CHECK(title->text() == u"Working lunch"_s);

    // Delete on an activity removes nothing (the board's Delete is not reached either).
    f.select(Pitch);
    QTest::keyClick(f.list, Qt::Key_Delete);
    CHECK(f.model->rowCount() == 5);
    CHECK(f.doc.project().activity(Pitch));
    CHECK(f.doc.undoStack()->index() == 4);

    // Delete on the lunch removes it, one step; the selection moves to its neighbour.
    const Id lunch = f.model->keyAt(4);
    f.select(lunch);
    QTest::keyClick(f.list, Qt::Key_Delete);
    CHECK(f.model->rowCount() == 4);
    CHECK(f.model->rowOfKey(lunch) < 0);
    CHECK(f.doc.undoStack()->index() == 5);
    CHECK(f.view.currentKey() == Pitch);
    f.doc.undo();
    CHECK(f.model->rowOfKey(lunch) == 4);
}

TEST_CASE("Day view: a read-only document refuses every change", "[dayview]")
{
    PanelFixture f;
    f.select(KickOff);
    f.view.addBreak(AgendaKind::Break);
    const Id coffee = f.view.currentKey();
    REQUIRE(f.doc.undoStack()->count() == 1);
    const Project before = f.doc.project();

    f.doc.setReadOnly(true);
    for (const char *name : { "addBreak", "addLunch", "removeBreak", "agendaUp", "agendaDown" })
        CHECK_FALSE(f.child<QPushButton>(name)->isEnabled());
    CHECK_FALSE(f.child<QLineEdit>("breakTitle")->isEnabled());
    CHECK_FALSE(f.child<QSpinBox>("breakMinutes")->isEnabled());
    CHECK(f.list->dragDropMode() == QAbstractItemView::NoDragDrop);
    CHECK_FALSE(f.model->flags(f.model->index(1)) & (Qt::ItemIsDragEnabled | Qt::ItemIsEditable));

    CHECK(f.model->addBreak(AgendaKind::Lunch, -1) == 0);
    std::unique_ptr<QMimeData> mime(f.model->mimeData({ f.model->index(3) }));
    CHECK_FALSE(f.model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(f.model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(f.model->setData(f.model->index(1), u"Stretch"_s));
    f.select(coffee);
    QTest::keyClick(f.list, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(f.list, Qt::Key_Delete);
    f.view.removeCurrentBreak();
    CHECK(f.doc.project() == before);
    CHECK(f.doc.undoStack()->count() == 1);

    f.doc.setReadOnly(false);
    CHECK(f.child<QPushButton>("removeBreak")->isEnabled());
    CHECK(f.child<QPushButton>("agendaDown")->isEnabled());
}

TEST_CASE("Day view: the footer tells the free minutes or the overrun, in a colour both palettes can read", "[dayview]")
{
    PanelFixture f;
    auto *footer = f.child<QLabel>("agendaFooter");
    // 30 + 15 + 0 + 120 minutes of a 420-minute day.
    CHECK(footer->text() == u"165 of 420 minutes planned — 255 minutes free"_s);
    const QColor normal = footer->palette().color(QPalette::WindowText);

    QList<Moment> moments = f.doc.project().moments;
    moments[0].minutes = 120;
    f.doc.setMoments(moments);
    CHECK(footer->text() == u"165 of 120 minutes planned — overruns by 45 minutes"_s);
    const QColor warning = footer->palette().color(QPalette::WindowText);
    CHECK(warning != normal);
    CHECK(footer->font().bold());

    // On a dark palette the warning is light enough to read.
    QPalette dark = f.view.palette();
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2E, 0x33));
    dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    f.view.setPalette(dark);
    const QColor darkWarning = footer->palette().color(QPalette::WindowText);
    CHECK(darkWarning.lightness() > 128);
    CHECK(darkWarning != dark.color(QPalette::WindowText));

    moments[0].minutes = 166;
    f.doc.setMoments(moments);
    CHECK(footer->text() == u"165 of 166 minutes planned — 1 minute free"_s);
    CHECK_FALSE(footer->font().bold());
    CHECK(footer->palette().color(QPalette::WindowText) == dark.color(QPalette::WindowText));
    moments[0].minutes = 165;
    f.doc.setMoments(moments);
    CHECK(footer->text() == u"165 of 165 minutes planned — the day is full"_s);
}

TEST_CASE("Day view with no moments says how to add one", "[dayview]")
{
    Project p = dayProject();
    p.moments.clear();
    Document doc(p);
    DayView view(&doc);
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.footerText().isEmpty());
    CHECK(view.list()->emptyHint().contains(u"Project Properties"_s));
    CHECK_FALSE(view.findChild<QPushButton *>(u"addBreak"_s)->isEnabled());
    CHECK_FALSE(view.findChild<QComboBox *>(u"dayMoment"_s)->isEnabled());

    // A moment added later appears and is shown.
    doc.setMoments(dayProject().moments);
    CHECK(view.moment() == DayOne);
    CHECK(view.model()->rowCount() == 4);

    // Without a start the entries show minutes from the start; without a length, no free time.
    QList<Moment> undated = doc.project().moments;
    undated[0].start = {};
    undated[0].minutes = 0;
    doc.setMoments(undated);
    CHECK(view.findChild<QComboBox *>(u"dayMoment"_s)->currentText() == u"Day 1"_s);
    CHECK(rows(*view.model())[1] == Row { u"0:30–0:45"_s, u"1.2 Role-play"_s, u"15 min"_s });
    CHECK(rows(*view.model())[3].time == u"0:45–2:45"_s);
    CHECK(view.footerText() == u"165 minutes planned; the moment has no length set"_s);
}

TEST_CASE("Day view in the studio: a dock in the View menu, Enter selects the activity on the board", "[dayview]")
{
    WorkspaceFixture fixture;
    MainWindow &w = *fixture.window;
    w.document()->resetProject(dayProject());
    auto *dock = w.findChild<QDockWidget *>(u"dayViewDock"_s);
    REQUIRE(dock);
    QAction *toggle = dock->toggleViewAction();
    CHECK(toggle->shortcut() == QKeySequence(u"Alt+Shift+6"_s));
    bool inViewMenu = false;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu() && menu->text() == u"&View"_s)
            inViewMenu = menu->menu()->actions().contains(toggle);
    CHECK(inViewMenu);

    dock->show();
    dock->raise();
    auto *view = qobject_cast<DayView *>(dock->widget());
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() == 4);

    view->list()->setFocus(Qt::OtherFocusReason);
    view->setCurrentKey(Pitch);
    QTest::keyClick(view->list(), Qt::Key_Return);
    CHECK(w.objectivesPanel()->currentObjective() == 7);
    CHECK(w.board()->currentActivity() == Pitch);
    // A double-click does the same.
    const QRect kickOff = view->list()->visualRect(view->model()->index(view->model()->rowOfKey(KickOff)));
    // What a real double-click delivers: press, release, double-click, release.
    QWidget *viewport = view->list()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, kickOff.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, kickOff.center());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, kickOff.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, kickOff.center());
    CHECK(w.objectivesPanel()->currentObjective() == 2);
    CHECK(w.board()->currentActivity() == KickOff);

    // The day view follows the board: a card selected there is selected here.
    w.board()->selectActivity(RolePlay);
    CHECK(view->currentKey() == RolePlay);

    // Ctrl+Up in the day view moves the agenda entry, not the card on the board.
    const QList<Activity> board = w.document()->project().objectives[1].activities;
    view->list()->setFocus(Qt::OtherFocusReason);
    view->setCurrentKey(CaseStudy);
    QTest::keyClick(view->list(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(keys(*view->model()) == QList<Id> { KickOff, CaseStudy, RolePlay, Pitch });
    CHECK(w.document()->undoStack()->count() == 1);
    CHECK(w.document()->project().objectives[1].activities == board);
    CHECK(w.document()->project().objectives[0].activities[2].id == CaseStudy);
}
