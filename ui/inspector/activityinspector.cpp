// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityinspector.h"

#include "document/document.h"
#include "inlinemessage.h"
#include "inspectorform.h"
#include "objectiveinspector.h"
#include "offsetspinbox.h"
#include "theme.h"
#include "togglegroup.h"
#include "toolpicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bw::ui {

using namespace inspector;

namespace {
template <typename E> QComboBox *enumCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    return combo;
}

} // namespace

ActivityInspector::ActivityInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Inspector"));

    // Page 0: nothing selected. Say what the panel is for rather than showing a dead form.
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(icon(QStringLiteral("activity")).pixmap(QSize(48, 48), devicePixelRatio()));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("<p><b>Nothing selected</b></p>"
                                    "<p>Select an objective to write its measure and assessment here, or an "
                                    "activity on the board to set its phase, direction, tool, duration and "
                                    "texts.</p>"),
        empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    // Pages 1 and 2: the activity's and the objective's forms, scrollable so that a short dock
    // never hides a field. Scroll up and down only: the dock never gets narrower than the form.
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        page->setParent(scroll);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        return scroll;
    };
    auto *page = new QWidget;
    buildForm(page);
    QScrollArea *activityScroll = scrolled(page);
    m_objective = new ObjectiveInspector(m_doc);
    QScrollArea *objectiveScroll = scrolled(m_objective);
    // One label column for both pages: going from an objective to an activity and back leaves
    // the fields where they were.
    alignLabelColumns({ m_form, m_objective->form() });
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2;
    const int width = std::max(page->minimumSizeHint().width(), m_objective->minimumSizeHint().width()) + scrollBar;
    activityScroll->setMinimumWidth(width);
    objectiveScroll->setMinimumWidth(width);
    new WheelGuard(activityScroll);
    new WheelGuard(objectiveScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Esc hands the keyboard back: to the card on the board for an activity, to wherever the
    // focus came from for an objective. The tool picker keeps Esc while it is searching (it
    // claims the key through ShortcutOverride).
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leave, &QShortcut::activated, this, [this] {
        if (currentPage() == ObjectivePage && m_returnFocus && m_returnFocus->isVisible() && m_returnFocus->isEnabled()) {
            m_returnFocus->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        Q_EMIT leaveRequested();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        // Inside means in this widget or in one of its popups (a combo box's list, the tool
        // picker's suggestions), which are windows of their own.
        const auto inside = [this](const QWidget *w) {
            for (; w; w = w->parentWidget())
                if (w == this)
                    return true;
            return false;
        };
        if (inside(now) && !inside(old) && !(old && old->window()->windowType() == Qt::Popup))
            m_returnFocus = old;
        // A field reached by the keyboard (a mnemonic such as Alt+E for Repeats, Tab) scrolls
        // into view; a click leaves the form where it is, so nothing moves under the pointer.
        if (inside(now) && QApplication::mouseButtons() == Qt::NoButton)
            for (QWidget *w = now->parentWidget(); w && w != this; w = w->parentWidget())
                if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                    scroll->ensureWidgetVisible(now, 0, 0);
                    break;
                }
    });

    connect(m_doc, &Document::activityChanged, this, [this](Id id) {
        if (id == m_id)
            refresh();
    });
    connect(m_doc, &Document::activityRemoved, this, [this](Id, int, Id id) {
        if (id == m_id)
            setActivity(0);
    });
    connect(m_doc, &Document::projectReset, this, [this] {
        m_objective->setObjective(m_doc->project().objective(m_objective->objective()) ? m_objective->objective() : 0);
        setActivity(m_doc->project().activity(m_id) ? m_id : 0);
    });
    connect(m_doc, &Document::objectiveRemoved, this, [this] { refresh(); });
    connect(m_doc, &Document::momentsChanged, this, &ActivityInspector::refresh);
    connect(m_doc, &Document::rolesChanged, this, &ActivityInspector::refresh);
    connect(m_doc, &Document::infoChanged, this, &ActivityInspector::refresh); // the language dates show in
    connect(m_doc, &Document::toolChanged, this, &ActivityInspector::refresh);
    connect(m_doc, &Document::toolRemoved, this, &ActivityInspector::refresh);
    // An undo, a redo or anyone else's edit ends the typing session: the next keystroke must
    // start a new undo step instead of merging into a command that is no longer on top.
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            m_typingField = nullptr;
    });

    setActivity(0);
}

void ActivityInspector::buildForm(QWidget *page)
{
    m_form = newForm(page);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &toolTip) {
        return inspector::addRow(m_form, page, label, field, toolTip);
    };

    m_title = new QLineEdit(page);
    m_title->setPlaceholderText(tr("What learners do, e.g. “Share a risk you met”"));
    addRow(tr("&Title:"), m_title, tr("A short name for the activity, shown on the board and in the plan."));
    connect(m_title, &QLineEdit::textEdited, this,
        [this](const QString &text) { edit([&](Activity &a) { a.title = text; }, m_title); });

    m_instructions = textBox(page, 4);
    m_instructions->setPlaceholderText(tr("Step-by-step instructions for learners"));
    addRow(tr("&Instructions:"), m_instructions, tr("What learners are asked to do, printed in the plan."));
    connect(m_instructions, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Activity &a) { a.instructions = m_instructions->toPlainText(); }, m_instructions);
    });

    m_phase = new ToggleGroup(page);
    m_phase->addChoice(int(Phase::PreClass), Theme::phaseIcon(Phase::PreClass), enumLabel(Phase::PreClass),
        tr("Before learners meet: preparation that needs no trainer in the room"));
    m_phase->addChoice(int(Phase::InClass), Theme::phaseIcon(Phase::InClass), enumLabel(Phase::InClass),
        tr("While learners are together: coaching, feedback and practice"));
    m_phase->addChoice(int(Phase::PostClass), Theme::phaseIcon(Phase::PostClass), enumLabel(Phase::PostClass),
        tr("After the class: follow-up, application and reflection"));
    addRow(tr("&Phase:"), m_phase, tr("When the activity happens. Arrow keys move between the choices."));
    connect(m_phase, &ToggleGroup::chosen, this,
        [this](int value) { edit([value](Activity &a) { a.phase = Phase(value); }); });

    m_direction = new ToggleGroup(page);
    const QStringList directionTips = {
        tr("Content goes out from the trainer to the learners (Alt+1)"),
        tr("Learners report back to the trainer (Alt+2)"),
        tr("Learners share with each other (Alt+3)"),
    };
    const auto directions = enumValues<Direction>();
    for (int i = 0; i < directions.size(); ++i) {
        const Direction d = directions.at(i);
        m_direction->addChoice(int(d), Theme::directionIcon(d), enumLabel(d), directionTips.value(i));
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, d] { chooseDirection(d); });
    }
    addRow(tr("&Direction:"), m_direction,
        tr("Who talks to whom. Alt+1, Alt+2 and Alt+3 choose while the inspector has the focus."));
    connect(m_direction, &ToggleGroup::chosen, this, [this](int value) { chooseDirection(Direction(value)); });

    m_tool = new ToolPicker(m_doc, page);
    addRow(tr("T&ool:"), m_tool, tr("The tool that carries the activity. Type to search; tools that fit come first."));

    m_duration = new QLineEdit(page);
    m_duration->setPlaceholderText(tr("Minutes, e.g. 30 or 10-15"));
    m_durationProblem = new InlineMessage(page);
    // The message keeps its place while it has nothing to say, so the fields below never jump.
    QSizePolicy problemPolicy = m_durationProblem->sizePolicy();
    problemPolicy.setRetainSizeWhenHidden(true);
    m_durationProblem->setSizePolicy(problemPolicy);
    auto *durationBox = new QWidget(page);
    auto *durationLayout = new QVBoxLayout(durationBox);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    durationLayout->setSpacing(2);
    durationLayout->addWidget(m_duration);
    durationLayout->addWidget(m_durationProblem);
    auto *durationLabel = addRow(tr("D&uration:"), durationBox, QString());
    durationLabel->setBuddy(m_duration);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setToolTip(tr("Minutes learners spend on it: a number (30) or a range (10-15)."));
    connect(m_duration, &QLineEdit::textEdited, this, &ActivityInspector::editDuration);

    m_grouping = enumCombo<Grouping>(page);
    addRow(tr("&Grouping:"), m_grouping, tr("How learners work: alone, in pairs, in sub-groups or as a whole group."));
    connect(m_grouping, &QComboBox::activated, this, [this](int index) {
        const auto value = Grouping(m_grouping->itemData(index).toInt());
        edit([value](Activity &a) { a.grouping = value; });
    });

    // The fixed leaders, then the project's community roles, then a free role named below.
    m_ledBy = new QComboBox(page);
    m_ledBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ledBy->setMinimumContentsLength(12);
    addRow(tr("&Led by:"), m_ledBy,
        tr("Who runs the activity: a fixed leader, one of the project's community roles, or any other role."));
    connect(m_ledBy, &QComboBox::activated, this, [this](int index) {
        const auto value = LedBy(m_ledBy->itemData(index, LedByRole).toInt());
        const Id roleId = m_ledBy->itemData(index, LedByRoleIdRole).value<Id>();
        m_typingField = nullptr;
        edit([value, roleId](Activity &a) {
            a.ledBy = value;
            a.ledByRoleId = value == LedBy::Role ? roleId : 0;
            if (value != LedBy::Other)
                a.ledByName.clear();
        });
        if (value == LedBy::Other)
            m_ledByName->setFocus(Qt::OtherFocusReason);
    });

    m_ledByName = new QLineEdit(page);
    m_ledByName->setPlaceholderText(tr("e.g. Sales director, L&D contact"));
    addRow(tr("Ot&her role:"), m_ledByName, QString());
    m_ledByName->setAccessibleName(tr("Other role that leads the activity"));
    connect(m_ledByName, &QLineEdit::textEdited, this,
        [this](const QString &text) { edit([&](Activity &a) { a.ledByName = text; }, m_ledByName); });

    m_deliverable = new QLineEdit(page);
    m_deliverable->setPlaceholderText(tr("What learners hand in or produce"));
    addRow(tr("Delive&rable:"), m_deliverable, tr("The tangible result of the activity, if any."));
    connect(m_deliverable, &QLineEdit::textEdited, this,
        [this](const QString &text) { edit([&](Activity &a) { a.deliverable = text; }, m_deliverable); });

    m_benefit = textBox(page, 2);
    m_benefit->setPlaceholderText(tr("Why this tool helps the learner"));
    m_useBenefit = new QPushButton(icon(QStringLiteral("suggestion")), tr("U&se the tool's suggested benefit"), page);
    m_useBenefit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // Never hidden: a row that comes and goes would move every field below it.
    auto *benefitBox = new QWidget(page);
    auto *benefitLayout = new QVBoxLayout(benefitBox);
    benefitLayout->setContentsMargins(0, 0, 0, 0);
    benefitLayout->setSpacing(3);
    benefitLayout->addWidget(m_benefit);
    benefitLayout->addWidget(m_useBenefit);
    auto *benefitLabel = addRow(tr("Learner &benefit:"), benefitBox, QString());
    benefitLabel->setBuddy(m_benefit);
    m_benefit->setAccessibleName(tr("Learner benefit"));
    m_benefit->setToolTip(tr("Told to learners so that they see why the tool is worth their time."));
    connect(m_benefit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Activity &a) { a.benefit = m_benefit->toPlainText(); }, m_benefit);
    });
    connect(m_useBenefit, &QPushButton::clicked, this, [this] {
        const Activity *a = current();
        const Tool *tool = a ? m_doc->project().tool(a->toolId) : nullptr;
        if (tool)
            edit([tool](Activity &act) { act.benefit = tool->benefit; });
    });

    m_assessment = enumCombo<Assessment>(page);
    addRow(tr("&Assessment:"), m_assessment, tr("Whether the activity is assessed, and how."));
    connect(m_assessment, &QComboBox::activated, this, [this](int index) {
        const auto value = Assessment(m_assessment->itemData(index).toInt());
        edit([value](Activity &a) { a.assessment = value; });
    });

    m_moment = new QComboBox(page);
    addRow(tr("In-class &moment:"), m_moment, tr("The class session the activity belongs to or prepares for."));
    connect(m_moment, &QComboBox::activated, this, [this](int index) {
        const Id value = m_moment->itemData(index).value<Id>();
        edit([value](Activity &a) { a.momentId = value; });
    });

    m_offset = new OffsetSpinBox(page);
    addRow(tr("Whe&n due:"), m_offset, QString());
    m_offset->setAccessibleName(tr("Due, in days before or after the moment"));
    connect(m_offset, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_refreshing)
            edit([value](Activity &a) { a.offsetDays = value; }, m_offset);
    });

    buildRecurrence(page);

    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_instructions, m_duration, m_ledByName,
             m_deliverable, m_benefit, m_offset, m_interval, m_count })
        w->installEventFilter(this);
}

void ActivityInspector::buildRecurrence(QWidget *page)
{
    // "Every week for 8 weeks": one activity that repeats. Every control is always there and
    // enabled only when it applies, so choosing a repetition moves nothing.
    m_repeat = new QComboBox(page);
    m_repeat->addItem(tr("Does not repeat"), int(RecurrenceUnit::None));
    m_repeat->addItem(tr("Every N days"), int(RecurrenceUnit::Days));
    m_repeat->addItem(tr("Every N weeks"), int(RecurrenceUnit::Weeks));
    m_interval = new QSpinBox(page);
    m_interval->setRange(1, 365);
    m_interval->setPrefix(tr("every "));
    m_interval->setAccessibleName(tr("Repeat every N days or weeks"));
    m_interval->setToolTip(tr("How many days or weeks lie between two occurrences."));
    auto *repeatBox = new QWidget(page);
    auto *repeatLayout = new QHBoxLayout(repeatBox);
    repeatLayout->setContentsMargins(0, 0, 0, 0);
    repeatLayout->setSpacing(4);
    repeatLayout->addWidget(m_repeat, 3);
    repeatLayout->addWidget(m_interval, 2);
    auto *repeatLabel = addRow(m_form, page, tr("R&epeats:"), repeatBox, QString());
    repeatLabel->setBuddy(m_repeat);
    m_repeat->setAccessibleName(tr("Repeats"));
    m_repeat->setToolTip(tr("Whether the activity happens once or repeats, e.g. every week for 8 weeks."));
    connect(m_repeat, &QComboBox::activated, this, [this](int index) {
        const auto unit = RecurrenceUnit(m_repeat->itemData(index).toInt());
        m_typingField = nullptr;
        edit([unit](Activity &a) {
            Recurrence &r = a.recurrence;
            r.unit = unit;
            if (unit == RecurrenceUnit::None) {
                r = Recurrence {};
                return;
            }
            r.interval = std::max(1, r.interval);
            if (r.count <= 0 && !r.until.isValid())
                r.count = 4;
        });
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int value) {
        updateSuffixes();
        if (!m_refreshing)
            edit([value](Activity &a) { a.recurrence.interval = value; }, m_interval);
    });

    m_endAfter = new QRadioButton(tr("a&fter"), page);
    m_endAfter->setAccessibleName(tr("Ends after a number of times"));
    m_count = new QSpinBox(page);
    m_count->setRange(1, 999);

    m_count->setAccessibleName(tr("Number of times in all"));
    m_count->setToolTip(tr("How many times the activity happens in all, the first one included."));
    m_endOn = new QRadioButton(tr("on"), page);
    m_endOn->setAccessibleName(tr("Ends on a date"));
    m_until = new QDateEdit(page);
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("Last date"));
    m_until->setToolTip(tr("The last day the activity can happen."));
    auto *endsBox = new QWidget(page);
    auto *endsLayout = new QGridLayout(endsBox);
    endsLayout->setContentsMargins(0, 0, 0, 0);
    endsLayout->setHorizontalSpacing(4);
    endsLayout->setVerticalSpacing(3);
    endsLayout->addWidget(m_endAfter, 0, 0);
    endsLayout->addWidget(m_count, 0, 1);
    endsLayout->addWidget(m_endOn, 1, 0);
    endsLayout->addWidget(m_until, 1, 1);
    endsLayout->setColumnStretch(1, 1);
    // "Ends" has no letter left for a mnemonic of its own; the first choice carries one (Alt+F).
    auto *endsLabel = addRow(m_form, page, tr("Ends:"), endsBox, QString());
    endsLabel->setBuddy(m_endAfter);
    endsBox->setAccessibleName(tr("Ends"));
    m_endAfter->setToolTip(tr("The activity ends after a number of times."));
    m_endOn->setToolTip(tr("The activity repeats until a date."));

    connect(m_endAfter, &QRadioButton::clicked, this, [this] {
        m_typingField = nullptr;
        const int count = m_count->value();
        edit([count](Activity &a) {
            a.recurrence.count = count;
            a.recurrence.until = QDate();
        });
    });
    connect(m_endOn, &QRadioButton::clicked, this, [this] {
        m_typingField = nullptr;
        const QDate until = m_until->date();
        edit([until](Activity &a) {
            a.recurrence.count = 0;
            a.recurrence.until = until;
        });
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        updateSuffixes();
        if (!m_refreshing)
            edit([value](Activity &a) { a.recurrence.count = value; }, m_count);
    });
    connect(m_until, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_refreshing)
            edit([date](Activity &a) {
                if (a.recurrence.count == 0)
                    a.recurrence.until = date;
            });
    });
}

const Activity *ActivityInspector::current() const
{
    return m_id ? m_doc->project().activity(m_id) : nullptr;
}

void ActivityInspector::setActivity(Id id)
{
    m_id = m_doc->project().activity(id) ? id : 0;
    m_typingField = nullptr;
    m_tool->setActivity(m_id);
    m_durationProblem->setText(QString());
    refresh();
}

void ActivityInspector::setObjective(Id id)
{
    m_objective->setObjective(id);
    refresh();
}

void ActivityInspector::showObjective(Id id)
{
    m_objective->setObjective(id);
    setActivity(0);
}

ActivityInspector::Page ActivityInspector::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void ActivityInspector::refresh()
{
    if (m_pushing)
        return; // edit() refreshes once its step is on the stack
    const Activity *a = current();
    const bool objective = !a && m_doc->project().objective(m_objective->objective());
    m_stack->setCurrentIndex(a ? ActivityPage : objective ? ObjectivePage : EmptyPage);
    if (!a)
        return;

    m_refreshing = true;
    setLineText(m_title, a->title);
    setPlainText(m_instructions, a->instructions);
    m_phase->setValue(a->phase == Phase::Unset ? -1 : int(a->phase));
    m_direction->setValue(a->direction == Direction::Unset ? -1 : int(a->direction));
    // "10 - 15" typed and stored as 10-15 is the same value: leave the user's spelling alone.
    if (!(m_duration->hasFocus() && Duration::fromString(m_duration->text()) == a->duration)) {
        setLineText(m_duration, a->duration.toKey());
        m_durationProblem->setText(QString());
    }
    m_grouping->setCurrentIndex(m_grouping->findData(int(a->grouping)));
    refreshLeaders(*a);
    setLineText(m_ledByName, a->ledByName);
    setLineText(m_deliverable, a->deliverable);
    setPlainText(m_benefit, a->benefit);
    m_assessment->setCurrentIndex(m_assessment->findData(int(a->assessment)));
    refreshMoments(*a);
    if (m_offset->value() != a->offsetDays)
        m_offset->setValue(a->offsetDays);
    refreshRecurrence(*a);
    updateEnabledStates(*a);
    m_refreshing = false;
}

void ActivityInspector::refreshMoments(const Activity &activity)
{
    const auto &moments = m_doc->project().moments;
    m_moment->clear();
    m_moment->addItem(tr("None"), Id(0));
    // In the project's language, without seconds: the way the plan writes it.
    const QLocale locale(m_doc->project().info.language);
    for (const Moment &m : moments) {
        const QString when = m.start.isValid() ? locale.toString(m.start, QLocale::ShortFormat) : QString();
        m_moment->addItem(when.isEmpty() ? m.name : tr("%1 — %2").arg(m.name, when), m.id);
    }
    m_moment->setCurrentIndex(std::max(0, m_moment->findData(activity.momentId)));
}

void ActivityInspector::refreshLeaders(const Activity &activity)
{
    const Project &project = m_doc->project();
    m_ledBy->clear();
    const auto add = [this](const QString &label, LedBy value, Id roleId, const QString &tip) {
        m_ledBy->addItem(label);
        const int i = m_ledBy->count() - 1;
        m_ledBy->setItemData(i, int(value), LedByRole);
        m_ledBy->setItemData(i, QVariant::fromValue(roleId), LedByRoleIdRole);
        m_ledBy->setItemData(i, tip, Qt::ToolTipRole);
    };
    for (LedBy value : { LedBy::Trainer, LedBy::Expert, LedBy::Champion, LedBy::Learners })
        add(enumLabel(value), value, 0, QString());
    int current = -1;
    for (const Role &role : project.roles) {
        const QString kind = role.kind == RoleKind::Custom && !role.customKind.trimmed().isEmpty()
            ? role.customKind.trimmed()
            : enumLabel(role.kind);
        const QString name = role.name.trimmed().isEmpty() ? tr("Unnamed role") : role.name.trimmed();
        add(tr("%1 (%2)", "role name (role kind)").arg(name, kind), LedBy::Role, role.id, role.duties);
        if (activity.ledBy == LedBy::Role && activity.ledByRoleId == role.id)
            current = m_ledBy->count() - 1;
    }
    if (activity.ledBy == LedBy::Role && current < 0) {
        // The role was removed from the project's community: say so rather than pick another.
        add(tr("A role no longer in the project"), LedBy::Role, activity.ledByRoleId, QString());
        current = m_ledBy->count() - 1;
    }
    add(tr("Other role…"), LedBy::Other, 0, tr("Name any other role below, e.g. a sales director"));
    if (current < 0)
        for (int i = 0; i < m_ledBy->count() && current < 0; ++i)
            if (LedBy(m_ledBy->itemData(i, LedByRole).toInt()) == activity.ledBy && activity.ledBy != LedBy::Role)
                current = i;
    m_ledBy->setCurrentIndex(std::max(0, current));
}

void ActivityInspector::refreshRecurrence(const Activity &activity)
{
    const Recurrence &r = activity.recurrence;
    m_repeat->setCurrentIndex(std::max(0, m_repeat->findData(int(r.unit))));
    if (m_interval->value() != std::max(1, r.interval))
        m_interval->setValue(std::max(1, r.interval));
    updateSuffixes();
    const bool byCount = r.count > 0 || !r.until.isValid();
    m_endAfter->setChecked(byCount);
    m_endOn->setChecked(!byCount);
    if (r.count > 0 && m_count->value() != r.count)
        m_count->setValue(r.count);
    QDate until = r.until;
    if (!until.isValid()) {
        // A date worth proposing: four intervals after the activity's moment, or from today.
        const Moment *moment = m_doc->project().moment(activity.momentId);
        const QDate first = moment && moment->start.isValid() ? moment->start.date().addDays(activity.offsetDays)
                                                              : QDate::currentDate();
        until = r.unit == RecurrenceUnit::Days ? first.addDays(4 * std::max(1, r.interval))
                                               : first.addDays(28 * std::max(1, r.interval));
    }
    if (m_until->date() != until)
        m_until->setDate(until);
    m_until->setDisplayFormat(QLocale(m_doc->project().info.language).dateFormat(QLocale::ShortFormat));
}

void ActivityInspector::updateSuffixes()
{
    if (!m_interval || !m_count)
        return; // still being built
    const Activity *a = current();
    const RecurrenceUnit unit = a ? a->recurrence.unit : RecurrenceUnit::None;
    const int n = m_interval->value();
    m_interval->setSuffix(unit == RecurrenceUnit::Weeks ? (n == 1 ? tr(" week") : tr(" weeks"))
            : unit == RecurrenceUnit::Days              ? (n == 1 ? tr(" day") : tr(" days"))
                                                        : QString());
    m_count->setSuffix(m_count->value() == 1 ? tr(" time") : tr(" times"));
}

void ActivityInspector::updateEnabledStates(const Activity &a)
{
    m_ledByName->setEnabled(a.ledBy == LedBy::Other);
    m_ledByName->setToolTip(a.ledBy == LedBy::Other
            ? tr("The role that runs the activity, e.g. sales director or L&D contact.")
            : tr("Choose “Other role…” under Led by to name a role that is not in the list."));
    const bool repeats = a.recurrence.isSet();
    const bool byCount = a.recurrence.count > 0 || !a.recurrence.until.isValid();
    m_interval->setEnabled(repeats);
    m_endAfter->setEnabled(repeats);
    m_endOn->setEnabled(repeats);
    m_count->setEnabled(repeats && byCount);
    m_until->setEnabled(repeats && !byCount);

    const bool outsideClass = a.phase == Phase::PreClass || a.phase == Phase::PostClass;
    m_offset->setEnabled(outsideClass && a.momentId != 0);
    if (!outsideClass)
        m_offset->setToolTip(
            tr("Only pre-class and post-class activities are due some days before or after their moment."));
    else if (a.momentId == 0)
        m_offset->setToolTip(tr("Choose the in-class moment first; the due date counts from it."));
    else
        m_offset->setToolTip(tr("When the activity is due, counted from its in-class moment."));

    const Tool *tool = m_doc->project().tool(a.toolId);
    const bool suggestion = tool && !tool->benefit.isEmpty() && tool->benefit != a.benefit;
    m_useBenefit->setEnabled(suggestion);
    m_useBenefit->setToolTip(tool && !tool->benefit.isEmpty()
            ? tr("Replace the text with the benefit suggested for %1: “%2”").arg(tool->name, tool->benefit)
            : tr("The activity's tool suggests no benefit."));
}

void ActivityInspector::edit(const std::function<void(Activity &)> &change, QObject *typingField)
{
    const Activity *a = current();
    if (!a)
        return;
    Activity changed = *a;
    change(changed);
    if (changed == *a)
        return;
    const auto how = m_sessions.plan(m_doc->undoStack(), typingField, typingField && typingField == m_typingField, m_id);
    m_typingField = typingField;
    m_pushing = true;
    if (how == TypingSessions::Push::ReplaceSingle)
        m_doc->undo();
    m_doc->changeActivity(changed, how == TypingSessions::Push::Merge);
    m_pushing = false;
    m_sessions.pushed(m_doc->undoStack(), typingField, m_id, how);
    refresh();
}

void ActivityInspector::editDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    const std::optional<Duration> parsed
        = trimmed.isEmpty() ? std::optional<Duration>(Duration {}) : Duration::fromString(trimmed);
    if (!parsed) {
        m_durationProblem->setText(tr("Enter minutes as a number (30) or a range (10-15)."));
        return;
    }
    m_durationProblem->setText(QString());
    const Duration value = *parsed;
    edit([value](Activity &a) { a.duration = value; }, m_duration);
}

void ActivityInspector::chooseDirection(Direction direction)
{
    if (!current())
        return;
    m_typingField = nullptr;
    edit([direction](Activity &a) { a.direction = direction; });
    // A shortcut leaves the buttons as they were if nothing changed; keep them truthful.
    if (const Activity *a = current())
        m_direction->setValue(a->direction == Direction::Unset ? -1 : int(a->direction));
}

void ActivityInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_useBenefit->setIcon(icon(QStringLiteral("suggestion")));
}

bool ActivityInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_typingField)
        m_typingField = nullptr;
    return QWidget::eventFilter(watched, event);
}

} // namespace bw::ui
