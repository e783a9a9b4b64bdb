#include "timelinecontext.h"

#include "project/projectfile.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

namespace Portrait::Ui {

TimelineContext::TimelineContext(WorkbenchSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
{
    m_queue.setMaxThreadCount(1);
}

TimelineContext::~TimelineContext()
{
    m_job->abandon();
    m_job->wait();
    m_queue.waitForDone();
}

QString TimelineContext::projectPath() const
{
    return m_session->project() ? m_session->project()->path : QString();
}

void TimelineContext::waitForQueue()
{
    m_queue.waitForDone();
}

Result<std::unique_ptr<Project::ProjectFile>> TimelineContext::openProject(const QString &path)
{
    // The window holds the project's lock; its workers open connections of their own without one.
    return Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
}

} // namespace Portrait::Ui
