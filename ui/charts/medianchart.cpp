#include "medianchart.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Portrait::Ui {

namespace {

constexpr qreal Margin = 12;
constexpr qreal Swatch = 10;
constexpr qreal MaxRowHeight = 30;

double medianOf(const SegmentStats &s, int column)
{
    return column == 0 ? s.medianRecency : column == 1 ? s.medianFrequency : s.medianMonetary;
}

} // namespace

MedianChart::MedianChart(SegmentData data, QObject *parent) : PaintedChart(parent), m_data(std::move(data)) { }

QString MedianChart::title() const
{
    return tr("Median recency, frequency and monetary per segment");
}

MedianChart::Geometry MedianChart::geometry(const QRectF &body, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    Geometry g;
    const QRectF area = body.adjusted(Margin, 2, -Margin, -Margin);
    qreal widestName = 0;
    for (const SegmentStats &s : m_data.segments)
        widestName = std::max(widestName, metrics.horizontalAdvance(s.name));
    g.nameWidth = std::min(area.width() * 0.38, widestName + Swatch + 14);
    g.columnWidth = (area.width() - g.nameWidth) / 3;
    g.header = QRectF(area.left(), area.top(), area.width(), metrics.height() * 2.2);
    const qsizetype rows = std::max<qsizetype>(m_data.segments.size(), 1);
    g.rowHeight = std::min(MaxRowHeight, (area.bottom() - g.header.bottom()) / qreal(rows));
    return g;
}

QRectF MedianChart::rowRect(const Geometry &g, qsizetype row) const
{
    return QRectF(g.header.left(), g.header.bottom() + qreal(row) * g.rowHeight, g.header.width(), g.rowHeight);
}

PaintedChart::Hit MedianChart::hitTest(const QRectF &body, const QPointF &pos) const
{
    const Geometry g = geometry(body, QGuiApplication::font());
    const QLocale locale;
    for (qsizetype row = 0; row < m_data.segments.size(); ++row) {
        if (rowRect(g, row).contains(pos)) {
            const SegmentStats &s = m_data.segments.at(row);
            return { s.segment, tr("%1: median %2 days since the last purchase, %3 purchases, spend %4\nClick to list them")
                                        .arg(s.name, locale.toString(s.medianRecency, 'f', 0),
                                             locale.toString(s.medianFrequency, 'f', 0),
                                             formatMoney(s.medianMonetary, m_data.currency)) };
        }
    }
    return {};
}

void MedianChart::paint(QPainter *painter, const QRectF &body) const
{
    painter->save();
    const Geometry g = geometry(body, painter->font());
    const QFontMetricsF metrics(painter->font(), painter->device());
    const QLocale locale;
    const QString headers[] = { tr("Recency (days)"), tr("Purchases"), withCurrency(tr("Spend"), m_data.currency) };
    const QColor barColors[] = { QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1) };
    double largest[3] = { 0, 0, 0 };
    for (const SegmentStats &s : m_data.segments) {
        for (int c = 0; c < 3; ++c) {
            if (std::isfinite(medianOf(s, c)))
                largest[c] = std::max(largest[c], medianOf(s, c));
        }
    }
    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (int c = 0; c < 3; ++c) {
        const QRectF cell(g.header.left() + g.nameWidth + c * g.columnWidth, g.header.top(), g.columnWidth - 8,
                          g.header.height());
        painter->drawText(cell, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, headers[c]);
    }
    painter->setPen(QColor(0xd0, 0xd0, 0xd0));
    painter->drawLine(g.header.bottomLeft(), g.header.bottomRight());

    for (qsizetype row = 0; row < m_data.segments.size(); ++row) {
        const SegmentStats &s = m_data.segments.at(row);
        const QRectF line = rowRect(g, row);
        if (row % 2 == 1)
            painter->fillRect(line, QColor(0xf6, 0xf6, 0xf6));
        const qreal swatch = std::min(Swatch, line.height() - 4);
        painter->fillRect(QRectF(line.left() + 2, line.center().y() - swatch / 2, swatch, swatch), s.color);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        const QRectF name(line.left() + swatch + 8, line.top(), g.nameWidth - swatch - 12, line.height());
        painter->drawText(name, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(s.name, Qt::ElideRight, name.width()));
        for (int c = 0; c < 3; ++c) {
            const double value = medianOf(s, c);
            const QRectF cell(line.left() + g.nameWidth + c * g.columnWidth, line.top() + 3, g.columnWidth - 8,
                              line.height() - 6);
            if (!std::isfinite(value))
                continue;
            const QString text = locale.toString(value, 'f', c == 2 ? 2 : 0);
            const qreal textWidth = metrics.horizontalAdvance(text) + 6;
            const qreal room = std::max<qreal>(cell.width() - textWidth, 0);
            const qreal barWidth = largest[c] > 0 ? room * std::max(value, 0.0) / largest[c] : 0;
            QColor bar = barColors[c];
            bar.setAlphaF(0.55f);
            painter->fillRect(QRectF(cell.left(), cell.top(), barWidth, cell.height()), bar);
            painter->setPen(QColor(0x20, 0x20, 0x20));
            painter->drawText(QRectF(cell.left() + barWidth + 4, cell.top(), textWidth, cell.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    painter->restore();
}

} // namespace Portrait::Ui
