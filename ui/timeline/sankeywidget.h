#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace Portrait::Ui {

/// A Sankey diagram of a migration, painted: the first side's segments on the left, the second's
/// on the right, each as tall as its customers, and one band per cell of the matrix as wide as the
/// customers who moved along it. Hovering a band names it; clicking it emits flowClicked().
class SankeyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SankeyWidget(QWidget *parent = nullptr);

    /// customers: row-major, from.size() × to.size(); colours per node.
    void setData(const QStringList &from, const QStringList &to, const QList<QColor> &fromColors,
                 const QList<QColor> &toColors, std::vector<qint64> customers);
    void clear();
    /// Bands take the colour of the node they lead to instead of the one they leave (a tag's
    /// diagram: who entered it is drawn in the tag's colour).
    void setBandsColoredByTarget(bool byTarget);
    /// The band under point (widget coordinates): {from, to}, or {-1, -1}.
    std::pair<int, int> flowAt(const QPointF &point) const;
    /// A point of the band from → to that clicks it (no thinner band over it, if there is such a
    /// point); a null point when it is empty.
    QPointF flowCenter(int from, int to) const;

    QSize sizeHint() const override { return { 640, 420 }; }
    QSize minimumSizeHint() const override { return { 320, 200 }; }

Q_SIGNALS:
    void flowClicked(int from, int to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Band
    {
        int from = 0;
        int to = 0;
        qint64 customers = 0;
        QPainterPath path;
        double x0 = 0, x1 = 0, y0 = 0, y1 = 0, height = 0;   ///< ends and width of the band

        /// The point at t (0..1) along the band's middle line.
        QPointF along(double t) const;
    };

    void layoutBands();
    /// Node rectangles for totals, stacked from top to bottom with gaps.
    std::vector<QRectF> stack(const std::vector<qint64> &totals, double x, double scale) const;
    double scale() const;

    QStringList m_from, m_to;
    QList<QColor> m_fromColors, m_toColors;
    std::vector<qint64> m_customers;
    std::vector<QRectF> m_fromNodes, m_toNodes;
    QList<Band> m_bands;
    int m_hover = -1;
    bool m_byTarget = false;
};

} // namespace Portrait::Ui
