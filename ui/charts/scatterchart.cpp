#include "scatterchart.h"

#include "charthelpers.h"

#include <QAction>
#include <QActionGroup>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPaintEngine>
#include <QPixmap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr qreal Margin = 12;
constexpr qreal Gap = 6;
constexpr qreal Swatch = 10;
constexpr qreal HitRadius = 6;

std::pair<Rfm::Dimension, Rfm::Dimension> axesOf(ScatterChart::Pair pair)
{
    switch (pair) {
    case ScatterChart::Pair::RecencyMonetary:
        return { Rfm::Dimension::Recency, Rfm::Dimension::Monetary };
    case ScatterChart::Pair::FrequencyMonetary:
        return { Rfm::Dimension::Frequency, Rfm::Dimension::Monetary };
    case ScatterChart::Pair::RecencyFrequency:
        break;
    }
    return { Rfm::Dimension::Recency, Rfm::Dimension::Frequency };
}

QFont axisTitleFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ScatterChart::ScatterChart(ScatterSample sample, SegmentData segments, QObject *parent)
    : PaintedChart(parent), m_sample(std::move(sample)), m_segments(std::move(segments)),
      m_options(new QActionGroup(this))
{
    const std::pair<Pair, QString> choices[] = { { Pair::RecencyMonetary, tr("R × M") },
                                                 { Pair::FrequencyMonetary, tr("F × M") },
                                                 { Pair::RecencyFrequency, tr("R × F") } };
    for (const auto &[pair, text] : choices) {
        QAction *action = m_options->addAction(text);
        action->setCheckable(true);
        action->setChecked(pair == m_pair);
        connect(action, &QAction::triggered, this, [this, pair] { setPair(pair); });
    }
    for (Rfm::Dimension d : { Rfm::Dimension::Frequency, Rfm::Dimension::Monetary }) {
        const std::vector<float> &v = m_sample.values[size_t(d)];
        m_log[size_t(d)] = HistogramData::isSkewed(std::vector<double>(v.begin(), v.end()),
                                                   std::vector<quint8>(v.size(), 1));
    }
    m_slotOf.resize(size_t(m_sample.size()));
    for (qsizetype i = 0; i < m_sample.size(); ++i)
        m_slotOf[size_t(i)] = m_segments.indexOf(m_sample.segment[size_t(i)]);
}

QString ScatterChart::title() const
{
    QString name;
    switch (m_pair) {
    case Pair::RecencyMonetary:
        name = tr("Recency against monetary by segment");
        break;
    case Pair::FrequencyMonetary:
        name = tr("Frequency against monetary by segment");
        break;
    case Pair::RecencyFrequency:
        name = tr("Recency against frequency by segment");
        break;
    }
    if (!m_sample.sampled())
        return name;
    const QLocale locale;
    return tr("%1 (sampled %2 of %3)").arg(name, locale.toString(m_sample.size()), locale.toString(m_sample.population));
}

QList<QAction *> ScatterChart::options() const
{
    return m_options->actions();
}

void ScatterChart::setPair(Pair pair)
{
    if (pair == m_pair)
        return;
    m_pair = pair;
    m_options->actions().at(int(pair))->setChecked(true);
    Q_EMIT changed();
}

QString ScatterChart::axisTitle(Rfm::Dimension d) const
{
    QString metric;
    switch (d) {
    case Rfm::Dimension::Recency:
        metric = tr("Days since the last purchase");
        break;
    case Rfm::Dimension::Frequency:
        metric = tr("Purchases");
        break;
    case Rfm::Dimension::Monetary:
        metric = withCurrency(tr("Spend"), m_segments.currency);
        break;
    }
    if (m_log[size_t(d)])
        return tr("%1 (log scale)").arg(metric);
    const double clip = m_sample.clip[size_t(d)];
    if (std::isnan(clip))
        return metric;
    return tr("%1, clipped at the 99th percentile (%2)")
            .arg(metric, QLocale().toString(clip, 'f', d == Rfm::Dimension::Frequency ? 0 : 2));
}

double ScatterChart::clipped(Rfm::Dimension d, qsizetype i) const
{
    const double v = m_sample.values[size_t(d)][size_t(i)];
    const double clip = m_sample.clip[size_t(d)];
    // A log axis has room for the whole tail.
    return std::isnan(clip) || m_log[size_t(d)] ? v : std::min(v, clip);
}

ScatterChart::Axis ScatterChart::axisFor(Rfm::Dimension d) const
{
    Axis axis;
    axis.dimension = d;
    double low = 0, high = 1;
    for (qsizetype i = 0; i < m_sample.size(); ++i) {
        const double v = clipped(d, i);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (m_log[size_t(d)]) {
        axis.scale = AxisScale::Log;
        axis.ticks = HistogramData::logTicks(std::max(low, 0.0), high);
        axis.low = HistogramData::toAxis(low, axis.scale);
        axis.high = HistogramData::toAxis(high, axis.scale);
        if (axis.high <= axis.low)
            axis.high = axis.low + 1;
        return axis;
    }
    const double step = BarCharts::roundStep(low, high, 6);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step - 1e-9) * step;
    for (double v = low; v <= high + step / 2; v += step)
        axis.ticks.push_back(v);
    axis.low = low;
    axis.high = high;
    return axis;
}

ScatterChart::Geometry ScatterChart::geometry(const QRectF &body) const
{
    const QFont font = QGuiApplication::font();
    const QFontMetricsF metrics(font);
    Geometry g;
    const auto [xDim, yDim] = axesOf(m_pair);
    g.x = axisFor(xDim);
    g.y = axisFor(yDim);
    const QLocale locale;
    qreal tickWidth = 0;
    for (double v : g.y.ticks)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(locale.toString(v, 'f', 0)));
    qreal legendWidth = 0;
    for (const SegmentStats &s : m_segments.segments)
        legendWidth = std::max(legendWidth, metrics.horizontalAdvance(s.name));
    legendWidth = std::min(legendWidth + Swatch + 3 * Gap, body.width() * 0.3);
    const qreal left = body.left() + Margin + metrics.height() + Gap + tickWidth + Gap;
    const qreal bottom = body.bottom() - Margin - metrics.height() * 2 - Gap * 2;
    g.plot = QRectF(QPointF(left, body.top() + metrics.height() / 2),
                    QPointF(body.right() - Margin - legendWidth - Gap, bottom));
    g.legendRow = metrics.height() + 4;
    const qreal legendHeight = g.legendRow * qreal(m_segments.segments.size());
    g.legend = QRectF(g.plot.right() + Gap * 2, g.plot.center().y() - legendHeight / 2, legendWidth, legendHeight);
    return g;
}

QPointF ScatterChart::toPixel(const Geometry &g, double x, double y) const
{
    const double u = HistogramData::toAxis(x, g.x.scale), v = HistogramData::toAxis(y, g.y.scale);
    return { g.plot.left() + (u - g.x.low) / (g.x.high - g.x.low) * g.plot.width(),
             g.plot.bottom() - (v - g.y.low) / (g.y.high - g.y.low) * g.plot.height() };
}

std::vector<double> ScatterChart::axisTicks(Rfm::Dimension d) const
{
    return axisFor(d).ticks;
}

QRectF ScatterChart::legendEntry(const QRectF &body, qsizetype slot) const
{
    const Geometry g = geometry(body);
    return QRectF(g.legend.left(), g.legend.top() + qreal(slot) * g.legendRow, g.legend.width(), g.legendRow);
}

PaintedChart::Hit ScatterChart::hitTest(const QRectF &body, const QPointF &pos) const
{
    const Geometry g = geometry(body);
    const QLocale locale;
    for (qsizetype slot = 0; slot < m_segments.segments.size(); ++slot) {
        if (legendEntry(body, slot).contains(pos)) {
            const SegmentStats &s = m_segments.segments.at(slot);
            return { s.segment, tr("%1\n%2 customers (%3%)\nClick to list them")
                                        .arg(s.name, locale.toString(s.customers),
                                             locale.toString(s.customerShare * 100, 'f', 1)) };
        }
    }
    if (!g.plot.adjusted(-HitRadius, -HitRadius, HitRadius, HitRadius).contains(pos))
        return {};
    // The topmost point under the pointer: points are painted in sample order.
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_sample.size(); ++i) {
        if (m_slotOf[size_t(i)] < 0)
            continue;
        const QPointF p = toPixel(g, clipped(g.x.dimension, i), clipped(g.y.dimension, i));
        if (std::abs(p.x() - pos.x()) <= HitRadius && std::abs(p.y() - pos.y()) <= HitRadius)
            found = i;
    }
    if (found < 0)
        return {};
    const SegmentStats &s = m_segments.segments.at(m_slotOf[size_t(found)]);
    const auto value = [&](Rfm::Dimension d) { return m_sample.values[size_t(d)][size_t(found)]; };
    return { s.segment, tr("%1\n%2 days · %3 purchases · spend %4\nClick to list the segment")
                                .arg(s.name, locale.toString(value(Rfm::Dimension::Recency), 'f', 0),
                                     locale.toString(value(Rfm::Dimension::Frequency), 'f', 0),
                                     formatMoney(value(Rfm::Dimension::Monetary), m_segments.currency)) };
}

void ScatterChart::paint(QPainter *painter, const QRectF &body) const
{
    if (body.width() < 100 || body.height() < 80)
        return;
    painter->save();
    const Geometry g = geometry(body);
    paintAxes(painter, g);
    paintPoints(painter, g);
    paintLegend(painter, g);
    painter->restore();
}

void ScatterChart::paintAxes(QPainter *painter, const Geometry &g) const
{
    const QLocale locale;
    const QFontMetricsF metrics(painter->font(), painter->device());
    painter->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1));
    const double xLow = HistogramData::fromAxis(g.x.low, g.x.scale), xHigh = HistogramData::fromAxis(g.x.high, g.x.scale);
    const double yLow = HistogramData::fromAxis(g.y.low, g.y.scale), yHigh = HistogramData::fromAxis(g.y.high, g.y.scale);
    for (double v : g.x.ticks)
        painter->drawLine(toPixel(g, v, yLow), toPixel(g, v, yHigh));
    for (double v : g.y.ticks)
        painter->drawLine(toPixel(g, xLow, v), toPixel(g, xHigh, v));
    painter->setPen(QColor(0x90, 0x90, 0x90));
    painter->drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    painter->drawLine(g.plot.bottomLeft(), g.plot.topLeft());

    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (double v : g.x.ticks) {
        const QPointF p = toPixel(g, v, yLow);
        painter->drawText(QRectF(p.x() - 60, p.y() + Gap / 2, 120, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                          locale.toString(v, 'f', 0));
    }
    for (double v : g.y.ticks) {
        const QPointF p = toPixel(g, xLow, v);
        painter->drawText(QRectF(p.x() - Gap - 200, p.y() - metrics.height() / 2, 200, metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 0));
    }
    painter->save();
    const QFont bold = axisTitleFont(painter->font());
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter->device());
    const QRectF xTitle(g.plot.left(), g.plot.bottom() + metrics.height() + Gap, g.plot.width(), boldMetrics.height());
    painter->drawText(xTitle, Qt::AlignCenter, boldMetrics.elidedText(axisTitle(g.x.dimension), Qt::ElideRight, xTitle.width()));
    qreal tickWidth = 0;
    for (double v : g.y.ticks)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(locale.toString(v, 'f', 0)));
    painter->translate(g.plot.left() - Gap - tickWidth - Gap
                               - boldMetrics.height(),
                       g.plot.center().y());
    painter->rotate(-90);
    const QRectF yTitle(-g.plot.height() / 2, 0, g.plot.height(), boldMetrics.height());
    painter->drawText(yTitle, Qt::AlignCenter, boldMetrics.elidedText(axisTitle(g.y.dimension), Qt::ElideRight, yTitle.width()));
    painter->restore();
}

void ScatterChart::paintPoints(QPainter *painter, const Geometry &g) const
{
    const qreal size = m_sample.size() > 5000 ? 4 : 6;
    // On raster devices each point is a stamped pre-drawn disc (tens of thousands of
    // antialiased ellipses cost a second); SVG and PDF get real circles.
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    std::vector<QPixmap> discs;
    std::vector<QColor> fills;
    for (const SegmentStats &s : m_segments.segments) {
        QColor fill = s.color;
        fill.setAlphaF(0.7f);
        fills.push_back(fill);
        if (!raster)
            continue;
        QPixmap disc(QSize(int(std::ceil(size * dpr)) + 2, int(std::ceil(size * dpr)) + 2));
        disc.setDevicePixelRatio(dpr);
        disc.fill(Qt::transparent);
        QPainter discPainter(&disc);
        discPainter.setRenderHint(QPainter::Antialiasing);
        discPainter.setPen(Qt::NoPen);
        discPainter.setBrush(fill);
        discPainter.drawEllipse(QRectF(0.5, 0.5, size, size));
        discs.push_back(disc);
    }
    painter->setClipRect(g.plot.adjusted(-size, -size, size, size));
    painter->setPen(Qt::NoPen);
    const qreal half = size / 2 + 0.5;
    for (qsizetype i = 0; i < m_sample.size(); ++i) {
        const qsizetype slot = m_slotOf[size_t(i)];
        if (slot < 0)
            continue;
        const QPointF p = toPixel(g, clipped(g.x.dimension, i), clipped(g.y.dimension, i));
        if (raster) {
            painter->drawPixmap(QPointF(p.x() - half, p.y() - half), discs[size_t(slot)]);
        } else {
            painter->setBrush(fills[size_t(slot)]);
            painter->drawEllipse(p, size / 2, size / 2);
        }
    }
    painter->setClipping(false);
}

void ScatterChart::paintLegend(QPainter *painter, const Geometry &g) const
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    for (qsizetype slot = 0; slot < m_segments.segments.size(); ++slot) {
        const SegmentStats &s = m_segments.segments.at(slot);
        const QRectF row(g.legend.left(), g.legend.top() + qreal(slot) * g.legendRow, g.legend.width(), g.legendRow);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.color);
        painter->drawEllipse(QRectF(row.left(), row.center().y() - Swatch / 2, Swatch, Swatch));
        painter->setPen(QColor(0x30, 0x30, 0x30));
        const QRectF text = row.adjusted(Swatch + Gap, 0, 0, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(s.name, Qt::ElideRight, text.width()));
    }
}

} // namespace Portrait::Ui
