#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "importjob.h"
#include "project/records.h"

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// What a refresh changed, compared with what the source held before.
struct RefreshReport
{
    qint64 sourceId = 0;
    Project::SourceRecord source;   ///< the source as it is now
    QString previousFileName;
    qint64 newCustomers = 0;        ///< customers the project did not know before
    qint64 ordersBefore = 0;
    qint64 ordersAfter = 0;
    qint64 newOrders = 0;           ///< order ids the source did not have before
    qint64 removedOrders = 0;       ///< order ids no longer in the file
    qint64 answersBefore = 0;       ///< survey sources
    qint64 answersAfter = 0;
    qint64 removedCustomers = 0;    ///< customers left with no order or answer, deleted
    qint64 rowsRejected = 0;
    QList<Project::RejectedRow> firstRejected;
    IssueList issues;
};

/// How a source was imported, read back from its saved mapping: kind, roles, header row, type
/// overrides, sheet or table, and encoding or delimiter when they were chosen. Sources saved
/// before the options were kept read as detect-everything with their roles.
Result<ImportOptions> savedImportOptions(const Project::SourceRecord &source);

/// Re-imports a newer file into an existing source with the source's saved mapping, replacing its
/// orders, answers and rejected rows in one transaction: on an error or a cancel the project is
/// left as it was. Customers only the old rows had are deleted, unless a customers source describes
/// them. An empty newPath reads the source again from where it came (for a database source, its
/// saved URI: see refreshDatabaseSource). A customers source's attributes are merged again (attributes the old file
/// gave stay unless the new file gives others).
Result<RefreshReport> refreshSource(Project::ProjectFile &project, qint64 sourceId, const QString &newPath,
                                    ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Jobs
