#pragma once

#include "common/error.h"
#include "model/customerframe.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "tags/featuretable.h"

namespace Portrait::Jobs {

/// Computes the documented customer features (Tags::standardFeatures) from the frame and an RFM
/// run, following each feature's definition: the window and as-of date are the run's, and what
/// cannot be known is missing, never zero.
Result<Tags::FeatureTable> computeCustomerFeatures(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                                   const Rfm::MetricOptions &options, bool chineseNames);

} // namespace Portrait::Jobs
