// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayview.h"

#include "agendadelegate.h"
#include "agendamodel.h"
#include "document/document.h"
#include "hintlistview.h"
#include "model/projectvalidation.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

// "Day 1 — Mon 8 Mar 2027, 09:00–16:00", in the project's language.
QString momentLabel(const Moment &m, int index, const QString &language)
{
    const QString name = m.name.trimmed().isEmpty() ? DayView::tr("In-class moment %1").arg(index + 1) : m.name;
    if (!m.start.isValid())
        return name;
    const QLocale locale(language);
    QString when = locale.toString(m.start.date(), u"ddd d MMM yyyy"_s) + u", "_s
        + locale.toString(m.start.time(), QLocale::ShortFormat);
    if (m.minutes > 0)
        when = DayView::tr("%1–%2").arg(
            when, locale.toString(m.start.addSecs(qint64(m.minutes) * 60).time(), QLocale::ShortFormat));
    return DayView::tr("%1 — %2").arg(name, when);
}

QPushButton *button(const QString &iconName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setIcon(icon(iconName));
    b->setProperty("bwIcon", iconName);
    return b;
}

} // namespace

DayView::DayView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_model(new AgendaModel(document, this))
    , m_momentLabel(new QLabel(this))
    , m_moments(new QComboBox(this))
    , m_list(new HintListView(this))
    , m_footer(new QLabel(this))
    , m_addBreak(button(u"list-add"_s, this))
    , m_addLunch(button(u"list-add"_s, this))
    , m_remove(button(u"list-remove"_s, this))
    , m_up(button(u"go-up"_s, this))
    , m_down(button(u"go-down"_s, this))
    , m_titleLabel(new QLabel(this))
    , m_breakTitle(new QLineEdit(this))
    , m_minutesLabel(new QLabel(this))
    , m_breakMinutes(new QSpinBox(this))
{
    m_moments->setObjectName(u"dayMoment"_s);
    m_moments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_moments->setMinimumContentsLength(24);
    m_momentLabel->setBuddy(m_moments);

    m_list->setObjectName(u"agendaList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropOverwriteMode(false);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);

    m_footer->setObjectName(u"agendaFooter"_s);
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);

    m_addBreak->setObjectName(u"addBreak"_s);
    m_addLunch->setObjectName(u"addLunch"_s);
    m_remove->setObjectName(u"removeBreak"_s);
    m_up->setObjectName(u"agendaUp"_s);
    m_down->setObjectName(u"agendaDown"_s);

    m_breakTitle->setObjectName(u"breakTitle"_s);
    m_breakTitle->setClearButtonEnabled(true);
    m_breakTitle->setMinimumWidth(fontMetrics().averageCharWidth() * 24); // room for "Lunch in the canteen"
    m_titleLabel->setBuddy(m_breakTitle);
    m_breakMinutes->setObjectName(u"breakMinutes"_s);
    m_breakMinutes->setRange(0, Limits::MaxMinutes);
    m_breakMinutes->setSingleStep(5);
    m_breakMinutes->setKeyboardTracking(false); // one undo step per value, not per keystroke
    m_minutesLabel->setBuddy(m_breakMinutes);

    auto *top = new QHBoxLayout;
    top->addWidget(m_momentLabel);
    top->addWidget(m_moments, 1);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_list, 1);
    left->addWidget(m_footer);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : { m_addBreak, m_addLunch, m_remove, m_up, m_down })
        buttons->addWidget(b);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the column is narrow
    form->addRow(m_titleLabel, m_breakTitle);
    form->addRow(m_minutesLabel, m_breakMinutes);
    buttons->addSpacing(6);
    buttons->addLayout(form);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left, 1);
    layout->addLayout(buttons);

    setTabOrder(m_moments, m_list);
    setTabOrder(m_list, m_addBreak);
    setTabOrder(m_addBreak, m_addLunch);
    setTabOrder(m_addLunch, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_breakTitle);
    setTabOrder(m_breakTitle, m_breakMinutes);

    connect(m_moments, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_list->setCurrentIndex({}); // another day: nothing of this one stays selected
        m_model->setMoment(index >= 0 ? m_moments->itemData(index).value<Id>() : 0);
    });
    // A reset (a reorder, an added break, undo) keeps the selection on the same entry; an entry
    // that is gone leaves it on its neighbour.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptKey = currentKey();
        m_keptRow = currentRow();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfKey(m_keptKey);
        if (row >= 0)
            setCurrentKey(m_keptKey);
        else if (m_keptRow >= 0 && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(std::min(m_keptRow, m_model->rowCount() - 1)));
        updateFooter();
        updateActions();
        updateBreakEditor();
        updateHint();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateFooter();
        updateBreakEditor();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateBreakEditor();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (AgendaKind(index.data(AgendaModel::KindRole).toInt()) == AgendaKind::Activity)
            Q_EMIT activityActivated(index.data(AgendaModel::ActivityIdRole).value<Id>());
    });

    connect(m_addBreak, &QPushButton::clicked, this, [this] { addBreak(AgendaKind::Break); });
    connect(m_addLunch, &QPushButton::clicked, this, [this] { addBreak(AgendaKind::Lunch); });
    connect(m_remove, &QPushButton::clicked, this, &DayView::removeCurrentBreak);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_breakTitle, &QLineEdit::editingFinished, this, &DayView::commitBreakEditor);
    connect(m_breakMinutes, &QSpinBox::valueChanged, this, &DayView::commitBreakEditor);

    connect(m_doc, &Document::changed, this, &DayView::rebuildMoments);
    connect(m_doc, &Document::readOnlyChanged, this, &DayView::updateActions);

    retranslate();
    rebuildMoments();
    updateFooter();
    updateActions();
    updateBreakEditor();
}

void DayView::retranslate()
{
    setAccessibleName(tr("Day view"));
    m_momentLabel->setText(tr("Da&y:"));
    m_moments->setAccessibleName(tr("In-class moment shown"));
    m_moments->setToolTip(tr("The in-class moment whose running order is shown"));
    m_list->setAccessibleName(tr("Agenda of the moment"));
    m_list->setToolTip(tr("Drag an entry, or press Ctrl+Up or Ctrl+Down, to change the running order. "
                          "Enter selects the activity on the board."));
    m_footer->setAccessibleName(tr("Planned time"));
    m_addBreak->setText(tr("Add brea&k"));
    m_addBreak->setToolTip(tr("Add a %1-minute break after the selected entry").arg(AgendaModel::BreakMinutes));
    m_addLunch->setText(tr("Add lun&ch"));
    m_addLunch->setToolTip(tr("Add a %1-minute lunch after the selected entry").arg(AgendaModel::LunchMinutes));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected break or lunch (Delete)"));
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Move the selected entry earlier in the day (Ctrl+Up)"));
    m_down->setText(tr("Move do&wn"));
    m_down->setToolTip(tr("Move the selected entry later in the day (Ctrl+Down)"));
    m_titleLabel->setText(tr("Break &title:"));
    m_breakTitle->setAccessibleName(tr("Title of the break"));
    m_breakTitle->setToolTip(tr("What the agenda calls the selected break; empty shows “Break” or “Lunch”"));
    m_minutesLabel->setText(tr("&Minutes:"));
    m_breakMinutes->setAccessibleName(tr("Length of the break in minutes"));
    m_breakMinutes->setToolTip(tr("How long the selected break or lunch lasts"));
    m_breakMinutes->setSuffix(tr(" min"));
    updateHint();
}

Id DayView::moment() const
{
    return m_model->moment();
}

void DayView::setMoment(Id momentId)
{
    const int index = m_moments->findData(momentId);
    if (index >= 0)
        m_moments->setCurrentIndex(index);
}

int DayView::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

Id DayView::currentKey() const
{
    return m_model->keyAt(currentRow());
}

void DayView::setCurrentKey(Id key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void DayView::showActivity(Id activityId)
{
    const Activity *a = m_doc->project().activity(activityId);
    if (!a || a->phase != Phase::InClass || !m_doc->project().moment(a->momentId))
        return;
    if (m_model->moment() != a->momentId)
        setMoment(a->momentId);
    if (currentKey() != activityId)
        setCurrentKey(activityId);
}

void DayView::rebuildMoments()
{
    const Project &project = m_doc->project();
    QList<QPair<QString, Id>> items;
    for (int i = 0; i < project.moments.size(); ++i)
        items.append({ momentLabel(project.moments[i], i, project.info.language), project.moments[i].id });
    bool same = items.size() == m_moments->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_moments->itemText(i) == items[i].first && m_moments->itemData(i).value<Id>() == items[i].second;
    m_moments->setEnabled(!items.isEmpty());
    if (same)
        return;
    const Id current = m_model->moment();
    {
        const QSignalBlocker block(m_moments);
        m_moments->clear();
        for (const auto &[label, id] : std::as_const(items))
            m_moments->addItem(label, id);
        m_moments->setCurrentIndex(std::max(0, m_moments->findData(current)));
    }
    const int index = m_moments->currentIndex();
    m_model->setMoment(index >= 0 ? m_moments->itemData(index).value<Id>() : 0);
    updateFooter();
    updateHint();
}

QString DayView::footerText() const
{
    if (!m_doc->project().moment(m_model->moment()))
        return {};
    const MomentAgenda &a = m_model->agenda();
    if (a.momentMinutes <= 0)
        return tr("%1 minutes planned; the moment has no length set").arg(a.plannedMinutes);
    const QString planned = tr("%1 of %2 minutes planned").arg(a.plannedMinutes).arg(a.momentMinutes);
    if (const int over = a.overrun())
        return tr("%1 — overruns by %2").arg(planned, over == 1 ? tr("1 minute") : tr("%1 minutes").arg(over));
    const int free = a.unplanned();
    if (free == 0)
        return tr("%1 — the day is full").arg(planned);
    return tr("%1 — %2 free").arg(planned, free == 1 ? tr("1 minute") : tr("%1 minutes").arg(free));
}

void DayView::updateFooter()
{
    const QString text = footerText();
    m_footer->setText(text);
    m_footer->setAccessibleDescription(text);
    m_overrun = m_model->agenda().overrun() > 0;
    // The warning colour of InlineMessage, readable on both palettes.
    QPalette p = palette();
    if (m_overrun) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, dark ? QColor(0xF2, 0xB8, 0x4B) : QColor(0x8A, 0x5A, 0x00));
    }
    m_footer->setPalette(p);
    QFont f = font();
    f.setBold(m_overrun);
    m_footer->setFont(f);
}

void DayView::updateHint()
{
    if (m_doc->project().moments.isEmpty())
        m_list->setEmptyHint(
            tr("No in-class moments yet. Add the days the group meets in Project Properties (Ctrl+I)."));
    else
        m_list->setEmptyHint(tr("No in-class activities in this moment yet. Give activities of the in-class "
                                "phase this moment in the inspector, or add a break."));
}

void DayView::updateActions()
{
    const bool editable = !m_doc->isReadOnly();
    const bool hasMoment = m_doc->project().moment(m_model->moment()) != nullptr;
    const int row = currentRow();
    const bool isBreak
        = row >= 0 && AgendaKind(m_model->index(row).data(AgendaModel::KindRole).toInt()) != AgendaKind::Activity;
    m_addBreak->setEnabled(editable && hasMoment);
    m_addLunch->setEnabled(editable && hasMoment);
    m_remove->setEnabled(editable && isBreak);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    m_list->setDragDropMode(editable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_list->setEditTriggers(editable ? QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                                     : QAbstractItemView::NoEditTriggers);
    m_breakTitle->setEnabled(editable && isBreak);
    m_breakMinutes->setEnabled(editable && isBreak);
    m_titleLabel->setEnabled(editable && isBreak);
    m_minutesLabel->setEnabled(editable && isBreak);
}

void DayView::updateBreakEditor()
{
    const int row = currentRow();
    const QModelIndex index = m_model->index(row);
    const bool isBreak = row >= 0 && AgendaKind(index.data(AgendaModel::KindRole).toInt()) != AgendaKind::Activity;
    const QSignalBlocker blockTitle(m_breakTitle);
    const QSignalBlocker blockMinutes(m_breakMinutes);
    if (!isBreak) {
        m_breakTitle->clear();
        m_breakTitle->setPlaceholderText(tr("No break selected"));
        m_breakMinutes->setValue(0);
        return;
    }
    const AgendaSlot &slot = m_model->agenda().entries[row];
    if (m_breakTitle->text() != slot.title)
        m_breakTitle->setText(slot.title);
    m_breakTitle->setPlaceholderText(enumLabel(slot.kind));
    m_breakMinutes->setValue(slot.minutes);
}

void DayView::commitBreakEditor()
{
    const int row = currentRow();
    if (row < 0 || !m_breakTitle->isEnabled())
        return;
    const AgendaSlot &slot = m_model->agenda().entries[row];
    if (slot.kind == AgendaKind::Activity)
        return;
    const QString title = m_breakTitle->text().trimmed();
    const int minutes = m_breakMinutes->value();
    if (title != slot.title || minutes != slot.minutes)
        m_model->changeBreak(row, title, minutes);
}

void DayView::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->moveEntry(row, row + delta); // the selection follows the entry (modelReset above)
}

void DayView::addBreak(AgendaKind kind)
{
    if (const Id key = m_model->addBreak(kind, currentRow())) {
        setCurrentKey(key);
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void DayView::removeCurrentBreak()
{
    m_model->removeBreak(currentRow());
}

bool DayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (QApplication::focusWidget() != m_list)
        return false; // an open editor (F2 on a break) keeps its keys
    const auto mods = key->modifiers() & ~Qt::KeypadModifier;
    enum { None, Up, Down, Remove } what = None;
    if (mods == Qt::ControlModifier && key->key() == Qt::Key_Up)
        what = Up;
    else if (mods == Qt::ControlModifier && key->key() == Qt::Key_Down)
        what = Down;
    else if (mods == Qt::NoModifier && key->key() == Qt::Key_Delete)
        what = Remove;
    if (what == None)
        return false;
    // The studio's Ctrl+Up, Ctrl+Down and Delete act on the board; in the day view they act here.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (what == Up)
        moveCurrent(-1);
    else if (what == Down)
        moveCurrent(+1);
    else
        removeCurrentBreak();
    return true;
}

void DayView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildMoments();
        updateFooter();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        updateFooter();
        for (QPushButton *b : { m_addBreak, m_addLunch, m_remove, m_up, m_down })
            b->setIcon(icon(b->property("bwIcon").toString()));
    }
}

} // namespace bw::ui
