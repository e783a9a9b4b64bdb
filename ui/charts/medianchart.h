#pragma once

#include "chartdata.h"
#include "paintedchart.h"

namespace Portrait::Ui {

/// Median recency, frequency and monetary per segment as a small table whose cells carry bars
/// (length relative to the column's largest median). Clicking a row opens that segment.
class MedianChart : public PaintedChart
{
    Q_OBJECT

public:
    explicit MedianChart(SegmentData data, QObject *parent = nullptr);

    QString title() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;

private:
    struct Geometry
    {
        QRectF header;
        qreal rowHeight = 0;
        qreal nameWidth = 0;
        qreal columnWidth = 0;
    };
    Geometry geometry(const QRectF &body, const QFont &font) const;
    QRectF rowRect(const Geometry &g, qsizetype row) const;

    SegmentData m_data;
};

} // namespace Portrait::Ui
