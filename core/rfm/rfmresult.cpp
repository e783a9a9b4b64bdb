#include "rfmresult.h"

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

/// The type-7 median in linear time: a full sort of every segment cost most of the dashboard's
/// redraw at 1M customers.
double median(std::vector<double> &values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(values.size() - 1) * 0.5;
    const size_t low = size_t(h);
    std::nth_element(values.begin(), values.begin() + qsizetype(low), values.end());
    const double below = values[low];
    if (double(low) == h)
        return below;
    const double above = *std::min_element(values.begin() + qsizetype(low) + 1, values.end());
    return below + (h - double(low)) * (above - below);
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
    std::vector<std::vector<double>> recency(groups), frequency(groups), monetary(groups);
    QList<SegmentSummary> rows(qsizetype(groups), SegmentSummary {});
    double totalRevenue = 0;
    qint64 totalCustomers = 0;
    const RfmMetrics &x = result.metrics;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const int s = result.segment[i];
        if (s < 0 || size_t(s) >= groups)
            continue;
        SegmentSummary &row = rows[s];
        ++row.customers;
        row.revenue += x.monetary[i];
        row.orders += x.frequency[i];
        recency[size_t(s)].push_back(x.recency[i]);
        frequency[size_t(s)].push_back(x.frequency[i]);
        monetary[size_t(s)].push_back(x.monetary[i]);
        totalRevenue += x.monetary[i];
        ++totalCustomers;
    }
    for (qsizetype s = 0; s < rows.size(); ++s) {
        SegmentSummary &row = rows[s];
        row.rule = int(s);
        row.name = result.scheme.displayName(int(s), chineseNames);
        row.customerShare = totalCustomers > 0 ? double(row.customers) / double(totalCustomers) : 0.0;
        row.revenueShare = totalRevenue > 0 ? row.revenue / totalRevenue : 0.0;
        row.medianRecency = median(recency[size_t(s)]);
        row.medianFrequency = median(frequency[size_t(s)]);
        row.medianMonetary = median(monetary[size_t(s)]);
    }
    return rows;
}

} // namespace Portrait::Rfm
