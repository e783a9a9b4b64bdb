#pragma once

#include "common/error.h"
#include "io/orderstatus.h"
#include "model/customerframe.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace Portrait::Project {

class ProjectFile;

/// One order of a source as the file had it (table order_level): purchase or not, with or
/// without a customer.
struct OrderLevelRecord
{
    QByteArray orderKey;
    QByteArray customerKey;          ///< empty: the file names no customer
    Io::OrderState state = Io::OrderState::Purchase;
    QString statusText;              ///< the status as written
    qint64 firstRow = 0;
    qint64 lineCount = 0;
    Model::Day createdDay = Model::NoDay;
    Model::Day paidDay = Model::NoDay;
    double amount = 0.0;
    double refundAmount = 0.0;
    QString province;
    QString city;
    QString product;
};

/// Orders of one province or one day.
struct OrderLevelGroup
{
    QString province;                ///< by-province rows; empty = no province given
    Model::Day day = Model::NoDay;   ///< by-day rows: the day the order was placed (else paid)
    qint64 orders = 0;               ///< every order, purchase or not
    qint64 paid = 0;                 ///< purchases, refunded ones included
    double paidAmount = 0.0;
    double refundAmount = 0.0;
};

/// The order-level analysis of a source: what an anonymised report (no customer ids) can still
/// tell, and what became of the orders that are not purchases.
struct OrderLevelSummary
{
    qint64 orders = 0;
    std::array<qint64, Io::OrderStateCount> byState {};
    qint64 partlyRefunded = 0;       ///< purchases with a refund short of their amount
    double paidAmount = 0.0;         ///< amount of the purchases (refunded ones included)
    double refundAmount = 0.0;       ///< refunds of the purchases
    QList<OrderLevelGroup> byProvince; ///< most orders first
    QList<OrderLevelGroup> byDay;      ///< by day
    QList<OrderLevelRecord> notPurchases; ///< in file order, at most the limit asked for

    qint64 paidOrders() const
    {
        return byState[int(Io::OrderState::Purchase)] + byState[int(Io::OrderState::Refunded)];
    }
    qint64 notPurchaseCount() const { return orders - paidOrders(); }
};

/// Replaces the source's order-level rows with these, inside the caller's transaction.
Status writeOrderLevel(ProjectFile &project, qint64 sourceId, const std::vector<OrderLevelRecord> &orders);

/// The source's order-level analysis; an empty summary (orders == 0) when the source has none.
Result<OrderLevelSummary> orderLevelSummary(ProjectFile &project, qint64 sourceId, int notPurchasesListed);

} // namespace Portrait::Project
