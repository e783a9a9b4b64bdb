#include "tierchart.h"

#include "format/displayformat.h"
#include "segmentpalette.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr qreal Margin = 12;
constexpr qreal HoleRatio = 0.55;
/// High first, clockwise from 12 o'clock: the order the legend of the report reads.
constexpr int TierOrder[] = { 2, 1, 0 };

QPointF onCircle(const QPointF &centre, qreal radius, qreal degrees)
{
    const qreal a = degrees * std::numbers::pi / 180;
    return centre + QPointF(radius * std::cos(a), -radius * std::sin(a));
}

} // namespace

TierChart::TierChart(TierData data, QObject *parent) : PaintedChart(parent), m_data(data) { }

QString TierChart::title() const
{
    return tr("Value tiers (%1 scored customers)").arg(QLocale().toString(m_data.total()));
}

std::pair<qreal, qreal> TierChart::sliceAngles(int tier) const
{
    const qint64 total = m_data.total();
    qreal start = 90;
    for (int t : TierOrder) {
        const qreal span = total > 0 ? -360.0 * qreal(m_data.customers[size_t(t)]) / qreal(total) : 0;
        if (t == tier)
            return { start, span };
        start += span;
    }
    return { start, 0 };
}

QRectF TierChart::ringRect(const QRectF &body) const
{
    // Room for a label on either side: the widest label's width, a leader line's length.
    const QFontMetricsF metrics(QGuiApplication::font());
    qreal labelWidth = 0;
    for (int tier : TierOrder)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(Rfm::tierTitle(tier)) * 1.15 + 8);
    labelWidth = std::max(labelWidth, metrics.horizontalAdvance(u"00,000 · 00.0%"_s));
    const QRectF area = body.adjusted(Margin, Margin, -Margin, -Margin);
    const qreal side = std::max<qreal>(40, std::min(area.width() - 2 * (labelWidth + 24), area.height() - 2 * metrics.height()));
    return QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
}

QStringList TierChart::centreText() const
{
    return { DisplayFormat::count(m_data.total()), tr("scored customers") };
}

QList<TierChart::SliceLabel> TierChart::sliceLabels(const QRectF &body) const
{
    const QFontMetricsF metrics(QGuiApplication::font());
    QFont bold = QGuiApplication::font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QRectF ring = ringRect(body);
    const qint64 total = m_data.total();
    QList<SliceLabel> left, right;
    for (int tier : TierOrder) {
        const qint64 count = m_data.customers[size_t(tier)];
        if (count == 0 || total == 0)
            continue;
        const auto [start, span] = sliceAngles(tier);
        const QPointF anchor = onCircle(ring.center(), ring.width() / 2 + 14, start + span / 2);
        const QStringList lines { Rfm::tierTitle(tier),
                                  tr("%1 · %2").arg(DisplayFormat::count(count),
                                                    DisplayFormat::percent(double(count) / double(total))) };
        const qreal width = std::max(boldMetrics.horizontalAdvance(lines.at(0)), metrics.horizontalAdvance(lines.at(1))) + 2;
        const qreal height = 2 * metrics.height();
        const bool onRight = anchor.x() >= ring.center().x();
        const QRectF rect(onRight ? anchor.x() : anchor.x() - width, anchor.y() - height / 2, width, height);
        (onRight ? right : left).append({ tier, rect, lines });
    }
    // On each side, labels top to bottom, each pushed below the one above when they would touch.
    QList<SliceLabel> all;
    for (QList<SliceLabel> *side : { &left, &right }) {
        std::sort(side->begin(), side->end(), [](const SliceLabel &a, const SliceLabel &b) { return a.rect.top() < b.rect.top(); });
        qreal floor = body.top();
        for (SliceLabel &label : *side) {
            if (label.rect.top() < floor)
                label.rect.moveTop(floor);
            floor = label.rect.bottom() + 4;
        }
        // Pushed past the bottom: move the side up as a whole.
        if (!side->isEmpty() && side->last().rect.bottom() > body.bottom()) {
            const qreal up = side->last().rect.bottom() - body.bottom();
            for (SliceLabel &label : *side)
                label.rect.translate(0, -up);
        }
        all += *side;
    }
    return all;
}

PaintedChart::Hit TierChart::hitTest(const QRectF &body, const QPointF &pos) const
{
    const QRectF ring = ringRect(body);
    const QPointF d = pos - ring.center();
    const qreal distance = std::hypot(d.x(), d.y());
    if (distance > ring.width() / 2 || distance < ring.width() / 2 * HoleRatio || m_data.total() == 0)
        return {};
    // Clockwise from 12 o'clock, as the slices are laid.
    qreal angle = std::atan2(-d.y(), d.x()) * 180 / std::numbers::pi;
    qreal fromTop = std::fmod(90 - angle + 360, 360);
    qreal start = 0;
    for (int tier : TierOrder) {
        const qreal span = 360.0 * qreal(m_data.customers[size_t(tier)]) / qreal(m_data.total());
        if (fromTop >= start && fromTop < start + span) {
            const qint64 count = m_data.customers[size_t(tier)];
            return { -1, tr("%1\n%2 customers (%3)").arg(Rfm::tierTitle(tier), DisplayFormat::count(count),
                                                       DisplayFormat::percent(double(count) / double(m_data.total()))) };
        }
        start += span;
    }
    return {};
}

void TierChart::paint(QPainter *painter, const QRectF &body) const
{
    painter->save();
    const QRectF ring = ringRect(body);
    const qreal hole = ring.width() / 2 * HoleRatio;
    for (int tier : TierOrder) {
        const auto [start, span] = sliceAngles(tier);
        if (span == 0)
            continue;
        QPainterPath slice;
        slice.moveTo(ring.center());
        slice.arcTo(ring, start, span);
        slice.closeSubpath();
        QPainterPath inner;
        inner.addEllipse(ring.center(), hole, hole);
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(SegmentPalette::tierColor(tier));
        painter->drawPath(slice.subtracted(inner));
    }
    // Leader lines and labels.
    const QFontMetricsF metrics(painter->font(), painter->device());
    for (const SliceLabel &label : sliceLabels(body)) {
        const auto [start, span] = sliceAngles(label.tier);
        const QPointF edge = onCircle(ring.center(), ring.width() / 2, start + span / 2);
        const bool onRight = label.rect.left() >= ring.center().x();
        const QPointF end(onRight ? label.rect.left() - 2 : label.rect.right() + 2, label.rect.center().y());
        painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
        painter->drawLine(edge, end);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        const Qt::Alignment align = (onRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        QFont bold = painter->font();
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->drawText(QRectF(label.rect.left(), label.rect.top(), label.rect.width(), metrics.height()), align,
                          label.lines.at(0));
        painter->restore();
        painter->drawText(QRectF(label.rect.left(), label.rect.top() + metrics.height(), label.rect.width(),
                                 metrics.height()),
                          align, label.lines.at(1));
    }
    // The total in the middle.
    const QStringList centre = centreText();
    QFont big = painter->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    const QFontMetricsF bigMetrics(big, painter->device());
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(big);
    const qreal top = ring.center().y() - (bigMetrics.height() + metrics.height()) / 2;
    painter->drawText(QRectF(ring.center().x() - hole, top, 2 * hole, bigMetrics.height()), Qt::AlignCenter,
                      centre.at(0));
    painter->setFont(QGuiApplication::font());
    painter->setPen(QColor(0x60, 0x60, 0x60));
    painter->drawText(QRectF(ring.center().x() - hole, top + bigMetrics.height(), 2 * hole, metrics.height()),
                      Qt::AlignCenter, metrics.elidedText(centre.at(1), Qt::ElideRight, 2 * hole));
    painter->restore();
}

} // namespace Portrait::Ui
