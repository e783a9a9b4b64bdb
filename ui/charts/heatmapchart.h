#pragma once

#include "chartdata.h"
#include "paintedchart.h"

class QActionGroup;

namespace Portrait::Ui {

/// Customers (or their mean spend) per R score × F score cell, R on the vertical axis with the
/// best score on top, F across; every cell labelled with its value.
class HeatmapChart : public PaintedChart
{
    Q_OBJECT

public:
    enum class Measure { Customers, MeanMonetary };

    explicit HeatmapChart(RfHeatmapData data, QObject *parent = nullptr);

    QString title() const override;
    QList<QAction *> options() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;

    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    const RfHeatmapData &data() const { return m_data; }

private:
    struct Geometry
    {
        QRectF grid;
        qreal cell = 0;   ///< the side of one square cell
    };
    Geometry geometry(const QRectF &body, const QPainter *painter) const;
    double valueAt(int r, int f) const;
    QString cellLabel(int r, int f) const;

    RfHeatmapData m_data;
    Measure m_measure = Measure::Customers;
    QActionGroup *m_options = nullptr;
};

} // namespace Portrait::Ui
