#include "heatmapchart.h"

#include "segmentpalette.h"

#include <QAction>
#include <QActionGroup>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// ColorBrewer's sequential Blues, light to dark.
QColor ramp(double t)
{
    static const QColor stops[] = { QColor(0xf7, 0xfb, 0xff), QColor(0xc6, 0xdb, 0xef), QColor(0x6b, 0xae, 0xd6),
                                    QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b) };
    const double x = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(int(x), 3);
    const double u = x - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + u * (b.redF() - a.redF())), float(a.greenF() + u * (b.greenF() - a.greenF())),
                            float(a.blueF() + u * (b.blueF() - a.blueF())));
}

constexpr qreal AxisGap = 6;
constexpr qreal RampWidth = 14;

} // namespace

HeatmapChart::HeatmapChart(RfHeatmapData data, QObject *parent)
    : PaintedChart(parent), m_data(std::move(data)), m_options(new QActionGroup(this))
{
    QAction *customers = m_options->addAction(tr("Customers"));
    QAction *monetary = m_options->addAction(tr("Mean spend"));
    customers->setCheckable(true);
    monetary->setCheckable(true);
    customers->setChecked(true);
    connect(customers, &QAction::triggered, this, [this] { setMeasure(Measure::Customers); });
    connect(monetary, &QAction::triggered, this, [this] { setMeasure(Measure::MeanMonetary); });
}

QString HeatmapChart::title() const
{
    return m_measure == Measure::Customers ? tr("Customers by R and F score")
                                           : tr("Mean spend by R and F score");
}

QList<QAction *> HeatmapChart::options() const
{
    return m_options->actions();
}

void HeatmapChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    m_options->actions().at(measure == Measure::Customers ? 0 : 1)->setChecked(true);
    Q_EMIT changed();
}

double HeatmapChart::valueAt(int r, int f) const
{
    return m_measure == Measure::Customers ? double(m_data.customersAt(r, f)) : m_data.meanMonetaryAt(r, f);
}

QString HeatmapChart::cellLabel(int r, int f) const
{
    const QLocale locale;
    if (m_measure == Measure::MeanMonetary) {
        const double mean = m_data.meanMonetaryAt(r, f);
        return std::isnan(mean) ? u"–"_s : locale.toString(mean, 'f', std::abs(mean) < 100 ? 2 : 0);
    }
    const qint64 total = m_data.total();
    const qint64 count = m_data.customersAt(r, f);
    const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
    return tr("%1\n%2%").arg(locale.toString(count), locale.toString(share, 'f', 1));
}

HeatmapChart::Geometry HeatmapChart::geometry(const QRectF &body, const QPainter *painter) const
{
    const QFontMetricsF metrics(painter ? painter->font() : QFont(), painter ? painter->device() : nullptr);
    const qreal left = metrics.height() + AxisGap + metrics.horizontalAdvance(u"R 5"_s) + AxisGap;
    const qreal bottom = metrics.height() * 2 + AxisGap * 2;
    const qreal right = RampWidth + AxisGap * 2 + metrics.horizontalAdvance(u"0000000"_s);
    const QRectF room = body.adjusted(12 + left, 4, -12 - right, -bottom);
    const int n = std::max(m_data.bins, 1);
    // Wide cells: the labels are numbers side by side, the R axis is short.
    const qreal cellWidth = std::max<qreal>(room.width() / n, 1);
    const qreal cellHeight = std::max<qreal>(room.height() / n, 1);
    Geometry g;
    g.cell = std::min(cellWidth, cellHeight * 1.8);
    // Centred with its axes: in a wide card (the dashboard in one column) a grid on the left would
    // leave the right half empty.
    const qreal spare = room.width() - g.cell * n;
    g.grid = QRectF(room.left() + spare / 2, room.top(), g.cell * n, cellHeight * n);
    g.axisTitleX = g.grid.left() - left;
    return g;
}

std::optional<HeatmapChart::Cell> HeatmapChart::cellAt(const QRectF &body, const QPointF &pos) const
{
    const Geometry g = geometry(body, nullptr);
    if (!g.grid.contains(pos) || m_data.bins <= 0)
        return std::nullopt;
    const int n = m_data.bins;
    const int f = 1 + std::min(n - 1, int((pos.x() - g.grid.left()) / (g.grid.width() / n)));
    const int r = n - std::min(n - 1, int((pos.y() - g.grid.top()) / (g.grid.height() / n)));
    return Cell { r, f };
}

QRectF HeatmapChart::cellRect(const QRectF &body, int r, int f) const
{
    const Geometry g = geometry(body, nullptr);
    const int n = std::max(m_data.bins, 1);
    const qreal w = g.grid.width() / n, h = g.grid.height() / n;
    return QRectF(g.grid.left() + (f - 1) * w, g.grid.top() + (n - r) * h, w, h);
}

PaintedChart::Hit HeatmapChart::hitTest(const QRectF &body, const QPointF &pos) const
{
    const std::optional<Cell> cell = cellAt(body, pos);
    if (!cell)
        return {};
    const auto [r, f] = *cell;
    const QLocale locale;
    const double mean = m_data.meanMonetaryAt(r, f);
    QString text = tr("R %1 · F %2\n%3 customers\nMean spend %4")
                           .arg(r)
                           .arg(f)
                           .arg(locale.toString(m_data.customersAt(r, f)),
                                std::isnan(mean) ? u"–"_s : formatMoney(mean, m_data.currency));
    if (m_data.customersAt(r, f) > 0)
        text += u'\n' + tr("Click to list these customers");
    return { -1, text };
}

bool HeatmapChart::isClickable(const QRectF &body, const QPointF &pos) const
{
    const std::optional<Cell> cell = cellAt(body, pos);
    return cell && m_data.customersAt(cell->r, cell->f) > 0;
}

void HeatmapChart::click(const QRectF &body, const QPointF &pos)
{
    // An empty cell would open an empty list: nothing to see there.
    if (isClickable(body, pos)) {
        const Cell cell = *cellAt(body, pos);
        Q_EMIT cellClicked(cell.r, cell.f);
    }
}

void HeatmapChart::paint(QPainter *painter, const QRectF &body) const
{
    const int n = m_data.bins;
    if (n <= 0)
        return;
    painter->save();
    const Geometry g = geometry(body, painter);
    const qreal w = g.grid.width() / n, h = g.grid.height() / n;
    double highest = 0;
    for (int r = 1; r <= n; ++r)
        for (int f = 1; f <= n; ++f)
            highest = std::max(highest, std::isnan(valueAt(r, f)) ? 0.0 : valueAt(r, f));
    const QFontMetricsF metrics(painter->font(), painter->device());
    for (int r = 1; r <= n; ++r) {
        for (int f = 1; f <= n; ++f) {
            const QRectF cell(g.grid.left() + (f - 1) * w, g.grid.top() + (n - r) * h, w, h);
            const double value = valueAt(r, f);
            const QColor fill = std::isnan(value) ? QColor(0xee, 0xee, 0xee) : ramp(highest > 0 ? value / highest : 0);
            painter->setPen(QPen(Qt::white, 2));
            painter->setBrush(fill);
            painter->drawRect(cell);
            painter->setPen(SegmentPalette::textOn(fill));
            const QString label = cellLabel(r, f);
            if (metrics.boundingRect(cell, Qt::AlignCenter, label).height() <= cell.height())
                painter->drawText(cell, Qt::AlignCenter, label);
        }
    }
    // Axes: score labels, then the axis titles.
    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (int i = 1; i <= n; ++i) {
        painter->drawText(QRectF(g.grid.left() + (i - 1) * w, g.grid.bottom() + AxisGap, w, metrics.height()),
                          Qt::AlignCenter, u"F %1"_s.arg(i));
        painter->drawText(QRectF(g.grid.left() - AxisGap - 100, g.grid.top() + (n - i) * h, 100, h),
                          Qt::AlignRight | Qt::AlignVCenter, u"R %1"_s.arg(i));
    }
    painter->drawText(QRectF(g.grid.left(), g.grid.bottom() + AxisGap + metrics.height(), g.grid.width(), metrics.height() + AxisGap),
                      Qt::AlignCenter, tr("Frequency score (F), higher = more orders"));
    painter->save();
    painter->translate(g.axisTitleX, g.grid.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-g.grid.height() / 2 - 40, 0, g.grid.height() + 80, metrics.height()), Qt::AlignCenter,
                      tr("Recency score (R), higher = more recent"));
    painter->restore();

    // A colour ramp with its end values, so the shading can be read.
    const QRectF bar(g.grid.right() + AxisGap * 2, g.grid.top(), RampWidth, g.grid.height());
    for (int i = 0; i < 64; ++i) {
        const QRectF slice(bar.left(), bar.bottom() - bar.height() * (i + 1) / 64, bar.width(), bar.height() / 64 + 0.5);
        painter->fillRect(slice, ramp(i / 63.0));
    }
    painter->setPen(QColor(0x80, 0x80, 0x80));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(bar);
    const QLocale locale;
    const QString top = m_measure == Measure::Customers ? locale.toString(qint64(highest)) : locale.toString(highest, 'f', 0);
    painter->setPen(QColor(0x40, 0x40, 0x40));
    painter->drawText(QRectF(bar.right() + AxisGap, bar.top(), 200, metrics.height()), Qt::AlignLeft | Qt::AlignTop, top);
    painter->drawText(QRectF(bar.right() + AxisGap, bar.bottom() - metrics.height(), 200, metrics.height()),
                      Qt::AlignLeft | Qt::AlignBottom, locale.toString(0));
    painter->restore();
}

} // namespace Portrait::Ui
