#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>
#include <vector>

namespace Portrait::Ui {

/// Bar counts of one metric over the scored customers, as the RFM page's histograms draw them.
struct HistogramData
{
    double low = 0;              ///< left edge of the first bar
    double high = 1;             ///< right edge of the last bar
    double binWidth = 1;
    std::vector<qint64> counts;  ///< one per bar; the last also holds the clipped customers
    qint64 total = 0;            ///< scored customers counted
    /// Customers above the clip value, counted in the last bar; 0 when nothing was clipped.
    qint64 clippedAbove = 0;
    /// The 99th percentile the axis stops at; NaN when the axis shows everything.
    double clipValue = std::numeric_limits<double>::quiet_NaN();
    bool integral = false;       ///< whole-number metric: one bar per value when the range allows it

    bool isClipped() const { return clippedAbove > 0; }
    qint64 maxCount() const;

    /// Bins the values of the customers with scored[i] != 0. clipTop stops the axis at the 99th
    /// percentile (long tails of frequency and spend would squeeze every other bar into one);
    /// integral metrics get one bar per whole number when that makes at most maxBars bars.
    static HistogramData build(const std::vector<double> &values, const std::vector<quint8> &scored, bool clipTop,
                               bool integral, int maxBars = 48);
};

} // namespace Portrait::Ui
