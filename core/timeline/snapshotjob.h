#pragma once

#include "snapshot.h"

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Timeline {

/// Scores frame with settings as of asOf (NoDay: the day after the latest order), tags it with the
/// project's dictionary, gives each customer its cluster of the project's active clustering (if
/// any), and saves it as a snapshot named name (made unique with " (2)" … when taken automatically).
Result<SnapshotInfo> takeSnapshot(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                  const Jobs::RfmSettings &settings, Model::Day asOf, const QString &name,
                                  SnapshotOrigin origin, ProgressSink &progress, const CancelToken &cancel);

/// The snapshot every import and refresh leaves: the project read again, scored with its saved
/// settings as of its data's default date, named after the file. What goes wrong is a warning in
/// issues, never a failure: the import itself stands.
void snapshotAfterImport(Project::ProjectFile &project, const QString &fileName, SnapshotOrigin origin,
                         IssueList &issues, ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Timeline
