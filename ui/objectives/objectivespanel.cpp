// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivespanel.h"

#include "document/document.h"
#include "hintlistview.h"
#include "objectivedelegate.h"
#include "objectivelistmodel.h"

#include <QToolBar>
#include <QVBoxLayout>

namespace bw::ui {

ObjectivesPanel::ObjectivesPanel(ObjectiveListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_toolBar(new QToolBar(this))
    , m_view(new HintListView(this))
{
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setAccessibleName(tr("Objective actions"));

    m_view->setModel(model);
    m_view->setModelColumn(ObjectiveListModel::ObjectiveColumn);
    m_view->setItemDelegate(new ObjectiveDelegate(m_view));
    m_view->setAccessibleName(tr("Objectives"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEmptyHint(tr("No objectives yet.\nPress Ctrl+Shift+N to write the first one: what should "
                            "learners be able to do afterwards?"));
    m_view->setWordWrap(true);
    // Statements wrap and elide in the delegate; the list never scrolls sideways.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ObjectivesPanel::emitCurrent);
    const auto chosen = [this](const QModelIndex &index) {
        if (const Id id = m_model->idAt(index.row()))
            Q_EMIT objectiveChosen(id);
    };
    connect(m_view, &QAbstractItemView::pressed, this, chosen);
    connect(m_view, &QAbstractItemView::activated, this, chosen);
    // After a reset (open, new) or the first insert, something must be selected so that the
    // board shows lanes and the keyboard has a target.
    auto selectFirst = [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        emitCurrent();
    };
    connect(model, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(model, &QAbstractItemModel::rowsInserted, this, selectFirst);
    connect(model, &QAbstractItemModel::rowsRemoved, this, selectFirst);
}

void ObjectivesPanel::emitCurrent()
{
    const Id id = m_model->idAt(m_view->currentIndex().row());
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentObjectiveChanged(id);
}

Id ObjectivesPanel::currentObjective() const
{
    return m_current;
}

void ObjectivesPanel::setCurrentObjective(Id objectiveId)
{
    const QModelIndex index = m_model->indexOf(objectiveId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ObjectivesPanel::addObjective()
{
    const int current = m_view->currentIndex().row();
    Objective objective;
    objective.statement = tr("New objective");
    const Id id = m_model->document()->addObjective(objective, current >= 0 ? current + 1 : -1);
    setCurrentObjective(id);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(m_view->currentIndex());
}

void ObjectivesPanel::removeCurrentObjective()
{
    if (m_current)
        m_model->document()->removeObjective(m_current);
}

void ObjectivesPanel::moveCurrentObjective(int delta)
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    const Id id = m_current;
    m_model->document()->moveObjective(id, row + delta);
    setCurrentObjective(id);
}

void ObjectivesPanel::editCurrentObjective()
{
    if (m_view->currentIndex().isValid()) {
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->edit(m_view->currentIndex());
    }
}

} // namespace bw::ui
