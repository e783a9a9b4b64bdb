#pragma once

// The read half of an import, shared by importFile(), its dry run and refreshSource(): every row
// read, checked and aggregated in memory, nothing written yet. Internal to core/jobs.
#include "importjob.h"
#include "orderaggregator.h"
#include "profileimporter.h"

#include <QJsonObject>

#include <memory>

namespace Portrait::Project {
class ProjectWriter;
}

namespace Portrait::Jobs {

class SourceRead
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Import)

public:
    /// Why the rows are read: to write them, or only to check them (the wizard's dry run); the
    /// progress says which.
    enum class Purpose { Import, Check };

    /// Plans the import (first pass), checks the mapping, then reads every row (second pass).
    static Result<std::unique_ptr<SourceRead>> read(const QString &path, const ImportOptions &options,
                                                    ProgressSink &progress, const CancelToken &cancel,
                                                    Purpose purpose = Purpose::Import);

    /// Counts, mapping and rejected rows so far; the source id is the caller's to set.
    ImportReport &report() { return m_report; }
    const QList<Project::RejectedRow> &rejected() const { return m_rejected; }

    /// Writes customers, orders or answers and the rejected rows under sourceId, completing the
    /// counts in report().source. The caller owns the writer's transaction.
    Status write(Project::ProjectWriter &writer, qint64 sourceId);

    /// Adds the closing warnings (rejected rows, conflicting lines, rows without customer) to the
    /// report; `written` says whether the rejected rows are now in the project.
    void addClosingIssues(bool written);

    /// The mapping as saved with the source: roles by column name plus, under "options", what a
    /// refresh needs to read a newer file the same way.
    static QJsonObject savedMapping(const ImportReport &report, const ImportPlan &plan, const ImportOptions &options);

private:
    SourceRead(const ImportOptions &options) : m_options(options) { }
    Status readRows(Io::RecordReader &reader, ProgressSink &progress, const CancelToken &cancel);

    ImportOptions m_options;
    ImportPlan m_plan;
    ImportReport m_report;
    std::unique_ptr<OrderAggregator> m_orders;
    std::unique_ptr<ProfileImporter> m_profiles;
    QList<Project::RejectedRow> m_rejected;
};

/// An Error naming the roles a source of this kind needs that the mapping leaves out.
Status checkRequiredRoles(SourceKind kind, const Io::ColumnMapping &mapping, const QStringList &headers,
                          const QString &fileName);

/// "The import was cancelled; the project is unchanged."
Error importCancelled(const QString &fileName);

} // namespace Portrait::Jobs
