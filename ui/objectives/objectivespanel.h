// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QWidget>

class QToolBar;

namespace bw::ui {

class HintListView;
class ObjectiveListModel;

// The objectives in learning order. Rows are edited in place (F2), reordered by drag or with
// Ctrl+Up/Down, and accept activity cards dropped on them (the card moves to that objective).
class ObjectivesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectivesPanel(ObjectiveListModel *model, QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    HintListView *view() const { return m_view; }

    Id currentObjective() const;
    void setCurrentObjective(Id objectiveId);

public Q_SLOTS:
    // Adds an objective after the current one and starts editing its statement.
    void addObjective();
    void removeCurrentObjective();
    void moveCurrentObjective(int delta);
    void editCurrentObjective();

Q_SIGNALS:
    void currentObjectiveChanged(bw::Id objectiveId);
    // The designer chose the objective itself (clicked its row, or pressed Enter on it), even if it
    // was already the current one: whoever inspects things should show it.
    void objectiveChosen(bw::Id objectiveId);

private:
    void emitCurrent();

    ObjectiveListModel *m_model;
    QToolBar *m_toolBar;
    HintListView *m_view;
    Id m_current = 0;
};

} // namespace bw::ui
