#pragma once

#include "chartdata.h"
#include "paintedchart.h"

#include <optional>

class QActionGroup;

namespace Portrait::Ui {

/// Customers (or their mean spend) per R score × F score cell, R on the vertical axis with the
/// best score on top, F across; every cell labelled with its value. Clicking a cell with customers
/// emits cellClicked(): the cells are no segments, so they open their customers by score.
class HeatmapChart : public PaintedChart
{
    Q_OBJECT

public:
    enum class Measure { Customers, MeanMonetary };
    struct Cell
    {
        int r = 0, f = 0;   ///< scores, 1..bins
    };

    explicit HeatmapChart(RfHeatmapData data, QObject *parent = nullptr);

    QString title() const override;
    QList<QAction *> options() const override;
    Hit hitTest(const QRectF &body, const QPointF &pos) const override;
    void paint(QPainter *painter, const QRectF &body) const override;
    bool isClickable(const QRectF &body, const QPointF &pos) const override;
    void click(const QRectF &body, const QPointF &pos) override;

    /// The cell at pos when the chart is painted into body; nullopt outside the grid.
    std::optional<Cell> cellAt(const QRectF &body, const QPointF &pos) const;
    /// Where cell (r, f) is drawn in body.
    QRectF cellRect(const QRectF &body, int r, int f) const;

    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    const RfHeatmapData &data() const { return m_data; }

Q_SIGNALS:
    /// The cell of R score r and F score f was clicked: open the customers with those scores.
    void cellClicked(int r, int f);

private:
    struct Geometry
    {
        QRectF grid;
        qreal cell = 0;         ///< the width of one cell
        qreal axisTitleX = 0;   ///< where the rotated R axis title starts
    };
    Geometry geometry(const QRectF &body, const QPainter *painter) const;
    double valueAt(int r, int f) const;
    QString cellLabel(int r, int f) const;

    RfHeatmapData m_data;
    Measure m_measure = Measure::Customers;
    QActionGroup *m_options = nullptr;
};

} // namespace Portrait::Ui
