// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;

namespace bw {
class Document;
}

namespace bw::ui {

class ActivityLaneModel;
class ActivityLaneView;
class ElidedLabel;

// The selected objective's activities in three lanes — pre-class, in-class, post-class — with a
// fourth "Not placed" lane that appears only while some activity has no phase. Every move a
// person makes here, by drag or by keyboard, is one Document::moveActivity() command.
class ActivityBoard : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityBoard(Document *document, QWidget *parent = nullptr);

    Id objective() const { return m_objective; }
    void setObjective(Id objectiveId);

    Id currentActivity() const;
    // Selects the card (its objective must be the board's); focus moves to it when asked.
    void selectActivity(Id activityId, bool focus = false);

    // The lane that receives new activities: the focused one, else the last one used.
    Phase currentPhase() const { return m_currentPhase; }
    ActivityLaneView *laneView(Phase phase) const;
    ActivityLaneModel *laneModel(Phase phase) const;
    // Cards can still be selected and inspected, but not edited or dragged.
    void setReadOnly(bool readOnly);
    // Cards to mark as changed since the version the Changes panel compares with.
    void setMarkedActivities(const QSet<Id> &ids);
    // The header naming the objective (word-wrapped, shortened only when it cannot fit).
    ElidedLabel *titleLabel() const { return m_title; }
    // What else may be dropped on the lanes (a team library pattern): see ActivityLaneModel.
    void setForeignDrop(const QStringList &types, const std::function<bool(const QMimeData *, Id, Phase, int)> &drop);

public Q_SLOTS:
    // Adds an activity to the current lane, after the selected card, and starts editing its title.
    void addActivity();
    void removeCurrentActivity();
    void moveCurrentInLane(int delta);
    void moveCurrentToLane(int delta);
    void moveCurrentToObjective(int delta);

Q_SIGNALS:
    void currentActivityChanged(bw::Id activityId);
    void inspectRequested();
    // A card moved to another objective; whoever shows the objectives should select that one.
    void objectiveRequested(bw::Id objectiveId);

private:
    struct Lane {
        Phase phase;
        QWidget *column = nullptr;
        ElidedLabel *count = nullptr;
        ActivityLaneModel *model = nullptr;
        ActivityLaneView *view = nullptr;
    };

    QWidget *createLegend();
    void createLane(Lane &lane);
    void updateLaneHeader(const Lane &lane);
    void updateTitle();
    void updateCurrent();
    void focusLane(int laneIndex, int row);
    int laneIndexOf(Phase phase) const;
    const Lane *laneOf(Id activityId, int *row = nullptr) const;

    Document *m_doc;
    Id m_objective = 0;
    Id m_current = 0;
    Phase m_currentPhase = Phase::PreClass;
    ElidedLabel *m_title;
    QList<Lane> m_lanes; // pre, in, post, not placed
};

} // namespace bw::ui
