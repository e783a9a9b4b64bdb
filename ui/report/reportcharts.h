#pragma once

#include "common/currency.h"
#include "rfm/rfmresult.h"

#include <memory>
#include <vector>

namespace Portrait::Ui {

class DashboardChart;

/// The segment dashboard's charts for a result, in the dashboard's order (sizes, treemap, shares,
/// tiers, R×F heatmap, medians, R/F/M distributions, scatter), made without any page or view:
/// presentation mode and the PDF report draw them through DashboardChart::render().
std::vector<std::unique_ptr<DashboardChart>> createDashboardCharts(const Rfm::RfmResult &result, bool chineseNames,
                                                                   Currency currency = Currency::None);

} // namespace Portrait::Ui
