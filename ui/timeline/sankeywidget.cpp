#include "sankeywidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr double NodeWidth = 14;
constexpr double Gap = 8;
constexpr double LabelWidth = 150;
constexpr double Margin = 8;

} // namespace

SankeyWidget::SankeyWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SankeyWidget::setData(const QStringList &from, const QStringList &to, const QList<QColor> &fromColors,
                           const QList<QColor> &toColors, std::vector<qint64> customers)
{
    Q_ASSERT(customers.size() == size_t(from.size()) * size_t(to.size()));
    m_from = from;
    m_to = to;
    m_fromColors = fromColors;
    m_toColors = toColors;
    m_customers = std::move(customers);
    m_hover = -1;
    layoutBands();
    update();
}

void SankeyWidget::clear()
{
    setData({}, {}, {}, {}, {});
}

void SankeyWidget::setBandsColoredByTarget(bool byTarget)
{
    m_byTarget = byTarget;
    update();
}

double SankeyWidget::scale() const
{
    const qint64 total = std::accumulate(m_customers.begin(), m_customers.end(), qint64(0));
    const auto nodes = std::max(m_from.size(), m_to.size());
    const double room = height() - 2 * Margin - Gap * double(std::max<qsizetype>(0, nodes - 1));
    return total > 0 && room > 0 ? room / double(total) : 0.0;
}

std::vector<QRectF> SankeyWidget::stack(const std::vector<qint64> &totals, double x, double scale) const
{
    std::vector<QRectF> nodes;
    double y = Margin;
    for (const qint64 total : totals) {
        const double h = double(total) * scale;
        nodes.emplace_back(x, y, NodeWidth, h);
        y += h + (total > 0 ? Gap : 0);
    }
    return nodes;
}

void SankeyWidget::layoutBands()
{
    m_bands.clear();
    m_fromNodes.clear();
    m_toNodes.clear();
    const auto rows = size_t(m_from.size()), columns = size_t(m_to.size());
    if (rows == 0 || columns == 0)
        return;
    std::vector<qint64> rowTotals(rows, 0), columnTotals(columns, 0);
    for (size_t i = 0; i < rows; ++i) {
        for (size_t j = 0; j < columns; ++j) {
            rowTotals[i] += m_customers[i * columns + j];
            columnTotals[j] += m_customers[i * columns + j];
        }
    }
    const double k = scale();
    const double left = Margin + LabelWidth;
    const double right = std::max(left + 3 * NodeWidth, width() - Margin - LabelWidth - NodeWidth);
    m_fromNodes = stack(rowTotals, left, k);
    m_toNodes = stack(columnTotals, right, k);
    // Bands leave a node top to bottom in the order of the other side, so they do not cross at it.
    std::vector<double> outY(rows), inY(columns);
    for (size_t i = 0; i < rows; ++i)
        outY[i] = m_fromNodes[i].top();
    for (size_t j = 0; j < columns; ++j)
        inY[j] = m_toNodes[j].top();
    for (size_t i = 0; i < rows; ++i) {
        for (size_t j = 0; j < columns; ++j) {
            const qint64 n = m_customers[i * columns + j];
            if (n <= 0)
                continue;
            const double h = double(n) * k;
            const double x0 = left + NodeWidth, x1 = right, mid = (x0 + x1) / 2;
            const double y0 = outY[i], y1 = inY[j];
            QPainterPath path(QPointF(x0, y0));
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1));
            path.lineTo(x1, y1 + h);
            path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h));
            path.closeSubpath();
            m_bands.append({ int(i), int(j), n, path, x0, x1, y0, y1, h });
            outY[i] += h;
            inY[j] += h;
        }
    }
}

std::pair<int, int> SankeyWidget::flowAt(const QPointF &point) const
{
    // The thinnest band under the point wins: a wide one would hide the narrow flows it crosses.
    int best = -1;
    for (int b = 0; b < m_bands.size(); ++b) {
        if (m_bands.at(b).path.contains(point) && (best < 0 || m_bands.at(b).customers < m_bands.at(best).customers))
            best = b;
    }
    return best < 0 ? std::pair(-1, -1) : std::pair(m_bands.at(best).from, m_bands.at(best).to);
}

QPointF SankeyWidget::Band::along(double t) const
{
    // The cubic of layoutBands: control points at mid-x, level with each end.
    const double u = 1 - t, mid = (x0 + x1) / 2;
    const double x = u * u * u * x0 + 3 * u * t * mid + t * t * t * x1;
    const double y = (u * u * u + 3 * u * u * t) * y0 + (3 * u * t * t + t * t * t) * y1;
    return { x, y + height / 2 };
}

QPointF SankeyWidget::flowCenter(int from, int to) const
{
    for (const Band &band : m_bands) {
        if (band.from != from || band.to != to)
            continue;
        for (const double t : { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95 }) {
            if (flowAt(band.along(t)) == std::pair(from, to))
                return band.along(t);
        }
        return band.along(0.5);
    }
    return {};
}

void SankeyWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_bands.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Compare two dates or snapshots to see who moved."));
        return;
    }
    for (int b = 0; b < m_bands.size(); ++b) {
        const Band &band = m_bands.at(b);
        QColor color = m_byTarget ? m_toColors.value(band.to, Qt::gray) : m_fromColors.value(band.from, Qt::gray);
        // Who stayed is drawn faint: the eye should go to the customers who moved.
        const bool stayed = m_from.at(band.from) == m_to.at(band.to);
        color.setAlphaF(b == m_hover ? 0.85f : stayed ? 0.18f : 0.5f);
        p.fillPath(band.path, color);
    }
    const QLocale locale;
    const auto drawNodes = [&](const std::vector<QRectF> &nodes, const QStringList &names, const QList<QColor> &colors,
                               bool labelsLeft) {
        for (size_t i = 0; i < nodes.size(); ++i) {
            const QRectF &node = nodes[i];
            if (node.height() <= 0)
                continue;
            p.fillRect(node, colors.value(qsizetype(i), Qt::gray));
            const QRectF label = labelsLeft ? QRectF(node.left() - LabelWidth, node.top(), LabelWidth - 4, node.height())
                                            : QRectF(node.right() + 4, node.top(), LabelWidth - 4, node.height());
            p.setPen(palette().color(QPalette::Text));
            const QString text = p.fontMetrics().elidedText(names.at(qsizetype(i)), Qt::ElideRight, int(LabelWidth - 4));
            p.drawText(label.adjusted(0, -20, 0, 20), Qt::AlignVCenter | (labelsLeft ? Qt::AlignRight : Qt::AlignLeft),
                       text);
        }
    };
    drawNodes(m_fromNodes, m_from, m_fromColors, true);
    drawNodes(m_toNodes, m_to, m_toColors, false);
}

void SankeyWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBands();
}

void SankeyWidget::mouseMoveEvent(QMouseEvent *event)
{
    const auto [from, to] = flowAt(event->position());
    int hover = -1;
    for (int b = 0; b < m_bands.size(); ++b) {
        if (m_bands.at(b).from == from && m_bands.at(b).to == to)
            hover = b;
    }
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    if (hover >= 0) {
        const Band &band = m_bands.at(hover);
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 → %2: %n customer(s). Click to list them.", nullptr, int(band.customers))
                                   .arg(m_from.at(band.from), m_to.at(band.to)),
                           this);
    } else {
        QToolTip::hideText();
    }
}

void SankeyWidget::mousePressEvent(QMouseEvent *event)
{
    const auto [from, to] = flowAt(event->position());
    if (event->button() == Qt::LeftButton && from >= 0)
        Q_EMIT flowClicked(from, to);
}

void SankeyWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hover = -1;
    update();
}

} // namespace Portrait::Ui
