// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylaneview.h"

#include "activitycarddelegate.h"
#include "activitylanemodel.h"

#include <QKeyEvent>

namespace bw::ui {

ActivityLaneView::ActivityLaneView(QWidget *parent)
    : HintListView(parent)
{
    setItemDelegate(new ActivityCardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QAbstractItemView::doubleClicked, this, &ActivityLaneView::inspectRequested);
}

ActivityLaneModel *ActivityLaneView::laneModel() const
{
    return qobject_cast<ActivityLaneModel *>(model());
}

void ActivityLaneView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            Q_EMIT laneStepRequested(-1);
            return;
        case Qt::Key_Right:
            Q_EMIT laneStepRequested(+1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid()) {
                Q_EMIT inspectRequested();
                return;
            }
            break;
        default:
            break;
        }
    }
    HintListView::keyPressEvent(event);
}

void ActivityLaneView::focusInEvent(QFocusEvent *event)
{
    HintListView::focusInEvent(event);
    Q_EMIT focusReceived();
    // Arriving by keyboard on a lane with cards puts the focus on a card, so arrows and
    // shortcuts act at once.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
}

} // namespace bw::ui
