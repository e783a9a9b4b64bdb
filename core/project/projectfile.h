#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;
struct sqlite3;

namespace Portrait::Project {

/// An open .portrait file: a SQLite database with our application_id, at the current schema
/// version, with foreign keys on, a rollback journal and synchronous=FULL, so it stays one file
/// and survives a crash mid-write. Owns its connection, which belongs to the thread that opened it.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::ProjectFile)

public:
    enum class Lock { Exclusive, None };

    /// Creates a new, empty project. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path, Lock lock = Lock::Exclusive);
    /// Opens an existing project, migrating it forward. A foreign, damaged or newer file is refused.
    /// With Lock::Exclusive a second instance opening the same file is refused while this one lives.
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path, Lock lock = Lock::Exclusive);

    /// Takes the lock that keeps a second Portrait from opening the same project; the GUI holds
    /// it for as long as the project is open, while workers open their own connections unlocked.
    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path);

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    QString path() const { return m_path; }
    /// The file name without folders, for messages.
    QString fileName() const;
    QSqlDatabase database() const;
    /// The raw connection, for bulk reads and writes in core/project.
    sqlite3 *handle() const { return m_handle; }
    int schemaVersion() const { return m_schemaVersion; }

    /// A consistent copy of the project (VACUUM INTO), taken before destructive steps.
    Status snapshot(const QString &targetPath) const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    ProjectFile() = default;
    static Result<std::unique_ptr<ProjectFile>> openConnection(const QString &path, Lock lock, bool creating);
    Status configure(bool creating);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
};

} // namespace Portrait::Project
