#pragma once

#include "campaignjob.h"
#include "comparison.h"
#include "trend.h"

#include "common/error.h"

#include <QString>

namespace Portrait::Timeline {

// The CSV files of the timeline commands (UTF-8, comma, header; amounts with 2 decimals; segment
// names in English unless chinese). Each file is written whole or not at all.

/// from_segment,to_segment,customers,monetary_from,monetary_to: every cell of the matrix, (new)
/// last among the rows and (not scored) last among the columns.
Status writeMigrationCsv(const Comparison &comparison, const QString &path, bool chinese);
/// customer_id,from_segment,to_segment,monetary_from,monetary_to: the customers whose segment
/// changed (by name), new and no longer scored ones included.
Status writeMoversCsv(const Comparison &comparison, const QString &path, bool chinese);
/// tag,before,after,entered,left.
Status writeTagFlowsCsv(const Comparison &comparison, const QString &path);
/// as_of,segment,customers,monetary: every date × every segment.
Status writeTrendCsv(const Trend &trend, const QString &path, bool chinese);
/// segment,group,customers,responders,response_rate,revenue,revenue_per_customer,uplift,ci_low,ci_high:
/// per segment then (all), a treated and a control row each; the uplift columns on the treated row.
Status writeEvaluationCsv(const EvaluatedCampaign &campaign, const QString &path, bool chinese);

/// The name of a stratum for people: its segment in the campaign's scheme, "(all)" for all.
QString stratumName(const EvaluatedCampaign &campaign, const StratumEvaluation &stratum, bool chinese);

} // namespace Portrait::Timeline
