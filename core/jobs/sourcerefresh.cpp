#include "sourcerefresh.h"

#include "cleanjob.h"
#include "databaseimport.h"
#include "project/databasesourcestore.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "project/sourcestore.h"
#include "sourceread.h"
#include "timeline/snapshotjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct Refresh
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Refresh)
};

QStringList savedRoles(const QJsonObject &mapping)
{
    QStringList overrides;
    for (int r = 1; r < Io::RoleCount; ++r) {
        const QString key = Io::roleKey(Io::Role(r));
        const QJsonValue value = mapping.value(key);
        if (value.isDouble())
            overrides.append(key + u'=' + QString::number(value.toInt()));
        else
            overrides.append(key + u'=' + value.toString());
    }
    return overrides;
}

} // namespace

Result<ImportOptions> savedImportOptions(const Project::SourceRecord &source)
{
    const auto kind = sourceKindFromKey(source.kind);
    if (!kind)
        return Error { Refresh::tr("The source is a %1 source, which cannot be refreshed from a file.").arg(source.kind),
                       source.fileName, 0, 0, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(source.mappingJson, &parseError);
    if (!document.isObject())
        return Error { Refresh::tr("The saved mapping of the source cannot be read (%1).").arg(parseError.errorString()),
                       source.fileName, 0, 0, {} };
    const QJsonObject mapping = document.object();
    const QJsonObject saved = mapping.value(u"options"_s).toObject();
    ImportOptions options;
    options.kind = *kind;
    options.mapOverrides = savedRoles(mapping);
    options.encoding = saved.value(u"encoding"_s).toString().toLatin1();
    const QString delimiter = saved.value(u"delimiter"_s).toString();
    options.delimiter = delimiter == u"\\t"_s ? '\t' : delimiter.size() == 1 ? delimiter.front().toLatin1() : char(0);
    options.sheetOrTable = saved.value(u"sheet_or_table"_s).toString();
    options.headerRow = saved.value(u"header_row"_s).toInt(-1);
    for (const QJsonValue &type : saved.value(u"types"_s).toArray())
        options.typeOverrides.append(type.toString());
    if (saved.contains(u"recency_as_of"_s))
        options.recencyAsOf = Model::Day(saved.value(u"recency_as_of"_s).toInteger());
    return options;
}

Result<RefreshReport> refreshSource(Project::ProjectFile &project, qint64 sourceId, const QString &newPath,
                                    ProgressSink &progress, const CancelToken &cancel)
{
    Project::SourceStore store(project);
    auto previous = store.source(sourceId);
    if (!previous)
        return previous.error();
    auto options = savedImportOptions(*previous);
    if (!options)
        return options.error();
    // No path: read the source again from where it came (a database source's saved URI).
    const QString path = newPath.isEmpty() ? previous->filePath : newPath;
    if (importsOnServer(path, options->kind))
        return refreshDatabaseSource(project, sourceId, path, progress, cancel);
    auto read = SourceRead::read(path, *options, progress, cancel);
    if (!read)
        return read.error();
    SourceRead &run = **read;
    const QString fileName = run.report().source.fileName;

    progress.setPhase(SourceRead::tr("Writing to %1").arg(project.fileName()));
    Project::ProjectWriter writer(project);
    if (Status status = writer.begin(); !status)
        return status.error();
    RefreshReport report;
    report.sourceId = sourceId;
    report.previousFileName = previous->fileName;
    auto oldOrders = store.orderKeys(sourceId);
    auto oldCustomers = store.customersWithRows(sourceId);
    auto oldAnswers = store.answerCount(sourceId);
    if (!oldOrders || !oldCustomers || !oldAnswers)
        return !oldOrders ? oldOrders.error() : !oldCustomers ? oldCustomers.error() : oldAnswers.error();
    if (Status status = store.clearRows(sourceId); !status)
        return status.error();
    // A database source refreshed from a file is a file source from now on: no watermark.
    if (Status status = Project::DatabaseSourceStore(project).remove(sourceId); !status)
        return status.error();
    if (Status status = run.write(writer, sourceId); !status)
        return status.error();
    Project::SourceRecord &source = run.report().source;
    if (Status status = writer.updateSource(sourceId, source); !status)
        return status.error();
    if (Status status = store.updateOrigin(sourceId, source); !status)
        return status.error();

    auto newOrders = store.orderKeys(sourceId);
    auto newAnswers = store.answerCount(sourceId);
    if (!newOrders || !newAnswers)
        return !newOrders ? newOrders.error() : newAnswers.error();
    auto removed = store.removeCustomersWithoutRows(*oldCustomers);
    if (!removed)
        return removed.error();
    report.removedCustomers = *removed;
    if (Status status = replayCleaning(project, progress, cancel); !status)
        return status.error();
    if (cancel.isCancelled())
        return importCancelled(fileName);
    if (Status status = writer.commit(); !status)
        return status.error();

    run.addClosingIssues(true);
    report.source = source;
    report.newCustomers = source.newCustomers;
    report.ordersBefore = oldOrders->size();
    report.ordersAfter = newOrders->size();
    report.newOrders = QSet<QByteArray>(*newOrders).subtract(*oldOrders).size();
    report.removedOrders = QSet<QByteArray>(*oldOrders).subtract(*newOrders).size();
    report.answersBefore = *oldAnswers;
    report.answersAfter = *newAnswers;
    report.rowsRejected = source.rowsRejected;
    report.firstRejected = run.report().firstRejected;
    report.issues = run.report().issues;
    if (options->kind == SourceKind::Customers)
        report.issues.info(Refresh::tr("Customer attributes from the previous file stay where the new file leaves "
                                       "them empty."));
    Timeline::snapshotAfterImport(project, fileName, Timeline::SnapshotOrigin::Refresh, report.issues, progress, cancel);
    return report;
}

} // namespace Portrait::Jobs
