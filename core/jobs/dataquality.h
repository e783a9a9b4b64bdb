#pragma once

#include "common/issuelist.h"
#include "model/customerframe.h"
#include "project/projectsummary.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"

#include <QList>

#include <vector>

namespace Portrait::Jobs {

/// One thing the analyst should know before trusting the numbers, with what to do about it.
struct DataFinding
{
    enum class Area { Data, Scoring, Scheme };
    /// The one action that addresses the finding (the Issues page's button).
    enum class Fix {
        None,
        ShowSource,        ///< the source on the Data page, with its rejected rows
        ExcludeReturns,    ///< score with returns excluded (--returns exclude), one undo step
        ExportCustomers,   ///< the customers concerned as a list, to hand on for cleaning
        OpenRfm,           ///< the RFM page: as-of date, window, method, cut lines
        EditScheme,        ///< the scheme editor
        OpenClean,         ///< the Clean page: a quality finding of the cleaning pipeline
    };

    Issue::Severity severity = Issue::Severity::Warning;
    Area area = Area::Data;
    Fix fix = Fix::None;
    QString text;
    qint64 count = 0;                 ///< 0 when a count means nothing
    qint64 sourceId = 0;              ///< ShowSource
    std::vector<qint32> customers;    ///< ExportCustomers: frame rows
};

/// What the scoring was asked to do, where the findings depend on it.
struct ScoringState
{
    const Rfm::RfmResult *result = nullptr;   ///< null when nothing is scored
    Rfm::ReturnsMode returns = Rfm::ReturnsMode::Net;
    QString error;                            ///< why the settings gave no result
    bool chineseNames = false;
};

/// Customers whose purchases minus returns, over all their orders, are below zero (returns of
/// goods bought before the data starts, typically), as frame rows.
std::vector<qint32> customersWithNegativeNetSpend(const Model::CustomerFrame &frame);

/// Every finding about the open project, most severe first and in a stable order within a
/// severity: rows rejected or without a customer, return-only orders, cancellation rows, customers
/// with negative net spend or without orders, customers left unscored, scoring warnings (collapsed
/// bins, ties) and scheme findings (unreachable rules, uncovered cells).
QList<DataFinding> findDataIssues(const Project::ProjectSummary *summary, const Model::CustomerFrame *frame,
                                  const ScoringState &scoring);

} // namespace Portrait::Jobs
