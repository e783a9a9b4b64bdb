#pragma once

#include "common/error.h"

struct sqlite3;

namespace Portrait::Project {

/// SQLite application_id of a .portrait file ("PRTR"): tells our files from any other database.
constexpr int ApplicationId = 0x50525452;
/// The schema version this build writes; older files are migrated forward when opened.
constexpr int SchemaVersion = 6;

/// Creates the schema in an empty database, or migrates one at an older version, in one
/// transaction. A newer version than SchemaVersion is refused.
Status migrate(sqlite3 *db, int fromVersion, const QString &fileName);

} // namespace Portrait::Project
