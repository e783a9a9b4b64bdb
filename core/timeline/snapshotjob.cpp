#include "snapshotjob.h"

#include "timelinescoring.h"

#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "project/tagstore.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct SnapshotJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::SnapshotJob)
};

} // namespace

Result<SnapshotInfo> takeSnapshot(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                  const Jobs::RfmSettings &settings, Model::Day asOf, const QString &name,
                                  SnapshotOrigin origin, ProgressSink &progress, const CancelToken &cancel)
{
    progress.setPhase(SnapshotJob::tr("Scoring for the snapshot"));
    auto spec = scoringSpec(settings);
    if (!spec)
        return spec.error();
    const Model::Day day = asOf != Model::NoDay ? asOf : Rfm::defaultAsOf(frame);
    auto tags = Project::loadTagData(project);
    if (!tags)
        return tags.error();
    auto scored = scoreAndTag(frame, *spec, day, *tags);
    if (!scored)
        return scored.error();
    if (cancel.isCancelled())
        return Error { SnapshotJob::tr("The snapshot was cancelled."), project.fileName(), 0, 0, {} };

    // The clusters are the project's active clustering as it stands (made as of its own date).
    auto clustering = Project::loadActiveClustering(project);
    if (!clustering)
        return clustering.error();
    const Analytics::Clustering *clusters = *clustering ? &**clustering : nullptr;
    Snapshot snapshot = snapshotOf(frame, *scored->rfm, tags->dictionary.isEmpty() ? nullptr : &scored->tagging,
                                   clusters);
    Project::SnapshotStore store(project);
    auto unique = origin == SnapshotOrigin::Manual ? Result<QString>(name) : store.freeName(name);
    if (!unique)
        return unique.error();
    Jobs::RfmSettings used = settings;
    used.request.metrics.asOf = day;
    snapshot.info.name = *unique;
    snapshot.info.origin = origin;
    snapshot.info.takenAt = QDateTime::currentDateTime();
    snapshot.info.settingsJson = Jobs::rfmSettingsToJson(used);
    progress.setPhase(SnapshotJob::tr("Saving the snapshot “%1”").arg(snapshot.info.name));
    auto id = store.save(snapshot, progress);
    if (!id)
        return id.error();
    snapshot.info.id = *id;
    return snapshot.info;
}

void snapshotAfterImport(Project::ProjectFile &project, const QString &fileName, SnapshotOrigin origin,
                         IssueList &issues, ProgressSink &progress, const CancelToken &cancel)
{
    auto frame = Project::loadFrame(project, progress, cancel);
    if (!frame) {
        issues.warn(SnapshotJob::tr("No snapshot was taken: %1").arg(frame.error().message));
        return;
    }
    if (frame->latestOrderDay == Model::NoDay)
        return;   // nothing to score yet: a customers or survey file came first
    QString problem;
    const Jobs::RfmSettings settings = projectSettings(project, &problem);
    if (!problem.isEmpty())
        issues.warn(SnapshotJob::tr("The saved scoring cannot be read (%1); the snapshot uses the defaults.").arg(problem));
    const QString name = origin == SnapshotOrigin::Refresh ? SnapshotJob::tr("%1 (refresh)").arg(fileName)
                                                           : SnapshotJob::tr("%1 (import)").arg(fileName);
    auto info = takeSnapshot(project, *frame, settings, Model::NoDay, name, origin, progress, cancel);
    if (!info) {
        issues.warn(SnapshotJob::tr("No snapshot was taken: %1").arg(info.error().message));
        return;
    }
    issues.info(SnapshotJob::tr("Snapshot “%1” taken as of %2 (%3 customers scored).")
                        .arg(info->name, QDate::fromJulianDay(info->asOf).toString(Qt::ISODate))
                        .arg(info->scored));
}

} // namespace Portrait::Timeline
