// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/teamlibrary.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;

namespace bw {
class Document;
}

namespace bw::ui {

// The Patterns dock: the team library's activity patterns — search as you type (every word,
// prefix matching, newest first, a page of 200), read off the GUI thread — and "Add to Board"
// (Enter or double-click): the pattern becomes an activity of the board's objective, in the
// pattern's phase (else the board's current lane), with the tool the project has by that name
// (the library's tool is added when the project has none), and the project records where it
// came from: all one undo step. A pattern can also be dragged onto a lane of the board: it
// joins that lane at the drop point. The list follows the library live: refreshSoon() (called
// when a colleague publishes) re-reads it, keeping the selected pattern selected.
class PatternsPanel : public QWidget {
    Q_OBJECT
public:
    using CurrentObjective = std::function<Id()>;
    using CurrentPhase = std::function<Phase()>;
    PatternsPanel(Document *document, CurrentObjective objective, CurrentPhase phase, QWidget *parent = nullptr);

    void refresh();
    void setSearchText(const QString &text);
    QListWidget *list() const { return m_list; }
    QString status() const;
    // Adds the selected pattern; returns the new activity's id, 0 when none was added.
    Id addSelected();
    // A pattern dragged from this panel and dropped on a lane: it becomes an activity of
    // `objectiveId` in `phase` at `objectiveRow` of the objective's list. False when the drag
    // was not this panel's or the pattern is no longer listed.
    bool dropPattern(const QMimeData *data, Id objectiveId, Phase phase, int objectiveRow);
    // What dragging the pattern of `row` carries (Mime::pattern()); null for no such row.
    QMimeData *dragData(int row) const;
    // Re-reads the list shortly (now if shown, else when next shown): the library changed.
    void refreshSoon();

Q_SIGNALS:
    void listed(bool ok);
    void activityAdded(bw::Id activityId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Id addPattern(const ActivityPattern &pattern, Id objectiveId, Phase phase, int objectiveRow);

    Document *m_doc;
    CurrentObjective m_objective;
    CurrentPhase m_phase;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_add;
    QLabel *m_status;
    QTimer m_debounce;
    QList<ActivityPattern> m_patterns;
    QList<LibraryTool> m_tools;
    int m_generation = 0;
    bool m_stale = true;
};

} // namespace bw::ui
