// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityboard.h"

#include "activitylanemodel.h"
#include "activitylaneview.h"
#include "document/document.h"
#include "elidedlabel.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
const Phase PlacedPhases[] = {Phase::PreClass, Phase::InClass, Phase::PostClass};
constexpr int TitleLines = 3; // of the objective's statement in the board's header
} // namespace

ActivityBoard::ActivityBoard(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_title(new ElidedLabel(this))
{
    setAccessibleName(tr("Activity board"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"boardTitle"_s);
    // The objective in full across the board's width, word-wrapped; only a statement longer
    // than three lines is shortened, and then the tooltip holds all of it.
    m_title->setMaximumLines(TitleLines);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The legend has a row of its own, so it never takes width from the statement.
    auto *top = new QVBoxLayout;
    top->setContentsMargins(12, 8, 12, 4);
    top->setSpacing(4);
    top->addWidget(m_title);
    top->addWidget(createLegend(), 0, Qt::AlignLeft);

    auto *lanes = new QHBoxLayout;
    lanes->setContentsMargins(8, 4, 8, 8);
    lanes->setSpacing(8);
    for (Phase phase : {Phase::PreClass, Phase::InClass, Phase::PostClass, Phase::Unset}) {
        Lane lane{phase};
        createLane(lane);
        lanes->addWidget(lane.column, 1);
        m_lanes.append(lane);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(lanes, 1);

    connect(m_doc, &Document::objectiveChanged, this, [this](int, Id id) {
        if (id == m_objective)
            updateTitle();
    });
    connect(m_doc, &Document::objectiveMoved, this, &ActivityBoard::updateTitle);
    // The objectives panel may have chosen the new project's first objective before this runs:
    // keep that choice when it exists in the new project, fall back to none otherwise.
    connect(m_doc, &Document::projectReset, this, [this] { setObjective(m_objective); });
    setObjective(0);
}

QWidget *ActivityBoard::createLegend()
{
    auto *legend = new QWidget(this);
    legend->setAccessibleName(tr("Direction legend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (Direction d : enumValues<Direction>()) {
        auto *item = new QLabel(legend);
        const int size = item->fontMetrics().height();
        item->setText(u"<span style=\"color:%1\">■</span> "_s.arg(Theme::directionColor(d).name())
                      + enumLabel(d).toHtmlEscaped());
        item->setToolTip(d == Direction::OneToMany    ? tr("Content goes out from the trainer to the learners")
                         : d == Direction::ManyToOne ? tr("Learners report back to the trainer")
                                                     : tr("Learners share with each other"));
        auto *iconLabel = new QLabel(legend);
        iconLabel->setPixmap(Theme::directionIcon(d).pixmap(QSize(size, size), devicePixelRatioF()));
        layout->addWidget(iconLabel);
        layout->addWidget(item);
    }
    return legend;
}

void ActivityBoard::createLane(Lane &lane)
{
    lane.column = new QWidget(this);
    auto *layout = new QVBoxLayout(lane.column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(lane.column);
    header->setAutoFillBackground(true);
    header->setObjectName(u"laneHeader"_s);
    auto *rows = new QVBoxLayout(header);
    rows->setContentsMargins(10, 6, 10, 5);
    rows->setSpacing(1);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(header);
    const int size = iconLabel->fontMetrics().height() + 2;
    iconLabel->setPixmap(Theme::phaseIcon(lane.phase).pixmap(QSize(size, size), devicePixelRatioF()));
    auto *name = new QLabel(lane.phase == Phase::Unset ? tr("Not placed") : enumLabel(lane.phase), header);
    QFont bold = name->font();
    bold.setWeight(QFont::DemiBold);
    name->setFont(bold);
    // The lane's figures on a quieter second line, shortened rather than widening the lane.
    lane.count = new ElidedLabel(header);
    QFont small = lane.count->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    lane.count->setFont(small);
    lane.count->setForegroundRole(QPalette::PlaceholderText);
    h->addWidget(iconLabel);
    h->addWidget(name, 1);
    rows->addLayout(h);
    rows->addWidget(lane.count);

    // A thin bar in the phase colour ties the lane to the blend chart and the plan document.
    auto *bar = new QWidget(lane.column);
    bar->setFixedHeight(3);
    bar->setAutoFillBackground(true);
    QPalette barPalette = bar->palette();
    barPalette.setColor(QPalette::Window, Theme::phaseColor(lane.phase));
    bar->setPalette(barPalette);

    lane.model = new ActivityLaneModel(m_doc, lane.phase, this);
    lane.view = new ActivityLaneView(lane.column);
    lane.view->setModel(lane.model);
    const QString laneName = lane.phase == Phase::Unset ? tr("Not placed") : enumLabel(lane.phase);
    lane.view->setAccessibleName(tr("%1 lane").arg(laneName));
    lane.view->setEmptyHint(lane.phase == Phase::Unset ? QString()
                                                       : tr("No %1 activities.\nPress Ins to add one, or drop a card "
                                                            "here.")
                                                             .arg(laneName.toLower()));
    layout->addWidget(header);
    layout->addWidget(bar);
    layout->addWidget(lane.view, 1);

    const Phase phase = lane.phase;
    auto refresh = [this, phase] {
        const Lane &l = m_lanes[laneIndexOf(phase)];
        updateLaneHeader(l);
    };
    connect(lane.model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(lane.model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(lane.model, &QAbstractItemModel::modelReset, this, refresh);
    connect(lane.model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(lane.model, &QAbstractItemModel::rowsMoved, this, refresh);

    connect(lane.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, phase](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_currentPhase = phase;
                // One selected card on the whole board.
                for (const Lane &other : std::as_const(m_lanes))
                    if (other.phase != phase)
                        other.view->selectionModel()->clear();
                const Lane &l = m_lanes[laneIndexOf(phase)];
                l.view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
                updateCurrent();
            });
    connect(lane.view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityBoard::updateCurrent);
    connect(lane.model, &QAbstractItemModel::modelReset, this, &ActivityBoard::updateCurrent);
    connect(lane.model, &QAbstractItemModel::rowsRemoved, this, &ActivityBoard::updateCurrent);
    connect(lane.view, &ActivityLaneView::inspectRequested, this, &ActivityBoard::inspectRequested);
    connect(lane.view, &ActivityLaneView::focusReceived, this, [this, phase] { m_currentPhase = phase; });
    connect(lane.view, &ActivityLaneView::laneStepRequested, this, [this, phase](int delta) {
        const int from = laneIndexOf(phase);
        const Lane &l = m_lanes[from];
        int to = from + delta;
        while (to >= 0 && to < m_lanes.size() && m_lanes[to].column->isHidden())
            to += delta;
        if (to >= 0 && to < m_lanes.size())
            focusLane(to, l.view->currentIndex().row());
    });
}

int ActivityBoard::laneIndexOf(Phase phase) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].phase == phase)
            return i;
    return 0;
}

ActivityLaneView *ActivityBoard::laneView(Phase phase) const
{
    return m_lanes[laneIndexOf(phase)].view;
}

ActivityLaneModel *ActivityBoard::laneModel(Phase phase) const
{
    return m_lanes[laneIndexOf(phase)].model;
}

void ActivityBoard::setMarkedActivities(const QSet<Id> &ids)
{
    for (const Lane &lane : std::as_const(m_lanes))
        if (lane.model)
            lane.model->setMarked(ids);
}

void ActivityBoard::setReadOnly(bool readOnly)
{
    for (const Lane &lane : std::as_const(m_lanes)) {
        lane.view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::EditKeyPressed);
        lane.view->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    }
}

void ActivityBoard::updateLaneHeader(const Lane &lane)
{
    double minutes = 0;
    const Objective *o = m_doc->project().objective(m_objective);
    if (o)
        for (const auto &a : o->activities)
            if (a.phase == lane.phase)
                minutes += double(plan::wholeMinutes(workloadMinutes(a, activityDate(m_doc->project(), a))));
    const int count = lane.model->rowCount();
    // Singular spelled out so that untranslated English reads right.
    const QString activities = count == 1 ? tr("1 activity") : tr("%n activities", nullptr, count);
    lane.count->setFullText(tr("%1 · %2 min").arg(activities).arg(std::lround(minutes)));
    if (lane.phase == Phase::Unset)
        lane.column->setVisible(count > 0);
}

void ActivityBoard::updateTitle()
{
    const Project &project = m_doc->project();
    const int row = project.objectiveRow(m_objective);
    if (row < 0) {
        m_title->setFullText(project.objectives.isEmpty() ? tr("Start with an objective: press Ctrl+Shift+N")
                                                          : tr("Select an objective"));
        return;
    }
    const QString statement = project.objectives[row].statement;
    m_title->setFullText(tr("Objective %1: %2").arg(row + 1).arg(statement));
}

void ActivityBoard::setForeignDrop(const QStringList &types, const std::function<bool(const QMimeData *, Id, Phase, int)> &drop)
{
    for (Lane &lane : m_lanes)
        lane.model->setForeignDrop(types, drop);
}

void ActivityBoard::setObjective(Id objectiveId)
{
    if (!m_doc->project().objective(objectiveId))
        objectiveId = 0;
    m_objective = objectiveId;
    for (const Lane &lane : std::as_const(m_lanes)) {
        lane.model->setObjective(objectiveId);
        lane.view->setEnabled(objectiveId != 0);
        updateLaneHeader(lane);
    }
    updateTitle();
    updateCurrent();
}

Id ActivityBoard::currentActivity() const
{
    return m_current;
}

void ActivityBoard::updateCurrent()
{
    Id current = 0;
    for (const Lane &lane : std::as_const(m_lanes)) {
        const QModelIndexList selected = lane.view->selectionModel()->selectedIndexes();
        if (!selected.isEmpty()) {
            current = lane.model->idAt(selected.first().row());
            break;
        }
    }
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentActivityChanged(current);
    }
}

const ActivityBoard::Lane *ActivityBoard::laneOf(Id activityId, int *row) const
{
    for (const Lane &lane : m_lanes) {
        const int r = lane.model->rowOf(activityId);
        if (r >= 0) {
            if (row)
                *row = r;
            return &lane;
        }
    }
    return nullptr;
}

void ActivityBoard::selectActivity(Id activityId, bool focus)
{
    int row = -1;
    const Lane *lane = laneOf(activityId, &row);
    if (!lane)
        return;
    const QModelIndex index = lane->model->index(row);
    lane->view->setCurrentIndex(index);
    lane->view->scrollTo(index);
    if (focus)
        lane->view->setFocus(Qt::OtherFocusReason);
}

void ActivityBoard::focusLane(int laneIndex, int row)
{
    const Lane &lane = m_lanes[laneIndex];
    m_currentPhase = lane.phase;
    lane.view->setFocus(Qt::TabFocusReason);
    const int count = lane.model->rowCount();
    if (count > 0)
        lane.view->setCurrentIndex(lane.model->index(std::clamp(row, 0, count - 1)));
}

void ActivityBoard::addActivity()
{
    const Objective *o = m_doc->project().objective(m_objective);
    if (!o)
        return;
    const Phase phase = m_currentPhase;
    int laneRow = -1;
    int row = -1;
    if (laneOf(m_current, &row) && m_doc->project().activity(m_current)->phase == phase)
        laneRow = row + 1;
    Activity activity;
    activity.title = tr("New activity");
    activity.phase = phase;
    const Id id = m_doc->addActivity(m_objective, activity, ActivityLaneModel::insertionRow(*o, phase, laneRow, 0));
    selectActivity(id, true);
    const Lane &lane = m_lanes[laneIndexOf(phase)];
    lane.view->edit(lane.view->currentIndex());
}

void ActivityBoard::removeCurrentActivity()
{
    int row = -1;
    const Lane *lane = laneOf(m_current, &row);
    if (!lane)
        return;
    const bool hadFocus = lane->view->hasFocus();
    m_doc->removeActivity(m_current);
    const int count = lane->model->rowCount();
    if (count > 0) {
        lane->view->setCurrentIndex(lane->model->index(std::min(row, count - 1)));
        if (hadFocus)
            lane->view->setFocus();
    }
}

void ActivityBoard::moveCurrentInLane(int delta)
{
    int row = -1;
    const Lane *lane = laneOf(m_current, &row);
    const Objective *o = m_doc->project().objective(m_objective);
    if (!lane || !o)
        return;
    const int to = row + delta;
    if (to < 0 || to >= lane->model->rowCount())
        return;
    const Id id = m_current;
    m_doc->moveActivity(id, m_objective, ActivityLaneModel::insertionRow(*o, lane->phase, to, id), lane->phase);
    selectActivity(id, lane->view->hasFocus());
}

void ActivityBoard::moveCurrentToLane(int delta)
{
    int row = -1;
    const Lane *lane = laneOf(m_current, &row);
    const Objective *o = m_doc->project().objective(m_objective);
    if (!lane || !o)
        return;
    int target = 0;
    if (lane->phase == Phase::Unset) {
        if (delta < 0)
            return;
    } else {
        target = laneIndexOf(lane->phase) + delta;
        if (target < 0 || target > 2)
            return;
    }
    const Phase phase = PlacedPhases[target];
    const Id id = m_current;
    const bool focus = lane->view->hasFocus();
    m_doc->moveActivity(id, m_objective, ActivityLaneModel::insertionRow(*o, phase, row, id), phase);
    m_currentPhase = phase;
    selectActivity(id, focus);
}

void ActivityBoard::moveCurrentToObjective(int delta)
{
    const Lane *lane = laneOf(m_current);
    const Project &project = m_doc->project();
    const int from = project.objectiveRow(m_objective);
    const int to = from + delta;
    if (!lane || from < 0 || to < 0 || to >= project.objectives.size())
        return;
    const Id id = m_current;
    const Objective &target = project.objectives[to];
    const Id targetId = target.id;
    const Phase phase = lane->phase;
    const bool focus = lane->view->hasFocus();
    m_doc->moveActivity(id, targetId, ActivityLaneModel::insertionRow(target, phase, -1, id), phase);
    // Follow the card, so that pressing the key again keeps moving it.
    Q_EMIT objectiveRequested(targetId);
    if (m_objective != targetId)
        setObjective(targetId);
    selectActivity(id, focus);
}

} // namespace bw::ui
