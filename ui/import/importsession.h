#pragma once

#include "jobs/importjob.h"
#include "jobs/importmismatch.h"

#include <memory>
#include <optional>

namespace Portrait::Ui {

/// What the import wizard's pages decide together: the file and how to read it (source page), the
/// columns and their roles and types (mapping page), the dry run and the import's outcome.
struct ImportSession
{
    QString projectPath;
    QString filePath;
    Jobs::ImportOptions options;               ///< kind, encoding, delimiter, sheet, header row, types
    std::optional<Jobs::ImportPlan> plan;      ///< the full inspection for `planKey`
    QString planKey;
    Io::ColumnMapping mapping;                 ///< as the analyst confirmed it
    std::optional<Jobs::ImportReport> validation;
    std::optional<Jobs::ImportReport> result;

    /// The open project's customers and orders, to warn before a file that does not look like
    /// them is merged in; null: no warning (an empty or a new project).
    std::shared_ptr<const Model::CustomerFrame> projectFrame;
    /// Why the file may not belong to the project, found by the dry run.
    QList<Jobs::Mismatch> mismatches;
    /// The analyst chose "Import into a New Project Instead": projectPath is that new file.
    bool intoNewProject = false;
    /// Where the import saves a copy of the project before writing, for its undo; empty: none.
    QString undoSnapshot;

    /// Identifies what the plan depends on; a changed key means the file must be inspected again.
    QString readingKey() const;
    /// The options the dry run and the import use: the confirmed mapping as overrides.
    Jobs::ImportOptions importOptions() const;
};

} // namespace Portrait::Ui
