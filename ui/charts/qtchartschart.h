#pragma once

#include "dashboardchart.h"

class QChart;

namespace Portrait::Ui {

/// A dashboard chart drawn by Qt Charts. Subclasses only build a QChart of their data; the view,
/// the rebuild on option changes and the export rendering are shared.
class QtChartsChart : public DashboardChart
{
    Q_OBJECT

public:
    using DashboardChart::DashboardChart;

    /// A QChartView; it rebuilds its chart when the chart's options change.
    QWidget *createWidget(QWidget *parent) override;

protected:
    /// A new chart (caller owns it) of the data and the current options, without a title. Connect
    /// clicks on segments to segmentClicked() here.
    virtual QChart *buildChart() = 0;
    /// The shared look: no animation, no shadow or rounded frame, tight margins, numbers localized.
    static void applyStyle(QChart *chart);

    void renderBody(QPainter *painter, const QRectF &body) override;
};

} // namespace Portrait::Ui
