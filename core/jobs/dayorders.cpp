#include "dayorders.h"

#include "io/dbrows.h"

#include <QDate>

namespace Portrait::Jobs {

QByteArray dayOrderKey(const QByteArray& customer, Model::Day day, qint64 n, bool returnOnly)
{
    // Written by hand: QDate::toString formats through a printf, a tenth of a database import's
    // time on millions of days.
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    QDate::fromJulianDay(day).getDate(&year, &month, &dayOfMonth);
    char date[16];
    char* end = date;
    if (year < 0) {
        *end++ = '-';
        year = -year;
    }
    const int yearDigits = year >= 10000 ? (year >= 100000 ? 6 : 5) : 4;
    for (int i = yearDigits - 1; i >= 0; --i, year /= 10)
        end[i] = char('0' + year % 10);
    end += yearDigits;
    for (int part : { month, dayOfMonth }) {
        *end++ = '-';
        *end++ = char('0' + part / 10);
        *end++ = char('0' + part % 10);
    }
    QByteArray key;
    key.reserve(customer.size() + 24);
    key.append(customer).append('@').append(date, end - date).append(returnOnly ? "#r" : "#");
    return key.append(QByteArray::number(n));
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
