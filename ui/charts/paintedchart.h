#pragma once

#include "dashboardchart.h"

namespace Portrait::Ui {

/// A dashboard chart we paint ourselves (Qt Charts has no treemap, heatmap or table-like bars).
/// The same paint() serves the view and the export; hitTest() answers clicks and tooltips.
class PaintedChart : public DashboardChart
{
    Q_OBJECT

public:
    using DashboardChart::DashboardChart;

    struct Hit
    {
        int segment = -1;   ///< the segment under the point, -1 for none
        QString toolTip;
    };

    /// What lies at pos when the chart is painted into body.
    virtual Hit hitTest(const QRectF &body, const QPointF &pos) const = 0;
    /// Draws the chart (no title, background already white) into body.
    virtual void paint(QPainter *painter, const QRectF &body) const = 0;
    /// Whether a click at pos does something (the view shows a pointing hand there): by default,
    /// whether it hits a segment. Charts with other clickable marks override both functions.
    virtual bool isClickable(const QRectF &body, const QPointF &pos) const;
    /// A left click at pos: emits segmentClicked() for a segment.
    virtual void click(const QRectF &body, const QPointF &pos);

    /// A plain widget that paints the chart, shows tooltips and emits segmentClicked on a click.
    QWidget *createWidget(QWidget *parent) override;

protected:
    void renderBody(QPainter *painter, const QRectF &body) override { paint(painter, body); }
};

} // namespace Portrait::Ui
