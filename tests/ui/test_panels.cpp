// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace panels driven the way a designer uses them: typing, clicking toggles, picking a
// tool by typing, dialogs confirmed with OK. Each edit must be exactly one undo step, and undoing
// must give back the project as it was.
#include "activityinspector.h"
#include "advisor/toolranking.h"
#include "blendoverview.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "inlinemessage.h"
#include "projectpropertiesdialog.h"
#include "qtprint.h"
#include "togglegroup.h"
#include "toolcataloguedialog.h"
#include "tooleditdialog.h"
#include "toolpicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace bw;
using namespace bw::ui;

namespace {

// A catalogue-seeded project with one objective and two activities.
Project panelProject()
{
    Project p = newProject();
    p.info.title = QStringLiteral("Managing human risk");
    Objective o;
    o.id = 1000;
    o.statement = QStringLiteral("Be able to identify human-risk factors");
    Activity a;
    a.id = 1001;
    a.title = QStringLiteral("Share a risk you met");
    a.phase = Phase::PreClass;
    a.direction = Direction::ManyToMany;
    a.duration = Duration::exact(30);
    o.activities.append(a);
    Activity b;
    b.id = 1002;
    b.title = QStringLiteral("Risk clinic");
    b.phase = Phase::InClass;
    b.direction = Direction::OneToMany;
    b.duration = {10, 15};
    o.activities.append(b);
    p.objectives.append(o);
    return p;
}

// Runs `action` on the next modal dialog of type T as soon as it is shown (exec() blocks).
template <typename T>
void onNextModal(std::function<void(T *)> action)
{
    QTimer::singleShot(0, qApp, [action] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        action(dialog);
    });
}

} // namespace

TEST_CASE("Typing a title in the inspector is one undo step", "[ui][panels]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    ActivityInspector inspector(&doc);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setActivity(1001);

    QLineEdit *title = inspector.titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Post one risk"));
    CHECK(doc.project().activity(1001)->title == QStringLiteral("Post one risk"));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(title->cursorPosition() == 13); // the refreshes never moved the cursor

    // Leaving the field ends the merge: typing elsewhere never joins the title's undo step.
    inspector.durationEdit()->setFocus();
    inspector.durationEdit()->selectAll();
    QTest::keyClicks(inspector.durationEdit(), QStringLiteral("20-25"));
    CHECK(doc.project().activity(1001)->duration == Duration{20, 25});
    CHECK(doc.undoStack()->count() >= 2);
    while (doc.project().activity(1001)->duration != Duration::exact(30) && doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->title == QStringLiteral("Post one risk"));
    CHECK(doc.undoStack()->index() == 1);

    doc.undoStack()->undo();
    CHECK(doc.project() == before);
    CHECK(title->text() == QStringLiteral("Share a risk you met"));
}

TEST_CASE("An invalid duration is refused with a message and changes nothing", "[ui][panels]")
{
    Document doc(panelProject());
    ActivityInspector inspector(&doc);
    inspector.show();
    inspector.setActivity(1001);
    inspector.durationEdit()->setFocus();
    inspector.durationEdit()->selectAll();
    QTest::keyClicks(inspector.durationEdit(), QStringLiteral("15-10"));
    CHECK(doc.project().activity(1001)->duration == Duration::exact(15)); // "15" was valid on the way
    bool explained = false;
    for (const InlineMessage *m : inspector.findChildren<InlineMessage *>())
        explained = explained || m->text().contains(QStringLiteral("10-15"));
    CHECK(explained);
    CHECK(doc.undoStack()->count() == 1);
}

TEST_CASE("Direction toggles and Alt+number set the direction, undoably", "[ui][panels]")
{
    Document doc(panelProject());
    ActivityInspector inspector(&doc);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setActivity(1001);

    QToolButton *manyToOne = inspector.directionToggle()->button(int(Direction::ManyToOne));
    REQUIRE(manyToOne);
    QTest::mouseClick(manyToOne, Qt::LeftButton);
    CHECK(doc.project().activity(1001)->direction == Direction::ManyToOne);
    CHECK(manyToOne->isChecked());

    inspector.titleEdit()->setFocus();
    QTest::keyClick(inspector.titleEdit(), Qt::Key_1, Qt::AltModifier);
    CHECK(doc.project().activity(1001)->direction == Direction::OneToMany);
    CHECK(doc.undoStack()->count() == 2);

    // The labels' mnemonics reach the composite fields too.
    QTest::keyClick(inspector.titleEdit(), Qt::Key_O, Qt::AltModifier);
    CHECK(inspector.toolPicker()->lineEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    CHECK(inspector.phaseToggle()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
    CHECK(inspector.durationEdit()->hasFocus());

    doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->direction == Direction::ManyToOne);
    CHECK(inspector.directionToggle()->value() == int(Direction::ManyToOne));
    doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->direction == Direction::ManyToMany);
    CHECK(inspector.directionToggle()->value() == int(Direction::ManyToMany));
}

TEST_CASE("Typing a prefix and Enter in the tool picker picks the best-ranked match", "[ui][panels]")
{
    Document doc(panelProject());
    ToolPicker picker(&doc);
    picker.show();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    picker.setActivity(1001);

    const auto ranked = rankTools(doc.project(), *doc.project().activity(1001), QStringLiteral("Vi"));
    REQUIRE(!ranked.isEmpty());
    REQUIRE(doc.project().tool(ranked.first().toolId)->name == QStringLiteral("Viva Engage"));

    picker.lineEdit()->setFocus();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Vi"));
    CHECK(picker.isPopupVisible());
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    CHECK_FALSE(picker.isPopupVisible());
    CHECK(doc.project().activity(1001)->toolId == ranked.first().toolId);
    CHECK(picker.lineEdit()->text() == QStringLiteral("Viva Engage"));
    CHECK(doc.undoStack()->count() == 1);

    // Down opens the full ranking; Esc closes it and changes nothing.
    QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
    CHECK(picker.isPopupVisible());
    QTest::keyClick(picker.lineEdit(), Qt::Key_Escape);
    CHECK_FALSE(picker.isPopupVisible());
    CHECK(doc.undoStack()->count() == 1);

    doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->toolId == 0);
    CHECK(picker.lineEdit()->text().isEmpty());
}

TEST_CASE("Esc in the tool picker restores the tool's name", "[ui][panels]")
{
    Document doc(panelProject());
    ToolPicker picker(&doc);
    picker.show();
    picker.setActivity(1001);
    picker.lineEdit()->setFocus();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Zo"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Escape);
    CHECK(picker.lineEdit()->text().isEmpty());
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("New tool… in the picker adds the tool and assigns it in one undo step", "[ui][panels]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    ToolPicker picker(&doc);
    picker.show();
    picker.setActivity(1001);

    picker.lineEdit()->setFocus();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Risk radar board"));
    // Nothing matches, so the only row is "New tool “Risk radar board”…".
    REQUIRE(picker.popup()->model()->rowCount() == 1);
    onNextModal<ToolEditDialog>([](ToolEditDialog *dialog) {
        CHECK(dialog->nameEdit()->text() == QStringLiteral("Risk radar board"));
        dialog->accept();
    });
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);

    const Tool *created = doc.project().toolByName(QStringLiteral("Risk radar board"));
    REQUIRE(created);
    CHECK(created->supports(Direction::ManyToMany)); // seeded from the activity
    CHECK(doc.project().activity(1001)->toolId == created->id);
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

TEST_CASE("The tool edit dialog refuses a duplicate name", "[ui][panels]")
{
    const Project p = panelProject();
    Tool t;
    t.name = QStringLiteral("zoom"); // "Zoom" is in the catalogue
    ToolEditDialog dialog(p, t);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("Zoom rooms for risk"));
    CHECK(ok->isEnabled());
    dialog.nameEdit()->clear();
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("Project properties: OK is one undo step, undo restores everything", "[ui][panels]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    ProjectPropertiesDialog dialog(&doc);
    dialog.titleEdit()->setText(QStringLiteral("Human risk in international projects"));
    dialog.setAccent(QColor(0xD9, 0x82, 0x2B));
    Moment m;
    m.name = QStringLiteral("Workshop day");
    m.start = QDateTime(QDate(2027, 3, 4), QTime(9, 0));
    m.minutes = 240;
    dialog.addMoment(m);
    Role r;
    r.kind = RoleKind::Curator;
    r.name = QStringLiteral("Knowledge manager");
    dialog.addRole(r);
    SubGroup g;
    g.name = QStringLiteral("Team Asia");
    g.objectiveId = 1000;
    g.members = 6;
    dialog.addSubGroup(g);
    CHECK(dialog.problem().isEmpty());
    dialog.accept();

    const Project &after = doc.project();
    CHECK(after.info.title == QStringLiteral("Human risk in international projects"));
    CHECK(after.info.brand.accent == QColor(0xD9, 0x82, 0x2B));
    REQUIRE(after.moments.size() == 1);
    CHECK(after.moments.first().id != 0);
    CHECK(after.moments.first().minutes == 240);
    REQUIRE(after.roles.size() == 1);
    CHECK(after.roles.first().kind == RoleKind::Curator);
    REQUIRE(after.subgroups.size() == 1);
    CHECK(after.subgroups.first().objectiveId == 1000);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Edit project properties"));

    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

TEST_CASE("Project properties: invalid moments stop OK and Cancel changes nothing", "[ui][panels]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    {
        ProjectPropertiesDialog dialog(&doc);
        Moment m;
        m.name = QStringLiteral("Webinar");
        m.start = QDateTime(QDate(2027, 3, 4), QTime(9, 0));
        m.minutes = 0;
        dialog.addMoment(m);
        CHECK(dialog.problem().contains(QStringLiteral("Webinar")));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.tabs()->currentIndex() == 2);
        CHECK(doc.undoStack()->count() == 0);
    }
    {
        ProjectPropertiesDialog dialog(&doc);
        dialog.titleEdit()->setText(QStringLiteral("Changed"));
        dialog.reject();
    }
    CHECK(doc.project() == before);
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("Project properties: values beyond what a save accepts stop OK", "[ui][panels][validation]")
{
    // The dialog asks the same limits as validate(), so it never accepts what the save refuses.
    Document doc(panelProject());
    {
        ProjectPropertiesDialog dialog(&doc);
        Moment m;
        m.name = QStringLiteral("Marathon");
        m.start = QDateTime(QDate(2027, 3, 4), QTime(9, 0));
        m.minutes = 100000;
        dialog.addMoment(m);
        CHECK(dialog.problem() == QStringLiteral("In-class moment “Marathon” cannot last more than 99999 minutes."));
    }
    {
        ProjectPropertiesDialog dialog(&doc);
        Moment m;
        m.name = QStringLiteral("Ancient");
        m.start = QDateTime(QDate(1800, 3, 4), QTime(9, 0));
        m.minutes = 60;
        dialog.addMoment(m);
        CHECK(dialog.problem()
            == QStringLiteral("In-class moment “Ancient” must start between the years 1900 and 9899."));
    }
    {
        ProjectPropertiesDialog dialog(&doc);
        SubGroup g;
        g.name = QStringLiteral("Everyone");
        g.members = 2000000;
        dialog.addSubGroup(g);
        CHECK(dialog.problem() == QStringLiteral("Sub-group “Everyone” cannot have more than 100000 members."));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
    }
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("Tool catalogue: edit and delete are undoable commands", "[ui][panels]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    const Id zoom = doc.project().toolByName(QStringLiteral("Zoom"))->id;
    const Id padlet = doc.project().toolByName(QStringLiteral("Padlet"))->id;
    Activity a = *doc.project().activity(1001);
    a.toolId = padlet;
    doc.changeActivity(a);
    const Project withPadlet = doc.project();

    ToolCatalogueDialog dialog(&doc);
    dialog.show();

    dialog.searchEdit()->setText(QStringLiteral("zoo"));
    CHECK(dialog.table()->model()->rowCount() == 1);
    dialog.searchEdit()->clear();

    dialog.selectTool(zoom);
    REQUIRE(dialog.currentTool() == zoom);
    onNextModal<ToolEditDialog>([](ToolEditDialog *edit) {
        edit->nameEdit()->setText(QStringLiteral("Zoom Workplace"));
        edit->accept();
    });
    dialog.editTool();
    CHECK(doc.project().tool(zoom)->name == QStringLiteral("Zoom Workplace"));

    // An unused tool goes without a question.
    dialog.deleteTool();
    CHECK(doc.project().tool(zoom) == nullptr);

    // A used one asks first, saying how many activities use it.
    dialog.selectTool(padlet);
    onNextModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("1 activity")));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    dialog.deleteTool();
    CHECK(doc.project().tool(padlet) == nullptr);
    CHECK(doc.project().activity(1001)->toolId == 0);

    CHECK(doc.undoStack()->count() == 4);
    doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->toolId == padlet);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.project() == withPadlet);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

TEST_CASE("Blend overview figures are the sums of the project", "[ui][panels]")
{
    Project p = panelProject();
    Objective second;
    second.id = 2000;
    second.statement = QStringLiteral("Be able to rank risks");
    const auto add = [&](Id id, Phase phase, Direction d, Duration duration) {
        Activity a;
        a.id = id;
        a.title = QStringLiteral("A%1").arg(id);
        a.phase = phase;
        a.direction = d;
        a.duration = duration;
        second.activities.append(a);
    };
    add(2001, Phase::PreClass, Direction::OneToMany, Duration::exact(20));
    add(2002, Phase::InClass, Direction::ManyToMany, Duration::exact(60));
    add(2003, Phase::PostClass, Direction::ManyToOne, {20, 30});
    add(2004, Phase::Unset, Direction::ManyToOne, Duration::exact(99)); // no phase: not counted
    p.objectives.append(second);

    Document doc(p);
    BlendOverview overview(&doc);
    overview.scopeCombo()->setCurrentIndex(1); // whole programme
    overview.updateNow();

    // Objective 1: pre 30 m2m, in 12.5 o2m; objective 2: pre 20 o2m, in 60 m2m, post 25 m2o.
    CHECK(overview.minutes(Phase::PreClass, Direction::ManyToMany) == 30.0);
    CHECK(overview.minutes(Phase::PreClass, Direction::OneToMany) == 20.0);
    CHECK(overview.minutes(Phase::InClass, Direction::OneToMany) == 12.5);
    CHECK(overview.minutes(Phase::InClass, Direction::ManyToMany) == 60.0);
    CHECK(overview.minutes(Phase::PostClass, Direction::ManyToOne) == 25.0);
    CHECK(overview.count(Phase::PreClass, Direction::ManyToMany) == 1);
    CHECK(overview.inClassShare() == Approx(72.5 / 147.5));
    // Table: rows one-to-many, many-to-one, many-to-many, none, total; columns pre, in, post, total.
    CHECK(overview.table()->item(4, 3)->text() == QLocale().toString(147.5, 'f', 1));
    CHECK(overview.table()->item(2, 0)->text() == QStringLiteral("30"));

    overview.setMeasure(BlendOverview::Measure::Count);
    CHECK(overview.table()->item(4, 3)->text() == QStringLiteral("5"));

    // Following the selection narrows to one objective.
    overview.scopeCombo()->setCurrentIndex(0);
    overview.setObjective(2000);
    overview.updateNow();
    CHECK(overview.shownObjective() == 2000);
    CHECK(overview.minutes(Phase::PreClass, Direction::ManyToMany) == 0.0);
    CHECK(overview.minutes(Phase::InClass, Direction::ManyToMany) == 60.0);

    // An edit shows after the debounce.
    Activity a = *doc.project().activity(2002);
    a.duration = Duration::exact(90);
    doc.changeActivity(a);
    CHECK(overview.minutes(Phase::InClass, Direction::ManyToMany) == 60.0);
    CHECK(QTest::qWaitFor([&] { return overview.minutes(Phase::InClass, Direction::ManyToMany) == 90.0; }, 2000));
}

TEST_CASE("Properties and tool catalogue dialogs follow the document's read-only state", "[ui][panels][readonly]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    doc.setReadOnly(true);

    ProjectPropertiesDialog properties(&doc);
    auto *box = properties.findChild<QDialogButtonBox *>();
    REQUIRE(box);
    CHECK_FALSE(box->button(QDialogButtonBox::Ok)->isEnabled());
    properties.titleEdit()->setText(QStringLiteral("Changed while read-only"));
    properties.accept();
    CHECK(doc.project() == before);

    ToolCatalogueDialog tools(&doc);
    tools.show();
    tools.selectTool(doc.project().toolByName(QStringLiteral("Zoom"))->id);
    const auto buttons = tools.findChildren<QPushButton *>();
    const auto named = [&](const QString &text) -> QPushButton * {
        for (QPushButton *b : buttons)
            if (b->text() == text)
                return b;
        return nullptr;
    };
    QPushButton *add = named(QStringLiteral("&Add…"));
    QPushButton *edit = named(QStringLiteral("&Edit…"));
    QPushButton *remove = named(QStringLiteral("&Delete"));
    REQUIRE(add);
    REQUIRE(edit);
    REQUIRE(remove);
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    tools.deleteTool();
    CHECK(doc.project() == before);

    doc.setReadOnly(false);
    CHECK(box->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(add->isEnabled());
    CHECK(edit->isEnabled());
}
