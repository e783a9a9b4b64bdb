#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "project/records.h"
#include "project/sourcestore.h"

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// What removing a source did, and where the copy of the project from before it lies.
struct RemovalReport
{
    qint64 sourceId = 0;
    Project::SourceRecord source;   ///< the source as it was
    Project::RemovedRows removed;
    QString snapshotPath;
};

/// The folder beside a project where the copies taken before destructive steps go:
/// "shop.portrait" → "shop.snapshots/".
QString snapshotFolder(const QString &projectPath);
/// A new file name in snapshotFolder() for the copy taken before removing a source, unique even
/// when two removals fall in the same second.
QString removalSnapshotPath(const QString &projectPath, qint64 sourceId);

/// Removes a source as the Data page does: first a snapshot of the whole project (VACUUM INTO
/// snapshotPath, as DESIGN promises before a destructive step), then, in one transaction, the
/// source with its orders, survey answers and rejected rows and the customers it leaves with
/// nothing. On an error nothing is removed (the snapshot may stay).
Result<RemovalReport> removeSource(Project::ProjectFile &project, qint64 sourceId, const QString &snapshotPath,
                                   ProgressSink &progress);

/// The undo and redo of an import or a removal: when saveCurrentTo is given, first a snapshot of
/// the project as it is now (what a redo returns to), then the data tables made equal to the
/// snapshot's (Project::restoreDataTables), in one transaction.
Status restoreSnapshot(Project::ProjectFile &project, const QString &snapshotPath, const QString &saveCurrentTo,
                       ProgressSink &progress);

} // namespace Portrait::Jobs
