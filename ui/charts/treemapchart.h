#pragma once

#include "chartdata.h"
#include "paintedchart.h"

#include <vector>

namespace Portrait::Ui {

/// Segment sizes as a squarified treemap: one tile per segment with customers, its area their
/// share, labelled with the segment's name and share, in the segment's colour.
class TreemapChart : public PaintedChart
{
    Q_OBJECT

public:
    explicit TreemapChart(SegmentData data, QObject *parent = nullptr);

    QString title() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;

    struct Tile
    {
        qsizetype index;   ///< into data().segments
        QRectF rect;
    };
    /// The tiles as painted into body, largest first (Bruls, Huizing and van Wijk's squarified
    /// layout).
    std::vector<Tile> layout(const QRectF &body) const;
    const SegmentData &data() const { return m_data; }

private:

    SegmentData m_data;
};

} // namespace Portrait::Ui
