#pragma once

// Realistic order lines for the db tests, made the same way every run: customers with a few
// orders each (some on the same day), multi-line orders, returns, cancellations (C536379),
// guests without a customer id, promotions, names and cities that change over time and, when
// asked, the bad values a shop system lets through (unreadable dates and amounts).
#include "dbtestenv.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace DbTest {

struct OrderLine
{
    QString invoice;
    QString customer;   ///< empty: none (a guest)
    QString when;       ///< "YYYY-MM-DD HH:MM:SS", empty, or (bad values) text that is no date
    QString quantity;
    QString unitPrice;  ///< empty: unknown
    QString amount;     ///< quantity × unit price, or (bad values) text that is no number
    QString promo;
    QString name;
    QString city;
    QString channel;
};

struct FixtureOptions
{
    int customers = 1000;
    quint32 seed = 14;
    QDate first { 2023, 1, 1 };
    QDate last { 2024, 12, 31 };
    bool badValues = false;
    bool someWithoutInvoice = false;   ///< one order in 17 has no invoice number: each line an order
    int firstInvoice = 536000;
};

/// The lines, in time order (as a shop system appends them).
QList<OrderLine> orderLines(const FixtureOptions &options);

/// A table of typed columns: invoice_no, customer_id (numeric like 17850.0), invoice_date
/// (timestamp), quantity, unit_price, promo, customer_name, city, channel.
QString typedColumns(Server server);
QList<QVariantList> typedRows(const QList<OrderLine> &lines);

/// A table of text columns with Chinese names, as an export loaded into a database by hand:
/// 订单号, 客户编号, 下单时间, 金额, 促销, 姓名, 城市, 渠道.
QString textColumns(Server server);
QList<QVariantList> textRows(const QList<OrderLine> &lines);

} // namespace DbTest
