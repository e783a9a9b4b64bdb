#pragma once

#include <QString>

#include <atomic>

namespace Portrait {

/// Receives progress from long work. The CLI prints it to stderr, the GUI shows a progress bar.
/// Implementations must be cheap: work calls setValue() often.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual void setPhase(const QString &phase) { Q_UNUSED(phase); }
    /// Total units of the current phase; 0 means unknown.
    virtual void setTotal(qint64 total) { Q_UNUSED(total); }
    virtual void setValue(qint64 value) { Q_UNUSED(value); }
};

/// A flag another thread raises to ask long work to stop at its next check.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled { false };
};

/// A sink that drops everything, for callers that do not care.
inline ProgressSink &nullProgress()
{
    static ProgressSink sink;
    return sink;
}

} // namespace Portrait
