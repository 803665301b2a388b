// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QTableView>

namespace bw::ui {

class ObjectiveListModel;
class OverviewDelegate;

// Every objective (rows) × the three lanes, cards shown as compact chips. A chip is dragged to
// another cell to move the activity to that objective and phase (one command); clicking selects
// it, double-clicking opens it on the board.
class BoardOverview : public QTableView
{
    Q_OBJECT
public:
    explicit BoardOverview(ObjectiveListModel *model, QWidget *parent = nullptr);

    void setCurrentObjective(Id objectiveId);
    void setSelectedActivity(Id activityId);
    // The activity whose chip is at a viewport position, 0 for none.
    Id activityAt(const QPoint &pos) const;

Q_SIGNALS:
    void objectiveSelected(bw::Id objectiveId);
    void activitySelected(bw::Id activityId);
    void activityOpened(bw::Id activityId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ObjectiveListModel *m_model;
    bool m_sizingColumns = false;
    bool m_objectiveWidthChosen = false; // the user dragged the column; stop sizing it

    OverviewDelegate *m_delegate;
    Id m_pressed = 0;
};

} // namespace bw::ui
