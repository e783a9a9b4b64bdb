#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>
#include <vector>

namespace Portrait::Ui {

/// How a histogram's horizontal axis maps values: evenly, or logarithmically, so that the long tails
/// of order counts and spend leave room for the cut lines where most customers are.
enum class AxisScale { Linear, Log };

/// Bar counts of one metric over the scored customers, as the RFM page's histograms draw them.
struct HistogramData
{
    std::vector<double> edges { 0, 1 };  ///< bar edges on the metric's scale, ascending; bars + 1
    std::vector<qint64> counts { 0 };    ///< one per bar; the last also holds the clipped customers
    qint64 total = 0;                    ///< scored customers counted (negative ones included)
    /// Scored customers whose value is below zero (returns exceed purchases): not on the axis, drawn
    /// as a bar of their own to the left of it.
    qint64 negative = 0;
    /// Customers above the clip value, counted in the last bar; 0 when nothing was clipped.
    qint64 clippedAbove = 0;
    /// The 99th percentile the axis stops at; NaN when the axis shows everything.
    double clipValue = std::numeric_limits<double>::quiet_NaN();
    bool integral = false;               ///< whole-number metric: bars and cut lines on whole numbers
    AxisScale scale = AxisScale::Linear;

    double low() const { return edges.front(); }
    double high() const { return edges.back(); }
    bool isClipped() const { return clippedAbove > 0; }
    qint64 maxCount() const;

    /// Bins the values of the customers with scored[i] != 0. On a linear axis, clipTop stops it at
    /// the 99th percentile (long tails would squeeze every other bar into one); a log axis shows
    /// everything. Integral metrics get bars on whole numbers.
    static HistogramData build(const std::vector<double> &values, const std::vector<quint8> &scored, bool clipTop,
                               bool integral, AxisScale scale, int maxBars = 48);
    /// Whether a linear axis would crowd most customers (and so the cut lines) into its first fifth:
    /// then the page starts with a log axis.
    static bool isSkewed(const std::vector<double> &values, const std::vector<quint8> &scored);

    /// The axis coordinate of a value: the value itself, or sign(v)·log10(1 + |v|), which takes zero
    /// and the odd negative cut line too.
    static double toAxis(double value, AxisScale scale);
    static double fromAxis(double coordinate, AxisScale scale);
    /// Tick values of a log axis between low and high: 0 (when in range), then 1, 10, 100, … and,
    /// when that makes fewer than three ticks, the 2s and 5s between them.
    static std::vector<double> logTicks(double low, double high);
};

/// The one format of cut points and axis numbers on the RFM page, spin boxes included: whole numbers
/// without decimals ("1", not "1.00"; a quantile between two counts keeps its ".5"), amounts with at
/// most two decimals, trailing zeros dropped; thousands separators throughout ("3,206.58").
QString cutNumber(double value, bool integral);

} // namespace Portrait::Ui
