#include "importjob.h"

#include "io/platformvocabulary.h"
#include "cleanjob.h"
#include "databaseimport.h"
#include "io/typedetect.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "sourceread.h"
#include "timeline/snapshotjob.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Jobs {

QString sourceKindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Orders:
        return u"orders"_s;
    case SourceKind::Customers:
        return u"customers"_s;
    case SourceKind::Survey:
        return u"survey"_s;
    }
    return {};
}

std::optional<SourceKind> sourceKindFromKey(QStringView key)
{
    for (SourceKind kind : { SourceKind::Orders, SourceKind::Customers, SourceKind::Survey }) {
        if (key == sourceKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

Result<ImportPlan> planImport(const QString &path, const ImportOptions &options, ProgressSink &progress,
                              const CancelToken &cancel)
{
    ImportPlan plan;
    plan.spec = Io::SourceSpec { path, options.sheetOrTable, options.encoding, options.delimiter };
    plan.format = Io::detectFormat(path);
    auto inspection = Io::inspectSource(plan.spec, progress, cancel);
    if (!inspection)
        return inspection.error();
    plan.inspection = inspection.takeValue();
    // A chosen header row other than the detected one changes which records are data, so the
    // types are detected again over those.
    if (options.headerRow >= 0 && options.headerRow != Io::headerRowOf(plan.inspection)) {
        auto opened = Io::openRecordReader(plan.spec, plan.inspection);
        if (!opened)
            return opened.error();
        auto again = Io::inspectWithHeaderRow(**opened, plan.inspection, options.headerRow, progress, cancel);
        if (!again)
            return again.error();
        plan.inspection = again.takeValue();
    }
    if (Status status = Io::applyTypeOverrides(plan.inspection.columns, options.typeOverrides); !status) {
        Error error = status.error();
        error.source = QFileInfo(path).fileName();
        return error;
    }
    const Io::PlatformProposal proposal = Io::proposePlatformMapping(plan.inspection.headers, plan.inspection.columns);
    plan.proposed = proposal.mapping;
    plan.platform = proposal.platform;
    if (!proposal.problem.isEmpty())
        plan.inspection.issues.warn(proposal.problem);
    return plan;
}

QList<Role> missingRequiredRoles(SourceKind kind, const Io::ColumnMapping &mapping)
{
    QList<Role> missing;
    if (!mapping.has(Role::CustomerId) && kind != SourceKind::Orders)
        missing.append(Role::CustomerId);
    if (kind == SourceKind::Orders) {
        if (!mapping.has(Role::OrderDate))
            missing.append(Role::OrderDate);
        if (!mapping.has(Role::Amount) && !(mapping.has(Role::Quantity) && mapping.has(Role::UnitPrice)))
            missing.append(Role::Amount);
    }
    return missing;
}

QStringList mappingAsOverrides(const Io::ColumnMapping &mapping, const QStringList &headers)
{
    QStringList overrides;
    for (int r = 1; r < Io::RoleCount; ++r) {
        const int column = mapping.column(Role(r));
        const QString name = column < 0             ? QString()
                : column < headers.size() ? headers.at(column)
                                          : QString::number(column + 1);
        overrides.append(Io::roleKey(Role(r)) + u'=' + name);
    }
    return overrides;
}

Result<ImportReport> validateImport(const QString &path, const ImportOptions &options, ProgressSink &progress,
                                    const CancelToken &cancel)
{
    if (importsOnServer(path, options.kind))
        return validateDatabaseOrders(path, options, progress, cancel);
    auto read = SourceRead::read(path, options, progress, cancel, SourceRead::Purpose::Check);
    if (!read)
        return read.error();
    (*read)->addClosingIssues(false);
    return (*read)->report();
}

Result<ImportReport> importFile(Project::ProjectFile &project, const QString &path, const ImportOptions &options,
                                ProgressSink &progress, const CancelToken &cancel)
{
    if (importsOnServer(path, options.kind))
        return importDatabaseOrders(project, path, options, progress, cancel);
    auto read = SourceRead::read(path, options, progress, cancel);
    if (!read)
        return read.error();
    SourceRead &run = **read;
    ImportReport &report = run.report();
    const QString fileName = report.source.fileName;

    progress.setPhase(SourceRead::tr("Writing to %1").arg(project.fileName()));
    Project::ProjectWriter writer(project);
    if (Status status = writer.begin(); !status)
        return status.error();
    auto sourceId = writer.addSource(report.source);
    if (!sourceId)
        return sourceId.error();
    report.sourceId = *sourceId;
    if (Status status = run.write(writer, *sourceId); !status)
        return status.error();
    if (Status status = writer.updateSource(*sourceId, report.source); !status)
        return status.error();
    if (Status status = replayCleaning(project, progress, cancel); !status)
        return status.error();
    if (cancel.isCancelled())
        return importCancelled(fileName);
    if (Status status = writer.commit(); !status)
        return status.error();
    run.addClosingIssues(true);
    Timeline::snapshotAfterImport(project, fileName, Timeline::SnapshotOrigin::Import, report.issues, progress, cancel);
    return report;
}

} // namespace Portrait::Jobs
