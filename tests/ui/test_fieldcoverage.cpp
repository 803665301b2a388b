// SPDX-License-Identifier: GPL-3.0-or-later
// Every field of every item is editable in the studio. The test walks the project file's schema
// (every table and column) and, for each column that holds something a designer writes, drives
// a real widget the way a designer would and checks that the document's project changed in that
// field. A column nobody can set in the studio has no driver and fails the test by name;
// bookkeeping columns are exempt, each with its reason.
#include "activityinspector.h"
#include "agendamodel.h"
#include "dayview.h"
#include "hintlistview.h"
#include "versionsdialog.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "findingspanel.h"
#include "objectiveinspector.h"
#include "projectpropertiesdialog.h"
#include "storage/schema.h"
#include "togglegroup.h"
#include "toolcataloguedialog.h"
#include "tooleditdialog.h"
#include "toolpicker.h"
#include "toolsuggestiondelegate.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "qtprint.h"

#include <functional>
#include <map>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr Id ObjectiveId = 1000;
constexpr Id ActivityId = 1001;
constexpr Id MomentA = 500;
constexpr Id MomentB = 501;
constexpr Id RoleId = 600;
constexpr Id GroupId = 700;
constexpr Id BreakId = 800;

// A small programme with one of everything, so that every field has something to change.
Project coverageProject()
{
    Project p = newProject();
    p.info.title = QStringLiteral("Induction of new sales reps");
    p.info.rules = { QStringLiteral("Post in the group, not by private message") };
    Moment a;
    a.id = MomentA;
    a.name = QStringLiteral("Bootcamp day 1");
    a.start = QDateTime(QDate(2027, 3, 1), QTime(9, 0));
    a.minutes = 420;
    Moment b = a;
    b.id = MomentB;
    b.name = QStringLiteral("Bootcamp day 2");
    b.start = QDateTime(QDate(2027, 3, 2), QTime(9, 0));
    p.moments = { a, b };
    Role r;
    r.id = RoleId;
    r.kind = RoleKind::Champion;
    r.name = QStringLiteral("Country champion");
    p.roles = { r };
    SubGroup g;
    g.id = GroupId;
    g.name = QStringLiteral("Team North");
    g.members = 6;
    p.subgroups = { g };
    Objective o;
    o.id = ObjectiveId;
    o.statement = QStringLiteral("Pitch the product in three minutes");
    Activity act;
    act.id = ActivityId;
    act.title = QStringLiteral("Watch the product video");
    act.phase = Phase::PreClass;
    act.direction = Direction::OneToMany;
    act.duration = Duration::exact(30);
    act.momentId = MomentA;
    act.offsetDays = -3;
    o.activities.append(act);
    // An in-class activity and a break on day 1, for the day view.
    Activity rolePlay;
    rolePlay.id = ActivityId + 1;
    rolePlay.title = QStringLiteral("Role-play the first call");
    rolePlay.phase = Phase::InClass;
    rolePlay.duration = Duration::exact(60);
    rolePlay.momentId = MomentA;
    o.activities.append(rolePlay);
    p.moments[0].agenda = { { BreakId, AgendaKind::Break, 0, QStringLiteral("Coffee"), 15 } };
    p.objectives.append(o);
    return p;
}

// Runs `action` on the next modal dialog of type T as soon as it is shown (exec() blocks).
template <typename T> void onNextModal(std::function<void(T *)> action)
{
    QTimer::singleShot(0, qApp, [action] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        action(dialog);
    });
}

template <typename T> T *byName(QWidget *root, const QString &accessibleName)
{
    for (T *w : root->findChildren<T *>())
        if (w->accessibleName() == accessibleName)
            return w;
    FAIL("no widget named " << accessibleName.toStdString());
    return nullptr;
}

QCheckBox *checkBoxWithText(QWidget *root, const QString &fragment)
{
    for (QCheckBox *c : root->findChildren<QCheckBox *>())
        if (QString(c->text()).remove(QLatin1Char('&')).contains(fragment))
            return c;
    FAIL("no check box " << fragment.toStdString());
    return nullptr;
}

// A click on the box itself: the widget may be wider than its text, and only the box and the
// text take clicks.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    QTest::keyClicks(field, text);
}

// Moves a closed combo box to `index` with the arrow keys, as a designer would.
void chooseByKeys(QComboBox *combo, int index)
{
    REQUIRE(index >= 0);
    combo->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 50 && combo->currentIndex() != index; ++i)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(combo->currentIndex() == index);
}

int indexOfText(const QComboBox *combo, const QString &fragment)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).contains(fragment))
            return i;
    return -1;
}

// --- Drivers: each edits one field through real widgets and says whether the project changed there.
using Driver = std::function<bool(Document &)>;

template <typename Field> bool changed(Document &doc, const std::function<void(Document &)> &drive, Field field)
{
    const auto before = field(doc.project());
    drive(doc);
    return !(field(doc.project()) == before);
}

const Activity &theActivity(const Project &p)
{
    return *p.activity(ActivityId);
}

// The activity inspector, shown on the test's activity.
Driver inspector(
    const std::function<void(ActivityInspector &)> &drive, const std::function<QVariant(const Activity &)> &field)
{
    return [drive, field](Document &doc) {
        return changed(
            doc,
            [&](Document &d) {
                ActivityInspector inspector(&d);
                inspector.resize(480, 900);
                inspector.show();
                REQUIRE(QTest::qWaitForWindowExposed(&inspector));
                inspector.setActivity(ActivityId);
                drive(inspector);
            },
            [&](const Project &p) { return field(theActivity(p)); });
    };
}

Driver objectiveInspector(
    const std::function<void(ObjectiveInspector &)> &drive, const std::function<QVariant(const Objective &)> &field)
{
    return [drive, field](Document &doc) {
        return changed(
            doc,
            [&](Document &d) {
                ObjectiveInspector inspector(&d);
                inspector.show();
                REQUIRE(QTest::qWaitForWindowExposed(&inspector));
                inspector.setObjective(ObjectiveId);
                drive(inspector);
            },
            [&](const Project &p) { return field(*p.objective(ObjectiveId)); });
    };
}

// The project properties dialog, confirmed with OK.
Driver properties(
    const std::function<void(ProjectPropertiesDialog &)> &drive, const std::function<QVariant(const Project &)> &field)
{
    return [drive, field](Document &doc) {
        return changed(
            doc,
            [&](Document &d) {
                ProjectPropertiesDialog dialog(&d);
                dialog.show();
                REQUIRE(QTest::qWaitForWindowExposed(&dialog));
                drive(dialog);
                INFO(dialog.problem().toStdString());
                CHECK(dialog.problem().isEmpty());
                dialog.accept();
            },
            field);
    };
}

// The tool catalogue: the first tool opened with Edit, the edit dialog confirmed with OK.
Driver toolEditor(
    const std::function<void(ToolEditDialog *)> &drive, const std::function<QVariant(const Tool &)> &field)
{
    return [drive, field](Document &doc) {
        const Id toolId = doc.project().tools.first().id;
        return changed(
            doc,
            [&](Document &d) {
                ToolCatalogueDialog catalogue(&d);
                catalogue.show();
                catalogue.selectTool(toolId);
                REQUIRE(catalogue.currentTool() == toolId);
                onNextModal<ToolEditDialog>([drive](ToolEditDialog *edit) {
                    drive(edit);
                    edit->accept();
                });
                catalogue.editTool();
            },
            [&](const Project &p) { return field(*p.tool(toolId)); });
    };
}

void setCell(QTableWidget *table, int row, int column, const QVariant &value, int role = Qt::EditRole)
{
    QTableWidgetItem *item = table->item(row, column);
    REQUIRE(item);
    table->setCurrentCell(row, column);
    item->setData(role, value);
}

// A choice cell as its ChoiceDelegate writes it: the value and its label.
void setChoice(QTableWidget *table, int row, int column, const QVariant &value, const QString &label)
{
    setCell(table, row, column, value, Qt::UserRole);
    setCell(table, row, column, label, Qt::DisplayRole);
}

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The day view on day 1.
Driver dayView(const std::function<void(DayView &)> &drive)
{
    return [drive](Document &doc) {
        return changed(
            doc,
            [&](Document &d) {
                DayView view(&d);
                view.resize(700, 400);
                view.show();
                REQUIRE(QTest::qWaitForWindowExposed(&view));
                view.setMoment(MomentA);
                drive(view);
            },
            [](const Project &p) { return p.moments[0].agenda; });
    };
}

// The versions dialog's "Mark Version…", its dialog filled in by `fill` and confirmed.
Driver markVersion(const std::function<void(MarkVersionDialog *)> &fill,
    const std::function<QVariant(const Version &)> &field)
{
    return [fill, field](Document &doc) {
        VersionsDialog dialog(&doc);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        onNextModal<MarkVersionDialog>([fill](MarkVersionDialog *mark) {
            fill(mark);
            mark->accept();
        });
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(u"Mark Version"_s))
                button = b;
        REQUIRE(button);
        button->click();
        REQUIRE(doc.project().versions.size() == 1);
        // Compared with what a mark made without touching the field would say.
        Document plain(coverageProject());
        const QVariant untouched = field(Version { 1, MarkVersionDialog::proposedName(plain.project()),
            QDateTime::currentDateTime(), {}, {} });
        return field(doc.project().versions.first()) != untouched;
    };
}

std::map<QString, Driver> drivers()
{
    std::map<QString, Driver> d;

    // --- agenda_items: the day view.
    const Driver addLunch = dayView([](DayView &v) {
        v.setCurrentKey(BreakId);
        QTest::mouseClick(v.findChild<QPushButton *>(u"addLunch"_s), Qt::LeftButton);
    });
    d[u"agenda_items.kind"_s] = addLunch;
    d[u"agenda_items.moment_id"_s] = addLunch;
    const Driver moveActivity = dayView([](DayView &v) {
        // The role-play runs after the coffee break; Ctrl+Up puts it first (and into the agenda).
        const QModelIndex last = v.model()->index(v.model()->rowCount() - 1, 0);
        v.setCurrentKey(last.data(AgendaModel::KeyRole).value<Id>());
        v.list()->setFocus();
        QTest::keyClick(v.list(), Qt::Key_Up, Qt::ControlModifier);
    });
    d[u"agenda_items.activity_id"_s] = moveActivity;
    d[u"agenda_items.position"_s] = moveActivity;
    d[u"agenda_items.title"_s] = dayView([](DayView &v) {
        v.setCurrentKey(BreakId);
        auto *title = v.findChild<QLineEdit *>(u"breakTitle"_s);
        typeInto(title, u"Stand-up coffee"_s);
        QTest::keyClick(title, Qt::Key_Return);
    });
    d[u"agenda_items.minutes"_s] = dayView([](DayView &v) {
        v.setCurrentKey(BreakId);
        auto *minutes = v.findChild<QSpinBox *>(u"breakMinutes"_s);
        minutes->setFocus();
        QTest::keyClick(minutes, Qt::Key_Up);
    });

    // --- versions: Mark Version… in the versions dialog.
    d[u"versions.name"_s] = markVersion([](MarkVersionDialog *m) { typeInto(byName<QLineEdit>(m, u"Version name"_s),
                                                                   u"2.0 sent to client"_s); },
        [](const Version &v) { return QVariant(v.name); });
    d[u"versions.note"_s] = markVersion(
        [](MarkVersionDialog *m) { typeInto(byName<QPlainTextEdit>(m, u"Note"_s), u"For Anna"_s); },
        [](const Version &v) { return QVariant(v.note); });
    d[u"versions.created"_s] = markVersion(
        [](MarkVersionDialog *m) {
            auto *date = byName<QDateTimeEdit>(m, u"Date of the version"_s);
            date->setFocus();
            date->setCurrentSection(QDateTimeEdit::YearSection);
            QTest::keyClick(date, Qt::Key_Down);
        },
        [](const Version &v) { return QVariant(v.created.date().year()); });

    // --- project: the General, Brand and Evaluation pages of the properties.
    d[u"project.title"_s] = properties([](auto &dlg) { typeInto(dlg.titleEdit(), u"Sales induction"_s); },
        [](const Project &p) { return QVariant(p.info.title); });
    d[u"project.client"_s] = properties([](auto &dlg) { typeInto(byName<QLineEdit>(&dlg, u"Client"_s), u"Acme"_s); },
        [](const Project &p) { return QVariant(p.info.client); });
    d[u"project.audience"_s]
        = properties([](auto &dlg) { typeInto(byName<QLineEdit>(&dlg, u"Audience"_s), u"24 new sales reps"_s); },
            [](const Project &p) { return QVariant(p.info.audience); });
    d[u"project.author"_s] = properties([](auto &dlg) { typeInto(byName<QLineEdit>(&dlg, u"Author"_s), u"Kim"_s); },
        [](const Project &p) { return QVariant(p.info.author); });
    d[u"project.summary"_s]
        = properties([](auto &dlg) { typeInto(byName<QPlainTextEdit>(&dlg, u"Summary"_s), u"Six countries."_s); },
            [](const Project &p) { return QVariant(p.info.summary); });
    d[u"project.language"_s] = properties(
        [](auto &dlg) {
            auto *combo = byName<QComboBox>(&dlg, u"Language"_s);
            chooseByKeys(combo, combo->currentIndex() == 0 ? 1 : 0);
        },
        [](const Project &p) { return QVariant(p.info.language); });
    d[u"project.version"_s]
        = properties([](auto &dlg) { typeInto(byName<QLineEdit>(&dlg, u"Plan version"_s), u"2.0 draft"_s); },
            [](const Project &p) { return QVariant(p.info.version); });
    // The colour dialog's choice and the logo file's bytes, handed over as those dialogs do.
    d[u"project.accent"_s] = properties([](auto &dlg) { dlg.setAccent(QColor(0xD9, 0x82, 0x2B)); },
        [](const Project &p) { return QVariant(p.info.brand.accent); });
    d[u"project.logo"_s] = properties(
        [](auto &dlg) { dlg.setLogo(pngBytes()); }, [](const Project &p) { return QVariant(p.info.brand.logo); });
    d[u"project.footer"_s]
        = properties([](auto &dlg) { typeInto(byName<QLineEdit>(&dlg, u"Footer text"_s), u"Internal"_s); },
            [](const Project &p) { return QVariant(p.info.brand.footer); });
    d[u"project.evaluation"_s] = properties(
        [](auto &dlg) { typeInto(byName<QPlainTextEdit>(&dlg, u"Evaluation plan"_s), u"Sales after 90 days"_s); },
        [](const Project &p) { return QVariant(p.info.evaluation); });
    d[u"project.max_tools"_s] = properties(
        [](auto &dlg) {
            auto *spin = byName<QSpinBox>(&dlg, u"Most different tools before the advisor warns"_s);
            spin->setFocus();
            QTest::keyClick(spin, Qt::Key_Up);
        },
        [](const Project &p) { return QVariant(p.info.maxTools); });
    d[u"community_rules.rule"_s] = properties(
        [](auto &dlg) {
            auto *rules = byName<QPlainTextEdit>(&dlg, u"Rules of use, one per line"_s);
            rules->setFocus();
            rules->moveCursor(QTextCursor::End);
            QTest::keyClick(rules, Qt::Key_Return);
            QTest::keyClicks(rules, u"Share one news item a week"_s);
        },
        [](const Project &p) { return QVariant(p.info.rules); });
    d[u"muted_rules.rule_id"_s] = [](Document &doc) {
        return changed(
            doc,
            [](Document &dd) {
                FindingsPanel panel(&dd);
                panel.resize(600, 400);
                panel.show();
                REQUIRE(QTest::qWaitForWindowExposed(&panel));
                auto *list = panel.findChild<QListWidget *>(u"findingsList"_s);
                auto *mute = panel.findChild<QToolButton *>(u"muteButton"_s);
                REQUIRE(list);
                REQUIRE(mute);
                REQUIRE(list->count() > 0);
                list->setCurrentRow(0);
                QTest::mouseClick(mute, Qt::LeftButton);
            },
            [](const Project &p) { return QVariant(p.info.mutedRules); });
    };

    // --- moments: the In-class moments table (cells written as their editors write them).
    const auto moment = [](int column, const QVariant &value, int role, std::function<QVariant(const Moment &)> field) {
        return properties([=](auto &dlg) { setCell(dlg.momentsTable(), 0, column, value, role); },
            [field](const Project &p) { return field(p.moments.first()); });
    };
    d[u"moments.name"_s] = moment(0, u"Kick-off day"_s, Qt::EditRole, [](const Moment &m) { return QVariant(m.name); });
    d[u"moments.start"_s] = moment(1, QDateTime(QDate(2027, 2, 22), QTime(8, 30)), Qt::EditRole,
        [](const Moment &m) { return QVariant(m.start); });
    d[u"moments.minutes"_s] = moment(2, 360, Qt::EditRole, [](const Moment &m) { return QVariant(m.minutes); });
    d[u"moments.mode"_s] = properties(
        [](auto &dlg) {
            setChoice(dlg.momentsTable(), 0, 3, int(MomentMode::Virtual), enumLabel(MomentMode::Virtual));
        },
        [](const Project &p) { return QVariant(int(p.moments.first().mode)); });
    d[u"moments.place"_s] = moment(4, u"Room 4.12"_s, Qt::EditRole, [](const Moment &m) { return QVariant(m.place); });

    // --- roles and sub-groups: the Community page.
    d[u"roles.kind"_s] = properties(
        [](auto &dlg) { setChoice(dlg.rolesTable(), 0, 0, int(RoleKind::Buddy), enumLabel(RoleKind::Buddy)); },
        [](const Project &p) { return QVariant(int(p.roles.first().kind)); });
    d[u"roles.custom_kind"_s] = properties(
        [](auto &dlg) {
            setChoice(dlg.rolesTable(), 0, 0, int(RoleKind::Custom), enumLabel(RoleKind::Custom));
            QTableWidgetItem *kindName = dlg.rolesTable()->item(0, 1);
            REQUIRE(kindName);
            CHECK(kindName->flags().testFlag(Qt::ItemIsEditable));
            setCell(dlg.rolesTable(), 0, 1, u"Sponsor"_s);
        },
        [](const Project &p) { return QVariant(p.roles.first().customKind); });
    d[u"roles.name"_s] = properties([](auto &dlg) { setCell(dlg.rolesTable(), 0, 2, u"Nordic champion"_s); },
        [](const Project &p) { return QVariant(p.roles.first().name); });
    d[u"roles.duties"_s] = properties([](auto &dlg) { setCell(dlg.rolesTable(), 0, 3, u"Answers questions"_s); },
        [](const Project &p) { return QVariant(p.roles.first().duties); });
    d[u"subgroups.name"_s] = properties([](auto &dlg) { setCell(dlg.subGroupsTable(), 0, 0, u"Team South"_s); },
        [](const Project &p) { return QVariant(p.subgroups.first().name); });
    d[u"subgroups.mission"_s]
        = properties([](auto &dlg) { setCell(dlg.subGroupsTable(), 0, 1, u"Collect objections"_s); },
            [](const Project &p) { return QVariant(p.subgroups.first().mission); });
    d[u"subgroups.objective_id"_s] = properties(
        [](auto &dlg) { setChoice(dlg.subGroupsTable(), 0, 2, QVariant::fromValue(ObjectiveId), u"Pitch"_s); },
        [](const Project &p) { return QVariant::fromValue(p.subgroups.first().objectiveId); });
    d[u"subgroups.members"_s] = properties([](auto &dlg) { setCell(dlg.subGroupsTable(), 0, 3, 8); },
        [](const Project &p) { return QVariant(p.subgroups.first().members); });

    // --- tools: the tool catalogue's edit dialog.
    const auto toolText = [](const QString &name, const QString &value, std::function<QVariant(const Tool &)> field) {
        return toolEditor(
            [=](ToolEditDialog *edit) {
                QWidget *w = name == u"Name"_s ? static_cast<QWidget *>(edit->nameEdit())
                                               : static_cast<QWidget *>(byName<QWidget>(edit, name));
                if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
                    plain->setFocus();
                    plain->selectAll();
                    QTest::keyClicks(plain, value);
                } else {
                    typeInto(w, value);
                }
            },
            field);
    };
    d[u"tools.name"_s] = toolText(u"Name"_s, u"Company LMS"_s, [](const Tool &t) { return QVariant(t.name); });
    d[u"tools.url"_s]
        = toolText(u"Web address"_s, u"https://lms.example"_s, [](const Tool &t) { return QVariant(t.url); });
    d[u"tools.description"_s]
        = toolText(u"Description"_s, u"The client's LMS"_s, [](const Tool &t) { return QVariant(t.description); });
    d[u"tools.benefit"_s]
        = toolText(u"Learner benefit"_s, u"Learn at your pace"_s, [](const Tool &t) { return QVariant(t.benefit); });
    d[u"tools.access"_s] = toolText(u"Access notes"_s, u"SSO"_s, [](const Tool &t) { return QVariant(t.access); });
    d[u"tool_setup_steps.step"_s]
        = toolText(u"Setup checklist"_s, u"Enrol the group"_s, [](const Tool &t) { return QVariant(t.setup); });
    d[u"tools.cost"_s] = toolEditor(
        [](ToolEditDialog *edit) {
            auto *cost = byName<QComboBox>(edit, u"Cost"_s);
            REQUIRE(cost->lineEdit());
            typeInto(cost->lineEdit(), u"licensed per seat"_s);
        },
        [](const Tool &t) { return QVariant(t.cost); });
    d[u"tools.type"_s] = toolEditor(
        [](ToolEditDialog *edit) {
            auto *type = byName<QComboBox>(edit, u"Type"_s);
            const int video = type->findData(int(ToolType::Video));
            const int elearning = type->findData(int(ToolType::ELearning));
            REQUIRE(video >= 0); // the new tool types are offered
            REQUIRE(elearning >= 0);
            chooseByKeys(type, type->currentIndex() == video ? elearning : video);
        },
        [](const Tool &t) { return QVariant(int(t.type)); });
    const auto toolFlag = [](const QString &fragment, std::function<QVariant(const Tool &)> field) {
        return toolEditor([=](ToolEditDialog *edit) { clickIndicator(checkBoxWithText(edit, fragment)); }, field);
    };
    d[u"tools.synchronous"_s] = toolFlag(u"same time"_s, [](const Tool &t) { return QVariant(t.synchronous); });
    d[u"tools.needs_account"_s] = toolFlag(u"account"_s, [](const Tool &t) { return QVariant(t.needsAccount); });
    d[u"tools.often_blocked"_s] = toolFlag(u"block it"_s, [](const Tool &t) { return QVariant(t.oftenBlocked); });
    d[u"tools.client_provided"_s] = toolFlag(u"already provides"_s, [](const Tool &t) { return QVariant(t.clientProvided); });
    d[u"tool_directions.direction"_s] = toolEditor(
        [](ToolEditDialog *edit) {
            auto *box = byName<QCheckBox>(edit, u"Supports %1"_s.arg(enumLabel(Direction::ManyToOne)));
            clickIndicator(box);
        },
        [](const Tool &t) {
            QVariantList out;
            for (Direction dir : t.directions)
                out.append(int(dir));
            return QVariant(out);
        });
    d[u"tools.status"_s] = toolEditor(
        [](ToolEditDialog *edit) {
            auto *status = byName<QComboBox>(edit, u"Status"_s);
            chooseByKeys(status, status->findData(int(ToolStatus::Retired)));
        },
        [](const Tool &t) { return QVariant(int(t.status)); });
    d[u"tools.replacement"_s] = toolEditor(
        [](ToolEditDialog *edit) {
            auto *status = byName<QComboBox>(edit, u"Status"_s);
            chooseByKeys(status, status->findData(int(ToolStatus::Retired)));
            auto *replacement = byName<QComboBox>(edit, u"Replacement"_s);
            REQUIRE(replacement->count() > 1);
            chooseByKeys(replacement, 1);
        },
        [](const Tool &t) { return QVariant(t.replacement); });

    // --- objectives: the objective inspector.
    const auto objectiveText = [](std::function<QWidget *(ObjectiveInspector &)> field, const QString &value,
                                   std::function<QVariant(const Objective &)> read) {
        return objectiveInspector([=](ObjectiveInspector &i) { typeInto(field(i), value); }, read);
    };
    d[u"objectives.statement"_s] = objectiveText([](auto &i) { return i.statementEdit(); }, u" with a rubric"_s,
        [](const Objective &o) { return QVariant(o.statement); });
    d[u"objectives.measure"_s] = objectiveText([](auto &i) { return i.measureEdit(); }, u"3 of 4 on the rubric"_s,
        [](const Objective &o) { return QVariant(o.measure); });
    d[u"objectives.notes"_s] = objectiveText([](auto &i) { return i.notesEdit(); }, u"Ask the sales director"_s,
        [](const Objective &o) { return QVariant(o.notes); });
    d[u"objectives.instrument_name"_s] = objectiveText([](auto &i) { return i.instrumentNameEdit(); },
        u"Pitch rubric"_s, [](const Objective &o) { return QVariant(o.instrument.name); });
    d[u"objectives.instrument_description"_s] = objectiveText([](auto &i) { return i.instrumentDescriptionEdit(); },
        u"Four criteria, scored 1-4"_s, [](const Objective &o) { return QVariant(o.instrument.description); });
    // "Attach file…" once the file dialog has given the path.
    const auto attach = [](ObjectiveInspector &i) {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(u"pitch-rubric.pdf"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 rubric");
        file.close();
        REQUIRE(i.attachButton()->isEnabled());
        CHECK(i.attachFile(path));
    };
    d[u"objectives.instrument_file_name"_s]
        = objectiveInspector(attach, [](const Objective &o) { return QVariant(o.instrument.fileName); });
    d[u"objectives.instrument_file"_s]
        = objectiveInspector(attach, [](const Objective &o) { return QVariant(o.instrument.fileData); });

    // --- activities: the activity inspector.
    const auto activityText = [](std::function<QWidget *(ActivityInspector &)> field, const QString &value,
                                  std::function<QVariant(const Activity &)> read) {
        return inspector([=](ActivityInspector &i) { typeInto(field(i), value); }, read);
    };
    d[u"activities.title"_s] = activityText([](auto &i) { return i.titleEdit(); }, u"Watch and note"_s,
        [](const Activity &a) { return QVariant(a.title); });
    d[u"activities.instructions"_s]
        = activityText([](auto &i) { return byName<QPlainTextEdit>(&i, u"Instructions"_s); }, u"Note three claims"_s,
            [](const Activity &a) { return QVariant(a.instructions); });
    d[u"activities.deliverable"_s] = activityText([](auto &i) { return byName<QLineEdit>(&i, u"Deliverable"_s); },
        u"Three notes"_s, [](const Activity &a) { return QVariant(a.deliverable); });
    d[u"activities.benefit"_s] = activityText([](auto &i) { return byName<QPlainTextEdit>(&i, u"Learner benefit"_s); },
        u"Be ready"_s, [](const Activity &a) { return QVariant(a.benefit); });
    d[u"activities.duration_min"_s] = activityText([](auto &i) { return i.durationEdit(); }, u"20-45"_s,
        [](const Activity &a) { return QVariant(a.duration.min); });
    d[u"activities.duration_max"_s] = activityText([](auto &i) { return i.durationEdit(); }, u"20-45"_s,
        [](const Activity &a) { return QVariant(a.duration.max); });
    d[u"activities.led_by_name"_s] = inspector(
        [](ActivityInspector &i) {
            chooseByKeys(i.ledByCombo(), indexOfText(i.ledByCombo(), u"Other role"_s));
            REQUIRE(i.ledByNameEdit()->isEnabled());
            typeInto(i.ledByNameEdit(), u"Sales director"_s);
        },
        [](const Activity &a) { return QVariant(a.ledByName); });
    d[u"activities.phase"_s]
        = inspector([](ActivityInspector &i) { i.phaseToggle()->button(int(Phase::PostClass))->click(); },
            [](const Activity &a) { return QVariant(int(a.phase)); });
    d[u"activities.direction"_s]
        = inspector([](ActivityInspector &i) { i.directionToggle()->button(int(Direction::ManyToMany))->click(); },
            [](const Activity &a) { return QVariant(int(a.direction)); });
    d[u"activities.tool_id"_s] = inspector(
        [](ActivityInspector &i) {
            typeInto(i.toolPicker()->lineEdit(), u"Zoom"_s);
            QTest::keyClick(i.toolPicker()->lineEdit(), Qt::Key_Return);
        },
        [](const Activity &a) { return QVariant::fromValue(a.toolId); });
    d[u"activities.no_tool"_s] = inspector(
        [](ActivityInspector &i) {
            QLineEdit *edit = i.toolPicker()->lineEdit();
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_Down);
            REQUIRE(i.toolPicker()->isPopupVisible());
            QAbstractItemModel *model = i.toolPicker()->popup()->model();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(ToolSuggestionDelegate::KindRole).toInt()
                    == ToolSuggestionDelegate::InRoomRow)
                    break;
                else
                    QTest::keyClick(edit, Qt::Key_Down);
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](const Activity &a) { return QVariant(a.noTool); });
    const auto combo = [](const QString &name, std::function<int(QComboBox *)> target,
                           std::function<QVariant(const Activity &)> read) {
        return inspector(
            [=](ActivityInspector &i) {
                auto *c = byName<QComboBox>(&i, name);
                chooseByKeys(c, target(c));
            },
            read);
    };
    d[u"activities.grouping"_s] = combo(
        u"Grouping"_s, [](QComboBox *c) { return c->findData(int(Grouping::Pairs)); },
        [](const Activity &a) { return QVariant(int(a.grouping)); });
    d[u"activities.assessment"_s] = combo(
        u"Assessment"_s, [](QComboBox *c) { return c->findData(int(Assessment::Formative)); },
        [](const Activity &a) { return QVariant(int(a.assessment)); });
    d[u"activities.moment_id"_s] = combo(
        u"In-class moment"_s, [](QComboBox *c) { return c->findData(QVariant::fromValue(MomentB)); },
        [](const Activity &a) { return QVariant::fromValue(a.momentId); });
    d[u"activities.led_by"_s] = combo(
        u"Led by"_s, [](QComboBox *c) { return indexOfText(c, enumLabel(LedBy::Expert)); },
        [](const Activity &a) { return QVariant(int(a.ledBy)); });
    d[u"activities.led_by_role_id"_s] = combo(
        u"Led by"_s, [](QComboBox *c) { return indexOfText(c, u"Country champion"_s); },
        [](const Activity &a) { return QVariant::fromValue(a.ledByRoleId); });
    d[u"activities.offset_days"_s] = inspector(
        [](ActivityInspector &i) {
            auto *offset = byName<QSpinBox>(&i, u"Due, in days before or after the moment"_s);
            REQUIRE(offset->isEnabled());
            offset->setFocus();
            QTest::keyClick(offset, Qt::Key_Up);
        },
        [](const Activity &a) { return QVariant(a.offsetDays); });
    const auto weekly = [](ActivityInspector &i) {
        chooseByKeys(i.repeatCombo(), i.repeatCombo()->findData(int(RecurrenceUnit::Weeks)));
    };
    d[u"activities.recurrence_unit"_s]
        = inspector(weekly, [](const Activity &a) { return QVariant(int(a.recurrence.unit)); });
    d[u"activities.recurrence_interval"_s] = inspector(
        [weekly](ActivityInspector &i) {
            weekly(i);
            REQUIRE(i.intervalSpin()->isEnabled());
            i.intervalSpin()->setFocus();
            QTest::keyClick(i.intervalSpin(), Qt::Key_Up);
        },
        [](const Activity &a) { return QVariant(a.recurrence.interval); });
    d[u"activities.recurrence_count"_s] = inspector(
        [weekly](ActivityInspector &i) {
            weekly(i);
            REQUIRE(i.countSpin()->isEnabled());
            typeInto(i.countSpin(), QString());
            i.countSpin()->selectAll();
            QTest::keyClicks(i.countSpin(), u"8"_s);
        },
        [](const Activity &a) { return QVariant(a.recurrence.count); });
    d[u"activities.recurrence_until"_s] = inspector(
        [weekly](ActivityInspector &i) {
            weekly(i);
            QTest::mouseClick(i.endOnButton(), Qt::LeftButton);
            REQUIRE(i.untilEdit()->isEnabled());
        },
        [](const Activity &a) { return QVariant(a.recurrence.until); });
    return d;
}

// Columns that hold no field of their own, with the reason.
std::map<QString, QString> exemptions()
{
    return {
        { u"project.id"_s, u"the one project row's key"_s },
        { u"community_rules.position"_s, u"list order, set by the order of the lines"_s },
        { u"muted_rules.position"_s, u"list order"_s },
        { u"moments.id"_s, u"identity"_s },
        { u"moments.position"_s, u"list order (Move up / Move down)"_s },
        { u"tools.id"_s, u"identity"_s },
        { u"tools.position"_s, u"list order"_s },
        { u"tool_directions.tool_id"_s, u"foreign key: the tool the row belongs to"_s },
        { u"tool_directions.position"_s, u"list order"_s },
        { u"tool_setup_steps.tool_id"_s, u"foreign key: the tool the row belongs to"_s },
        { u"tool_setup_steps.position"_s, u"list order, set by the order of the lines"_s },
        { u"objectives.id"_s, u"identity"_s },
        { u"objectives.position"_s, u"list order (drag, Ctrl+Up/Down; test_dragdrop)"_s },
        { u"activities.id"_s, u"identity"_s },
        { u"activities.objective_id"_s, u"structure: the objective the card sits under (moves; test_dragdrop)"_s },
        { u"activities.position"_s, u"list order (moves; test_dragdrop)"_s },
        { u"subgroups.id"_s, u"identity"_s },
        { u"subgroups.position"_s, u"list order"_s },
        { u"roles.id"_s, u"identity"_s },
        { u"roles.position"_s, u"list order"_s },
        { u"agenda_items.id"_s, u"identity"_s },
        { u"versions.id"_s, u"identity"_s },
        { u"versions.position"_s, u"list order (oldest first, as marked)"_s },
        { u"versions.snapshot"_s, u"the plan as it was when marked (made by Mark Version)"_s },
        { u"activity_guesses.activity_id"_s, u"set only by File ▸ Import… (ImportRunner → applyGuessMarks; test_cfabc \"[import]\"), cleared by editing the field (test_commands) or the advisor fix \"Keep it\" (test_rules)"_s },
        { u"activity_guesses.position"_s, u"set only by File ▸ Import… (ImportRunner → applyGuessMarks; test_cfabc \"[import]\"), cleared by editing the field (test_commands) or the advisor fix \"Keep it\" (test_rules)"_s },
        { u"activity_guesses.field"_s, u"set only by File ▸ Import… (ImportRunner → applyGuessMarks; test_cfabc \"[import]\"), cleared by editing the field (test_commands) or the advisor fix \"Keep it\" (test_rules)"_s },
        { u"activity_guesses.reason"_s, u"set only by File ▸ Import… (ImportRunner → applyGuessMarks; test_cfabc \"[import]\"), cleared by editing the field (test_commands) or the advisor fix \"Keep it\" (test_rules)"_s },
        { u"library_origins.position"_s, u"written by the team library's patterns/templates/sync (ui/library), driven in tests/ui/test_library*.cpp"_s },
        { u"library_origins.kind"_s, u"written by the team library's patterns/templates/sync (ui/library), driven in tests/ui/test_library*.cpp"_s },
        { u"library_origins.library_id"_s, u"written by the team library's patterns/templates/sync (ui/library), driven in tests/ui/test_library*.cpp"_s },
        { u"library_origins.row_version"_s, u"written by the team library's patterns/templates/sync (ui/library), driven in tests/ui/test_library*.cpp"_s },
        { u"library_origins.local_id"_s, u"written by the team library's patterns/templates/sync (ui/library), driven in tests/ui/test_library*.cpp"_s },
    };
}

// Schema version 3 adds these columns for the new fields; this branch may still have
// version 2, so the test expects them whether or not Schema::tables() has them yet.
std::map<QString, QStringList> schemaV3Columns()
{
    return {
        { u"activities"_s,
            { u"no_tool"_s, u"led_by_role_id"_s, u"led_by_name"_s, u"recurrence_unit"_s, u"recurrence_interval"_s,
                u"recurrence_count"_s, u"recurrence_until"_s } },
        { u"objectives"_s,
            { u"instrument_name"_s, u"instrument_description"_s, u"instrument_file_name"_s, u"instrument_file"_s } },
        { u"roles"_s, { u"custom_kind"_s } },
        { u"agenda_items"_s, { u"moment_id"_s, u"position"_s, u"kind"_s, u"activity_id"_s, u"title"_s, u"minutes"_s } },
    };
}


QStringList schemaColumns()
{
    QStringList out;
    for (const DbTable &t : Schema::tables())
        for (const DbColumn &c : t.columns())
            out.append(t.name() + u'.' + c.name);
    for (const auto &[table, columns] : schemaV3Columns())
        for (const QString &c : columns)
            if (!out.contains(table + u'.' + c))
                out.append(table + u'.' + c);
    return out;
}

} // namespace

TEST_CASE("Every column of the project file is a field a widget of the studio can set", "[ui][fieldcoverage]")
{
    const auto all = drivers();
    const auto exempt = exemptions();
    const QStringList columns = schemaColumns();
    REQUIRE(columns.size() > 80);

    int driven = 0;
    for (const QString &column : columns) {
        if (exempt.count(column))
            continue;
        const auto driver = all.find(column);
        if (driver == all.end()) {
            FAIL_CHECK("no widget sets " << column.toStdString() << ": add a driver, or an exemption with a reason");
            continue;
        }
        Document doc(coverageProject());
        const bool changedIt = driver->second(doc);
        INFO("column " << column.toStdString());
        CHECK(changedIt);
        ++driven;
    }
    CHECK(driven > 60);
}

TEST_CASE("The field coverage test names only columns that exist", "[ui][fieldcoverage]")
{
    const QStringList columns = schemaColumns();
    for (const auto &[column, driver] : drivers()) {
        INFO("driver " << column.toStdString());
        CHECK(columns.contains(column));
    }
    for (const auto &[column, reason] : exemptions()) {
        INFO("exemption " << column.toStdString());
        CHECK(columns.contains(column));
        CHECK_FALSE(reason.isEmpty());
        CHECK_FALSE(drivers().count(column));
    }
}
