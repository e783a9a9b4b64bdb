#pragma once

#include "clean/qualityreport.h"
#include "common/error.h"
#include "common/progress.h"

#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// The order outliers of the quality report: purchase amounts beyond Q3 + 3 · IQR (type-7
/// quartiles of the orders with a purchase), orders with nothing bought or returned, order dates
/// after today, and orders dated before their customer's signup (signupByRow: per customer row id,
/// NoDay when unknown). The examples are named by order and customer id.
Result<Clean::OrderQuality> findOrderOutliers(Project::ProjectFile &project, const std::vector<Model::Day> &signupByRow,
                                              Model::Day today, const CancelToken &cancel);

} // namespace Portrait::Jobs
