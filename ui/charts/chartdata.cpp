#include "chartdata.h"

#include "segmentpalette.h"

#include <algorithm>
#include <cmath>

namespace Portrait::Ui {

namespace {

constexpr int ContinuousBins = 40;
constexpr int MaxIntegerBins = 60;
constexpr double ClipQuantile = 0.99;

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

SegmentData segmentData(const Rfm::RfmResult &result, const QList<Rfm::SegmentSummary> &summary, bool chineseNames)
{
    SegmentData data;
    data.schemeTitle = result.scheme.displayTitle(chineseNames);
    const SegmentPalette palette(result.scheme);
    for (const Rfm::SegmentSummary &row : summary) {
        data.scored += row.customers;
        const bool fallback = row.rule == result.scheme.rules.size();
        if (fallback && row.customers == 0)
            continue;
        data.segments.append(SegmentStats { row.rule, row.name, palette.color(row.rule), row.customers,
                                            row.customerShare, row.revenue, row.revenueShare, row.medianRecency,
                                            row.medianFrequency, row.medianMonetary });
    }
    return data;
}

SegmentData segmentData(const Rfm::RfmResult &result, bool chineseNames)
{
    return segmentData(result, Rfm::summarize(result, chineseNames), chineseNames);
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
        const double p99 = Rfm::quantileUnsorted(values, ClipQuantile);
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
        const double p99 = Rfm::quantileUnsorted(values, ClipQuantile);
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
