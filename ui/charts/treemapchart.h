#pragma once

#include "chartdata.h"
#include "paintedchart.h"

#include <vector>

class QPaintDevice;

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

    /// The lines a tile shows, each whole (never cut short with "…"): the name and the share, or,
    /// as the tile gets smaller, the short name (without "Customers" / "客户"), then the count
    /// alone; nothing when not even that fits; the tooltip has it all.
    QStringList tileLines(const Tile &tile, QPaintDevice *device = nullptr) const;
    /// A segment name without the word every segment shares: "Loyal Customers" → "Loyal",
    /// "休眠客户" → "休眠"; the name itself when it has no such word.
    static QString shortName(const QString &name);

private:

    SegmentData m_data;
};

} // namespace Portrait::Ui
