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

Status writeSettings(const QString &path, const QByteArray &json)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        return project.error();
    auto settings = Jobs::rfmSettingsFromJson(json, path);
    if (!settings)
        return settings.error();
    return Jobs::saveRfmSettings(**project, *settings);
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
    m_pendingJson = json == m_savedJson ? QByteArray() : json;
    if (m_pendingJson.isEmpty())
        m_debounce->stop();
    else
        m_debounce->start();
}

void RfmSettingsSaver::saveInBackground()
{
    if (m_pendingJson.isEmpty())
        return;
    const QByteArray json = std::exchange(m_pendingJson, {});
    m_savedJson = json;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Status status = watcher->result(); !status)
            Q_EMIT failed(status.error().toString());
    });
    m_inFlight = QtConcurrent::run(writeSettings, m_path, json);
    watcher->setFuture(m_inFlight);
}

Status RfmSettingsSaver::flush()
{
    m_debounce->stop();
    m_inFlight.waitForFinished();
    if (m_pendingJson.isEmpty() || m_path.isEmpty())
        return {};
    const QByteArray json = std::exchange(m_pendingJson, {});
    m_savedJson = json;
    return writeSettings(m_path, json);
}

} // namespace Portrait::Ui
