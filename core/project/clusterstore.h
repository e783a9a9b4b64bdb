#pragma once

#include "analytics/clustering.h"
#include "common/error.h"

#include <QStringList>

#include <optional>

namespace Portrait::Project {

class ProjectFile;

/// The clustering the workbench, exports and rules use (the one saved last), with its members
/// per customer in frame order (customers by row id, as FrameLoader reads them); nullopt when
/// the project has none.
Result<std::optional<Analytics::Clustering>> loadActiveClustering(ProjectFile &project);
/// A saved clustering by name; nullopt when there is none of that name.
Result<std::optional<Analytics::Clustering>> loadClustering(ProjectFile &project, const QString &name);
/// The names of the saved clusterings, the active one first.
Result<QStringList> clusteringNames(ProjectFile &project);

/// Saves clustering under clustering.name, replacing one of that name, and makes it the active
/// one, in one transaction. Its assignment is per customer in frame order and must cover every
/// customer of the project; cluster names must be unique and not empty.
Status saveClustering(ProjectFile &project, const Analytics::Clustering &clustering);
/// Makes the clustering called `name` the active one; an empty name leaves none active (the saved
/// ones stay).
Status setActiveClustering(ProjectFile &project, const QString &name);

} // namespace Portrait::Project
