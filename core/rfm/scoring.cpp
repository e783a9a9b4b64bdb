#include "scoring.h"

#include "common/largepages.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Rfm {

namespace {

class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Rfm::Scoring)
};

constexpr std::array<Dimension, 3> AllDimensions { Dimension::Recency, Dimension::Frequency, Dimension::Monetary };


QString formatCuts(const std::vector<double> &cuts)
{
    QStringList parts;
    for (double t : cuts)
        parts << QString::number(t, 'g', 10);
    return parts.join(u", "_s);
}

std::vector<double> scoredValues(const RfmMetrics &metrics, Dimension d)
{
    const std::vector<double> &all = d == Dimension::Recency ? metrics.recency
                                   : d == Dimension::Frequency ? metrics.frequency : metrics.monetary;
    std::vector<double> values;
    reserveColumn(values, size_t(metrics.scoredCount));
    for (size_t i = 0; i < all.size(); ++i) {
        if (metrics.scored[i])
            values.push_back(all[i]);
    }
    return values;
}

const std::vector<double> &metricOf(const RfmMetrics &metrics, Dimension d)
{
    return d == Dimension::Recency ? metrics.recency : d == Dimension::Frequency ? metrics.frequency : metrics.monetary;
}

Status checkThresholds(const std::vector<double> &cuts, int bins, Dimension d)
{
    if (qsizetype(cuts.size()) != bins - 1) {
        return Error { Scoring::tr("%1 thresholds: %2 score levels need %3 cut points, got %4")
                           .arg(dimensionTitle(d)).arg(bins).arg(bins - 1).arg(cuts.size()), {}, 0, 0, {} };
    }
    for (size_t i = 1; i < cuts.size(); ++i) {
        if (!(cuts[i] > cuts[i - 1])) {
            return Error { Scoring::tr("%1 thresholds must be in ascending order: %2")
                               .arg(dimensionTitle(d), formatCuts(cuts)), {}, 0, 0, {} };
        }
    }
    return {};
}

Status checkOptions(const RfmMetrics &metrics, const ScoringOptions &options)
{
    if (!isTwoLevel(options.method) && (options.bins < 3 || options.bins > 5)) {
        return Error { Scoring::tr("The number of score levels must be 3, 4 or 5, not %1").arg(options.bins),
                       {}, 0, 0, {} };
    }
    for (Dimension d : AllDimensions) {
        const auto &given = options.thresholds[size_t(d)];
        const bool used = options.method == Method::Thresholds || (options.method == Method::RfmPkg && !given.empty());
        if (used) {
            if (Status s = checkThresholds(given, options.bins, d); !s)
                return s;
        }
    }
    if (metrics.scoredCount <= 0)
        return Error { Scoring::tr("No customer has a purchase to score (check the as-of date and the window)"), {}, 0, 0, {} };
    return {};
}

// values: the scored customers' values in any order (reordered here).
std::vector<double> computedCuts(std::vector<double> &values, const ScoringOptions &options, Dimension d)
{
    const auto &given = options.thresholds[size_t(d)];
    switch (options.method) {
    case Method::Thresholds:
        return given;
    case Method::Mean:
        return { std::accumulate(values.begin(), values.end(), 0.0) / double(values.size()) };
    case Method::Median:
        return quantilesUnsorted(values, { 0.5 });
    case Method::Quantile:
    case Method::RfmPkg:
    case Method::Ntile:
        break;
    }
    if (options.method == Method::RfmPkg && !given.empty())
        return given;
    std::vector<double> ps;
    for (int k = 1; k < options.bins; ++k)
        ps.push_back(double(k) / options.bins);
    std::vector<double> cuts = quantilesUnsorted(values, ps);
    // The rfm package's bins() adds 1 to every quantile (expected_results.md §4).
    if (options.method == Method::RfmPkg) {
        for (double &cut : cuts)
            cut += 1.0;
    }
    return cuts;
}

/// Equal-count tiles by rank (SQL NTILE): ties by value, then by frame order. Records as cut
/// points the largest value of each of the first n-1 tiles.
std::vector<double> scoreNtile(const RfmMetrics &metrics, Dimension d, int bins, std::vector<quint8> &out,
                               IssueList &issues)
{
    const std::vector<double> &x = metricOf(metrics, d);
    std::vector<qint32> order;
    order.reserve(size_t(metrics.scoredCount));
    for (size_t i = 0; i < x.size(); ++i) {
        if (metrics.scored[i])
            order.push_back(qint32(i));
    }
    std::stable_sort(order.begin(), order.end(), [&](qint32 a, qint32 b) { return x[size_t(a)] < x[size_t(b)]; });
    const size_t n = order.size();
    const size_t small = n / size_t(bins);
    const size_t rem = n % size_t(bins);
    const size_t bigPart = rem * (small + 1);
    std::vector<double> cuts(size_t(bins - 1), std::numeric_limits<double>::quiet_NaN());
    int splits = 0;
    // The first n % bins tiles hold one customer more, as SQL's NTILE does.
    auto tileOf = [&](size_t p) { return p < bigPart ? p / (small + 1) : rem + (p - bigPart) / small; };
    for (size_t p = 0; p < n; ++p) {
        const size_t tile = tileOf(p);
        const auto i = size_t(order[p]);
        out[i] = quint8(d == Dimension::Recency ? bins - int(tile) : int(tile) + 1);
        if (p + 1 < n && tileOf(p + 1) != tile && tile < cuts.size()) {
            cuts[tile] = x[i];
            if (x[size_t(order[p + 1])] == x[i])
                ++splits;
        }
    }
    if (splits > 0) {
        issues.warn(Scoring::tr("%1: ntile gave equal values different scores (tile boundaries inside a run of "
                                "equal values: %2 of %3)")
                        .arg(dimensionTitle(d))
                        .arg(splits)
                        .arg(bins - 1));
    }
    return cuts;
}

void checkCollapse(const RfmMetrics &metrics, Dimension d, const Scores &scores, IssueList &issues)
{
    const std::vector<quint8> &s = scores.of(d);
    std::array<bool, 6> seen {};
    for (size_t i = 0; i < s.size(); ++i)
        seen[std::min<size_t>(s[i], 5)] = seen[std::min<size_t>(s[i], 5)] || metrics.scored[i];
    const int distinct = int(std::count(seen.begin() + 1, seen.end(), true));
    if (distinct >= scores.bins)
        return;
    QString why = Scoring::tr("many customers share the same value");
    if (d == Dimension::Frequency) {
        const std::vector<double> &f = metrics.frequency;
        qsizetype once = 0;
        for (size_t i = 0; i < f.size(); ++i)
            once += metrics.scored[i] && f[i] <= 1.0;
        if (2 * once >= metrics.scoredCount)
            why = Scoring::tr("most customers bought once");
    }
    const std::vector<double> &cuts = scores.cuts[size_t(d)];
    issues.warn(Scoring::tr("%1: bins collapsed, %2 cut points give only %3 distinct scores (%4); cut points: %5")
                    .arg(dimensionTitle(d)).arg(cuts.size()).arg(distinct).arg(why, formatCuts(cuts)));
}

} // namespace

QString methodKey(Method method)
{
    switch (method) {
    case Method::Quantile: return u"quantile"_s;
    case Method::RfmPkg: return u"rfmpkg"_s;
    case Method::Ntile: return u"ntile"_s;
    case Method::Mean: return u"mean"_s;
    case Method::Median: return u"median"_s;
    case Method::Thresholds: return u"thresholds"_s;
    }
    return {};
}

std::optional<Method> methodFromKey(QStringView key)
{
    for (Method m : { Method::Quantile, Method::RfmPkg, Method::Ntile, Method::Mean, Method::Median, Method::Thresholds }) {
        if (key.compare(methodKey(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString methodTitle(Method method)
{
    switch (method) {
    case Method::Quantile: return Scoring::tr("Quantiles (equal values share a score)");
    case Method::RfmPkg: return Scoring::tr("R package rfm 0.3.0 (quantiles + 1)");
    case Method::Ntile: return Scoring::tr("Equal-count tiles (NTILE)");
    case Method::Mean: return Scoring::tr("Above / below the mean (2 levels)");
    case Method::Median: return Scoring::tr("Above / below the median (2 levels)");
    case Method::Thresholds: return Scoring::tr("Custom thresholds");
    }
    return {};
}

QString dimensionTitle(Dimension d)
{
    switch (d) {
    case Dimension::Recency: return Scoring::tr("recency");
    case Dimension::Frequency: return Scoring::tr("frequency");
    case Dimension::Monetary: return Scoring::tr("monetary");
    }
    return {};
}

double quantileType7(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(sorted.size() - 1) * p;
    const auto lo = size_t(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

namespace {

// The values at ascending ranks (0-based positions in sorted order) of whole numbers in a range of
// no more than `span` + 1: one counting pass, where recency days and order counts are all
// whole and crowd a narrow range.
std::vector<double> countedRanks(std::span<const double> values, const std::vector<size_t> &ranks, double lowest,
                                 size_t span)
{
    std::vector<quint32> counts(span + 1, 0);
    for (const double v : values)
        ++counts[size_t(v - lowest)];
    std::vector<double> out;
    out.reserve(ranks.size());
    size_t below = 0; // values under the current one
    size_t bin = 0;
    for (const size_t rank : ranks) {
        while (below + counts[bin] <= rank)
            below += counts[bin++];
        out.push_back(lowest + double(bin));
    }
    return out;
}

// The same by selection (values is reordered): each selection leaves everything before its
// position no larger and everything after no smaller, so the next one searches only after it.
std::vector<double> selectedRanks(std::span<double> values, const std::vector<size_t> &ranks)
{
    std::vector<double> out;
    out.reserve(ranks.size());
    size_t from = 0;
    for (const size_t rank : ranks) {
        std::nth_element(values.begin() + qsizetype(from), values.begin() + qsizetype(rank), values.end());
        out.push_back(values[rank]);
        from = rank + 1;
    }
    return out;
}

std::vector<double> valuesAtRanks(std::span<double> values, const std::vector<size_t> &ranks)
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    bool whole = true;
    for (const double v : values) {
        whole = whole && v == std::floor(v); // false for NaN and infinities too
        lowest = std::min(lowest, v);
        highest = std::max(highest, v);
    }
    const double limit = double(std::min<size_t>(std::max<size_t>(values.size(), 1 << 16), 1 << 24));
    if (whole && highest - lowest <= limit)
        return countedRanks(values, ranks, lowest, size_t(highest - lowest));
    return selectedRanks(values, ranks);
}

} // namespace

std::vector<double> quantilesUnsorted(std::span<double> values, const std::vector<double> &ps)
{
    Q_ASSERT(std::is_sorted(ps.begin(), ps.end()));
    const size_t n = values.size();
    if (n == 0)
        return std::vector<double>(ps.size(), std::numeric_limits<double>::quiet_NaN());
    // Type 7 interpolates between the values at ranks floor(h) and floor(h) + 1.
    std::vector<size_t> ranks;
    for (const double p : ps) {
        const auto lo = size_t(std::floor(double(n - 1) * p));
        for (const size_t rank : { lo, std::min(lo + 1, n - 1) }) {
            if (ranks.empty() || ranks.back() < rank)
                ranks.push_back(rank);
        }
    }
    const std::vector<double> at = valuesAtRanks(values, ranks);
    const auto valueAt = [&](size_t rank) {
        return at[size_t(std::lower_bound(ranks.begin(), ranks.end(), rank) - ranks.begin())];
    };
    std::vector<double> out;
    out.reserve(ps.size());
    for (const double p : ps) {
        const double h = double(n - 1) * p;
        const auto lo = size_t(std::floor(h));
        const double low = valueAt(lo);
        const double high = valueAt(std::min(lo + 1, n - 1));
        out.push_back(h > double(lo) ? low + (h - double(lo)) * (high - low) : low);
    }
    return out;
}

double quantileUnsorted(std::span<double> values, double p)
{
    return quantilesUnsorted(values, { p }).front();
}

Result<Scores> score(const RfmMetrics &metrics, const ScoringOptions &options)
{
    if (Status s = checkOptions(metrics, options); !s)
        return s.error();
    Scores scores;
    scores.method = options.method;
    scores.bins = isTwoLevel(options.method) ? 2 : options.bins;
    const auto n = size_t(metrics.size());
    std::array<std::vector<double>, 3> cuts;
    if (options.method != Method::Ntile) {
        const auto computeCuts = [&](Dimension d) {
            std::vector<double> values = scoredValues(metrics, d);
            cuts[size_t(d)] = computedCuts(values, options, d);
        };
        // Monetary, whose values are rarely whole, is selected rather than counted: the longest of
        // the three, so it gets a thread of its own at a large size.
        std::optional<std::thread> monetary;
        if (n >= ParallelFrom)
            monetary.emplace(computeCuts, Dimension::Monetary);
        computeCuts(Dimension::Recency);
        computeCuts(Dimension::Frequency);
        if (monetary)
            monetary->join();
        else
            computeCuts(Dimension::Monetary);
    }
    for (Dimension d : AllDimensions) {
        fillColumn<quint8>(scores.of(d), n, 0);
        if (options.method == Method::Ntile)
            scores.cuts[size_t(d)] = scoreNtile(metrics, d, scores.bins, scores.of(d), scores.issues);
        else
            rescoreDimension(metrics, d, cuts[size_t(d)], options.method, scores.bins, scores);
        checkCollapse(metrics, d, scores, scores.issues);
    }
    if (options.method == Method::Ntile) {
        scores.issues.warn(Scoring::tr("ntile ranks customers into equal-count bins: equal values may be split "
                                       "between scores (offered only to compare with tools that do this)"));
    }
    return scores;
}

bool cutIncludesEqualValues(Method method, Dimension d)
{
    // RfmPkg's intervals are [t_i, t_i+1); Mean/Median recency must be strictly fewer days to be
    // "better", i.e. days >= t is not better.
    return method == Method::RfmPkg || (isTwoLevel(method) && d == Dimension::Recency);
}

namespace {

/// The score rule of rescoreDimension for one value: one step per cut point below it (or at it,
/// when inclusive); recency mirrored.
struct ScoreRule
{
    const double *t;
    size_t k;
    bool inclusive;
    bool mirrored;
    int bins;

    quint8 operator()(double v) const
    {
        int above = 0;
        for (size_t j = 0; j < k; ++j)
            above += inclusive ? v >= t[j] : v > t[j];
        return quint8(mirrored ? bins - above : above + 1);
    }
};

ScoreRule scoreRule(Dimension d, const std::vector<double> &cuts, Method method, int bins)
{
    return { cuts.data(), cuts.size(), cutIncludesEqualValues(method, d), d == Dimension::Recency, bins };
}

} // namespace

void rescoreDimension(const RfmMetrics &metrics, Dimension d, const std::vector<double> &cuts, Method method,
                      int bins, Scores &scores)
{
    Q_ASSERT(qsizetype(cuts.size()) == bins - 1);
    scores.method = method;
    scores.bins = bins;
    scores.cuts[size_t(d)] = cuts;
    const std::vector<double> &x = metricOf(metrics, d);
    std::vector<quint8> &out = scores.of(d);
    out.resize(x.size());
    const ScoreRule rule = scoreRule(d, scores.cuts[size_t(d)], method, bins);
    for (size_t i = 0; i < x.size(); ++i)
        out[i] = metrics.scored[i] ? rule(x[i]) : quint8(0);
}

void rescoreCustomers(const RfmMetrics &metrics, Dimension d, const std::vector<double> &cuts, Method method,
                      int bins, Scores &scores, std::span<const qint32> customers)
{
    Q_ASSERT(qsizetype(cuts.size()) == bins - 1);
    const std::vector<double> &x = metricOf(metrics, d);
    std::vector<quint8> &out = scores.of(d);
    const ScoreRule rule = scoreRule(d, cuts, method, bins);
    for (const qint32 c : customers) {
        const auto i = size_t(c);
        out[i] = metrics.scored[i] ? rule(x[i]) : quint8(0);
    }
}

} // namespace Portrait::Rfm
