#include "projectsummary.h"

#include "projectfile.h"
#include "sqlite.h"

#include <algorithm>

namespace Portrait::Project {

namespace {

Status loadSources(ProjectFile &project, QList<SourceSummary> &sources)
{
    Statement rows(project.handle(),
                   "SELECT id, imported_at, kind, file_name, file_path, checksum, format, encoding, delimiter, "
                   "rows_read, rows_accepted, rows_rejected, rows_without_customer, orders_in_file, "
                   "orders_stored, return_orders, cancellation_rows, return_lines, customers_in_file, "
                   "new_customers, total_amount, mapping FROM sources ORDER BY id",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    while (rows.step()) {
        SourceSummary s;
        s.id = rows.int64(0);
        s.importedAt = rows.text(1);
        SourceRecord &r = s.record;
        r.kind = rows.text(2);
        r.fileName = rows.text(3);
        r.filePath = rows.text(4);
        r.checksum = rows.text(5);
        r.format = rows.text(6);
        r.encoding = rows.text(7);
        r.delimiter = rows.text(8);
        qint64 *counts[] = { &r.rowsRead,     &r.rowsAccepted,     &r.rowsRejected, &r.rowsWithoutCustomer,
                             &r.ordersInFile, &r.ordersStored,     &r.returnOrders, &r.cancellationRows,
                             &r.returnLines,  &r.customersInFile, &r.newCustomers };
        for (int i = 0; i < int(std::size(counts)); ++i)
            *counts[i] = rows.int64(9 + i);
        r.totalAmount = rows.real(20);
        r.mappingJson = rows.text(21).toUtf8();
        sources.append(s);
    }
    return rows.failed() ? Status(rows.error()) : Status();
}

// Everything but the order totals, which the two summaries take from different places.
Result<ProjectSummary> summarizeAllButOrders(ProjectFile &project)
{
    ProjectSummary summary;
    summary.fileName = project.fileName();
    summary.schemaVersion = project.schemaVersion();
    Statement counts(project.handle(),
                     "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM survey_answers), "
                     "(SELECT count(*) FROM rejected_rows)",
                     project.fileName());
    if (!counts.ok() || !counts.step())
        return counts.error();
    summary.customers = counts.int64(0);
    summary.answers = counts.int64(1);
    summary.rejectedRows = counts.int64(2);
    if (Status status = loadSources(project, summary.sources); !status)
        return status.error();
    return summary;
}

} // namespace

Result<ProjectSummary> summarizeProject(ProjectFile &project)
{
    auto summary = summarizeAllButOrders(project);
    if (!summary)
        return summary;
    Statement totals(project.handle(),
                     "SELECT count(DISTINCT customer_id), count(*), coalesce(sum(has_purchase = 0), 0), "
                     "min(order_day), max(order_day), coalesce(sum(purchase_amount), 0), "
                     "coalesce(sum(returned_amount), 0) FROM orders",
                     project.fileName());
    if (!totals.ok() || !totals.step())
        return totals.error();
    summary->customersWithOrders = totals.int64(0);
    summary->orders = totals.int64(1);
    summary->returnOrders = totals.int64(2);
    summary->firstOrderDay = totals.isNull(3) ? Model::NoDay : Model::Day(totals.int64(3));
    summary->lastOrderDay = totals.isNull(4) ? Model::NoDay : Model::Day(totals.int64(4));
    summary->purchaseAmount = totals.real(5);
    summary->returnedAmount = totals.real(6);
    return summary;
}

Result<ProjectSummary> summarizeProject(ProjectFile &project, const Model::CustomerFrame &frame)
{
    auto summary = summarizeAllButOrders(project);
    if (!summary)
        return summary;
    const Model::OrderTable &orders = frame.orders;
    summary->orders = orders.size();
    qint32 previousCustomer = -1;
    for (size_t i = 0; i < size_t(orders.size()); ++i) {
        if (orders.customer[i] != previousCustomer) {
            ++summary->customersWithOrders; // orders come grouped by customer
            previousCustomer = orders.customer[i];
        }
        summary->returnOrders += orders.hasPurchase[i] == 0 ? 1 : 0;
        summary->purchaseAmount += orders.purchase[i];
        summary->returnedAmount += orders.returned[i];
        const Model::Day day = orders.day[i];
        if (summary->firstOrderDay == Model::NoDay || day < summary->firstOrderDay)
            summary->firstOrderDay = day;
        summary->lastOrderDay = std::max(summary->lastOrderDay, day);
    }
    return summary;
}

Result<QList<RejectedRow>> rejectedRows(ProjectFile &project, qint64 sourceId, int limit)
{
    Statement rows(project.handle(),
                   "SELECT row_number, column_number, column_name, reason, raw_value FROM rejected_rows "
                   "WHERE source_id = ? ORDER BY row_number LIMIT ?",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, sourceId);
    rows.bind(2, qint64(limit));
    QList<RejectedRow> out;
    while (rows.step())
        out.append(RejectedRow { rows.int64(0), int(rows.int64(1)), rows.text(2), rows.text(3), rows.text(4) });
    if (rows.failed())
        return rows.error();
    return out;
}

} // namespace Portrait::Project
