#pragma once

#include "common/error.h"

namespace Portrait::Project {

class ProjectFile;

/// Makes the tables an import or a source removal changes (sources, customers, orders, survey
/// answers, rejected rows and hand-set tags) equal, row for row and value for value, to those of
/// a snapshot of the same project (ProjectFile::snapshot), in one transaction: the undo and redo of
/// those steps. The tag dictionary, the groups and the settings are left as they are, so later
/// edits to them survive; a hand-set tag whose tag was deleted since is not brought back. On any
/// error (a missing or foreign snapshot, another schema version, a broken reference) nothing
/// changes.
Status restoreDataTables(ProjectFile &project, const QString &snapshotPath);

} // namespace Portrait::Project
