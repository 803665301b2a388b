// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QWidget>

#include <array>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace bw {
class Document;
}

namespace bw::ui {

// The blend at a glance: minutes (or activity counts) per phase and direction, as a stacked bar
// chart with the same figures in a table underneath, and the share of time spent in class — the
// flipped-classroom indicator. Covers the whole programme, one chosen objective, or follows the
// objective selected elsewhere. Recomputes shortly after edits, so typing never waits on it.
class BlendOverview : public QWidget
{
    Q_OBJECT
public:
    enum class Measure { Minutes, Count };

    explicit BlendOverview(bw::Document *document, QWidget *parent = nullptr);

    // The objective selected elsewhere; 0 = none (the whole programme is shown).
    void setObjective(bw::Id id);
    // The objective the figures are about; 0 for the whole programme.
    bw::Id shownObjective() const;

    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    // The figures as computed by the last update (minutes use Duration::typical()).
    double minutes(Phase phase, Direction direction) const;
    int count(Phase phase, Direction direction) const;
    // Share of the programme's minutes that is spent in class, 0–1; 0 when nothing is estimated.
    double inClassShare() const;
    // Recomputes at once instead of after the short delay (tests, first show).
    void updateNow();

    QTableWidget *table() const { return m_table; }
    QComboBox *scopeCombo() const { return m_scope; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildScopes();
    void recompute();
    void showFigures();
    void applyPalette();

    Document *m_doc;
    Id m_followed = 0;
    Measure m_measure = Measure::Minutes;
    // [phase: pre, in, post][direction: one-to-many, many-to-one, many-to-many, none]
    std::array<std::array<double, 4>, 3> m_minutes{};
    std::array<std::array<int, 4>, 3> m_counts{};
    int m_unphased = 0;

    QTimer *m_timer;
    QLabel *m_heading;
    QComboBox *m_scope;
    class ToggleGroup *m_measureToggle;
    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    std::array<QBarSet *, 4> m_sets{};
    QValueAxis *m_axisY;
    QTableWidget *m_table;
    QLabel *m_inClass;
};

} // namespace bw::ui
