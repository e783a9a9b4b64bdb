#pragma once

#include "analytics/lifetimevalue.h"
#include "common/error.h"
#include "model/customerframe.h"

#include <memory>
#include <optional>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// The lifetime model saved in the project (settings key `analytics.lifetime`, docs/project-file.md);
/// nullopt when none was saved (or it was removed by an undo).
Result<std::optional<Analytics::LifetimeModel>> loadLifetimeModel(Project::ProjectFile &project);
/// Saves model, or removes the saved one when it is null.
Status saveLifetimeModel(Project::ProjectFile &project, const Analytics::LifetimeModel *model);

/// The saved model applied to frame (the project's customers as they are now): what `portrait tag`
/// and `portrait export` use for p_alive, expected_purchases_90d and clv. Null when none is saved.
Result<std::shared_ptr<const Analytics::LifetimeResult>> loadLifetime(Project::ProjectFile &project,
                                                                      const Model::CustomerFrame &frame);

} // namespace Portrait::Jobs
