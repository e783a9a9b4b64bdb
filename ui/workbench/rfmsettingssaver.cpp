#include "rfmsettingssaver.h"

#include "jobs/rfmsettings.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "workbenchsession.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait::Ui {

namespace {

constexpr int DebounceMs = 400;

Status writeSettings(const QString &path, const Jobs::RfmSettings &settings)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        return project.error();
    return Jobs::saveRfmSettings(**project, settings);
}

} // namespace

RfmSettingsSaver::RfmSettingsSaver(WorkbenchSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RfmSettingsSaver::saveInBackground);
    connect(session, &WorkbenchSession::projectChanged, this, &RfmSettingsSaver::onProjectChanged);
    connect(session, &WorkbenchSession::resultChanged, this, &RfmSettingsSaver::onResultChanged);
}

RfmSettingsSaver::~RfmSettingsSaver()
{
    if (Status status = flush(); !status)
        qWarning("%s", qPrintable(status.error().toString()));
}

void RfmSettingsSaver::onProjectChanged()
{
    // The previous project's last change is written before its path is forgotten.
    if (Status status = flush(); !status)
        Q_EMIT failed(status.error().toString());
    m_path = m_session->project() ? m_session->project()->path : QString();
    m_savedJson.clear();
    m_awaitingFirstResult = !m_path.isEmpty();
}

void RfmSettingsSaver::onResultChanged()
{
    if (m_path.isEmpty())
        return;
    const QByteArray json = Jobs::rfmSettingsToJson(m_session->settings());
    if (m_awaitingFirstResult) {
        // The settings the project was opened with: saved already, or the defaults.
        m_awaitingFirstResult = false;
        m_savedJson = json;
        return;
    }
    if (json == m_savedJson) {
        m_pending.reset();
        m_debounce->stop();
        return;
    }
    m_pending = m_session->settings();
    m_pendingJson = json;
    m_debounce->start();
}

void RfmSettingsSaver::saveInBackground()
{
    if (!m_pending)
        return;
    m_savedJson = m_pendingJson;
    const Jobs::RfmSettings settings = *std::exchange(m_pending, std::nullopt);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Status status = watcher->result(); !status)
            Q_EMIT failed(status.error().toString());
    });
    m_inFlight = QtConcurrent::run(writeSettings, m_path, settings);
    watcher->setFuture(m_inFlight);
}

Status RfmSettingsSaver::flush()
{
    m_debounce->stop();
    m_inFlight.waitForFinished();
    if (!m_pending || m_path.isEmpty())
        return {};
    m_savedJson = m_pendingJson;
    return writeSettings(m_path, *std::exchange(m_pending, std::nullopt));
}

} // namespace Portrait::Ui
