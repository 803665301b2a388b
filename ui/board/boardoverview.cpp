// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardoverview.h"

#include "document/document.h"
#include "mime.h"
#include "objectivelistmodel.h"
#include "overviewdelegate.h"

#include <QDrag>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>

namespace bw::ui {

BoardOverview::BoardOverview(ObjectiveListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_delegate(new OverviewDelegate(model->document(), this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Overview of all objectives and their lanes"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(true); // a chip is always dropped onto a cell, never between rows
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(true);
    setShowGrid(true);
    verticalHeader()->setVisible(false);
    // Row heights follow the number of chips; computing them is cheap (no widgets per cell).
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ObjectiveListModel::ObjectiveColumn, QHeaderView::Interactive);
    for (int c = ObjectiveListModel::PreColumn; c <= ObjectiveListModel::PostColumn; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    horizontalHeader()->resizeSection(ObjectiveListModel::ObjectiveColumn, 280);
    horizontalHeader()->setHighlightSections(false);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ObjectiveListModel::ObjectiveColumn && !m_sizingColumns)
            m_objectiveWidthChosen = true;
    });

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT objectiveSelected(m_model->idAt(current.row()));
    });
}

void BoardOverview::setCurrentObjective(Id objectiveId)
{
    const QModelIndex index = m_model->indexOf(objectiveId);
    if (index.isValid() && currentIndex().row() != index.row()) {
        setCurrentIndex(index);
        scrollTo(index);
    }
}

void BoardOverview::setSelectedActivity(Id activityId)
{
    m_delegate->setSelectedActivity(activityId);
    viewport()->update();
}

Id BoardOverview::activityAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid() || index.column() == ObjectiveListModel::ObjectiveColumn)
        return 0;
    const QList<Id> ids = index.data(ObjectiveListModel::ActivityIdsRole).value<QList<Id>>();
    const QList<QRect> rects = OverviewDelegate::chipRects(visualRect(index), int(ids.size()), fontMetrics());
    for (int i = 0; i < rects.size(); ++i)
        if (rects[i].contains(pos))
            return ids[i];
    return 0;
}

void BoardOverview::mousePressEvent(QMouseEvent *event)
{
    m_pressed = activityAt(event->position().toPoint());
    QTableView::mousePressEvent(event);
    if (m_pressed) {
        setSelectedActivity(m_pressed);
        Q_EMIT activitySelected(m_pressed);
    }
}

void BoardOverview::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Id id = activityAt(event->position().toPoint());
    if (id)
        Q_EMIT activityOpened(id);
    else
        QTableView::mouseDoubleClickEvent(event);
}

void BoardOverview::startDrag(Qt::DropActions)
{
    // Only chips are dragged; a cell or an objective is not something to move from here.
    if (!m_pressed)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(Mime::encode(Mime::activity(), m_pressed, *m_model->document()));
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    m_pressed = 0;
}

bool BoardOverview::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Id id = activityAt(help->pos());
        const Project &project = m_model->document()->project();
        if (const Activity *a = project.activity(id)) {
            const Tool *tool = project.tool(a->toolId);
            QToolTip::showText(help->globalPos(),
                tr("%1\n%2 · %3 · %4")
                    .arg(a->title, enumLabel(a->direction), tool ? tool->name : tr("no tool"),
                        a->duration.isSet() ? a->duration.toDisplay() : tr("no duration")),
                viewport());
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

void BoardOverview::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // The statements take about a third of the width and the lanes share the rest, until the
    // user drags the column to a width of their own.
    if (!m_objectiveWidthChosen) {
        m_sizingColumns = true;
        horizontalHeader()->resizeSection(
            ObjectiveListModel::ObjectiveColumn, std::clamp(viewport()->width() * 34 / 100, 240, 400));
        m_sizingColumns = false;
    }
    // Wider lanes hold more chips per row, so the row heights change with the width.
    verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace bw::ui
