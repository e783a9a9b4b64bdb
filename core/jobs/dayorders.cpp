#include "dayorders.h"

#include "io/dbrows.h"

#include <QDate>

namespace Portrait::Jobs {

QByteArray dayOrderKey(const QByteArray& customer, Model::Day day, qint64 n, bool returnOnly)
{
    return customer + '@' + QDate::fromJulianDay(day).toString(Qt::ISODate).toLatin1() + (returnOnly ? "#r" : "#")
        + QByteArray::number(n);
}

QList<Project::OrderRecord> dayOrders(const Io::DbDayRow& row, qint64 customerId)
{
    QList<Project::OrderRecord> orders;
    const qint64 count = row.orders();
    orders.reserve(qsizetype(count));
    for (qint64 i = 0; i < count; ++i) {
        const bool purchase = i < row.purchaseOrders;
        Project::OrderRecord order;
        order.customerId = customerId;
        order.orderKey = dayOrderKey(row.customer, row.day, purchase ? i + 1 : i - row.purchaseOrders + 1, !purchase);
        order.day = row.day;
        order.hasPurchase = purchase;
        order.channel = row.channel;
        order.category = row.category;
        order.paymentMethod = row.payment;
        order.promo = i < row.promoOrders ? 1 : i < row.promoKnownOrders ? 0 : -1;
        if (i == 0) {
            order.secondsOfDay = row.firstSeconds;
            order.purchase = row.purchase;
            order.returned = row.returned;
            order.lineCount = row.lines;
            order.quantity = row.quantity;
        }
        orders.append(order);
    }
    return orders;
}

} // namespace Portrait::Jobs
