// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectorform.h"
#include "model/project.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QUndoCommand;

namespace bw {
class Document;
}

namespace bw::ui {

class InlineMessage;
class ObjectiveInspector;
class OffsetSpinBox;
class ToggleGroup;
class ToolPicker;

// The inspector: every field of the selected activity or, while no activity is selected, of the
// selected objective (an ObjectiveInspector page). Each change is one facade call; typing in a
// text field merges into one undo step for as long as the field keeps the focus, so undo takes
// back a whole title rather than its last letter. The inspector follows the document (edits
// elsewhere, undo, redo) without ever moving the cursor of the field being typed in. Both pages
// share one label column and no row ever appears or disappears: fields never move under the
// pointer.
class ActivityInspector : public QWidget {
    Q_OBJECT
public:
    enum Page { EmptyPage, ActivityPage, ObjectivePage };

    explicit ActivityInspector(bw::Document *document, QWidget *parent = nullptr);

    // The activity shown; 0 shows the objective set below, if any.
    void setActivity(bw::Id id);
    bw::Id activity() const { return m_id; }
    // The objective shown while no activity is (the objectives panel's current one).
    void setObjective(bw::Id id);
    // Shows the objective now, even if an activity was shown (the designer selected it).
    void showObjective(bw::Id id);
    Page currentPage() const;
    ObjectiveInspector *objectiveInspector() const { return m_objective; }

    // For tests and for the main window's shortcuts ("focus the tool picker").
    QLineEdit *titleEdit() const { return m_title; }
    ToggleGroup *phaseToggle() const { return m_phase; }
    ToggleGroup *directionToggle() const { return m_direction; }
    ToolPicker *toolPicker() const { return m_tool; }
    QLineEdit *durationEdit() const { return m_duration; }
    QComboBox *ledByCombo() const { return m_ledBy; }
    QLineEdit *ledByNameEdit() const { return m_ledByName; }
    QComboBox *repeatCombo() const { return m_repeat; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QRadioButton *endAfterButton() const { return m_endAfter; }
    QSpinBox *countSpin() const { return m_count; }
    QRadioButton *endOnButton() const { return m_endOn; }
    QDateEdit *untilEdit() const { return m_until; }
    QFormLayout *form() const { return m_form; }

    // Item data of the "Led by" entries.
    enum { LedByRole = Qt::UserRole, LedByRoleIdRole };

Q_SIGNALS:
    // Esc in the inspector: the designer is done with this card and wants to go back to it.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The buttons' icons follow the theme (light icons on dark buttons).
    void changeEvent(QEvent *event) override;

private:
    void buildForm(QWidget *page);
    void buildRecurrence(QWidget *page);
    const Activity *current() const;
    void refresh();
    void refreshMoments(const Activity &activity);
    void refreshLeaders(const Activity &activity);
    void refreshRecurrence(const Activity &activity);
    void updateSuffixes();
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
    inspector::TypingSessions m_sessions;

    QStackedWidget *m_stack;
    QFormLayout *m_form = nullptr;
    ObjectiveInspector *m_objective = nullptr;
    QPointer<QWidget> m_returnFocus; // where the focus came from, for Esc on the objective page
    QLineEdit *m_title;
    QPlainTextEdit *m_instructions;
    ToggleGroup *m_phase;
    ToggleGroup *m_direction;
    ToolPicker *m_tool;
    QLineEdit *m_duration;
    InlineMessage *m_durationProblem;
    QComboBox *m_grouping;
    QComboBox *m_ledBy;
    QLineEdit *m_ledByName;
    QLineEdit *m_deliverable;
    QPlainTextEdit *m_benefit;
    QPushButton *m_useBenefit;
    QComboBox *m_assessment;
    QComboBox *m_moment;
    OffsetSpinBox *m_offset;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QRadioButton *m_endAfter = nullptr;
    QSpinBox *m_count = nullptr;
    QRadioButton *m_endOn = nullptr;
    QDateEdit *m_until = nullptr;
};

} // namespace bw::ui
