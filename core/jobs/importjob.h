#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "io/columnmapping.h"
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
};

/// Imports a file (CSV; other formats as the readers for them arrive) into the project in one transaction: everything or, on an error or a
/// cancel, nothing. Reads the file twice: once to detect encoding, delimiter and column types
/// (day/month order needs the whole column), once to import.
Result<ImportReport> importFile(Project::ProjectFile &project, const QString &path, const ImportOptions &options,
                                ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Jobs
