#pragma once

#include "clean/pipeline.h"
#include "clean/qualityreport.h"
#include "common/error.h"
#include "common/progress.h"

#include <QDate>

#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

struct CleanOptions
{
    /// Write the cleaned values and store the pipeline; false: a dry run that only reports.
    bool apply = false;
    /// What "in the future" means for birth and order dates.
    Model::Day today = Model::Day(QDate::currentDate().toJulianDay());
};

/// Runs pipeline over every customer's imported values and reports what it changed and flagged,
/// with the column statistics and the order outliers. Applied, the cleaned values replace the
/// previous ones and the pipeline is stored in the project, all in one transaction (or inside the
/// caller's): the imported values themselves are never touched, so the pipeline can be changed
/// and replayed.
Result<Clean::QualityReport> runCleaning(Project::ProjectFile &project, const Clean::Pipeline &pipeline,
                                         const CleanOptions &options, ProgressSink &progress,
                                         const CancelToken &cancel);

/// Forgets the stored pipeline and every cleaned value, in one transaction: the values are those
/// imported again (what undoing the first pipeline applied comes to).
Status forgetCleaning(Project::ProjectFile &project);

/// The quality report of the project as it is (its stored pipeline as a dry run, or no steps).
Result<Clean::QualityReport> qualityReport(Project::ProjectFile &project, ProgressSink &progress,
                                           const CancelToken &cancel);

/// Cleans these customers again with the stored pipeline (after a merge changed their imported
/// values); nothing when the project has no pipeline.
Status recleanCustomers(Project::ProjectFile &project, const std::vector<qint64> &rowIds,
                        Model::Day today = Model::Day(QDate::currentDate().toJulianDay()));

/// What an import or a refresh calls before it commits: replays the accepted merge decisions on
/// customers the new data brought back, then the stored pipeline on all customers. Nothing (two
/// small reads) when the analyst never cleaned or merged.
Status replayCleaning(Project::ProjectFile &project, ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Jobs
