#pragma once

#include "timeline/periods.h"
#include "timeline/trend.h"

#include <QDate>

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Portrait::Ui {

class TimelineContext;

/// Segment sizes over time: the first day of every week, month or quarter between two dates, each
/// scored as `portrait rfm --as-of` would, as a stacked area chart and a table.
class TrendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrendPanel(TimelineContext *context, QWidget *parent = nullptr);

    /// Sets the dates to the two years up to the scoring's date (after a project was opened).
    void resetDates();
    /// Computes the trend from .. to every period (off the GUI thread).
    void compute(QDate from, QDate to, Timeline::Every every);
    const std::optional<Timeline::Trend> &trend() const { return m_trend; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    /// The chart's legend: one checkable line per segment, in the scheme's order.
    QListWidget *legend() const { return m_legend; }
    void clear();

private:
    void show(Timeline::Trend trend);
    void fillLegend();
    void fillChart();
    void fillTable();
    bool isShown(int segment) const;

    TimelineContext *m_context;
    std::optional<Timeline::Trend> m_trend;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_every = nullptr;
    QComboBox *m_measure = nullptr;
    QPushButton *m_compute = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_chart = nullptr;
    QListWidget *m_legend = nullptr;
    bool m_fillingLegend = false;
    QTableWidget *m_table = nullptr;
};

} // namespace Portrait::Ui
