#pragma once

#include "analytics/purchasehistory.h"

#include <array>
#include <vector>

namespace Portrait::Analytics {

/// Predicted against actual purchase days in the holdout period, for customers with the same
/// number of calibration repeat purchases.
struct HoldoutRow
{
    int calibrationPurchases = 0; ///< x; the last row holds x >= HoldoutRows - 1 ("7+")
    qint64 customers = 0;
    double actual = 0;            ///< purchase days in the holdout period, summed over the customers
    double predicted = 0;         ///< expected purchases over the holdout period, summed
};

constexpr int HoldoutRows = 8;

/// How well the model predicts the days after the calibration end: does the analyst trust it?
struct HoldoutCheck
{
    Model::Day firstDay = Model::NoDay;   ///< calibration end + 1
    Model::Day lastDay = Model::NoDay;    ///< the last purchase day
    double actual = 0;
    double predicted = 0;
    /// Customers whose prediction is unknown (left out of both sums).
    qint64 unpredicted = 0;
    std::array<HoldoutRow, HoldoutRows> rows {};
};

/// Sums history's holdout purchase days and the predictions (one per history entry, NaN where
/// unknown) in total and by calibration repeat purchases 0, 1, …, 7+.
HoldoutCheck holdoutCheck(const PurchaseHistory &history, const std::vector<double> &predicted);

} // namespace Portrait::Analytics
