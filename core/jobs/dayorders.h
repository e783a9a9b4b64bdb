#pragma once

#include "common/error.h"
#include "project/records.h"

#include <QByteArray>
#include <QList>

namespace Portrait::Io {
struct DbDayRow;
}

namespace Portrait::Jobs {

/// The orders a day row of a database stands for, as the project stores orders: one per order,
/// so that every reader of the orders table (the frame, summaries, snapshots) counts them as it
/// counts a file's. The day's amounts, line count and quantity go on its first order (a purchase
/// when it has one), the rest carry none; each order has the day's first channel, category and
/// payment, and the day's promotion orders are marked as such. RFM is exact under every option:
/// recency, orders and purchase days, sums and averages, net or without returns, any as-of date
/// or window (all count whole days). The first order keeps the time of the day's earliest line
/// (as a file's earliest order of the day does); the others have none. Keys read CUSTOMER@YYYY-MM-DD#N (#rN for return orders).
QList<Project::OrderRecord> dayOrders(const Io::DbDayRow& row, qint64 customerId);

/// The key of the n-th (1-based) order of a customer's day.
QByteArray dayOrderKey(const QByteArray& customer, Model::Day day, qint64 n, bool returnOnly);

} // namespace Portrait::Jobs
