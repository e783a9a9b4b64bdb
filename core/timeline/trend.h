#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace Portrait::Timeline {

/// How a trend scores at each date: what Jobs::RfmSettings resolve to (see timelinescoring.h), with
/// the method and levels already decided for the scheme.
struct ScoringSpec
{
    Rfm::MetricOptions metrics;   ///< asOf is ignored: each date sets its own
    Rfm::ScoringOptions scoring;
    Rfm::SegmentScheme scheme;
    /// Cut lines set by hand, per dimension: they replace the method's at every date.
    std::array<std::optional<std::vector<double>>, 3> cuts;
    Rfm::TierOptions tiers;
};

/// The segments at one date: customers and Σ monetary per segment (rule index; the fallback at
/// rules.size()).
struct TrendPoint
{
    Model::Day asOf = Model::NoDay;
    qint64 scored = 0;
    std::vector<qint64> customers;
    std::vector<double> monetary;
};

struct Trend
{
    Rfm::SegmentScheme scheme;
    std::vector<TrendPoint> points;   ///< ascending dates
};

/// Called at each date with the result the trend scored there (skipped at dates nobody is scored).
using TrendObserver = std::function<void(const Rfm::RfmResult &)>;

/// The segments at every one of dates, each exactly what Rfm::runRfm gives as of that date (the
/// definition of `portrait rfm --as-of`), computed incrementally: one pass over the orders in date
/// order re-measures only the customers whose orders entered (or, with a window, left) since the
/// previous date; every cut point is read from value lists kept sorted by merging in the changes,
/// and the customers are then re-scored by the engine's own rescoreDimension and resegment.
/// Errors: those of runRfm for the options (bins, thresholds, a scheme for other levels), or a
/// cancel.
Result<Trend> computeTrend(const Model::CustomerFrame &frame, const ScoringSpec &spec, std::vector<Model::Day> dates,
                           ProgressSink &progress, const CancelToken &cancel, const TrendObserver &observe = {});

/// The engine's result for spec as of asOf, from scratch (computeMetrics, runRfm, hand-set cuts):
/// what computeTrend equals at each date.
Result<Rfm::RfmResult> scoreFromScratch(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day asOf);

} // namespace Portrait::Timeline
