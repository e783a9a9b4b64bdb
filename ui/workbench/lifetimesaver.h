#pragma once

#include "common/error.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

class QThreadPool;

namespace Portrait::Ui {

class WorkbenchSession;

/// Keeps the session's lifetime model saved in the project (settings key `analytics.lifetime`):
/// every fit, undo and redo is written off the GUI thread, one write after the other, so the
/// project reopens with the model and `portrait tag` / `export` see its features.
class LifetimeSaver : public QObject
{
    Q_OBJECT

public:
    explicit LifetimeSaver(WorkbenchSession *session, QObject *parent = nullptr);
    ~LifetimeSaver() override;

    /// Waits until every write started has ended; call before the project is closed.
    void flush();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onProjectChanged();
    void onLifetimeChanged();

    WorkbenchSession *m_session;
    QString m_path;
    /// The model the project holds (or is being given): a change to the same one writes nothing.
    const void *m_saved = nullptr;
    /// One thread: writes land in the order the changes were made.
    QThreadPool m_writer;
};

} // namespace Portrait::Ui
