#include "findings.h"

#include <algorithm>
#include <functional>

namespace Portrait::Rfm {

namespace {

std::vector<qint64> customersPerSegment(const RfmResult &result)
{
    std::vector<qint64> counts(size_t(result.scheme.rules.size()) + 1, 0);
    for (qint16 segment : result.segment) {
        if (segment >= 0 && size_t(segment) < counts.size())
            ++counts[size_t(segment)];
    }
    return counts;
}

void findShrinking(const RfmResult &result, const RfmResult &earlier, Findings &out)
{
    if (earlier.scheme.rules.size() != result.scheme.rules.size())
        return;
    const std::vector<qint64> now = customersPerSegment(result), before = customersPerSegment(earlier);
    qint64 earlierScored = 0;
    for (qint64 n : before)
        earlierScored += n;
    out.earlierAsOf = earlier.metrics.asOf;
    double worst = 0;
    for (size_t s = 0; s < now.size(); ++s) {
        if (before[s] < std::max<qint64>(10, earlierScored / 100))
            continue;
        const double change = double(now[s] - before[s]) / double(before[s]);
        if (change < worst) {
            worst = change;
            out.shrinkingSegment = int(s);
            out.shrinkingBefore = before[s];
            out.shrinkingNow = now[s];
        }
    }
}

} // namespace

bool isAtRisk(int rScore, int mScore, int bins)
{
    const int half = bins / 2;   // 2 of 5 levels, 1 of 2
    return rScore >= 1 && rScore <= half && mScore > bins - half;
}

Findings findings(const RfmResult &result, const RfmResult *earlier)
{
    Findings out;
    const std::vector<qint64> counts = customersPerSegment(result);
    std::vector<double> revenue(counts.size(), 0), spend;
    std::vector<qint64> atRiskPerSegment(counts.size(), 0);
    const int bins = result.scores.bins;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const qint16 segment = result.segment[i];
        if (segment < 0)
            continue;
        const double m = result.metrics.monetary[i];
        ++out.scored;
        out.revenue += m;
        revenue[size_t(segment)] += m;
        spend.push_back(m);
        if (isAtRisk(result.scores.r[i], result.scores.m[i], bins)) {
            ++out.atRiskCustomers;
            out.atRiskRevenue += m;
            ++atRiskPerSegment[size_t(segment)];
        }
    }
    if (out.scored == 0)
        return out;
    out.largestSegment = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
    out.largestCustomers = counts[size_t(out.largestSegment)];
    if (out.revenue > 0) {
        out.largestRevenueShare = revenue[size_t(out.largestSegment)] / out.revenue;
        out.atRiskRevenueShare = out.atRiskRevenue / out.revenue;
        std::sort(spend.begin(), spend.end(), std::greater<>());
        const size_t fifth = std::max<size_t>(1, (spend.size() + 4) / 5);
        double top = 0;
        for (size_t i = 0; i < fifth; ++i)
            top += spend[i];
        out.topFifthRevenueShare = top / out.revenue;
    }
    if (out.atRiskCustomers > 0)
        out.atRiskMainSegment = int(std::max_element(atRiskPerSegment.begin(), atRiskPerSegment.end())
                                    - atRiskPerSegment.begin());
    if (earlier)
        findShrinking(result, *earlier, out);
    return out;
}

} // namespace Portrait::Rfm
