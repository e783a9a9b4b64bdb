#pragma once

#include "common/error.h"
#include "jobs/rfmsettings.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace Portrait::Ui {

class WorkbenchSession;

/// Keeps the open project's scoring settings saved in the project: every change the analyst commits
/// (and every undo or redo) is written shortly after, off the GUI thread, so the project reopens
/// scored as it was left. flush() writes what is still pending at once.
class RfmSettingsSaver : public QObject
{
    Q_OBJECT

public:
    explicit RfmSettingsSaver(WorkbenchSession *session, QObject *parent = nullptr);
    ~RfmSettingsSaver() override;

    /// Waits for a save under way and writes pending settings now, on this thread; call before the
    /// project is closed.
    Status flush();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onProjectChanged();
    void onResultChanged();
    void saveInBackground();

    WorkbenchSession *m_session;
    QTimer *m_debounce;
    QString m_path;
    QByteArray m_savedJson;
    std::optional<Jobs::RfmSettings> m_pending;
    QByteArray m_pendingJson; ///< m_pending as JSON: what m_savedJson becomes once it is written
    QFuture<Status> m_inFlight;
    bool m_awaitingFirstResult = false;
};

} // namespace Portrait::Ui
