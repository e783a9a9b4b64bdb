#pragma once

#include "common/error.h"
#include "common/progress.h"

namespace Portrait::Jobs {

/// Writes the bundled demo project (generateSampleData) to a new .portrait file.
Status writeSampleProject(const QString &path, ProgressSink &progress);

} // namespace Portrait::Jobs
