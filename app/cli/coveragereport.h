#pragma once

#include <cstdio>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Cli {

/// Prints which customers appear in one kind of source only (orders, customers, survey), with a
/// few example ids, when the project has at least two kinds. `portrait info` prints it to stdout,
/// `portrait import` to stderr after a customers or survey import. A failure to read it is printed
/// as a warning: the command's own work is done by then.
void printSourceCoverage(FILE *stream, Project::ProjectFile &project);

} // namespace Portrait::Cli
