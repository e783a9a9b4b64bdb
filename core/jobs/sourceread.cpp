#include "sourceread.h"

#include "platformreport.h"
#include "project/projectwriter.h"
#include "rowreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Jobs {

namespace {

void warnAboutDateOrder(const Io::ColumnMapping &mapping, const QList<Io::ColumnProfile> &columns,
                        IssueList &issues)
{
    for (Role role : { Role::OrderDate, Role::LastOrderDate, Role::BirthDate, Role::SignupDate }) {
        const int column = mapping.column(role);
        if (column >= 0 && columns.at(column).dateOrderAmbiguous && !columns.at(column).typeFixed) {
            issues.warn(SourceRead::tr("Column “%1”: no day in it is above 12, so day/month order cannot be told "
                                       "from the data; it was read as day/month/year. Check a few dates.")
                                .arg(columns.at(column).name));
        }
    }
}

QString delimiterText(char delimiter)
{
    return delimiter == 0 ? QString() : delimiter == '\t' ? u"\\t"_s : QString(QLatin1Char(delimiter));
}

} // namespace

Status checkRequiredRoles(SourceKind kind, const Io::ColumnMapping &mapping, const QStringList &headers,
                          const QString &fileName)
{
    const QList<Role> missing = missingRequiredRoles(kind, mapping);
    if (missing.isEmpty())
        return {};
    QStringList names;
    for (Role role : missing)
        names.append(Io::roleKey(role));
    return Error { SourceRead::tr("No column is mapped to %1 (an amount may also come from quantity × unit_price). "
                                  "Columns in the file: %2. Use --map role=column.")
                           .arg(names.join(u", "_s), headers.join(u", "_s)),
                   fileName, 0, 0, {} };
}

Error importCancelled(const QString &fileName)
{
    return Error { SourceRead::tr("The import was cancelled; the project is unchanged."), fileName, 0, 0, {} };
}

Result<std::unique_ptr<SourceRead>> SourceRead::read(const QString &path, const ImportOptions &options,
                                                     ProgressSink &progress, const CancelToken &cancel,
                                                     Purpose purpose)
{
    QString fileName = Io::sourceDisplayName(path, options.sheetOrTable);
    progress.setPhase(tr("Reading %1 to detect its columns").arg(fileName));
    std::unique_ptr<SourceRead> run(new SourceRead(options));
    auto plan = planImport(path, options, progress, cancel);
    if (!plan)
        return plan.error();
    run->m_plan = plan.takeValue();
    const Io::CsvInspection &inspection = run->m_plan.inspection;
    if (inspection.records == 0)
        return Error { tr("The file has no data rows."), fileName, 0, 0, {} };

    fileName = Io::sourceDisplayName(path, run->m_plan.spec.sheetOrTable);
    ImportReport &report = run->m_report;
    report.headers = inspection.headers;
    report.issues.append(inspection.issues);
    report.mapping = run->m_plan.proposed;
    if (Status status = Io::applyMappingOverrides(report.mapping, inspection.headers, options.mapOverrides); !status)
        return status.error();
    if (Status status = checkRequiredRoles(options.kind, report.mapping, inspection.headers, fileName); !status)
        return status.error();
    if (options.kind == SourceKind::Customers && report.mapping.has(Role::RecencyDays)
        && !report.mapping.has(Role::LastOrderDate) && options.recencyAsOf == Model::NoDay) {
        return Error { tr("recency_days needs the date it was counted to: give --as-of YYYY-MM-DD."), fileName, 0, 0,
                       {} };
    }
    warnAboutDateOrder(report.mapping, inspection.columns, report.issues);

    auto opened = Io::openRecordReader(run->m_plan.spec, inspection);
    if (!opened)
        return opened.error();
    progress.setPhase(purpose == Purpose::Check ? tr("Checking %1").arg(fileName) : tr("Importing %1").arg(fileName));
    if (Status status = run->readRows(**opened, progress, cancel); !status)
        return status.error();

    Project::SourceRecord &counts = report.source;
    const Io::RecordReader &reader = **opened;
    counts.kind = sourceKindKey(options.kind);
    counts.fileName = fileName;
    counts.filePath = Io::sourceStoredPath(path);
    counts.checksum = QString::fromLatin1(reader.checksum());
    counts.format = Io::sourceFormatKey(run->m_plan.format, path);
    counts.encoding = QString::fromLatin1(reader.encoding());
    counts.delimiter = delimiterText(reader.delimiter());
    counts.mappingJson = QJsonDocument(savedMapping(report, run->m_plan, options)).toJson(QJsonDocument::Compact);
    counts.rowsRejected = run->m_rejected.size();
    counts.rowsAccepted = counts.rowsRead - counts.rowsRejected;
    const bool orders = options.kind == SourceKind::Orders;
    counts.ordersInFile = orders ? run->m_orders->ordersInFile() : 0;
    counts.customersInFile = orders ? run->m_orders->customersInFile() : run->m_profiles->customersInFile();
    report.platform = run->m_plan.platform;
    if (orders)
        report.platformCounts = run->m_orders->orderLevel().counts();
    report.firstRejected = run->m_rejected.mid(0, 100);
    report.profile = orders ? run->m_orders->profile() : run->m_profiles->profile();
    return run;
}

Status SourceRead::readRows(Io::RecordReader &reader, ProgressSink &progress, const CancelToken &cancel)
{
    const Io::CsvInspection &inspection = m_plan.inspection;
    RowReader rows(m_report.mapping, inspection.columns);
    m_orders = std::make_unique<OrderAggregator>(m_report.mapping);
    m_profiles = std::make_unique<ProfileImporter>(m_options.kind == SourceKind::Survey
                                                           ? ProfileImporter::Kind::Survey
                                                           : ProfileImporter::Kind::Customers,
                                                   m_options.recencyAsOf);
    Project::SourceRecord &counts = m_report.source;
    progress.setTotal(reader.progressTotal());
    Io::CsvRecord record;
    qint64 skip = Io::headerRowOf(inspection) > 0 ? inspection.leadingRows + 1 : inspection.leadingRows;
    while (reader.next(record)) {
        if (skip > 0) {
            --skip;
            continue;
        }
        ++counts.rowsRead;
        bool accepted = rows.setRecord(record.fields, record.row);
        if (accepted) {
            accepted = m_options.kind == SourceKind::Orders ? m_orders->addRow(rows, record.row, counts)
                                                            : m_profiles->addRow(rows, counts);
        }
        if (!accepted)
            m_rejected.append(rows.rejection());
        if ((counts.rowsRead & 0x3fff) == 0) {
            progress.setValue(reader.progressValue());
            if (cancel.isCancelled())
                return importCancelled(Io::sourceDisplayName(m_plan.spec.path, m_plan.spec.sheetOrTable));
        }
    }
    if (reader.failed())
        return reader.error();
    progress.setValue(reader.progressTotal());
    return {};
}

Status SourceRead::write(Project::ProjectWriter &writer, qint64 sourceId)
{
    Project::SourceRecord &counts = m_report.source;
    Status written = m_options.kind == SourceKind::Orders ? m_orders->write(writer, sourceId, counts)
                                                          : m_profiles->write(writer, sourceId, counts);
    if (!written)
        return written;
    for (const Project::RejectedRow &row : std::as_const(m_rejected)) {
        if (Status status = writer.addRejected(sourceId, row); !status)
            return status;
    }
    return {};
}

void SourceRead::addClosingIssues(bool written)
{
    const Project::SourceRecord &counts = m_report.source;
    if (!m_rejected.isEmpty()) {
        const QString text = written ? tr("%1 rows were rejected; they are listed with their reasons in the project.")
                                     : tr("%1 rows would be rejected; the first are listed with their reasons.");
        m_report.issues.warn(text.arg(m_rejected.size()), u"%1:%2"_s.arg(counts.fileName).arg(m_rejected.first().row));
    }
    if (m_orders && m_orders->conflictingLines() > 0) {
        m_report.issues.warn(tr("%1 lines name another customer than the first line of their order; they "
                                "were counted with the order's first customer.")
                                     .arg(m_orders->conflictingLines()),
                             u"%1:%2"_s.arg(counts.fileName).arg(m_orders->firstConflictRow()));
    }
    addPlatformIssues(m_report, written);
    if (counts.rowsWithoutCustomer > 0 && m_report.mapping.has(Role::CustomerId))
        m_report.issues.warn(tr("%1 rows have no customer id; they are counted but belong to no customer.")
                                     .arg(counts.rowsWithoutCustomer));
}

QJsonObject SourceRead::savedMapping(const ImportReport &report, const ImportPlan &plan, const ImportOptions &options)
{
    QJsonObject json = report.mapping.toJson(report.headers);
    QJsonObject saved;
    if (!options.encoding.isEmpty())
        saved.insert(u"encoding"_s, QString::fromLatin1(options.encoding));
    if (options.delimiter != 0)
        saved.insert(u"delimiter"_s, delimiterText(options.delimiter));
    if (!plan.spec.sheetOrTable.isEmpty())
        saved.insert(u"sheet_or_table"_s, plan.spec.sheetOrTable);
    saved.insert(u"header_row"_s, Io::headerRowOf(plan.inspection));
    if (!options.typeOverrides.isEmpty())
        saved.insert(u"types"_s, QJsonArray::fromStringList(options.typeOverrides));
    if (options.recencyAsOf != Model::NoDay)
        saved.insert(u"recency_as_of"_s, qint64(options.recencyAsOf));
    json.insert(u"options"_s, saved);
    return json;
}

} // namespace Portrait::Jobs
