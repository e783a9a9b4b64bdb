#include "backgroundjob.h"

#include <QMutexLocker>

namespace Portrait::Ui {

void BackgroundJob::Sink::setPhase(const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    m_phase = phase;
    m_value.store(0, std::memory_order_relaxed);
}

int BackgroundJob::Sink::percent() const
{
    const qint64 total = m_total.load(std::memory_order_relaxed);
    const qint64 value = m_value.load(std::memory_order_relaxed);
    return total > 0 ? int(std::clamp<qint64>(value * 100 / total, 0, 100)) : 0;
}

QString BackgroundJob::Sink::phase() const
{
    QMutexLocker lock(&m_mutex);
    return m_phase;
}

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJob::poll);
    connect(this, &BackgroundJob::finished, &m_timer, &QTimer::stop);
}

BackgroundJob::~BackgroundJob()
{
    abandon();
    wait();
}

void BackgroundJob::cancel()
{
    if (m_state)
        m_state->cancel.cancel();
}

void BackgroundJob::abandon()
{
    cancel();
    m_state.reset();
    m_timer.stop();
}

void BackgroundJob::wait()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void BackgroundJob::poll()
{
    if (m_state)
        Q_EMIT progressChanged(m_state->sink.percent(), m_state->sink.phase());
}

} // namespace Portrait::Ui
