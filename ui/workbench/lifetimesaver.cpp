#include "lifetimesaver.h"

#include "jobs/lifetimestore.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "workbenchsession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace Portrait::Ui {

namespace {

Status writeModel(const QString &path, const std::optional<Analytics::LifetimeModel> &model)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        return project.error();
    return Jobs::saveLifetimeModel(**project, model ? &*model : nullptr);
}

} // namespace

LifetimeSaver::LifetimeSaver(WorkbenchSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_writer.setMaxThreadCount(1);
    connect(session, &WorkbenchSession::projectChanged, this, &LifetimeSaver::onProjectChanged);
    connect(session, &WorkbenchSession::lifetimeChanged, this, &LifetimeSaver::onLifetimeChanged);
}

LifetimeSaver::~LifetimeSaver()
{
    flush();
}

void LifetimeSaver::flush()
{
    m_writer.waitForDone();
}

void LifetimeSaver::onProjectChanged()
{
    flush();
    m_path = m_session->project() ? m_session->project()->path : QString();
    // The model the project was opened with is saved already.
    m_saved = m_session->project() ? m_session->project()->lifetime.get() : nullptr;
}

void LifetimeSaver::onLifetimeChanged()
{
    const auto lifetime = m_session->lifetime();
    if (m_path.isEmpty() || lifetime.get() == m_saved)
        return;
    m_saved = lifetime.get();
    std::optional<Analytics::LifetimeModel> model;
    if (lifetime)
        model = lifetime->model;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Status status = watcher->result(); !status)
            Q_EMIT failed(status.error().toString());
    });
    watcher->setFuture(QtConcurrent::run(&m_writer, writeModel, m_path, model));
}

} // namespace Portrait::Ui
