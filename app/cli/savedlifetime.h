#pragma once

#include "analytics/lifetimevalue.h"
#include "model/customerframe.h"

#include <memory>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Cli {

/// The lifetime model saved in the project (by the workbench or `portrait clv --save`) applied to
/// frame, for the p_alive, expected_purchases_90d and clv features and columns. Null when none is
/// saved; when it cannot be used, a warning on stderr and null (the features are then missing).
std::shared_ptr<const Analytics::LifetimeResult> savedLifetime(Project::ProjectFile &project,
                                                               const Model::CustomerFrame &frame);

} // namespace Portrait::Cli
