#pragma once

#include "chartdata.h"
#include "paintedchart.h"
#include "rfm/histogramdata.h"

class QActionGroup;

namespace Portrait::Ui {

/// Two of the three metrics against each other, one point per (sampled) customer, coloured by
/// segment. Clicking a point or a legend entry opens that segment. Painted by us: Qt Charts
/// spends seconds on the first paint of 50,000 scatter points.
class ScatterChart : public PaintedChart
{
    Q_OBJECT

public:
    enum class Pair { RecencyMonetary, FrequencyMonetary, RecencyFrequency };

    ScatterChart(ScatterSample sample, SegmentData segments, QObject *parent = nullptr);

    QString title() const override;
    QList<QAction *> options() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;

    Pair pair() const { return m_pair; }
    void setPair(Pair pair);
    /// The axis title of a metric: its name, and where it was clipped.
    QString axisTitle(Rfm::Dimension d) const;
    /// Whether a metric's axis is logarithmic: frequency and spend when their values are skewed, so
    /// the many small spenders are not one smudge at the origin.
    bool isLogAxis(Rfm::Dimension d) const { return m_log[size_t(d)]; }
    /// The tick values of a metric's axis.
    std::vector<double> axisTicks(Rfm::Dimension d) const;
    /// Where the legend entry of segments.segments[slot] is drawn in body.
    QRectF legendEntry(const QRectF &body, qsizetype slot) const;

private:
    struct Axis
    {
        Rfm::Dimension dimension;
        AxisScale scale = AxisScale::Linear;
        double low = 0, high = 1;      ///< axis coordinates (HistogramData::toAxis)
        std::vector<double> ticks;     ///< values
    };
    struct Geometry
    {
        QRectF plot;
        QRectF legend;
        qreal legendRow = 0;
        Axis x, y;
    };
    Geometry geometry(const QRectF &body) const;
    Axis axisFor(Rfm::Dimension d) const;
    double clipped(Rfm::Dimension d, qsizetype i) const;
    QPointF toPixel(const Geometry &g, double x, double y) const;
    void paintAxes(QPainter *painter, const Geometry &g) const;
    void paintPoints(QPainter *painter, const Geometry &g) const;
    void paintLegend(QPainter *painter, const Geometry &g) const;

    ScatterSample m_sample;
    SegmentData m_segments;
    std::vector<qsizetype> m_slotOf;   ///< per sample point: index into m_segments.segments, -1 not shown
    Pair m_pair = Pair::RecencyMonetary;
    QActionGroup *m_options = nullptr;
    std::array<bool, 3> m_log {};
};

} // namespace Portrait::Ui
