#pragma once

#include "common/error.h"
#include "rfm/metrics.h"
#include "rfm/scoring.h"
#include "rfm/segmentscheme.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace Portrait::Rfm {

/// Everything one RFM run produced, one entry per customer of the frame, in frame order.
struct RfmResult
{
    RfmMetrics metrics;
    Scores scores;
    SegmentScheme scheme;
    std::vector<qint16> segment;     ///< rule index; scheme.rules.size() = fallback; -1 unscored
    std::vector<float> rfmScore;     ///< 0–100, weighted mean of (s − 1)/(n − 1); NaN unscored
    std::vector<qint8> tier;         ///< 2 高 (high), 1 中 (middle), 0 低 (low), −1 unscored
};

/// The RFM score's weights (R, F, M) and the value tier bounds: high >= `high`, low < `low`.
struct TierOptions
{
    std::array<double, 3> weights { 1, 1, 1 };
    double high = 80;
    double low = 40;

    bool operator==(const TierOptions &) const = default;
};

/// Scores metrics, then segments and tiers the customers. Errors: those of score(), a scheme
/// written for another number of score levels than the method gives, weights that are negative
/// or all zero, or low > high.
Result<RfmResult> runRfm(RfmMetrics metrics, const ScoringOptions &scoring, const SegmentScheme &scheme,
                         const TierOptions &tiers = {});

/// Recomputes segment, rfmScore and tier from result.scores and result.scheme: after
/// rescoreDimension or a scheme edit. Bad weights fall back to equal weights.
void resegment(RfmResult &result, const TierOptions &tiers = {});

/// The value tier in words for the UI: "High value" (高价值), "Middle value", "Low value", or
/// "Not scored" for −1.
QString tierTitle(int tier);

/// "545": the customer's R, F and M scores; empty for an unscored customer.
QString rfmCode(const RfmResult &result, qsizetype customer);

/// One row per rule of the scheme, in rule order, then the fallback (rule = rules.size()); rules
/// nobody falls into are listed with 0 customers and NaN medians.
struct SegmentSummary
{
    int rule = 0;
    QString name;
    qint64 customers = 0;
    double customerShare = 0;        ///< of the scored customers, 0..1
    double revenue = 0;              ///< Σ monetary
    double revenueShare = 0;         ///< of the scored customers' total, 0..1 (0 if that is <= 0)
    double orders = 0;               ///< Σ frequency
    double medianRecency = 0, medianFrequency = 0, medianMonetary = 0;
};

QList<SegmentSummary> summarize(const RfmResult &result, bool chineseNames);

} // namespace Portrait::Rfm
