#include "ordertimeline.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

OrderTimeline::OrderTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void OrderTimeline::setOrders(QList<Order> orders, Model::Day firstDay, Model::Day asOf)
{
    m_orders = std::move(orders);
    m_first = firstDay;
    m_asOf = asOf;
    m_largest = 0;
    for (const Order &order : m_orders)
        m_largest = std::max({ m_largest, order.purchase, -order.returned });
    update();
}

QSize OrderTimeline::sizeHint() const
{
    return { 520, 96 };
}

void OrderTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(12, 8, -12, -22);
    const double axisY = area.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(area.left(), axisY), QPointF(area.right(), axisY));
    if (m_first == Model::NoDay || m_asOf == Model::NoDay || m_asOf <= m_first) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("No orders"));
        return;
    }
    const double span = double(m_asOf - m_first);
    const auto xOf = [&](Model::Day day) { return area.left() + area.width() * double(day - m_first) / span; };

    // Year ticks keep the axis readable without crowding it.
    const QLocale locale;
    painter.setPen(text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QDate first = QDate::fromJulianDay(m_first);
    const QDate last = QDate::fromJulianDay(m_asOf);
    const bool quarters = first.daysTo(last) < 3 * 365;
    for (QDate tick(first.year(), 1, 1); tick <= last; tick = tick.addMonths(quarters ? 3 : 12)) {
        if (tick < first)
            continue;
        const double x = xOf(Model::Day(tick.toJulianDay()));
        painter.drawLine(QPointF(x, axisY - 3), QPointF(x, axisY + 3));
        const QString label = tick.month() == 1 ? QString::number(tick.year()) : locale.toString(tick, u"MM"_s);
        painter.drawText(QRectF(x - 30, area.bottom() + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop, label);
    }

    const double maxRadius = std::min(area.height() / 2 - 2, 14.0);
    const auto radiusOf = [&](double amount) {
        return m_largest > 0 ? 2.5 + (maxRadius - 2.5) * std::sqrt(std::abs(amount) / m_largest) : 3.0;
    };
    const QColor purchase(QStringLiteral("#2f6fb3"));
    const QColor refund(QStringLiteral("#c0392b"));
    for (const Order &order : m_orders) {
        const double x = xOf(order.day);
        if (order.purchase > 0) {
            const double r = radiusOf(order.purchase);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(purchase.red(), purchase.green(), purchase.blue(), 150));
            painter.drawEllipse(QPointF(x, axisY - r), r, r);
        }
        if (order.returned < 0) {
            const double r = radiusOf(order.returned);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(refund.red(), refund.green(), refund.blue(), 150));
            painter.drawEllipse(QPointF(x, axisY + r), r, r);
        }
    }
    painter.setPen(QPen(text, 1, Qt::DashLine));
    painter.drawLine(QPointF(area.right(), area.top()), QPointF(area.right(), area.bottom()));
}

} // namespace Portrait::Ui
