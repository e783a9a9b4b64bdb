#pragma once

#include "rfm/rfmresult.h"

#include <limits>

namespace Portrait::Rfm {

/// The headline figures of a scoring, for the first page of the report: the largest segment,
/// revenue concentration, the value at risk and, given an earlier scoring, the segment that shrank
/// the most. Revenue is the scored customers' monetary value as scored (net of returns unless the
/// metric options say otherwise).
struct Findings
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    qint64 scored = 0;
    double revenue = 0;

    int largestSegment = -1;          ///< rule index (rules.size(): the fallback); -1 none scored
    qint64 largestCustomers = 0;
    double largestRevenueShare = NaN;

    /// Share of revenue the top fifth of customers by spend bring; NaN when revenue is not positive.
    double topFifthRevenueShare = NaN;

    /// Customers who have not bought for long but spent much: R score in the lower half of the
    /// levels, M score in the upper half. Their revenue, its share, and the segment most of them are in.
    qint64 atRiskCustomers = 0;
    double atRiskRevenue = 0;
    double atRiskRevenueShare = NaN;
    int atRiskMainSegment = -1;

    /// The segment that lost the largest share of its customers since the earlier scoring (among
    /// those with at least 1 % of the customers then, and at least 10); -1 when none shrank.
    int shrinkingSegment = -1;
    qint64 shrinkingBefore = 0;
    qint64 shrinkingNow = 0;
    Model::Day earlierAsOf = Model::NoDay;
};

/// The findings of result; earlier (the same scoring at an earlier as-of date, same scheme) gives
/// the shrinking segment.
Findings findings(const RfmResult &result, const RfmResult *earlier = nullptr);

/// Whether a customer with these scores counts as at risk (see Findings::atRiskCustomers).
bool isAtRisk(int rScore, int mScore, int bins);

} // namespace Portrait::Rfm
