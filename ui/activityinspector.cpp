// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityinspector.h"

#include "document/document.h"
#include "inlinemessage.h"
#include "offsetspinbox.h"
#include "theme.h"
#include "togglegroup.h"
#include "toolpicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bw::ui {

namespace {
template <typename E> QComboBox *enumCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    return combo;
}

// Sets a field's text only when it differs, keeping the cursor where it was: the refresh that
// follows the user's own keystroke must be invisible to them.
void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    // Keep the typist's place; otherwise show the beginning of a text longer than the field.
    edit->setCursorPosition(edit->hasFocus() ? std::min<int>(cursor, text.size()) : 0);
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int cursor = edit->textCursor().position();
    edit->setPlainText(text);
    if (edit->hasFocus()) {
        QTextCursor c = edit->textCursor();
        c.setPosition(std::min<int>(cursor, text.size()));
        edit->setTextCursor(c);
    }
}

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    e->setMaximumHeight(e->fontMetrics().lineSpacing() * lines * 2 + 12);
    e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return e;
}
} // namespace

ActivityInspector::ActivityInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Activity inspector"));

    // Page 0: nothing selected. Say what the panel is for rather than showing a dead form.
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(icon(QStringLiteral("activity")).pixmap(QSize(48, 48), devicePixelRatio()));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("<p><b>No activity selected</b></p>"
                                    "<p>Select an activity on the board to set its phase, direction, "
                                    "tool, duration and texts here.</p>"),
        empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    // Page 1: the form, scrollable so that a short dock never hides a field.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    buildForm(page);
    scroll->setWidget(page);
    // Scroll up and down only: the dock never gets narrower than the form, so no field is cut.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(
        page->minimumSizeHint().width() + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_doc, &Document::activityChanged, this, [this](Id id) {
        if (id == m_id)
            refresh();
    });
    connect(m_doc, &Document::activityRemoved, this, [this](Id, int, Id id) {
        if (id == m_id)
            setActivity(0);
    });
    connect(m_doc, &Document::projectReset, this, [this] { setActivity(m_doc->project().activity(m_id) ? m_id : 0); });
    connect(m_doc, &Document::momentsChanged, this, &ActivityInspector::refresh);
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
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &toolTip) {
        auto *l = new QLabel(label, page);
        l->setBuddy(field);
        field->setToolTip(toolTip);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
        return l;
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
    // Esc hands the keyboard back to the card on the board; the tool picker keeps Esc while it
    // is searching (it claims the key through ShortcutOverride).
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leave, &QShortcut::activated, this, &ActivityInspector::leaveRequested);
    addRow(tr("&Direction:"), m_direction,
        tr("Who talks to whom. Alt+1, Alt+2 and Alt+3 choose while the inspector has the focus."));
    connect(m_direction, &ToggleGroup::chosen, this, [this](int value) { chooseDirection(Direction(value)); });

    m_tool = new ToolPicker(m_doc, page);
    addRow(tr("T&ool:"), m_tool, tr("The tool that carries the activity. Type to search; tools that fit come first."));

    m_duration = new QLineEdit(page);
    m_duration->setPlaceholderText(tr("Minutes, e.g. 30 or 10-15"));
    m_durationProblem = new InlineMessage(page);
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

    m_ledBy = enumCombo<LedBy>(page);
    addRow(tr("&Led by:"), m_ledBy, tr("Who runs the activity."));
    connect(m_ledBy, &QComboBox::activated, this, [this](int index) {
        const auto value = LedBy(m_ledBy->itemData(index).toInt());
        edit([value](Activity &a) { a.ledBy = value; });
    });

    m_deliverable = new QLineEdit(page);
    m_deliverable->setPlaceholderText(tr("What learners hand in or produce"));
    addRow(tr("Delive&rable:"), m_deliverable, tr("The tangible result of the activity, if any."));
    connect(m_deliverable, &QLineEdit::textEdited, this,
        [this](const QString &text) { edit([&](Activity &a) { a.deliverable = text; }, m_deliverable); });

    m_benefit = textBox(page, 2);
    m_benefit->setPlaceholderText(tr("Why this tool helps the learner"));
    m_useBenefit = new QPushButton(icon(QStringLiteral("suggestion")), tr("U&se the tool's suggested benefit"), page);
    m_useBenefit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
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

    for (QWidget *w :
        std::initializer_list<QWidget *> { m_title, m_instructions, m_duration, m_deliverable, m_benefit, m_offset })
        w->installEventFilter(this);
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

void ActivityInspector::refresh()
{
    const Activity *a = current();
    m_stack->setCurrentIndex(a ? 1 : 0);
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
    m_ledBy->setCurrentIndex(m_ledBy->findData(int(a->ledBy)));
    setLineText(m_deliverable, a->deliverable);
    setPlainText(m_benefit, a->benefit);
    m_assessment->setCurrentIndex(m_assessment->findData(int(a->assessment)));
    refreshMoments(*a);
    if (m_offset->value() != a->offsetDays)
        m_offset->setValue(a->offsetDays);
    updateEnabledStates(*a);
    m_refreshing = false;
}

void ActivityInspector::refreshMoments(const Activity &activity)
{
    const auto &moments = m_doc->project().moments;
    m_moment->clear();
    m_moment->addItem(tr("None"), Id(0));
    const QLocale locale;
    for (const Moment &m : moments) {
        const QString when = m.start.isValid() ? locale.toString(m.start, QLocale::ShortFormat) : QString();
        m_moment->addItem(when.isEmpty() ? m.name : tr("%1 — %2").arg(m.name, when), m.id);
    }
    m_moment->setCurrentIndex(std::max(0, m_moment->findData(activity.momentId)));
}

void ActivityInspector::updateEnabledStates(const Activity &a)
{
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
    m_useBenefit->setVisible(tool && !tool->benefit.isEmpty());
    m_useBenefit->setEnabled(suggestion);
    m_useBenefit->setToolTip(tool
            ? tr("Replace the text with the benefit suggested for %1: “%2”").arg(tool->name, tool->benefit)
            : QString());
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
    QUndoStack *stack = m_doc->undoStack();
    // A typing session merges all its keystrokes. Its first keystroke may merge too (a command
    // pushed as non-mergeable can never head a merge chain in core), except when the command on
    // top is this activity's previous typing session, which it must not extend.
    bool merge = false;
    if (typingField == m_typingField && typingField)
        merge = true;
    else if (typingField)
        merge = !(stack->index() > 0 && stack->command(stack->index() - 1) == m_lastMergeCommand
            && m_lastMergeActivity == m_id);
    m_typingField = typingField;
    m_pushing = true;
    m_doc->changeActivity(changed, merge);
    m_pushing = false;
    m_lastMergeCommand = merge && stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    m_lastMergeActivity = m_id;
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

bool ActivityInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_typingField)
        m_typingField = nullptr;
    return QWidget::eventFilter(watched, event);
}

} // namespace bw::ui
