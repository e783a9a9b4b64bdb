#pragma once

#include "clean/qualityreport.h"

#include <cstdio>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Cli {

/// What a cleaning run did, a line per step and per changed column, for the terminal.
void printQualityReport(FILE *stream, const Clean::QualityReport &report);

/// `portrait info`'s lines on cleaning: the stored pipeline, the customers with cleaned values,
/// merges and decisions, and the most frequent provinces and cities as exports now show them.
/// A failure to read them is printed as a warning.
void printCleaningSummary(FILE *stream, Project::ProjectFile &project);

} // namespace Portrait::Cli
