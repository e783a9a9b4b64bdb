#pragma once

#include <QtGlobal>

#include <vector>

namespace Portrait::Analytics {

/// Customers per P(alive) bin: bin k holds [k/bins, (k+1)/bins), the last one includes 1. NaN
/// (customers outside the calibration period) is left out.
std::vector<qint64> pAliveHistogram(const std::vector<double> &pAlive, int bins);

/// CLV of the customers of one group (an RFM segment, later a cluster).
struct GroupValue
{
    qint64 customers = 0;   ///< with a known CLV
    double total = 0;
    double mean() const { return customers > 0 ? total / double(customers) : 0; }
};

/// Sums clv (per frame row, NaN where unknown) by group: group[row] in [0, groupCount), anything
/// else (unscored, -1) left out.
std::vector<GroupValue> valueByGroup(const std::vector<double> &clv, const std::vector<qint16> &group, int groupCount);

} // namespace Portrait::Analytics
