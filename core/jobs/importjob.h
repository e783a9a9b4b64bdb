#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "importmismatch.h"
#include "io/columnmapping.h"
#include "io/recordsource.h"
#include "orderlevel.h"
#include "project/records.h"

#include <QStringList>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

enum class SourceKind { Orders, Customers, Survey };
QString sourceKindKey(SourceKind kind);
std::optional<SourceKind> sourceKindFromKey(QStringView key);

struct ImportOptions
{
    SourceKind kind = SourceKind::Orders;
    QByteArray encoding;            ///< empty: detect
    char delimiter = 0;             ///< 0: sniff
    QString sheetOrTable;           ///< a workbook's sheet or a dump's table; empty: the first
    QStringList mapOverrides;       ///< "role=column", applied over the proposed mapping
    /// The 1-based record holding the column names; 0: the file has none; -1: detect. Records
    /// above it (titles, notes) are skipped.
    int headerRow = -1;
    QStringList typeOverrides;      ///< "column=text|integer|decimal|date|datetime"
    /// The day a customers source's recency_days were counted to (customer-level data only).
    Model::Day recencyAsOf = Model::NoDay;
};

/// What an import did, for the CLI, the wizard's result page and the closing counts.
struct ImportReport
{
    qint64 sourceId = 0;
    Project::SourceRecord source;
    QStringList headers;
    Io::ColumnMapping mapping;
    IssueList issues;
    QList<Project::RejectedRow> firstRejected;   ///< at most 100, in file order
    QString platform;                            ///< the shop platform recognised, or empty
    PlatformCounts platformCounts;               ///< orders that are not purchases, refunds, masked ids
    /// Dates, amounts and customer ids of what the file holds, for the mismatch warning.
    SourceProfile profile;
};

/// What an import would make of a file before any mapping is confirmed: the source resolved (a
/// workbook's sheet, a dump's table), the columns with header row and type overrides applied, and
/// the proposed roles. `portrait inspect`, the import and the wizard all start from this.
struct ImportPlan
{
    Io::SourceSpec spec;
    Io::SourceFormat format = Io::SourceFormat::Csv;
    Io::CsvInspection inspection;
    Io::ColumnMapping proposed;
    QString platform;           ///< the shop platform whose export this is ("taobao", …), or empty
};

/// Reads the whole file once (types need every value). Ignores options.mapOverrides and kind.
Result<ImportPlan> planImport(const QString &path, const ImportOptions &options, ProgressSink &progress,
                              const CancelToken &cancel);

/// The roles a source of this kind cannot do without that the mapping leaves out (an amount may
/// also come from quantity × unit price; Amount stands for both). An orders file without customer
/// ids is imported for order-level analysis only, so for orders the customer id is not required.
QList<Io::Role> missingRequiredRoles(SourceKind kind, const Io::ColumnMapping &mapping);

/// Every role as an override ("role=column", "role=" when unmapped), so an import reproduces the
/// mapping the analyst confirmed whatever the proposal would be.
QStringList mappingAsOverrides(const Io::ColumnMapping &mapping, const QStringList &headers);

/// A dry run of importFile(): reads and checks every row, writes nothing. The report has no
/// source id and no stored-order counts; it lists the rows the import would reject.
Result<ImportReport> validateImport(const QString &path, const ImportOptions &options, ProgressSink &progress,
                                    const CancelToken &cancel);

/// Imports a file (CSV, XLSX, SQL dump or SQLite) into the project in one transaction: everything or, on an error or a
/// cancel, nothing. Reads the file twice: once to detect encoding, delimiter and column types
/// (day/month order needs the whole column), once to import.
Result<ImportReport> importFile(Project::ProjectFile &project, const QString &path, const ImportOptions &options,
                                ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Jobs
