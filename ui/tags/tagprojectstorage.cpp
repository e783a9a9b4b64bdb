#include "tagprojectstorage.h"

#include "project/projectfile.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait::Ui {

namespace {

Status writeTags(const QString &projectPath, const Project::TagData &data)
{
    auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
    if (!project)
        return project.error();
    return Project::saveTagData(**project, data);
}

} // namespace

TagProjectStorage::TagProjectStorage(QObject *parent) : QObject(parent) { }

void TagProjectStorage::load(const QString &projectPath)
{
    ++m_busy;
    auto *watcher = new QFutureWatcher<Result<Project::TagData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectPath] {
        --m_busy;
        const Result<Project::TagData> result = watcher->result();
        watcher->deleteLater();
        if (result)
            Q_EMIT loaded(projectPath, *result);
        else
            Q_EMIT loadFailed(projectPath, result.error().toString());
    });
    watcher->setFuture(QtConcurrent::run([projectPath]() -> Result<Project::TagData> {
        auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
        if (!project)
            return project.error();
        return Project::loadTagData(**project);
    }));
}

void TagProjectStorage::save(const QString &projectPath, const Project::TagData &data)
{
    ++m_busy;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectPath, data] {
        --m_busy;
        const Status status = watcher->result();
        watcher->deleteLater();
        if (status)
            Q_EMIT saved(projectPath, data);
        else
            Q_EMIT saveFailed(projectPath, status.error().toString());
    });
    watcher->setFuture(QtConcurrent::run([projectPath, data] { return writeTags(projectPath, data); }));
}

Status TagProjectStorage::saveNow(const QString &projectPath, const Project::TagData &data)
{
    // A save still running would otherwise commit after this one and put older tags back.
    for (QFutureWatcherBase *job : findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly))
        job->waitForFinished();
    return writeTags(projectPath, data);
}

} // namespace Portrait::Ui
