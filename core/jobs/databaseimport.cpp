#include "databaseimport.h"

#include "databasepull.h"
#include "databasesource.h"
#include "io/dbconnection.h"
#include "io/dbtablereader.h"
#include "project/databasesourcestore.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "project/sourcestore.h"
#include "sourceread.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

/// Reads the table's columns and proposes the mapping, then applies the analyst's overrides.
Result<ImportPlan> planOrders(const QString& uri, const ImportOptions& options, DatabaseSource& source,
    ProgressSink& progress, const CancelToken& cancel)
{
    ImportPlan plan;
    plan.spec = Io::SourceSpec { uri, source.table.displayName(), {}, 0 };
    plan.format = Io::SourceFormat::Database;
    // Counting a large table or view takes the server a while: a cancel must reach it.
    Io::CancelGuard guard(*source.session.connection, cancel);
    auto inspection = Io::inspectDbTable(*source.session.connection, source.table, progress, cancel);
    if (!inspection)
        return inspection.error();
    plan.inspection = inspection.takeValue();
    plan.proposed = Io::proposeMapping(plan.inspection.headers, plan.inspection.columns);
    source.mapping = plan.proposed;
    if (Status status = Io::applyMappingOverrides(source.mapping, plan.inspection.headers, options.mapOverrides);
        !status)
        return status.error();
    return plan;
}

Result<ImportReport> pullIntoReport(const QString& uri, const ImportOptions& options, Project::ProjectWriter* writer,
    Project::ProjectFile* project, ProgressSink& progress, const CancelToken& cancel)
{
    auto source = connectSource(uri, options.sheetOrTable);
    if (!source)
        return source.error();
    auto plan = planOrders(uri, options, **source, progress, cancel);
    if (!plan)
        return plan.error();
    if (Status status = prepareQuery(**source, options.kind); !status)
        return status.error();
    ImportReport report;
    report.headers = plan->inspection.headers;
    report.mapping = (*source)->mapping;
    report.source = describeSource(**source, uri, options.kind);
    report.source.mappingJson
        = QJsonDocument(SourceRead::savedMapping(report, *plan, options)).toJson(QJsonDocument::Compact);

    DatabasePull pull(*(*source)->session.connection, (*source)->table, *(*source)->query, Model::NoDay);
    std::optional<DatabaseWriting> writing;
    if (writer) {
        if (Status status = writer->begin(); !status)
            return status.error();
        auto id = writer->addSource(report.source);
        if (!id)
            return id.error();
        report.sourceId = *id;
        writing.emplace(DatabaseWriting { *writer, *id });
    }
    Status pulled = pull.run([&](const Io::DbDayRow& row) { return writing ? writing->day(row) : Status(); },
        [&](const QByteArray& customer, const Project::CustomerRecord& record) {
            return writing ? writing->attributes(customer, record) : Status();
        },
        progress, cancel);
    if (!pulled)
        return pulled.error();
    Project::SourceRecord counts = pull.total();
    counts.customersInFile = pull.customers().size();
    counts.newCustomers = writing ? writing->newCustomers : 0;
    for (auto field : { &Project::SourceRecord::kind, &Project::SourceRecord::fileName,
             &Project::SourceRecord::filePath, &Project::SourceRecord::format, &Project::SourceRecord::encoding })
        counts.*field = report.source.*field;
    counts.mappingJson = report.source.mappingJson;
    report.source = counts;
    report.firstRejected = pull.rejected();
    if (writer) {
        progress.setPhase(SourceRead::tr("Writing to %1").arg(project->fileName()));
        for (const Project::RejectedRow& row : pull.rejected()) {
            if (Status status = writer->addRejected(report.sourceId, row); !status)
                return status.error();
        }
        if (Status status = writer->updateSource(report.sourceId, counts); !status)
            return status.error();
        Project::DatabaseSourceStore store(*project);
        const Project::DatabaseSourceRecord remembered { Io::sourceStoredPath(uri), (*source)->table.displayName(),
            pull.latestDay(), pull.tail() };
        if (Status status = store.save(report.sourceId, remembered); !status)
            return status.error();
        if (cancel.isCancelled())
            return importCancelled(report.source.fileName);
        if (Status status = writer->commit(); !status)
            return status.error();
    }
    addClosingIssues(pull, counts, (*source)->session.notes, report.issues);
    return report;
}

} // namespace

bool importsOnServer(const QString& path, SourceKind kind)
{
    return kind == SourceKind::Orders && Io::isDatabaseUri(path);
}

Result<ImportReport> importDatabaseOrders(Project::ProjectFile& project, const QString& uri,
    const ImportOptions& options, ProgressSink& progress, const CancelToken& cancel)
{
    Project::ProjectWriter writer(project);
    return pullIntoReport(uri, options, &writer, &project, progress, cancel);
}

Result<ImportReport> validateDatabaseOrders(
    const QString& uri, const ImportOptions& options, ProgressSink& progress, const CancelToken& cancel)
{
    return pullIntoReport(uri, options, nullptr, nullptr, progress, cancel);
}

} // namespace Portrait::Jobs
