#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "importjob.h"
#include "sourcerefresh.h"

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// Whether importing path this way runs the aggregation on a database server: orders from a
/// postgresql:// or mysql:// URI. (Customers and survey tables are read row by row, as files.)
bool importsOnServer(const QString& path, SourceKind kind);

/// Imports an orders table from a database server in one project transaction. The server sums
/// the lines into at most one row per customer and day (DbOrderQuery), Portrait stores the orders
/// those rows stand for (dayOrders()) and the customers' latest details, and remembers the latest
/// day for refreshes. The result equals importing a dump of the table customer by customer. On an
/// error or a cancel the project is unchanged.
Result<ImportReport> importDatabaseOrders(Project::ProjectFile& project, const QString& uri,
    const ImportOptions& options, ProgressSink& progress, const CancelToken& cancel);

/// The dry run of importDatabaseOrders(): the same pull, nothing written.
Result<ImportReport> validateDatabaseOrders(
    const QString& uri, const ImportOptions& options, ProgressSink& progress, const CancelToken& cancel);

/// Refreshes a source imported by importDatabaseOrders() by its watermark: the orders of its
/// latest day and later are deleted and pulled again with the saved mapping (so lines added to
/// that day count too); earlier days are not read. Reports what changed as a file refresh does.
/// One transaction: on an error or a cancel the project is unchanged.
Result<RefreshReport> refreshDatabaseSource(Project::ProjectFile& project, qint64 sourceId, const QString& uri,
    ProgressSink& progress, const CancelToken& cancel);

} // namespace Portrait::Jobs
