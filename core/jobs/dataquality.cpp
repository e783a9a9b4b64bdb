#include "dataquality.h"

#include "rfm/schemelint.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct Quality
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::DataQuality)
};

using Severity = Issue::Severity;
using Area = DataFinding::Area;
using Fix = DataFinding::Fix;

DataFinding finding(Severity severity, Area area, Fix fix, const QString &text, qint64 count, qint64 source = 0)
{
    return DataFinding { severity, area, fix, text, count, source, {} };
}

void addSourceFindings(const Project::SourceSummary &source, Rfm::ReturnsMode returns, QList<DataFinding> &out)
{
    const Project::SourceRecord &r = source.record;
    // With returns excluded from scoring, returns and cancellations no longer move a score.
    const bool netReturns = returns == Rfm::ReturnsMode::Net;
    if (r.rowsRejected > 0) {
        out.append(finding(Severity::Warning, Area::Data, Fix::ShowSource,
                           Quality::tr("%1: rows rejected (bad dates, numbers or missing required values); they are "
                                       "not in any figure. The Data page lists each row, column and reason.")
                                   .arg(r.fileName),
                           r.rowsRejected, source.id));
    }
    if (r.rowsWithoutCustomer > 0) {
        out.append(finding(Severity::Warning, Area::Data, Fix::ShowSource,
                           Quality::tr("%1: rows without a customer id; they count in the file's totals but belong "
                                       "to no customer.")
                                   .arg(r.fileName),
                           r.rowsWithoutCustomer, source.id));
    }
    if (r.returnOrders > 0) {
        out.append(finding(Severity::Info, Area::Data, netReturns ? Fix::ExcludeReturns : Fix::None,
                           Quality::tr("%1: orders made only of returns (their purchase lies before the data, or "
                                       "elsewhere). They are not purchases; with returns counted net they lower "
                                       "their customers' spend.")
                                   .arg(r.fileName),
                           r.returnOrders, source.id));
    }
    if (r.cancellationRows > 0) {
        out.append(finding(Severity::Info, Area::Data, netReturns ? Fix::ExcludeReturns : Fix::None,
                           Quality::tr("%1: cancellation rows (an order id starting with C); they were read as "
                                       "returns of their customer.")
                                   .arg(r.fileName),
                           r.cancellationRows, source.id));
    }
}

void addCustomerFindings(const Project::ProjectSummary &summary, const Model::CustomerFrame *frame,
                         Rfm::ReturnsMode returns, QList<DataFinding> &out)
{
    if (frame) {
        std::vector<qint32> negative = customersWithNegativeNetSpend(*frame);
        if (!negative.empty()) {
            const bool net = returns == Rfm::ReturnsMode::Net;
            DataFinding f = finding(net ? Severity::Warning : Severity::Info, Area::Data,
                                    net ? Fix::ExcludeReturns : Fix::ExportCustomers,
                                    net ? Quality::tr("Customers who returned more than they bought: their net spend "
                                                      "is below zero, which puts them at the bottom of monetary. "
                                                      "Excluding returns scores what they bought.")
                                        : Quality::tr("Customers who returned more than they bought (net spend below "
                                                      "zero); returns are excluded from the scores, so only their "
                                                      "purchases count. Export the list to check them."),
                                    qint64(negative.size()));
            f.customers = std::move(negative);
            out.append(std::move(f));
        }
    }
    const qint64 withoutOrders = summary.customers - summary.customersWithOrders;
    if (summary.orders > 0 && withoutOrders > 0) {
        out.append(finding(Severity::Info, Area::Data, Fix::None,
                           Quality::tr("Customers with no orders (from a customers or survey source only); they are "
                                       "not scored."),
                           withoutOrders));
    }
}

void addScoringFindings(const ScoringState &scoring, QList<DataFinding> &out)
{
    if (!scoring.result) {
        if (!scoring.error.isEmpty()) {
            out.append(finding(Severity::Error, Area::Scoring, Fix::OpenRfm,
                               Quality::tr("The customers are not scored: %1").arg(scoring.error), 0));
        }
        return;
    }
    const Rfm::RfmResult &result = *scoring.result;
    const qint64 unscored = result.metrics.size() - result.metrics.scoredCount;
    if (unscored > 0) {
        out.append(finding(Severity::Info, Area::Scoring, Fix::OpenRfm,
                           Quality::tr("Customers not scored: no purchase in the window up to the as-of date %1.")
                                   .arg(QDate::fromJulianDay(result.metrics.asOf).toString(Qt::ISODate)),
                           unscored));
    }
    for (const Issue &issue : result.scores.issues.items()) {
        out.append(finding(issue.severity == Severity::Info ? Severity::Info : Severity::Warning, Area::Scoring,
                           Fix::OpenRfm, issue.text, issue.count > 1 ? issue.count : 0));
    }
    for (const Rfm::LintFinding &lint : Rfm::lintScheme(result.scheme, scoring.chineseNames))
        out.append(finding(Severity::Warning, Area::Scheme, Fix::EditScheme, lint.text, 0));
}

} // namespace

std::vector<qint32> customersWithNegativeNetSpend(const Model::CustomerFrame &frame)
{
    std::vector<double> net(size_t(frame.size()), 0.0);
    const Model::OrderTable &orders = frame.orders;
    for (size_t i = 0; i < size_t(orders.size()); ++i)
        net[size_t(orders.customer[i])] += orders.purchase[i] + orders.returned[i];
    std::vector<qint32> rows;
    // A cent's rounding in the sums of a customer who returned exactly what they bought is no
    // negative spend.
    constexpr double Tolerance = 0.005;
    for (size_t row = 0; row < net.size(); ++row) {
        if (net[row] < -Tolerance)
            rows.push_back(qint32(row));
    }
    return rows;
}

QList<DataFinding> findDataIssues(const Project::ProjectSummary *summary, const Model::CustomerFrame *frame,
                                  const ScoringState &scoring)
{
    QList<DataFinding> out;
    if (summary) {
        for (const Project::SourceSummary &source : summary->sources)
            addSourceFindings(source, scoring.returns, out);
        addCustomerFindings(*summary, frame, scoring.returns, out);
    }
    addScoringFindings(scoring, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const DataFinding &a, const DataFinding &b) { return int(a.severity) > int(b.severity); });
    return out;
}

} // namespace Portrait::Jobs
