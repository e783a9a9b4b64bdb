// refreshDatabaseSource(): the watermark refresh of an orders source read from a database server.
#include "databaseimport.h"

#include "databasepull.h"
#include "databasesource.h"
#include "project/databasesourcestore.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "project/sourcestore.h"
#include "sourceread.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

/// What the source held before, read inside the refresh's transaction.
struct Before {
    Project::SourceRecord source;
    Project::SourceRecord counts;
    Project::DatabaseSourceRecord remembered;
    ImportOptions options;
};

Result<Before> readBefore(Project::ProjectFile& project, qint64 sourceId)
{
    Before before;
    auto source = Project::SourceStore(project).source(sourceId);
    if (!source)
        return source.error();
    before.source = *source;
    auto remembered = Project::DatabaseSourceStore(project).find(sourceId);
    if (!remembered)
        return remembered.error();
    if (!*remembered) {
        return Error { DatabaseImport::tr("Source %1 (%2) was not read from a database; refresh it from a file.")
                           .arg(sourceId)
                           .arg(before.source.fileName),
            project.fileName(), 0, 0, {} };
    }
    before.remembered = **remembered;
    auto counts = Project::DatabaseSourceStore(project).counts(sourceId);
    if (!counts)
        return counts.error();
    before.counts = *counts;
    auto options = savedImportOptions(before.source);
    if (!options)
        return options.error();
    before.options = *options;
    return before;
}

Status applyMapping(DatabaseSource& source, const ImportOptions& options)
{
    QStringList headers;
    for (const Io::DbColumn& column : std::as_const(source.table.columns))
        headers.append(column.name);
    return Io::applyMappingOverrides(source.mapping, headers, options.mapOverrides);
}

void fillChanges(RefreshReport& report, const Project::OrdersFrom& before, const Project::OrdersFrom& after)
{
    report.newOrders = QSet<QByteArray>(after.keys).subtract(before.keys).size();
    report.removedOrders = QSet<QByteArray>(before.keys).subtract(after.keys).size();
}

} // namespace

Result<RefreshReport> refreshDatabaseSource(Project::ProjectFile& project, qint64 sourceId, const QString& uri,
    ProgressSink& progress, const CancelToken& cancel)
{
    auto before = readBefore(project, sourceId);
    if (!before)
        return before.error();
    const QString table = before->remembered.table;
    auto source = connectSource(uri.isEmpty() ? before->remembered.uri : uri, table);
    if (!source)
        return source.error();
    if (Status status = applyMapping(**source, before->options); !status)
        return status.error();
    if (Status status = prepareQuery(**source, SourceKind::Orders); !status)
        return status.error();
    const Model::Day from = before->remembered.watermarkDay;

    Project::ProjectWriter writer(project);
    if (Status status = writer.begin(); !status)
        return status.error();
    Project::DatabaseSourceStore store(project);
    auto ordersBefore = store.orderCount(sourceId);
    if (!ordersBefore)
        return ordersBefore.error();
    auto replaced = store.takeOrdersFrom(sourceId, from);
    if (!replaced)
        return replaced.error();
    if (Status status = store.clearRejected(sourceId); !status)
        return status.error();
    DatabasePull pull(*(*source)->session.connection, (*source)->table, *(*source)->query, from);
    // Nothing of the source is left from the watermark on: the orders there now are those written.
    Project::OrdersFrom after;
    DatabaseWriting writing { .writer = writer, .sourceId = sourceId, .writtenKeys = &after.keys };
    Status pulled = pull.run([&](const Io::DbDayRow& row) { return writing.day(row); },
        [&](const QByteArray& customer, const Project::CustomerRecord& record) {
            return writing.attributes(customer, record);
        },
        progress, cancel);
    if (!pulled)
        return pulled.error();

    progress.setPhase(SourceRead::tr("Writing to %1").arg(project.fileName()));
    // The source's counts: what it had, less what its last day had added, plus what came now.
    Project::SourceRecord counts = before->counts;
    subtractCounts(counts, before->remembered.tail);
    addCounts(counts, pull.total());
    auto customers = store.customerCount(sourceId);
    if (!customers)
        return customers.error();
    const qint64 ordersAfter = *ordersBefore - replaced->rows + writing.ordersWritten;
    counts.customersInFile = *customers;
    counts.newCustomers = writing.newCustomers;
    for (const Project::RejectedRow& row : pull.rejected()) {
        if (Status status = writer.addRejected(sourceId, row); !status)
            return status.error();
    }
    auto removed = Project::SourceStore(project).removeCustomersWithoutRows(replaced->customers);
    if (!removed)
        return removed.error();
    Project::SourceRecord origin = before->source;
    origin.fileName = (*source)->name;
    origin.filePath = Io::sourceStoredPath(uri.isEmpty() ? before->remembered.uri : uri);
    // Nothing on or after the watermark any more: the next refresh starts from the same day.
    const Model::Day latest = pull.latestDay() != Model::NoDay ? pull.latestDay() : from;
    const Project::DatabaseSourceRecord remembered { origin.filePath, table, latest, pull.tail() };
    for (Status status : { writer.updateSource(sourceId, counts),
             Project::SourceStore(project).updateOrigin(sourceId, origin), store.save(sourceId, remembered) }) {
        if (!status)
            return status.error();
    }
    if (cancel.isCancelled())
        return importCancelled(origin.fileName);
    if (Status status = writer.commit(); !status)
        return status.error();

    RefreshReport report;
    report.sourceId = sourceId;
    report.previousFileName = before->source.fileName;
    report.source = counts;
    report.source.fileName = origin.fileName;
    report.source.kind = origin.kind;
    report.newCustomers = writing.newCustomers;
    report.ordersBefore = *ordersBefore;
    report.ordersAfter = ordersAfter;
    fillChanges(report, *replaced, after);
    report.removedCustomers = *removed;
    report.rowsRejected = pull.total().rowsRejected;
    report.firstRejected = pull.rejected();
    if (from != Model::NoDay) {
        report.issues.info(DatabaseImport::tr("Read the lines dated %1 and later (the last day already read, again, "
                                              "and every day after it); earlier days were kept as they were.")
                               .arg(QDate::fromJulianDay(from).toString(Qt::ISODate)));
    }
    addClosingIssues(pull, pull.total(), (*source)->session.notes, report.issues);
    return report;
}

} // namespace Portrait::Jobs
