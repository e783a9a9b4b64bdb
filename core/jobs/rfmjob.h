#pragma once

#include "common/error.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "rfm/scoring.h"

namespace Portrait::Jobs {

/// Everything an RFM run is asked for: how metrics are taken, how they are scored, which scheme
/// segments them. Shared by `portrait rfm` and the RFM page.
struct RfmRequest
{
    Rfm::MetricOptions metrics;
    Rfm::ScoringOptions scoring;
    bool methodGiven = false;      ///< false: use the scheme's preferred method
    QString scheme = QStringLiteral("shop11"); ///< a preset id or a scheme file
};

/// A preset by id, else a scheme file.
Result<Rfm::SegmentScheme> resolveScheme(const QString &idOrPath);

/// Reads a thresholds file: JSON {"recency": [...], "frequency": [...], "monetary": [...]}.
Result<std::array<std::vector<double>, 3>> loadThresholds(const QString &path);

/// The scoring request asks for with scheme: without a method given, the scheme's preferred one
/// (or thresholds, when cut points are given) at the scheme's number of levels.
Rfm::ScoringOptions scoringFor(const RfmRequest &request, const Rfm::SegmentScheme &scheme);

Result<Rfm::RfmResult> runRfmRequest(const Model::CustomerFrame &frame, const RfmRequest &request);
/// The same with a scheme given as such (an edited one) instead of request.scheme.
Result<Rfm::RfmResult> runRfmRequest(const Model::CustomerFrame &frame, const RfmRequest &request,
                                     const Rfm::SegmentScheme &scheme);

} // namespace Portrait::Jobs
