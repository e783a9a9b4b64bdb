#include "chartdata.h"

#include "segmentpalette.h"

#include <algorithm>
#include <cmath>

namespace Portrait::Ui {

namespace {

constexpr int ContinuousBins = 40;
constexpr int MaxIntegerBins = 60;
constexpr double ClipQuantile = 0.99;

/// Type-7 quantile of [first, last) without sorting it all (the range is reordered): the same
/// value Rfm::quantileType7 gives on the sorted range, in linear time.
double quantileUnsorted(std::vector<double>::iterator first, std::vector<double>::iterator last, double p)
{
    const auto count = size_t(last - first);
    if (count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(count - 1) * p;
    const auto lo = qsizetype(std::floor(h));
    std::nth_element(first, first + lo, last);
    const double low = first[lo];
    if (size_t(lo) + 1 >= count)
        return low;
    const double high = *std::min_element(first + lo + 1, last);
    return low + (h - double(lo)) * (high - low);
}

double quantileUnsorted(std::vector<double> &values, double p)
{
    return quantileUnsorted(values.begin(), values.end(), p);
}

const std::vector<double> &metricOf(const Rfm::RfmMetrics &metrics, Rfm::Dimension d)
{
    switch (d) {
    case Rfm::Dimension::Recency:
        return metrics.recency;
    case Rfm::Dimension::Frequency:
        return metrics.frequency;
    case Rfm::Dimension::Monetary:
        break;
    }
    return metrics.monetary;
}

bool isScored(const Rfm::RfmResult &result, size_t i)
{
    return result.segment[i] >= 0;
}

} // namespace

qsizetype SegmentData::indexOf(int segment) const
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).segment == segment)
            return i;
    }
    return -1;
}

SegmentData segmentData(const Rfm::RfmResult &result, bool chineseNames)
{
    // The figures of Rfm::summarize(), in linear time: summarize() sorts every segment's values
    // for its medians, which takes most of a second at a million customers.
    const auto groups = size_t(result.scheme.rules.size() + 1);
    const Rfm::RfmMetrics &x = result.metrics;
    std::vector<qint64> counts(groups, 0);
    std::vector<double> revenue(groups, 0.0);
    double totalRevenue = 0;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const int s = result.segment[i];
        if (s < 0 || size_t(s) >= groups)
            continue;
        ++counts[size_t(s)];
        revenue[size_t(s)] += x.monetary[i];
        totalRevenue += x.monetary[i];
    }
    // Each metric's values laid out segment by segment (a counting sort), then one selection per
    // segment and metric.
    std::vector<qint64> start(groups + 1, 0);
    for (size_t s = 0; s < groups; ++s)
        start[s + 1] = start[s] + counts[s];
    std::array<std::vector<double>, 3> bySegment;
    for (auto &v : bySegment)
        v.resize(size_t(start[groups]));
    std::vector<qint64> next(start.begin(), start.end() - 1);
    for (size_t i = 0; i < result.segment.size(); ++i) {
        const int s = result.segment[i];
        if (s < 0 || size_t(s) >= groups)
            continue;
        const auto at = size_t(next[size_t(s)]++);
        bySegment[0][at] = x.recency[i];
        bySegment[1][at] = x.frequency[i];
        bySegment[2][at] = x.monetary[i];
    }

    SegmentData data;
    data.schemeTitle = result.scheme.displayTitle(chineseNames);
    data.scored = start[groups];
    const SegmentPalette palette(result.scheme);
    for (size_t s = 0; s < groups; ++s) {
        const bool fallback = s + 1 == groups;
        if (fallback && counts[s] == 0)
            continue;
        std::array<double, 3> medians {};
        for (size_t d = 0; d < 3; ++d) {
            auto &v = bySegment[d];
            medians[d] = quantileUnsorted(v.begin() + start[s], v.begin() + start[s + 1], 0.5);
        }
        const int rule = int(s);
        data.segments.append(SegmentStats { rule, result.scheme.displayName(rule, chineseNames), palette.color(rule),
                                            counts[s], data.scored > 0 ? double(counts[s]) / double(data.scored) : 0.0,
                                            revenue[s], totalRevenue > 0 ? revenue[s] / totalRevenue : 0.0, medians[0],
                                            medians[1], medians[2] });
    }
    return data;
}

double RfHeatmapData::meanMonetaryAt(int r, int f) const
{
    const auto cell = size_t((r - 1) * bins + (f - 1));
    return customers[cell] > 0 ? monetary[cell] / double(customers[cell]) : std::numeric_limits<double>::quiet_NaN();
}

qint64 RfHeatmapData::total() const
{
    qint64 sum = 0;
    for (qint64 c : customers)
        sum += c;
    return sum;
}

RfHeatmapData rfHeatmapData(const Rfm::RfmResult &result)
{
    RfHeatmapData data;
    const int n = std::max(result.scores.bins, 1);
    data.bins = n;
    data.customers.assign(size_t(n * n), 0);
    data.monetary.assign(size_t(n * n), 0.0);
    const Rfm::Scores &s = result.scores;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        if (!isScored(result, i))
            continue;
        const auto cell = size_t((std::min<int>(s.r[i], n) - 1) * n + (std::min<int>(s.f[i], n) - 1));
        ++data.customers[cell];
        data.monetary[cell] += result.metrics.monetary[i];
    }
    return data;
}

MetricHistogram metricHistogram(const Rfm::RfmResult &result, Rfm::Dimension dimension)
{
    MetricHistogram data;
    data.dimension = dimension;
    data.cuts = result.scores.cuts[size_t(dimension)];
    const std::vector<double> &metric = metricOf(result.metrics, dimension);
    std::vector<double> values;
    values.reserve(size_t(result.metrics.scoredCount));
    bool allWhole = true;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        if (!isScored(result, i) || !std::isfinite(metric[i]))
            continue;
        values.push_back(metric[i]);
        allWhole = allWhole && std::floor(metric[i]) == metric[i];
    }
    data.total = qint64(values.size());
    if (values.empty())
        return data;
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double lower = *minIt;
    double upper = *maxIt;
    if (dimension != Rfm::Dimension::Recency) {
        // Reorders values, which the binning below does not mind.
        const double p99 = quantileUnsorted(values, ClipQuantile);
        if (upper > p99) {
            data.clippedAt = p99;
            upper = p99;
        }
    }
    data.integerBins = allWhole && upper - lower < MaxIntegerBins;
    const int bins = data.integerBins ? int(std::floor(upper) - lower) + 1 : ContinuousBins;
    const double start = data.integerBins ? lower - 0.5 : lower;
    const double width = data.integerBins ? 1.0 : (upper > lower ? (upper - lower) / bins : 1.0);
    data.edges.resize(size_t(bins) + 1);
    for (int b = 0; b <= bins; ++b)
        data.edges[size_t(b)] = start + width * b;
    data.counts.assign(size_t(bins), 0);
    for (double v : values) {
        if (!std::isnan(data.clippedAt) && v > data.clippedAt) {
            ++data.aboveClip;
            continue;
        }
        const int b = std::clamp(int((v - start) / width), 0, bins - 1);
        ++data.counts[size_t(b)];
    }
    return data;
}

ScatterSample scatterSample(const Rfm::RfmResult &result, qsizetype limit)
{
    ScatterSample sample;
    const size_t count = result.segment.size();
    qint64 scored = 0;
    for (size_t i = 0; i < count; ++i)
        scored += isScored(result, i) ? 1 : 0;
    sample.population = scored;
    const qint64 take = std::min<qint64>(scored, std::max<qsizetype>(limit, 1));
    for (auto &v : sample.values)
        v.reserve(size_t(take));
    sample.segment.reserve(size_t(take));
    // Systematic sampling: the j-th scored customer is taken when j * take / N steps over a whole
    // number, which spreads exactly `take` picks evenly over the frame, the same ones every run.
    qint64 ordinal = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!isScored(result, i))
            continue;
        const bool pick = (ordinal + 1) * take / scored > ordinal * take / scored;
        ++ordinal;
        if (!pick)
            continue;
        sample.values[0].push_back(float(result.metrics.recency[i]));
        sample.values[1].push_back(float(result.metrics.frequency[i]));
        sample.values[2].push_back(float(result.metrics.monetary[i]));
        sample.segment.push_back(result.segment[i]);
    }
    for (size_t d = 1; d < 3; ++d) {
        std::vector<double> values(sample.values[d].begin(), sample.values[d].end());
        if (values.empty())
            continue;
        const double maxValue = *std::max_element(values.begin(), values.end());
        const double p99 = quantileUnsorted(values, ClipQuantile);
        if (maxValue > p99)
            sample.clip[d] = p99;
    }
    return sample;
}

TierData tierData(const Rfm::RfmResult &result)
{
    TierData data;
    for (qint8 tier : result.tier) {
        if (tier >= 0 && tier <= 2)
            ++data.customers[size_t(tier)];
    }
    return data;
}

} // namespace Portrait::Ui
