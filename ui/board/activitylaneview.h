// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hintlistview.h"

namespace bw::ui {

class ActivityLaneModel;

// One lane's column of cards. Cards are dragged out of and dropped into it; Left and Right hand
// the keyboard focus to the neighbouring lane, Enter asks for the inspector.
class ActivityLaneView : public HintListView
{
    Q_OBJECT
public:
    explicit ActivityLaneView(QWidget *parent = nullptr);

    ActivityLaneModel *laneModel() const;

Q_SIGNALS:
    void laneStepRequested(int delta);
    void inspectRequested();
    // The lane became the one the keyboard works in (new activities go here).
    void focusReceived();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace bw::ui
