// SPDX-License-Identifier: GPL-3.0-or-later
#include "blendoverview.h"

#include "document/document.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"
#include "theme.h"
#include "togglegroup.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace bw::ui {

namespace {
constexpr int UpdateDelayMs = 200;
constexpr int FollowSelection = -1;

// Row order of the figures: the three directions, then activities without one.
constexpr std::array<Direction, 4> Directions = {Direction::OneToMany, Direction::ManyToOne,
                                                 Direction::ManyToMany, Direction::Unset};
constexpr std::array<Phase, 3> Phases = {Phase::PreClass, Phase::InClass, Phase::PostClass};

int phaseIndex(Phase p)
{
    switch (p) {
    case Phase::PreClass: return 0;
    case Phase::InClass: return 1;
    case Phase::PostClass: return 2;
    default: return -1;
    }
}

int directionIndex(Direction d)
{
    switch (d) {
    case Direction::OneToMany: return 0;
    case Direction::ManyToOne: return 1;
    case Direction::ManyToMany: return 2;
    default: return 3;
    }
}

QString number(double value)
{
    // Whole minutes, as the plan and the status bar count them (each activity rounded first).
    return QLocale().toString(qint64(plan::wholeMinutes(value)));
}
} // namespace

BlendOverview::BlendOverview(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_timer(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_measureToggle(new ToggleGroup(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QStackedBarSeries(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_table(new QTableWidget(int(Directions.size()) + 1, int(Phases.size()) + 1, this))
    , m_inClass(new QLabel(this))
{
    setAccessibleName(tr("Blend overview"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(UpdateDelayMs);
    connect(m_timer, &QTimer::timeout, this, &BlendOverview::recompute);
    connect(m_doc, &Document::changed, m_timer, qOverload<>(&QTimer::start));

    // --- Controls: scope and measure.
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setToolTip(tr("Which activities the figures cover"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(18);
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    connect(m_scope, &QComboBox::activated, this, &BlendOverview::recompute);

    m_measureToggle->addChoice(int(Measure::Minutes), QIcon(), tr("Minutes"),
                               tr("Add up the estimated minutes (the middle of a range)"));
    m_measureToggle->addChoice(int(Measure::Count), QIcon(), tr("Activities"), tr("Count the activities"));
    m_measureToggle->setValue(int(Measure::Minutes));
    m_measureToggle->setAccessibleName(tr("Measure"));
    connect(m_measureToggle, &ToggleGroup::chosen, this, [this](int value) { setMeasure(Measure(value)); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(scopeLabel);
    controls->addWidget(m_scope, 1);
    controls->addSpacing(8);
    controls->addWidget(m_measureToggle);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    // --- Chart: phases across, directions stacked, in the colours the board uses.
    for (size_t i = 0; i < Directions.size(); ++i) {
        const Direction d = Directions[i];
        m_sets[i] = new QBarSet(d == Direction::Unset ? tr("No direction") : enumLabel(d), m_series);
        m_sets[i]->append(QList<qreal>(Phases.size(), 0.0));
        m_series->append(m_sets[i]);
    }
    m_series->setBarWidth(0.6);
    m_chart->addSeries(m_series);
    auto *axisX = new QBarCategoryAxis(m_chart);
    for (Phase p : Phases)
        axisX->append(enumLabel(p));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    m_view->setMinimumWidth(320);
    m_view->setAccessibleName(tr("Blend chart"));
    m_view->setFocusPolicy(Qt::NoFocus);

    // --- Table: the same figures, for reading exact values and for screen readers.
    QStringList columns;
    for (Phase p : Phases)
        columns.append(enumLabel(p));
    columns.append(tr("Total"));
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (Direction d : Directions)
        rows.append(d == Direction::Unset ? tr("No direction") : enumLabel(d));
    rows.append(tr("Total"));
    m_table->setVerticalHeaderLabels(rows);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (r < int(Directions.size()) && Directions[size_t(r)] != Direction::Unset)
            m_table->verticalHeaderItem(r)->setIcon(Theme::directionIcon(Directions[size_t(r)]));
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (r == m_table->rowCount() - 1 || c == m_table->columnCount() - 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(tr("Blend figures"));

    m_inClass->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    // Chart and figures side by side: the dock is a wide strip along the bottom of the window.
    auto *figures = new QVBoxLayout;
    figures->addWidget(m_table);
    figures->addWidget(m_inClass);
    figures->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 3);
    body->addLayout(figures, 2);
    layout->addLayout(body, 1);

    const auto scopesChanged = [this] {
        rebuildScopes();
        m_timer->start();
    };
    connect(m_doc, &Document::objectiveInserted, this, scopesChanged);
    connect(m_doc, &Document::objectiveRemoved, this, scopesChanged);
    connect(m_doc, &Document::objectiveChanged, this, scopesChanged);
    connect(m_doc, &Document::objectiveMoved, this, scopesChanged);
    connect(m_doc, &Document::projectReset, this, scopesChanged);

    rebuildScopes();
    applyPalette();
    recompute();
}

void BlendOverview::rebuildScopes()
{
    const QVariant keep = m_scope->currentData();
    m_scope->clear();
    m_scope->addItem(tr("Follow the selected objective"), FollowSelection);
    m_scope->addItem(tr("Whole programme"), Id(0));
    const auto &objectives = m_doc->project().objectives;
    for (int i = 0; i < objectives.size(); ++i) {
        const Objective &o = objectives.at(i);
        m_scope->addItem(icon(QStringLiteral("objective")), tr("%1. %2").arg(i + 1).arg(o.statement), o.id);
        m_scope->setItemData(m_scope->count() - 1, o.statement, Qt::ToolTipRole);
    }
    // A removed objective falls back to the whole programme rather than to an arbitrary one.
    int index = keep.isValid() ? m_scope->findData(keep) : 0;
    if (index < 0)
        index = 1;
    m_scope->setCurrentIndex(index);
}

void BlendOverview::setObjective(Id id)
{
    if (id == m_followed)
        return;
    m_followed = id;
    if (m_scope->currentData().toLongLong() == FollowSelection)
        recompute();
}

Id BlendOverview::shownObjective() const
{
    const qint64 scope = m_scope->currentData().toLongLong();
    const Id id = scope == FollowSelection ? m_followed : Id(scope);
    return m_doc->project().objective(id) ? id : 0;
}

void BlendOverview::setMeasure(Measure measure)
{
    m_measure = measure;
    m_measureToggle->setValue(int(measure));
    showFigures();
}

double BlendOverview::minutes(Phase phase, Direction direction) const
{
    const int p = phaseIndex(phase);
    return p < 0 ? 0.0 : m_minutes[size_t(p)][size_t(directionIndex(direction))];
}

int BlendOverview::count(Phase phase, Direction direction) const
{
    const int p = phaseIndex(phase);
    return p < 0 ? 0 : m_counts[size_t(p)][size_t(directionIndex(direction))];
}

double BlendOverview::inClassShare() const
{
    double total = 0;
    double inClass = 0;
    for (size_t p = 0; p < Phases.size(); ++p)
        for (size_t d = 0; d < Directions.size(); ++d) {
            total += m_minutes[p][d];
            if (Phases[p] == Phase::InClass)
                inClass += m_minutes[p][d];
        }
    return total > 0 ? inClass / total : 0.0;
}

void BlendOverview::updateNow()
{
    m_timer->stop();
    recompute();
}

void BlendOverview::recompute()
{
    m_timer->stop();
    m_minutes = {};
    m_counts = {};
    m_unphased = 0;
    const Id scope = shownObjective();
    for (const Objective &o : m_doc->project().objectives) {
        if (scope && o.id != scope)
            continue;
        for (const Activity &a : o.activities) {
            const int p = phaseIndex(a.phase);
            if (p < 0) {
                ++m_unphased;
                continue;
            }
            const auto d = size_t(directionIndex(a.direction));
            m_minutes[size_t(p)][d] += double(plan::wholeMinutes(workloadMinutes(a, activityDate(m_doc->project(), a))));
            m_counts[size_t(p)][d] += 1;
        }
    }
    const Objective *o = m_doc->project().objective(scope);
    m_heading->setText(o ? o->statement : tr("Whole programme"));
    showFigures();
}

void BlendOverview::showFigures()
{
    const bool mins = m_measure == Measure::Minutes;
    const auto value = [&](size_t p, size_t d) -> double { return mins ? m_minutes[p][d] : m_counts[p][d]; };

    double highest = 0;
    std::array<double, 4> rowTotals{};
    std::array<double, 3> columnTotals{};
    for (size_t p = 0; p < Phases.size(); ++p) {
        for (size_t d = 0; d < Directions.size(); ++d) {
            m_sets[d]->replace(qsizetype(p), value(p, d));
            columnTotals[p] += value(p, d);
            rowTotals[d] += value(p, d);
            m_table->item(int(d), int(p))->setText(number(value(p, d)));
        }
        m_table->item(int(Directions.size()), int(p))->setText(number(columnTotals[p]));
        highest = std::max(highest, columnTotals[p]);
    }
    double grand = 0;
    for (size_t d = 0; d < Directions.size(); ++d) {
        m_table->item(int(d), int(Phases.size()))->setText(number(rowTotals[d]));
        grand += rowTotals[d];
    }
    m_table->item(int(Directions.size()), int(Phases.size()))->setText(number(grand));

    // "No direction" only earns a place in the legend and the table when something lacks one.
    const bool undirected = rowTotals[3] > 0;
    m_table->setRowHidden(3, !undirected);
    const auto markers = m_chart->legend()->markers(m_series);
    if (markers.size() == int(Directions.size()) && markers.at(3)->isVisible() != undirected) {
        markers.at(3)->setVisible(undirected);
        // The legend does not lay itself out again when a marker appears: without this the
        // "No direction" swatch sat above the others, without its label.
        m_chart->legend()->hide();
        m_chart->legend()->show();
    }

    m_axisY->setRange(0, highest > 0 ? highest * 1.1 : (mins ? 60 : 4));
    m_axisY->applyNiceNumbers();
    m_axisY->setTitleText(mins ? tr("Minutes") : tr("Activities"));

    const double share = inClassShare();
    double totalMinutes = 0;
    for (const auto &phase : m_minutes)
        for (double v : phase)
            totalMinutes += v;
    QString text;
    if (totalMinutes > 0)
        text = tr("Time in class: %1% of %2 minutes. Flipped classrooms keep class time for practice and "
                  "feedback, and move content before and after.")
                   .arg(QLocale().toString(qRound(share * 100)), number(totalMinutes));
    else
        text = tr("No minutes estimated yet: give activities a duration to see how the time is spent.");
    if (m_unphased > 0)
        text += QLatin1Char(' ')
            + (m_unphased == 1 ? tr("1 activity has no phase and is not counted.")
                               : tr("%1 activities have no phase and are not counted.").arg(m_unphased));
    m_inClass->setText(text);
}

void BlendOverview::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The chart theme resets every colour; apply it first, then the palette and direction colours.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    m_chart->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (size_t d = 0; d < Directions.size(); ++d) {
        const QColor colour = Directions[d] == Direction::Unset ? pal.color(QPalette::Mid)
                                                                : Theme::directionColor(Directions[d]);
        m_sets[d]->setColor(colour);
        m_sets[d]->setBorderColor(pal.color(QPalette::Base));
        m_sets[d]->setLabelColor(text);
    }
    QFont font = this->font();
    m_chart->legend()->setFont(font);
    for (QAbstractAxis *axis : m_chart->axes())
        axis->setLabelsFont(font);
}

void BlendOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace bw::ui
