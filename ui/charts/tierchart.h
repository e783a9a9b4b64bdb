#pragma once

#include "chartdata.h"
#include "paintedchart.h"

namespace Portrait::Ui {

/// Scored customers per value tier (高 / 中 / 低 by the RFM score) as a ring: each slice labelled
/// with its tier, customers and share, the total in the middle. Painted by us, so the labels are
/// placed where they cannot collide.
class TierChart : public PaintedChart
{
    Q_OBJECT

public:
    explicit TierChart(TierData data, QObject *parent = nullptr);

    QString title() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;

    struct SliceLabel
    {
        int tier;
        QRectF rect;
        QStringList lines;
    };
    /// The slice labels as painted into body (tiers without customers have none).
    QList<SliceLabel> sliceLabels(const QRectF &body) const;
    /// The two lines in the ring's middle: the total and what it counts.
    QStringList centreText() const;
    /// The ring's bounding square in body.
    QRectF ringRect(const QRectF &body) const;

private:
    /// Start angle and span (degrees, counter-clockwise from 3 o'clock as QPainter::drawPie) of a tier.
    std::pair<qreal, qreal> sliceAngles(int tier) const;

    TierData m_data;
};

} // namespace Portrait::Ui
