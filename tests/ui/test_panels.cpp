// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace panels driven the way a designer uses them: typing, clicking toggles, picking a
// tool by typing, dialogs confirmed with OK. Each edit must be exactly one undo step, and undoing
// must give back the project as it was.
#include "activityboard.h"
#include "activityinspector.h"
#include "activitylaneview.h"
#include "advisor/toolranking.h"
#include "blendoverview.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "elidedlabel.h"
#include "hintlistview.h"
#include "inlinemessage.h"
#include "objectiveinspector.h"
#include "objectivespanel.h"
#include "projectpropertiesdialog.h"
#include "qtprint.h"
#include "togglegroup.h"
#include "toolcataloguedialog.h"
#include "tooleditdialog.h"
#include "toolpicker.h"
#include "toolsuggestiondelegate.h"
#include "workspacefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

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

    // Objective 1: pre 30 m2m, in 10–15 o2m (13 whole minutes, as the plan counts it); objective 2:
    // pre 20 o2m, in 60 m2m, post 25 m2o.
    CHECK(overview.minutes(Phase::PreClass, Direction::ManyToMany) == 30.0);
    CHECK(overview.minutes(Phase::PreClass, Direction::OneToMany) == 20.0);
    CHECK(overview.minutes(Phase::InClass, Direction::OneToMany) == 13.0);
    CHECK(overview.minutes(Phase::InClass, Direction::ManyToMany) == 60.0);
    CHECK(overview.minutes(Phase::PostClass, Direction::ManyToOne) == 25.0);
    CHECK(overview.count(Phase::PreClass, Direction::ManyToMany) == 1);
    CHECK(overview.inClassShare() == Approx(73.0 / 148.0));
    // Table: rows one-to-many, many-to-one, many-to-many, none, total; columns pre, in, post, total.
    CHECK(overview.table()->item(4, 3)->text() == QStringLiteral("148")); // whole minutes, never 147.5
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

// --- The objective inspector, the new activity fields and the fields that never move.

namespace {

// A closed combo box moved to `index` with the arrow keys, as a designer would.
void chooseWithKeys(QComboBox *combo, int index)
{
    REQUIRE(index >= 0);
    combo->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 50 && combo->currentIndex() != index; ++i)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(combo->currentIndex() == index);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Where every field of a form sits, in the form's coordinates.
QList<QRect> fieldGeometry(QFormLayout *form)
{
    QList<QRect> out;
    for (int r = 0; r < form->rowCount(); ++r) {
        for (auto role : { QFormLayout::LabelRole, QFormLayout::FieldRole })
            if (QLayoutItem *item = form->itemAt(r, role))
                out.append(item->geometry());
    }
    return out;
}

} // namespace

TEST_CASE("Objective inspector: each field is one undo step and undo restores the objective", "[ui][panels][objective]")
{
    Document doc(panelProject());
    const Project before = doc.project();
    ObjectiveInspector inspector(&doc);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setObjective(1000);
    CHECK(inspector.statementEdit()->toPlainText() == QStringLiteral("Be able to identify human-risk factors"));

    inspector.measureEdit()->setFocus();
    QTest::keyClicks(inspector.measureEdit(), QStringLiteral("Names 4 of 5 factors"));
    CHECK(doc.project().objective(1000)->measure == QStringLiteral("Names 4 of 5 factors"));
    CHECK(doc.undoStack()->count() == 1);

    inspector.instrumentNameEdit()->setFocus();
    QTest::keyClicks(inspector.instrumentNameEdit(), QStringLiteral("Case quiz"));
    inspector.notesEdit()->setFocus();
    QTest::keyClicks(inspector.notesEdit(), QStringLiteral("Ask HR"));
    const Objective &o = *doc.project().objective(1000);
    CHECK(o.instrument.name == QStringLiteral("Case quiz"));
    CHECK(o.notes == QStringLiteral("Ask HR"));
    CHECK(o.statement == before.objectives.first().statement);
    // One step per field, even for fields typed one after the other.
    CHECK(doc.undoStack()->count() == 3);
    CHECK(inspector.notesEdit()->textCursor().position() == 6); // the cursor stayed where the typing is
    doc.undoStack()->undo();
    CHECK(doc.project().objective(1000)->notes.isEmpty());
    CHECK(doc.project().objective(1000)->instrument.name == QStringLiteral("Case quiz"));

    // An edit elsewhere (undo) shows at once and never leaves a stale text.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(doc.project() == before);
    CHECK(inspector.measureEdit()->toPlainText().isEmpty());
    CHECK(inspector.instrumentNameEdit()->text().isEmpty());
}

TEST_CASE("Objective inspector: a file is attached, saved as a copy and removed; too large a file is refused",
    "[ui][panels][objective]")
{
    Document doc(panelProject());
    ObjectiveInspector inspector(&doc);
    inspector.show();
    inspector.setObjective(1000);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    CHECK(inspector.attachButton()->isEnabled());
    CHECK_FALSE(inspector.saveCopyButton()->isEnabled());
    CHECK_FALSE(inspector.removeFileButton()->isEnabled());

    // 16 MiB and one byte: refused with a message that says why, and nothing changes.
    const QString big = dir.filePath(QStringLiteral("huge rubric.pdf"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(ObjectiveInspector::MaxFileBytes + 1));
    }
    QString told;
    onNextModal<QMessageBox>([&told](QMessageBox *box) {
        told = box->text();
        box->accept();
    });
    CHECK_FALSE(inspector.attachFile(big));
    CHECK(told.contains(QStringLiteral("huge rubric.pdf")));
    CHECK(told.contains(QStringLiteral("16 MiB")));
    CHECK(doc.undoStack()->count() == 0);

    const QByteArray rubric("%PDF-1.4 pitch rubric");
    CHECK(inspector.attachFile(writeFile(dir, QStringLiteral("pitch-rubric.pdf"), rubric)));
    const Objective *o = doc.project().objective(1000);
    CHECK(o->instrument.fileName == QStringLiteral("pitch-rubric.pdf")); // the bare name, no folders
    CHECK(o->instrument.fileData == rubric);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(inspector.fileLabel()->fullText().contains(QStringLiteral("pitch-rubric.pdf")));
    CHECK(inspector.saveCopyButton()->isEnabled());
    CHECK(inspector.removeFileButton()->isEnabled());

    const QString copy = dir.filePath(QStringLiteral("copy.pdf"));
    CHECK(inspector.saveCopy(copy));
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == rubric);

    QTest::mouseClick(inspector.removeFileButton(), Qt::LeftButton);
    CHECK(doc.project().objective(1000)->instrument.fileName.isEmpty());
    CHECK(doc.project().objective(1000)->instrument.fileData.isEmpty());
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    CHECK(doc.project().objective(1000)->instrument.fileData == rubric);
}

TEST_CASE(
    "The inspector shows the objective while no activity is selected; Esc returns the focus", "[ui][panels][objective]")
{
    Document doc(panelProject());
    QWidget window;
    auto *origin = new QLineEdit(&window);
    auto *inspector = new ActivityInspector(&doc, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(origin);
    layout->addWidget(inspector);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    CHECK(inspector->currentPage() == ActivityInspector::EmptyPage);
    inspector->setObjective(1000);
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);
    inspector->setActivity(1001);
    CHECK(inspector->currentPage() == ActivityInspector::ActivityPage);
    inspector->showObjective(1000);
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);
    CHECK(inspector->activity() == 0);

    origin->setFocus();
    QTRY_VERIFY(origin->hasFocus());
    inspector->objectiveInspector()->measureEdit()->setFocus();
    QTRY_VERIFY(inspector->objectiveInspector()->measureEdit()->hasFocus());
    QTest::keyClick(inspector->objectiveInspector()->measureEdit(), Qt::Key_Escape);
    CHECK(origin->hasFocus());

    // Both pages share one label column: nothing shifts sideways between them.
    QFormLayout *a = inspector->form();
    QFormLayout *b = inspector->objectiveInspector()->form();
    CHECK(a->itemAt(0, QFormLayout::LabelRole)->widget()->width()
        == b->itemAt(0, QFormLayout::LabelRole)->widget()->width());
}

TEST_CASE("Led by lists the fixed leaders, the community roles and a free role", "[ui][panels][ledby]")
{
    Project p = panelProject();
    Role champion;
    champion.id = 600;
    champion.kind = RoleKind::Champion;
    champion.name = QStringLiteral("Country champion");
    Role sponsor;
    sponsor.id = 601;
    sponsor.kind = RoleKind::Custom;
    sponsor.customKind = QStringLiteral("Sponsor");
    sponsor.name = QStringLiteral("Sales director");
    p.roles = { champion, sponsor };
    Document doc(p);
    ActivityInspector inspector(&doc);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setActivity(1001);

    QComboBox *ledBy = inspector.ledByCombo();
    QStringList items;
    for (int i = 0; i < ledBy->count(); ++i)
        items.append(ledBy->itemText(i));
    CHECK(items
        == QStringList { enumLabel(LedBy::Trainer), enumLabel(LedBy::Expert), enumLabel(LedBy::Champion),
            enumLabel(LedBy::Learners), QStringLiteral("Country champion (%1)").arg(enumLabel(RoleKind::Champion)),
            QStringLiteral("Sales director (Sponsor)"), QStringLiteral("Other role…") });
    CHECK_FALSE(inspector.ledByNameEdit()->isEnabled());

    chooseWithKeys(ledBy, 5);
    const Activity *a = doc.project().activity(1001);
    CHECK(a->ledBy == LedBy::Role);
    CHECK(a->ledByRoleId == 601);

    chooseWithKeys(ledBy, 6);
    CHECK(doc.project().activity(1001)->ledBy == LedBy::Other);
    CHECK(doc.project().activity(1001)->ledByRoleId == 0);
    REQUIRE(inspector.ledByNameEdit()->isEnabled());
    inspector.ledByNameEdit()->setFocus();
    QTest::keyClicks(inspector.ledByNameEdit(), QStringLiteral("L&D contact"));
    CHECK(doc.project().activity(1001)->ledByName == QStringLiteral("L&D contact"));

    // Two fields typed one after the other: one undo step each.
    const int steps = doc.undoStack()->count();
    inspector.titleEdit()->setFocus();
    inspector.titleEdit()->selectAll();
    QTest::keyClicks(inspector.titleEdit(), QStringLiteral("Role-play"));
    inspector.ledByNameEdit()->setFocus();
    QTest::keyClicks(inspector.ledByNameEdit(), QStringLiteral(" lead"));
    CHECK(doc.undoStack()->count() == steps + 2);
    CHECK(inspector.ledByNameEdit()->cursorPosition() == 16);
    doc.undoStack()->undo();
    CHECK(doc.project().activity(1001)->ledByName == QStringLiteral("L&D contact"));
    CHECK(doc.project().activity(1001)->title == QStringLiteral("Role-play"));

    // A new community role shows up at once.
    Role buddy;
    buddy.id = 602;
    buddy.kind = RoleKind::Buddy;
    buddy.name = QStringLiteral("Peer buddy");
    doc.setRoles({ champion, sponsor, buddy });
    CHECK(ledBy->findText(QStringLiteral("Peer buddy (%1)").arg(enumLabel(RoleKind::Buddy))) == 6);
    CHECK(ledBy->currentText() == QStringLiteral("Other role…"));
}

TEST_CASE("No tool — in the room is a choice of the tool picker", "[ui][panels][notool]")
{
    Document doc(panelProject());
    ToolPicker picker(&doc);
    picker.show();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    picker.setActivity(1002);
    picker.lineEdit()->setFocus();

    const auto pickInRoom = [&] {
        QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
        REQUIRE(picker.isPopupVisible());
        QAbstractItemModel *model = picker.popup()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ToolSuggestionDelegate::KindRole).toInt() == ToolSuggestionDelegate::InRoomRow)
                row = r;
        REQUIRE(row >= 0);
        for (int r = 0; r < row; ++r)
            QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
        QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    };
    pickInRoom();
    CHECK(doc.project().activity(1002)->noTool);
    CHECK(doc.project().activity(1002)->toolId == 0);
    CHECK(picker.lineEdit()->text() == ToolPicker::inRoomText());
    CHECK(doc.undoStack()->count() == 1);

    // Picking a tool ends "in the room".
    picker.lineEdit()->selectAll();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Zoom"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    const Activity *a = doc.project().activity(1002);
    CHECK_FALSE(a->noTool);
    REQUIRE(doc.project().tool(a->toolId));
    CHECK(doc.project().tool(a->toolId)->name == QStringLiteral("Zoom"));

    // And choosing it again clears the tool.
    pickInRoom();
    CHECK(doc.project().activity(1002)->noTool);
    CHECK(doc.project().activity(1002)->toolId == 0);
}

TEST_CASE("Recurrence: the controls are enabled only when they apply, and never hidden", "[ui][panels][recurrence]")
{
    Document doc(panelProject());
    ActivityInspector inspector(&doc);
    inspector.resize(480, 1200);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setActivity(1001);

    CHECK(inspector.repeatCombo()->currentText() == QStringLiteral("Does not repeat"));
    for (QWidget *w : std::initializer_list<QWidget *> { inspector.intervalSpin(), inspector.endAfterButton(),
             inspector.countSpin(), inspector.endOnButton(), inspector.untilEdit() }) {
        CHECK(w->isVisible());
        CHECK_FALSE(w->isEnabled());
    }

    chooseWithKeys(inspector.repeatCombo(), inspector.repeatCombo()->findData(int(RecurrenceUnit::Weeks)));
    Recurrence r = doc.project().activity(1001)->recurrence;
    CHECK(r.unit == RecurrenceUnit::Weeks);
    CHECK(r.interval == 1);
    CHECK(r.count == 4);
    CHECK(inspector.intervalSpin()->isEnabled());
    CHECK(inspector.endAfterButton()->isChecked());
    CHECK(inspector.countSpin()->isEnabled());
    CHECK_FALSE(inspector.untilEdit()->isEnabled());

    // "Every week for 8 weeks": typing the count is one undo step.
    const int steps = doc.undoStack()->count();
    inspector.countSpin()->setFocus();
    inspector.countSpin()->selectAll();
    QTest::keyClicks(inspector.countSpin(), QStringLiteral("8"));
    CHECK(doc.project().activity(1001)->recurrence.count == 8);
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(inspector.countSpin()->text() == QStringLiteral("8 times"));

    QTest::mouseClick(inspector.endOnButton(), Qt::LeftButton, {}, QPoint(6, inspector.endOnButton()->height() / 2));
    r = doc.project().activity(1001)->recurrence;
    CHECK(r.count == 0);
    CHECK(r.until.isValid());
    CHECK(inspector.untilEdit()->isEnabled());
    CHECK_FALSE(inspector.countSpin()->isEnabled());

    chooseWithKeys(inspector.repeatCombo(), 0);
    CHECK_FALSE(doc.project().activity(1001)->recurrence.isSet());
    CHECK_FALSE(inspector.untilEdit()->isEnabled());
}

TEST_CASE(
    "Inspector fields never move: not between activities, not with warnings, not between pages", "[ui][panels][stable]")
{
    Project p = panelProject();
    // Activity 1001 uses a tool with warnings and a suggested benefit; 1002 has none.
    Tool *warned = nullptr;
    for (Tool &t : p.tools)
        if (!warned && !toolWarnings(t).isEmpty() && !t.benefit.isEmpty())
            warned = &t;
    REQUIRE(warned);
    p.objectives[0].activities[0].toolId = warned->id;
    Document doc(p);
    ActivityInspector inspector(&doc);
    inspector.resize(480, 1400);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));

    inspector.setActivity(1001);
    QApplication::processEvents();
    const QList<QRect> first = fieldGeometry(inspector.form());
    inspector.setActivity(1002);
    QApplication::processEvents();
    CHECK(fieldGeometry(inspector.form()) == first);

    // An invalid duration shows its message in the room kept for it.
    inspector.durationEdit()->setFocus();
    inspector.durationEdit()->selectAll();
    QTest::keyClicks(inspector.durationEdit(), QStringLiteral("abc"));
    QApplication::processEvents();
    CHECK(fieldGeometry(inspector.form()) == first);

    // Another objective's page and back: the activity's form is where it was.
    inspector.showObjective(1000);
    QApplication::processEvents();
    inspector.setActivity(1001);
    QApplication::processEvents();
    CHECK(fieldGeometry(inspector.form()) == first);

    // A long text scrolls inside its field instead of growing it.
    auto *instructions = inspector.findChild<QPlainTextEdit *>();
    REQUIRE(instructions);
    const int height = instructions->height();
    instructions->setFocus();
    for (int i = 0; i < 12; ++i) {
        QTest::keyClicks(instructions, QStringLiteral("line"));
        QTest::keyClick(instructions, Qt::Key_Return);
    }
    QApplication::processEvents();
    CHECK(instructions->height() == height);
    CHECK(fieldGeometry(inspector.form()) == first);
}

TEST_CASE("Scrolling the inspector with the wheel never changes a value", "[ui][panels][stable]")
{
    Document doc(panelProject());
    ActivityInspector inspector(&doc);
    inspector.resize(480, 300);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    inspector.setActivity(1001);
    QComboBox *grouping = inspector.findChildren<QComboBox *>().value(0);
    for (QComboBox *c : inspector.findChildren<QComboBox *>())
        if (c->accessibleName() == QStringLiteral("Grouping"))
            grouping = c;
    REQUIRE(grouping);
    inspector.titleEdit()->setFocus();
    const int before = grouping->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), grouping->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(grouping, &wheel);
    CHECK(grouping->currentIndex() == before);
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("Project properties: role kinds of the designer's own, moments that follow, times to the minute",
    "[ui][panels][properties]")
{
    Project p = panelProject();
    Moment day1;
    day1.id = 500;
    day1.name = QStringLiteral("Bootcamp day 1");
    day1.start = QDateTime(QDate(2027, 3, 4), QTime(8, 30));
    day1.minutes = 450;
    AgendaItem lunch;
    lunch.id = 510;
    lunch.kind = AgendaKind::Lunch;
    lunch.minutes = 45;
    day1.agenda = { lunch };
    p.moments = { day1 };
    p.info.language = QStringLiteral("fr");
    Document doc(p);
    ProjectPropertiesDialog dialog(&doc);
    dialog.show();

    // Moments: the next one the day after, same time, same length; the first one on a working day.
    Moment next;
    ProjectPropertiesDialog::defaultSchedule(&day1, QDate(2027, 1, 1), &next);
    CHECK(next.start == QDateTime(QDate(2027, 3, 5), QTime(8, 30)));
    CHECK(next.minutes == 450);
    Moment first;
    ProjectPropertiesDialog::defaultSchedule(nullptr, QDate(2027, 3, 5), &first); // a Friday
    CHECK(first.start == QDateTime(QDate(2027, 3, 8), QTime(9, 0))); // Monday
    CHECK(first.minutes == 420);

    auto *addMoment = [&]() -> QToolButton * {
        for (QToolButton *b : dialog.findChildren<QToolButton *>())
            if (b->accessibleName() == QStringLiteral("Add moment"))
                return b;
        return nullptr;
    }();
    REQUIRE(addMoment);
    QTest::mouseClick(addMoment, Qt::LeftButton);
    QTableWidget *moments = dialog.momentsTable();
    REQUIRE(moments->rowCount() == 2);
    if (QWidget *editor = QApplication::focusWidget())
        QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(moments->item(1, 1)->data(Qt::EditRole).toDateTime() == QDateTime(QDate(2027, 3, 5), QTime(8, 30)));
    CHECK(moments->item(1, 2)->data(Qt::EditRole).toInt() == 450);
    // Shown in the plan's language (French: 24-hour clock), without seconds.
    auto *startDelegate = qobject_cast<QStyledItemDelegate *>(moments->itemDelegateForColumn(1));
    REQUIRE(startDelegate);
    const QString shown = startDelegate->displayText(moments->item(1, 1)->data(Qt::EditRole), QLocale());
    CHECK(shown.contains(QStringLiteral("08:30")));
    CHECK_FALSE(shown.contains(QStringLiteral("08:30:00")));

    // Roles: buddy and "other kind" with its name; the name is editable only for that kind.
    Role role;
    role.kind = RoleKind::Buddy;
    role.name = QStringLiteral("Peer buddy");
    dialog.addRole(role);
    QTableWidget *roles = dialog.rolesTable();
    CHECK_FALSE(roles->item(0, 1)->flags().testFlag(Qt::ItemIsEditable));
    roles->item(0, 0)->setData(Qt::UserRole, int(RoleKind::Custom));
    CHECK(roles->item(0, 1)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(dialog.problem().contains(QStringLiteral("name the kind")));
    roles->item(0, 1)->setText(QStringLiteral("Sponsor"));
    CHECK(dialog.problem().isEmpty());
    dialog.accept();

    const Project &after = doc.project();
    REQUIRE(after.roles.size() == 1);
    CHECK(after.roles.first().kind == RoleKind::Custom);
    CHECK(after.roles.first().customKind == QStringLiteral("Sponsor"));
    REQUIRE(after.moments.size() == 2);
    CHECK(after.moments.first().agenda == QList<AgendaItem> { lunch }); // the running order survives OK
    CHECK(after.moments.last().start == QDateTime(QDate(2027, 3, 5), QTime(8, 30)));
}

TEST_CASE("The tool editor offers the e-learning and video types", "[ui][panels]")
{
    Document doc(panelProject());
    Tool tool;
    tool.name = QStringLiteral("Company LMS");
    ToolEditDialog dialog(doc.project(), tool);
    QComboBox *type = nullptr;
    for (QComboBox *c : dialog.findChildren<QComboBox *>())
        if (c->accessibleName() == QStringLiteral("Type"))
            type = c;
    REQUIRE(type);
    CHECK(type->findData(int(ToolType::ELearning)) >= 0);
    CHECK(type->findData(int(ToolType::Video)) >= 0);
    chooseWithKeys(type, type->findData(int(ToolType::ELearning)));
    CHECK(dialog.tool().type == ToolType::ELearning);
}

TEST_CASE("In the studio, choosing an objective inspects it: its row, the board's header, after a card",
    "[ui][panels][objective]")
{
    WorkspaceFixture f;
    MainWindow &w = *f.window;
    Document *doc = w.document();
    Project p = panelProject();
    Objective second;
    second.id = 2000;
    second.statement = QStringLiteral("Be able to rank risks");
    p.objectives.append(second);
    doc->resetProject(p);
    QApplication::processEvents();

    ActivityInspector *inspector = w.inspector();
    REQUIRE(w.objectivesPanel()->currentObjective() == 1000);
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);
    CHECK(inspector->objectiveInspector()->objective() == 1000);

    // Another objective by keyboard in the objectives panel.
    HintListView *list = w.objectivesPanel()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);
    CHECK(inspector->objectiveInspector()->objective() == 2000);
    QTest::keyClick(list, Qt::Key_Up);

    // A card: the activity; a click on its objective's row: the objective again.
    w.board()->selectActivity(1001, true);
    CHECK(inspector->currentPage() == ActivityInspector::ActivityPage);
    const QRect row = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);
    CHECK(inspector->objectiveInspector()->objective() == 1000);

    // The card again, then the board's header above the lanes.
    w.board()->selectActivity(1002, true);
    REQUIRE(inspector->currentPage() == ActivityInspector::ActivityPage);
    QTest::mouseClick(w.board(), Qt::LeftButton, {}, QPoint(w.board()->width() / 3, 6));
    CHECK(inspector->currentPage() == ActivityInspector::ObjectivePage);

    // Esc in the objective's form goes back to where the focus came from.
    QWidget *lane = QApplication::focusWidget();
    REQUIRE(lane);
    CHECK_FALSE(inspector->isAncestorOf(lane));
    inspector->objectiveInspector()->measureEdit()->setFocus();
    QTest::keyClicks(inspector->objectiveInspector()->measureEdit(), QStringLiteral("Ranks 5 risks"));
    CHECK(doc->project().objective(1000)->measure == QStringLiteral("Ranks 5 risks"));
    QTest::keyClick(inspector->objectiveInspector()->measureEdit(), Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == lane);
}

TEST_CASE("Every field of both inspector pages has a label mnemonic of its own", "[ui][panels][mnemonics]")
{
    Document doc(panelProject());
    ActivityInspector inspector(&doc);
    const auto mnemonics = [](QWidget *page) {
        QMap<QChar, QStringList> letters;
        const auto add = [&](const QString &text) {
            const int amp = text.indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&'))
                letters[text.at(amp + 1).toLower()].append(text);
        };
        for (QLabel *l : page->findChildren<QLabel *>())
            add(l->text());
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            if (!qobject_cast<QToolButton *>(b)) // toggle buttons are chosen with the arrow keys
                add(b->text());
        return letters;
    };
    const auto check = [&](QFormLayout *form, const char *page) {
        QWidget *root = form->parentWidget();
        REQUIRE(root);
        const auto letters = mnemonics(root);
        for (auto it = letters.begin(); it != letters.end(); ++it) {
            INFO(page << ": " << it.value().join(QStringLiteral(", ")).toStdString());
            CHECK(it.value().size() == 1);
            CHECK(it.key().unicode() < 128);
        }
        // Every row's label carries one, except the one whose first choice does.
        for (int r = 0; r < form->rowCount(); ++r)
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)->widget())) {
                INFO(page << ": " << label->text().toStdString());
                CHECK((label->text().contains(QLatin1Char('&')) || label->text() == QStringLiteral("Ends:")));
                CHECK(label->buddy());
            }
    };
    check(inspector.form(), "activity");
    check(inspector.objectiveInspector()->form(), "objective");
}
