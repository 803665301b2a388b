// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoCommand;

namespace bw {
class Document;
}

namespace bw::ui {

class InlineMessage;
class OffsetSpinBox;
class ToggleGroup;
class ToolPicker;

// Every field of the selected activity. Each change is one facade call; typing in a text field
// merges into one undo step for as long as the field keeps the focus, so undo takes back a whole
// title rather than its last letter. The inspector follows the document (edits elsewhere, undo,
// redo) without ever moving the cursor of the field being typed in.
class ActivityInspector : public QWidget {
    Q_OBJECT
public:
    explicit ActivityInspector(bw::Document *document, QWidget *parent = nullptr);

    void setActivity(bw::Id id);
    bw::Id activity() const { return m_id; }

    // For tests and for the main window's shortcuts ("focus the tool picker").
    QLineEdit *titleEdit() const { return m_title; }
    ToggleGroup *phaseToggle() const { return m_phase; }
    ToggleGroup *directionToggle() const { return m_direction; }
    ToolPicker *toolPicker() const { return m_tool; }
    QLineEdit *durationEdit() const { return m_duration; }

Q_SIGNALS:
    // Esc in the inspector: the designer is done with this card and wants to go back to it.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(QWidget *page);
    const Activity *current() const;
    void refresh();
    void refreshMoments(const Activity &activity);
    void updateEnabledStates(const Activity &activity);
    // One field change, one facade call. A typing field merges with its own previous edit.
    void edit(const std::function<void(Activity &)> &change, QObject *typingField = nullptr);
    void editDuration(const QString &text);
    void chooseDirection(Direction direction);

    Document *m_doc;
    Id m_id = 0;
    bool m_refreshing = false;
    bool m_pushing = false;
    QObject *m_typingField = nullptr; // the field whose edits currently merge
    // The mergeable command our last keystroke went into (compared by address only, never used).
    const QUndoCommand *m_lastMergeCommand = nullptr;
    Id m_lastMergeActivity = 0;

    QStackedWidget *m_stack;
    QLineEdit *m_title;
    QPlainTextEdit *m_instructions;
    ToggleGroup *m_phase;
    ToggleGroup *m_direction;
    ToolPicker *m_tool;
    QLineEdit *m_duration;
    InlineMessage *m_durationProblem;
    QComboBox *m_grouping;
    QComboBox *m_ledBy;
    QLineEdit *m_deliverable;
    QPlainTextEdit *m_benefit;
    QPushButton *m_useBenefit;
    QComboBox *m_assessment;
    QComboBox *m_moment;
    OffsetSpinBox *m_offset;
};

} // namespace bw::ui
