#pragma once

#include "clean/identity.h"
#include "common/error.h"
#include "common/progress.h"

#include <QList>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// Candidate duplicate customers of the project by the current (cleaned) values, leaving out the
/// groups the analyst rejected before.
Result<Clean::DuplicateReport> findDuplicates(Project::ProjectFile &project, const QList<Clean::MatchKey> &keys,
                                              ProgressSink &progress, const CancelToken &cancel);

/// What one review did, so that it can be undone as one step.
struct MergeBatch
{
    QList<qint64> merges;      ///< in the order they were made
    QList<qint64> decisions;   ///< recorded by the review
    qint64 customersMerged = 0; ///< customers merged away
};

/// Merges each accepted group into its first member and records accepted and rejected groups as
/// decisions, in one transaction; survivors are cleaned again with the stored pipeline. A group
/// whose customers are no longer all there (merged since) is skipped.
Result<MergeBatch> resolveGroups(Project::ProjectFile &project, const QList<Clean::CandidateGroup> &accepted,
                                 const QList<Clean::CandidateGroup> &rejected, const CancelToken &cancel);

/// Undoes a batch: its merges, newest first, and its decisions, in one transaction.
Status undoBatch(Project::ProjectFile &project, const MergeBatch &batch);

/// Merges again, into the customer the analyst accepted, customers of accepted decisions that new
/// data brought back (a refresh re-creates a merged id from the file). Runs inside the caller's
/// transaction; returns how many customers were merged.
Result<qint64> replayDecisions(Project::ProjectFile &project);

} // namespace Portrait::Jobs
