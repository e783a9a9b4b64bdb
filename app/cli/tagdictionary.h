#pragma once

#include "jobs/rfmjob.h"

#include <QString>

namespace Portrait::Cli {

/// What `portrait tag` is asked to do with the project's tag dictionary (no --rules).
struct DictionaryActions
{
    QString project;
    QString importFile;         ///< --dictionary FILE.json
    bool starter = false;       ///< --starter
    bool replace = false;       ///< --replace: an import may replace a dictionary the project has
    QString exportFile;         ///< --export-dictionary FILE
    bool governance = false;    ///< --governance
    QString out;                ///< --out tags.csv: every dictionary tag
    Jobs::RfmRequest request;   ///< --scheme / --as-of for segment names and dates in rules

    bool needsTagging() const { return governance || !out.isEmpty(); }
};

/// Imports (JSON or the starter), exports, prints governance and writes tags.csv, in that order.
/// Returns the exit code.
int runDictionaryActions(const DictionaryActions &actions);

} // namespace Portrait::Cli
