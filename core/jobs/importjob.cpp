#include "importjob.h"

#include "io/recordsource.h"
#include "io/typedetect.h"
#include "orderaggregator.h"
#include "profileimporter.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "rowreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Jobs {

namespace {

struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Import)
};

Status checkRequiredRoles(SourceKind kind, const Io::ColumnMapping &mapping, const QStringList &headers,
                          const QString &fileName)
{
    QList<Role> missing;
    if (!mapping.has(Role::CustomerId))
        missing.append(Role::CustomerId);
    if (kind == SourceKind::Orders) {
        if (!mapping.has(Role::OrderDate))
            missing.append(Role::OrderDate);
        if (!mapping.has(Role::Amount) && !(mapping.has(Role::Quantity) && mapping.has(Role::UnitPrice)))
            missing.append(Role::Amount);
    }
    if (missing.isEmpty())
        return {};
    QStringList names;
    for (Role role : missing)
        names.append(Io::roleKey(role));
    return Error { Import::tr("No column is mapped to %1 (an amount may also come from quantity × unit_price). "
                      "Columns in the file: %2. Use --map role=column.")
                           .arg(names.join(u", "_s), headers.join(u", "_s)),
                   fileName, 0, 0, {} };
}

void warnAboutDateOrder(const Io::ColumnMapping &mapping, const QList<Io::ColumnProfile> &columns,
                        IssueList &issues)
{
    for (Role role : { Role::OrderDate, Role::LastOrderDate, Role::BirthDate, Role::SignupDate }) {
        const int column = mapping.column(role);
        if (column >= 0 && columns.at(column).dateOrderAmbiguous) {
            issues.warn(Import::tr("Column “%1”: no day in it is above 12, so day/month order cannot be told from the "
                           "data; it was read as day/month/year. Check a few dates.")
                                .arg(columns.at(column).name));
        }
    }
}

} // namespace

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

Result<ImportReport> importFile(Project::ProjectFile &project, const QString &path, const ImportOptions &options,
                                ProgressSink &progress, const CancelToken &cancel)
{
    const QString fileName = QFileInfo(path).fileName();
    progress.setPhase(Import::tr("Reading %1 to detect its columns").arg(fileName));
    Io::SourceSpec spec { path, options.sheetOrTable, options.encoding, options.delimiter };
    const Io::SourceFormat format = Io::detectFormat(path);
    auto inspection = Io::inspectSource(spec, progress, cancel);
    if (!inspection)
        return inspection.error();
    if (inspection->records == 0)
        return Error { Import::tr("The file has no data rows."), fileName, 0, 0, {} };

    ImportReport report;
    report.headers = inspection->headers;
    report.issues.append(inspection->issues);
    report.mapping = Io::proposeMapping(inspection->headers, inspection->columns);
    if (Status status = Io::applyMappingOverrides(report.mapping, inspection->headers, options.mapOverrides); !status)
        return status.error();
    if (Status status = checkRequiredRoles(options.kind, report.mapping, inspection->headers, fileName); !status)
        return status.error();
    if (options.kind == SourceKind::Customers && report.mapping.has(Role::RecencyDays)
        && !report.mapping.has(Role::LastOrderDate) && options.recencyAsOf == Model::NoDay) {
        return Error { Import::tr("recency_days needs the date it was counted to: give --as-of YYYY-MM-DD."), fileName, 0,
                       0, {} };
    }
    warnAboutDateOrder(report.mapping, inspection->columns, report.issues);

    auto opened = Io::openRecordReader(spec, *inspection);
    if (!opened)
        return opened.error();
    Io::RecordReader &reader = **opened;
    RowReader rows(report.mapping, inspection->columns);
    OrderAggregator orders;
    ProfileImporter profiles(options.kind == SourceKind::Survey ? ProfileImporter::Kind::Survey
                                                                 : ProfileImporter::Kind::Customers,
                             options.recencyAsOf);
    QList<Project::RejectedRow> rejected;
    Project::SourceRecord &counts = report.source;

    progress.setPhase(Import::tr("Importing %1").arg(fileName));
    progress.setTotal(reader.progressTotal());
    Io::CsvRecord record;
    bool skipHeader = inspection->hasHeader;
    while (reader.next(record)) {
        if (skipHeader) {
            skipHeader = false;
            continue;
        }
        ++counts.rowsRead;
        bool accepted = rows.setRecord(record.fields, record.row);
        if (accepted) {
            accepted = options.kind == SourceKind::Orders ? orders.addRow(rows, record.row, counts)
                                                          : profiles.addRow(rows, counts);
        }
        if (!accepted)
            rejected.append(rows.rejection());
        if ((counts.rowsRead & 0x3fff) == 0) {
            progress.setValue(reader.progressValue());
            if (cancel.isCancelled())
                return Error { Import::tr("The import was cancelled; the project is unchanged."), fileName, 0, 0, {} };
        }
    }
    if (reader.failed())
        return reader.error();
    progress.setValue(reader.progressTotal());

    counts.kind = sourceKindKey(options.kind);
    counts.fileName = fileName;
    counts.filePath = QFileInfo(path).absoluteFilePath();
    counts.checksum = QString::fromLatin1(reader.checksum());
    counts.format = Io::sourceFormatKey(format);
    counts.encoding = QString::fromLatin1(reader.encoding());
    counts.delimiter = reader.delimiter() == 0       ? QString()
            : reader.delimiter() == '\t'                ? u"\\t"_s
                                                        : QString(QLatin1Char(reader.delimiter()));
    counts.mappingJson = QJsonDocument(report.mapping.toJson(inspection->headers)).toJson(QJsonDocument::Compact);
    counts.rowsRejected = rejected.size();
    counts.rowsAccepted = counts.rowsRead - counts.rowsRejected;
    counts.ordersInFile = options.kind == SourceKind::Orders ? orders.ordersInFile() : 0;
    counts.customersInFile = options.kind == SourceKind::Orders ? orders.customersInFile() : profiles.customersInFile();

    progress.setPhase(Import::tr("Writing to %1").arg(project.fileName()));
    Project::ProjectWriter writer(project);
    if (Status status = writer.begin(); !status)
        return status.error();
    auto sourceId = writer.addSource(counts);
    if (!sourceId)
        return sourceId.error();
    report.sourceId = *sourceId;
    Status written = options.kind == SourceKind::Orders ? orders.write(writer, *sourceId, counts)
                                                        : profiles.write(writer, *sourceId, counts);
    if (!written)
        return written.error();
    for (const Project::RejectedRow &row : std::as_const(rejected)) {
        if (Status status = writer.addRejected(*sourceId, row); !status)
            return status.error();
    }
    if (Status status = writer.updateSource(*sourceId, counts); !status)
        return status.error();
    if (cancel.isCancelled())
        return Error { Import::tr("The import was cancelled; the project is unchanged."), fileName, 0, 0, {} };
    if (Status status = writer.commit(); !status)
        return status.error();

    if (!rejected.isEmpty()) {
        report.issues.warn(Import::tr("%1 rows were rejected; they are listed with their reasons in the project.")
                                   .arg(rejected.size()),
                           u"%1:%2"_s.arg(fileName).arg(rejected.first().row));
    }
    if (orders.conflictingLines() > 0) {
        report.issues.warn(Import::tr("%1 lines name another customer than the first line of their order; they "
                                      "were counted with the order's first customer.")
                                   .arg(orders.conflictingLines()),
                           u"%1:%2"_s.arg(fileName).arg(orders.firstConflictRow()));
    }
    if (counts.rowsWithoutCustomer > 0)
        report.issues.warn(Import::tr("%1 rows have no customer id; they are counted but belong to no customer.")
                                   .arg(counts.rowsWithoutCustomer));
    report.firstRejected = rejected.mid(0, 100);
    return report;
}

} // namespace Portrait::Jobs
