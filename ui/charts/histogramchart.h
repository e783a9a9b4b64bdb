#pragma once

#include "chartdata.h"
#include "qtchartschart.h"

namespace Portrait::Ui {

/// The distribution of recency, frequency or monetary over the scored customers, with the score
/// cut points as dashed lines. Skewed metrics stop at their 99th percentile, and the axis says so.
class HistogramChart : public QtChartsChart
{
    Q_OBJECT

public:
    explicit HistogramChart(MetricHistogram data, QObject *parent = nullptr);

    QString title() const override;
    /// The value axis title: the metric, and where it was clipped.
    QString axisTitle() const;
    const MetricHistogram &data() const { return m_data; }

protected:
    QChart *buildChart() override;

private:
    MetricHistogram m_data;
};

} // namespace Portrait::Ui
