// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextCursor>
#include <QUndoStack>

#include <algorithm>

namespace bw::ui::inspector {

// The building blocks the inspector's pages share, so that the objective and the activity
// forms look and behave alike and their fields never move under the pointer.

// Sets a field's text only when it differs, keeping the cursor where it was: the refresh that
// follows the user's own keystroke must be invisible to them.
inline void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    // Keep the typist's place; otherwise show the beginning of a text longer than the field.
    edit->setCursorPosition(edit->hasFocus() ? std::min<int>(cursor, text.size()) : 0);
}

inline void setPlainText(QPlainTextEdit *edit, const QString &text)
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

// A multi-line field of a fixed height: a long text scrolls inside it instead of growing the
// field and pushing the rows below it down.
inline QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    const int height = e->fontMetrics().lineSpacing() * lines + 2 * e->frameWidth() + 8;
    e->setFixedHeight(height);
    e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    e->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return e;
}

// A form whose rows never wrap and whose labels sit in a column of a fixed width (see
// alignLabelColumns), so that switching between an objective and an activity leaves the fields
// where they were.
inline QFormLayout *newForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

inline QLabel *addRow(QFormLayout *form, QWidget *page, const QString &label, QWidget *field, const QString &toolTip)
{
    auto *l = new QLabel(label, page);
    l->setBuddy(field);
    // Labels line up with the first line of their field, whatever the field's height.
    // A fixed height keeps the label at the top of a tall row instead of centring it.
    l->setFixedHeight(QLineEdit().sizeHint().height());
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (!toolTip.isEmpty())
        field->setToolTip(toolTip);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(l, field);
    return l;
}

// Gives every label of the forms the width of the widest one.
inline void alignLabelColumns(const QList<QFormLayout *> &forms)
{
    int width = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : forms)
        for (int r = 0; r < form->rowCount(); ++r)
            if (QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
    for (QWidget *label : labels)
        label->setFixedWidth(width);
}

// How an inspector's edit goes onto the undo stack, so that each typing session of a field (the
// keystrokes while it keeps the focus) is exactly one undo step. A session's keystrokes merge
// (Document::change…(item, true)). The first keystroke of a session that follows the same item's
// previous session cannot merge (it would join that session's step), and a command pushed as
// non-mergeable never heads a merge chain in core; so that keystroke is pushed on its own, and
// each further keystroke of the session replaces it (undo, then push the session's whole text).
class TypingSessions
{
public:
    enum class Push {
        Merge,         // push mergeable
        Single,        // push on its own
        ReplaceSingle, // undo this session's own step, then push on its own
    };

    // `continuing`: the edit comes from the field that is being typed in.
    Push plan(const QUndoStack *stack, bool typing, bool continuing, qint64 item) const
    {
        const QUndoCommand *top = topOf(stack);
        if (!typing)
            return Push::Single;
        if (continuing && item == m_item)
            return m_single && top == m_single ? Push::ReplaceSingle : Push::Merge;
        return top && top == m_last && item == m_item ? Push::Single : Push::Merge;
    }

    void pushed(const QUndoStack *stack, bool typing, qint64 item, Push how)
    {
        const QUndoCommand *top = topOf(stack);
        m_item = item;
        m_last = typing ? top : nullptr;
        m_single = typing && how != Push::Merge ? top : nullptr;
    }

private:
    static const QUndoCommand *topOf(const QUndoStack *stack)
    {
        return stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    }

    // Compared by address only, never used: the commands of the last session.
    const QUndoCommand *m_last = nullptr;
    const QUndoCommand *m_single = nullptr;
    qint64 m_item = 0;
};

// Scrolling the form with the mouse wheel must never change a value: a combo box or spin box
// that passes under the pointer hands the wheel to the scroll area unless it has the focus.
class WheelGuard : public QObject {
public:
    explicit WheelGuard(QScrollArea *scroll)
        : QObject(scroll)
        , m_scroll(scroll)
    {
        const auto combos = scroll->findChildren<QComboBox *>();
        for (QComboBox *c : combos)
            guard(c);
        const auto spins = scroll->findChildren<QAbstractSpinBox *>();
        for (QAbstractSpinBox *s : spins)
            guard(s);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
        return false;
    }

private:
    void guard(QWidget *w)
    {
        w->setFocusPolicy(Qt::StrongFocus); // a wheel turn does not take the focus either
        w->installEventFilter(this);
    }

    QScrollArea *m_scroll;
};

} // namespace bw::ui::inspector
