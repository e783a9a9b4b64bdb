#include "sourceremoval.h"

#include "project/projectfile.h"
#include "project/snapshotrestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct Removal
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Removal)
};

Status takeSnapshot(Project::ProjectFile &project, const QString &path, ProgressSink &progress)
{
    progress.setPhase(Removal::tr("Saving a copy of %1").arg(project.fileName()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error { Removal::tr("The folder %1 cannot be created for the copy of the project.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                       path, 0, 0, {} };
    }
    return project.snapshot(path);
}

} // namespace

QString snapshotFolder(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.completeBaseName() + u".snapshots"_s);
}

QString removalSnapshotPath(const QString &projectPath, qint64 sourceId)
{
    const QDir folder(snapshotFolder(projectPath));
    const QString stem = u"before-removing-source-%1-%2"_s.arg(sourceId).arg(
            QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    QString path = folder.filePath(stem + u".portrait"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(u"%1-%2.portrait"_s.arg(stem).arg(n));
    return path;
}

Result<RemovalReport> removeSource(Project::ProjectFile &project, qint64 sourceId, const QString &snapshotPath,
                                   ProgressSink &progress)
{
    Project::SourceStore store(project);
    auto source = store.source(sourceId);
    if (!source)
        return source.error();
    if (Status status = takeSnapshot(project, snapshotPath, progress); !status)
        return status.error();
    progress.setPhase(Removal::tr("Removing %1").arg(source->fileName));
    auto removed = store.removeSource(sourceId);
    if (!removed)
        return removed.error();
    return RemovalReport { sourceId, source.takeValue(), *removed, snapshotPath };
}

Status restoreSnapshot(Project::ProjectFile &project, const QString &snapshotPath, const QString &saveCurrentTo,
                       ProgressSink &progress)
{
    if (!saveCurrentTo.isEmpty()) {
        if (Status status = takeSnapshot(project, saveCurrentTo, progress); !status)
            return status;
    }
    progress.setPhase(Removal::tr("Restoring %1").arg(project.fileName()));
    return Project::restoreDataTables(project, snapshotPath);
}

} // namespace Portrait::Jobs
