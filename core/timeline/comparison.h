#pragma once

#include "migration.h"
#include "sides.h"
#include "trend.h"

#include "common/error.h"
#include "common/progress.h"
#include "model/customerframe.h"

#include <memory>
#include <optional>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Timeline {

/// Two sides compared: segments (and tags when asked for) at two dates or snapshots.
struct Comparison
{
    /// The customers the sides talk about; refers to the frame's keys, so a comparison must not
    /// outlive the frame it was made over.
    std::shared_ptr<CustomerUniverse> universe;
    SegmentSide from, to;
    Migration migration;
    bool withTags = false;
    TagSide fromTags, toTags;
    QList<TagFlow> tagFlows;
};

/// Compares from and to, each a date (YYYY-MM-DD, scored with spec as of that day) or the name
/// (or id) of a snapshot of project. Errors: a text that is neither, or what scoring reports.
Result<Comparison> compareSides(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                const ScoringSpec &spec, const QString &from, const QString &to, bool withTags,
                                ProgressSink &progress, const CancelToken &cancel);

/// The two snapshots taken last (by when they were taken) compared, oldest first; nullopt when the
/// project has fewer than two. What a refresh shows: what moved since the previous snapshot.
Result<std::optional<Comparison>> compareLatestSnapshots(Project::ProjectFile &project,
                                                         const Model::CustomerFrame &frame, ProgressSink &progress,
                                                         const CancelToken &cancel);

} // namespace Portrait::Timeline
