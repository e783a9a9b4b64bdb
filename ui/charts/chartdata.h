#pragma once

#include "common/currency.h"
#include "rfm/rfmresult.h"

#include <QColor>
#include <QList>
#include <QString>

#include <array>
#include <limits>
#include <vector>

namespace Portrait::Ui {

/// What the dashboard charts draw, built from an RFM result in one pass per chart (plus a
/// selection for each percentile). Plain values: a chart made from them needs nothing else.

/// One segment's figures.
struct SegmentStats
{
    int segment = 0;                 ///< rule index; rules.size() for the fallback
    QString name;
    QColor color;
    qint64 customers = 0;
    double customerShare = 0;        ///< of the scored customers, 0..1
    double revenue = 0;
    double revenueShare = 0;         ///< 0..1
    double medianRecency = 0, medianFrequency = 0, medianMonetary = 0;  ///< NaN when empty
};

/// The segments of a result in scheme order. The fallback is left out when nobody falls in it
/// (cn8 covers every cell): an always-empty "Others" bar is noise.
struct SegmentData
{
    QString schemeTitle;
    qint64 scored = 0;
    /// The project's currency, named where revenue and spend are shown.
    Currency currency = Currency::None;
    QList<SegmentStats> segments;

    /// Index into segments of a segment number, -1 if not shown.
    qsizetype indexOf(int segment) const;
};
/// From the segments' summary (Rfm::summarize) of result.
SegmentData segmentData(const Rfm::RfmResult &result, const QList<Rfm::SegmentSummary> &summary, bool chineseNames);
SegmentData segmentData(const Rfm::RfmResult &result, bool chineseNames);

/// Scored customers per (R score, F score) cell and their total spend.
struct RfHeatmapData
{
    int bins = 0;
    Currency currency = Currency::None;
    std::vector<qint64> customers;   ///< at (r - 1) * bins + (f - 1)
    std::vector<double> monetary;    ///< Σ monetary, same layout

    qint64 customersAt(int r, int f) const { return customers[size_t((r - 1) * bins + (f - 1))]; }
    double meanMonetaryAt(int r, int f) const;
    qint64 total() const;
};
RfHeatmapData rfHeatmapData(const Rfm::RfmResult &result);

/// The distribution of one metric over the scored customers, with the score cut points. Skewed
/// metrics (frequency, monetary) are drawn up to their 99th percentile only.
struct MetricHistogram
{
    Rfm::Dimension dimension = Rfm::Dimension::Recency;
    std::vector<double> edges;       ///< bins + 1, ascending
    std::vector<qint64> counts;      ///< per bin
    std::vector<double> cuts;        ///< the result's cut points for this dimension
    double clippedAt = std::numeric_limits<double>::quiet_NaN();  ///< 99th percentile, NaN: not clipped
    qint64 aboveClip = 0;            ///< customers above clippedAt, not drawn
    qint64 total = 0;                ///< scored customers
    bool integerBins = false;        ///< one bin per whole value (orders, few distinct days)
    Currency currency = Currency::None;  ///< named on the spend axis
};
MetricHistogram metricHistogram(const Rfm::RfmResult &result, Rfm::Dimension dimension);

/// A deterministic, evenly spread sample of the scored customers for the scatter plots: every
/// customer when there are at most `limit`, else every (N / limit)-th one in frame order.
struct ScatterSample
{
    std::array<std::vector<float>, 3> values;   ///< per Rfm::Dimension
    std::vector<qint16> segment;
    qint64 population = 0;                      ///< scored customers sampled from
    /// Per dimension: the sample's 99th percentile for frequency and monetary (values above are
    /// drawn at it), NaN for recency and when nothing lies above.
    std::array<double, 3> clip { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::quiet_NaN() };

    qsizetype size() const { return qsizetype(segment.size()); }
    bool sampled() const { return size() < population; }
};
constexpr qsizetype ScatterSampleLimit = 50'000;
ScatterSample scatterSample(const Rfm::RfmResult &result, qsizetype limit = ScatterSampleLimit);

/// Scored customers per value tier: [0] low, [1] middle, [2] high.
struct TierData
{
    std::array<qint64, 3> customers {};
    qint64 total() const { return customers[0] + customers[1] + customers[2]; }
};
TierData tierData(const Rfm::RfmResult &result);

} // namespace Portrait::Ui
