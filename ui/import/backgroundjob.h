#pragma once

#include "common/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace Portrait::Ui {

/// Runs one piece of core work at a time off the GUI thread (QtConcurrent) and reports its progress
/// and its end on the GUI thread. The work gets a ProgressSink and a CancelToken; starting new work
/// cancels the old, whose result is then dropped. Destroying the job cancels and waits for the
/// work, so nothing outlives the widget that started it (e.g. an open project connection).
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    template<typename T>
    void start(std::function<T(ProgressSink &, const CancelToken &)> work, std::function<void(T)> done);

    bool isRunning() const { return m_state != nullptr; }
    /// Asks the running work to stop; its done callback still runs with what the work returned.
    void cancel();
    /// Asks the running work to stop and forgets it: its done callback will not run.
    void abandon();
    /// Blocks until all work started here, abandoned or not, has ended (for teardown).
    void wait();

Q_SIGNALS:
    void started();
    void progressChanged(int percent, const QString &phase);
    void finished();

private:
    class Sink;
    struct State;

    void poll();

    std::shared_ptr<State> m_state;
    QTimer m_timer;
};

/// The sink work reports to: atomics and a locked phase text, read by a GUI-thread timer.
class BackgroundJob::Sink : public ProgressSink
{
public:
    void setPhase(const QString &phase) override;
    void setTotal(qint64 total) override { m_total.store(total, std::memory_order_relaxed); }
    void setValue(qint64 value) override { m_value.store(value, std::memory_order_relaxed); }

    int percent() const;
    QString phase() const;

private:
    mutable QMutex m_mutex;
    QString m_phase;
    std::atomic<qint64> m_total { 0 };
    std::atomic<qint64> m_value { 0 };
};

struct BackgroundJob::State
{
    Sink sink;
    CancelToken cancel;
};

template<typename T>
void BackgroundJob::start(std::function<T(ProgressSink &, const CancelToken &)> work, std::function<void(T)> done)
{
    cancel();
    auto state = std::make_shared<State>();
    m_state = state;
    auto *watcher = new QFutureWatcher<std::shared_ptr<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, state, done] {
        watcher->deleteLater();
        if (m_state != state)
            return; // superseded or cancelled by a newer start()
        m_state.reset();
        done(std::move(*watcher->result()));
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(
            [state, work] { return std::make_shared<T>(work(state->sink, state->cancel)); }));
    m_timer.start();
    Q_EMIT started();
}

} // namespace Portrait::Ui
