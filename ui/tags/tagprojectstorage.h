#pragma once

#include "project/tagstore.h"

#include <QObject>
#include <QString>

namespace Portrait::Ui {

/// Loads and saves a project's tags off the GUI thread. The window holds the project's lock, so
/// each job opens its own unlocked connection (ProjectFile::Lock::None) in its worker thread and
/// closes it there; a save is one transaction.
class TagProjectStorage : public QObject
{
    Q_OBJECT

public:
    explicit TagProjectStorage(QObject *parent = nullptr);

    void load(const QString &projectPath);
    void save(const QString &projectPath, const Project::TagData &data);
    /// Waits for the jobs under way, then saves on the calling thread: for the last save before the
    /// project is closed, when there is no later moment to report back. Emits nothing.
    Status saveNow(const QString &projectPath, const Project::TagData &data);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void loaded(const QString &projectPath, const Portrait::Project::TagData &data);
    void loadFailed(const QString &projectPath, const QString &message);
    /// `data` is what was written.
    void saved(const QString &projectPath, const Portrait::Project::TagData &data);
    void saveFailed(const QString &projectPath, const QString &message);

private:
    int m_busy = 0;
};

} // namespace Portrait::Ui
