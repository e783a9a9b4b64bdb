#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "timeline/snapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portrait::Project {

class ProjectFile;

/// The snapshots a project keeps (tables snapshots and snapshot_customers, schema version 4).
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::SnapshotStore)

public:
    explicit SnapshotStore(ProjectFile &project) : m_project(project) { }

    /// Every snapshot, oldest date first (then by id).
    Result<QList<Timeline::SnapshotInfo>> list();
    /// The snapshot named name; else, when name is a number, the one with that id; nullopt if none.
    Result<std::optional<Timeline::SnapshotInfo>> find(const QString &nameOrId);
    Result<Timeline::Snapshot> load(qint64 id, const CancelToken &cancel = {});
    /// Saves snapshot (with snapshot.info's name, date, origin and settings) in one transaction;
    /// returns the new id. A name already taken is an error naming it.
    Result<qint64> save(const Timeline::Snapshot &snapshot, ProgressSink &progress = nullProgress());
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);
    /// base, or "base (2)", "base (3)" … : the first name no snapshot has yet.
    Result<QString> freeName(const QString &base);

private:
    Status readRows(qint64 id, Timeline::Snapshot &snapshot, const CancelToken &cancel);

    ProjectFile &m_project;
};

} // namespace Portrait::Project
