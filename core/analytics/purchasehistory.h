#pragma once

#include "model/customerframe.h"

#include <vector>

namespace Portrait::Analytics {

/// The customers' purchases up to a calibration end, in the terms of the BG/NBD model. A purchase
/// day is a day with at least one purchase order; several orders on one day count once (the
/// model's transactions are purchase days). Times are whole days here; TimeUnit scales them for the
/// models.
struct PurchaseHistory
{
    /// The last day of the calibration period (inclusive).
    Model::Day calibrationEnd = Model::NoDay;
    /// The last purchase day of the frame: a holdout period (calibrationEnd, holdoutEnd] exists when
    /// it is after calibrationEnd.
    Model::Day holdoutEnd = Model::NoDay;

    // One entry per customer whose first purchase day is on or before calibrationEnd, in frame order.
    std::vector<qint32> customer;       ///< frame row
    std::vector<qint32> repeatDays;     ///< x: purchase days after the first, up to calibrationEnd
    std::vector<qint32> lastDay;        ///< t_x: days from the first to the last purchase day
    std::vector<qint32> observedDays;   ///< T: days from the first purchase day to the day after calibrationEnd
    /// Mean spend per repeat purchase day (the first purchase day excluded): a day's spend is the
    /// net amount of that day's orders, purchases minus returns. NaN when x = 0.
    std::vector<double> meanRepeatSpend;
    /// Purchase days in the holdout period; all 0 without one.
    std::vector<qint32> holdoutDays;

    qsizetype size() const { return qsizetype(customer.size()); }
    bool hasHoldout() const { return holdoutEnd > calibrationEnd; }
    /// Customers with x > 0.
    qsizetype repeatCustomers() const;
};

/// The last purchase day of the frame's orders; NoDay when there is none.
Model::Day lastPurchaseDay(const Model::CustomerFrame &frame);

/// Builds the history from frame.orders, which must be sorted by (customer, day) as FrameLoader
/// delivers them. calibrationEnd NoDay means the last purchase day (no holdout).
PurchaseHistory purchaseHistory(const Model::CustomerFrame &frame, Model::Day calibrationEnd = Model::NoDay);

} // namespace Portrait::Analytics
