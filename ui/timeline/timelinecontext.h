#pragma once

#include "common/error.h"
#include "project/projectfile.h"
#include "import/backgroundjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Ui {

class WorkbenchSession;

/// What the panels of the Timeline page share: the session (frame, scoring, undo stack), the open
/// project's path, one background job for the analyses (progress and cancel shown by the page) and
/// a queue that runs the reads and writes of snapshots and campaigns one after the other, off the
/// GUI thread, so that an undo never overtakes the write it undoes.
class TimelineContext : public QObject
{
    Q_OBJECT

public:
    TimelineContext(WorkbenchSession *session, QObject *parent = nullptr);
    ~TimelineContext() override;

    WorkbenchSession *session() const { return m_session; }
    QString projectPath() const;
    BackgroundJob *job() const { return m_job; }

    /// Runs work on the project (its own connection, opened in the queue's thread), then done on
    /// the GUI thread with what it returned, or with the error of opening the project.
    template<typename T>
    void onProject(std::function<Result<T>(Project::ProjectFile &)> work, std::function<void(Result<T>)> done);
    /// Blocks until the queue is empty (teardown, tests).
    void waitForQueue();

    /// A connection of a worker's own to the project (the window holds the lock).
    static Result<std::unique_ptr<Project::ProjectFile>> openProject(const QString &path);

Q_SIGNALS:
    /// Snapshots were taken, renamed or deleted (or undone): lists showing them read them again.
    void snapshotsChanged();
    /// The same for campaigns.
    void campaignsChanged();
    /// A write of the queue failed.
    void failed(const QString &message);

private:
    WorkbenchSession *m_session;
    BackgroundJob *m_job;
    QThreadPool m_queue;
};

template<typename T>
void TimelineContext::onProject(std::function<Result<T>(Project::ProjectFile &)> work,
                                std::function<void(Result<T>)> done)
{
    const QString path = projectPath();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<T>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        watcher->deleteLater();
        done(std::move(*watcher->result()));
    });
    watcher->setFuture(QtConcurrent::run(&m_queue, [path, work]() -> std::shared_ptr<Result<T>> {
        auto project = openProject(path);
        if (!project)
            return std::make_shared<Result<T>>(project.error());
        return std::make_shared<Result<T>>(work(**project));
    }));
}

} // namespace Portrait::Ui
