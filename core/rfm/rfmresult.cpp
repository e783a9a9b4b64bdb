#include "rfmresult.h"

#include "common/largepages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Portrait::Rfm {

namespace {

class RfmRun
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Rfm::RfmRun)
};

bool weightsUsable(const std::array<double, 3> &w)
{
    const bool nonNegative = std::all_of(w.begin(), w.end(), [](double x) { return std::isfinite(x) && x >= 0; });
    return nonNegative && w[0] + w[1] + w[2] > 0;
}

Status checkTiers(const TierOptions &tiers)
{
    if (!weightsUsable(tiers.weights))
        return Error { RfmRun::tr("RFM score weights must be zero or more, and not all zero"), {}, 0, 0, {} };
    if (tiers.low > tiers.high) {
        return Error { RfmRun::tr("The low tier bound (%1) is above the high one (%2)").arg(tiers.low).arg(tiers.high),
                       {}, 0, 0, {} };
    }
    return {};
}

} // namespace

Result<RfmResult> runRfm(RfmMetrics metrics, const ScoringOptions &scoring, const SegmentScheme &scheme,
                         const TierOptions &tiers)
{
    if (Status s = checkTiers(tiers); !s)
        return s.error();
    Result<Scores> scores = score(metrics, scoring);
    if (!scores)
        return scores.error();
    if (scores->bins != scheme.bins) {
        return Error { RfmRun::tr("The scheme \"%1\" is written for %2 score levels, but method %3 gives %4: pick a "
                                  "matching method or scheme")
                           .arg(scheme.name).arg(scheme.bins).arg(methodKey(scoring.method)).arg(scores->bins),
                       {}, 0, 0, {} };
    }
    RfmResult result;
    result.metrics = std::move(metrics);
    result.scores = scores.takeValue();
    result.scheme = scheme;
    resegment(result, tiers);
    return result;
}

void resegment(RfmResult &result, const TierOptions &tiers)
{
    const int n = std::max(result.scheme.bins, 2);
    const std::array<double, 3> w = weightsUsable(tiers.weights) ? tiers.weights : std::array<double, 3> { 1, 1, 1 };
    const double wSum = w[0] + w[1] + w[2];
    // Every per-customer output depends on the (r, f, m) cell only: fill one table of at most
    // 125 cells, then one pass of lookups (the drag-a-cut-line path must stay fast).
    const std::vector<qint16> segmentOf = segmentTable(result.scheme);
    std::vector<float> scoreOf(segmentOf.size());
    std::vector<qint8> tierOf(segmentOf.size());
    for (int r = 1; r <= n; ++r) {
        for (int f = 1; f <= n; ++f) {
            for (int m = 1; m <= n; ++m) {
                const double s = 100.0 * (w[0] * (r - 1) + w[1] * (f - 1) + w[2] * (m - 1)) / (wSum * (n - 1));
                const auto cell = size_t(((r - 1) * n + (f - 1)) * n + (m - 1));
                scoreOf[cell] = float(s);
                tierOf[cell] = qint8(s >= tiers.high ? 2 : s >= tiers.low ? 1 : 0);
            }
        }
    }
    const Scores &sc = result.scores;
    const size_t count = sc.r.size();
    reserveColumn(result.segment, count);
    reserveColumn(result.rfmScore, count);
    reserveColumn(result.tier, count);
    result.segment.resize(count);
    result.rfmScore.resize(count);
    result.tier.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const int r = sc.r[i], f = sc.f[i], m = sc.m[i];
        if (r == 0 || f == 0 || m == 0) {
            result.segment[i] = -1;
            result.rfmScore[i] = std::numeric_limits<float>::quiet_NaN();
            result.tier[i] = -1;
            continue;
        }
        const auto cell = size_t(((std::min(r, n) - 1) * n + (std::min(f, n) - 1)) * n + (std::min(m, n) - 1));
        result.segment[i] = segmentOf[cell];
        result.rfmScore[i] = scoreOf[cell];
        result.tier[i] = tierOf[cell];
    }
}

QString tierTitle(int tier)
{
    switch (tier) {
    case 2:
        return RfmRun::tr("High value");
    case 1:
        return RfmRun::tr("Middle value");
    case 0:
        return RfmRun::tr("Low value");
    default:
        return RfmRun::tr("Not scored");
    }
}

QString rfmCode(const RfmResult &result, qsizetype customer)
{
    const auto i = size_t(customer);
    if (customer < 0 || i >= result.scores.r.size() || result.scores.r[i] == 0)
        return {};
    return QString::number(result.scores.r[i]) + QString::number(result.scores.f[i]) + QString::number(result.scores.m[i]);
}

QList<SegmentSummary> summarize(const RfmResult &result, bool chineseNames)
{
    const auto groups = size_t(result.scheme.rules.size() + 1);
    const RfmMetrics &x = result.metrics;
    QList<SegmentSummary> rows(qsizetype(groups), SegmentSummary {});
    double totalRevenue = 0;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const int s = result.segment[i];
        if (s < 0 || size_t(s) >= groups)
            continue;
        SegmentSummary &row = rows[s];
        ++row.customers;
        row.revenue += x.monetary[i];
        row.orders += x.frequency[i];
        totalRevenue += x.monetary[i];
    }
    // For the medians, each metric's values laid out segment by segment (a counting sort), then
    // one selection per segment and metric: sorting every segment took most of a second at a
    // million customers.
    std::vector<size_t> start(groups + 1, 0);
    for (size_t s = 0; s < groups; ++s)
        start[s + 1] = start[s] + size_t(rows[qsizetype(s)].customers);
    const size_t scored = start[groups];
    std::array<std::vector<double>, 3> bySegment;
    for (std::vector<double> &values : bySegment) {
        reserveColumn(values, scored);
        values.resize(scored);
    }
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const int s = result.segment[i];
        if (s < 0 || size_t(s) >= groups)
            continue;
        const size_t at = next[size_t(s)]++;
        bySegment[0][at] = x.recency[i];
        bySegment[1][at] = x.frequency[i];
        bySegment[2][at] = x.monetary[i];
    }
    const auto median = [&](size_t d, size_t s) {
        return quantileUnsorted(std::span(bySegment[d]).subspan(start[s], start[s + 1] - start[s]), 0.5);
    };
    for (size_t s = 0; s < groups; ++s) {
        SegmentSummary &row = rows[qsizetype(s)];
        row.rule = int(s);
        row.name = result.scheme.displayName(int(s), chineseNames);
        row.customerShare = scored > 0 ? double(row.customers) / double(scored) : 0.0;
        row.revenueShare = totalRevenue > 0 ? row.revenue / totalRevenue : 0.0;
        row.medianRecency = median(0, s);
        row.medianFrequency = median(1, s);
        row.medianMonetary = median(2, s);
    }
    return rows;
}

} // namespace Portrait::Rfm
