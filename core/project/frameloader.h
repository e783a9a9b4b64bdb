#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/customerframe.h"

namespace Portrait::Project {

class ProjectFile;

/// Reads a project's customers and orders into the in-memory frame, once. Orders come sorted by
/// (customer, day), which the RFM metrics rely on.
Result<Model::CustomerFrame> loadFrame(ProjectFile &project, ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Project
