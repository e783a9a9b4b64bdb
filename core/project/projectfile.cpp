#include "projectfile.h"

#include "schema.h"
#include "sqlite.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"portrait-project-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

// SQLite files start with this 16-byte header; anything else is not a database at all.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

qint64 pragmaValue(sqlite3 *db, const char *pragma, bool *ok)
{
    Statement statement(db, pragma, {});
    *ok = statement.ok() && statement.step();
    return *ok ? statement.int64(0) : 0;
}

} // namespace

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path, Lock lock)
{
    if (QFileInfo::exists(path)) {
        return Error { tr("%1 already exists; choose another name or open it.").arg(QFileInfo(path).fileName()),
                       path, 0, 0, {} };
    }
    return openConnection(path, lock, true);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, Lock lock)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { tr("%1 does not exist.").arg(info.fileName()), path, 0, 0, {} };
    if (!info.isFile() || !info.isReadable())
        return Error { tr("%1 cannot be read.").arg(info.fileName()), path, 0, 0, {} };
    if (!hasSqliteHeader(path)) {
        return Error { tr("%1 is not a Portrait project (it is not a SQLite database).").arg(info.fileName()), path,
                       0, 0, {} };
    }
    return openConnection(path, lock, false);
}

Result<std::unique_ptr<QLockFile>> ProjectFile::acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(QFileInfo(path).absoluteFilePath() + u".lock"_s);
    // 0: never time out a live lock; QLockFile still clears locks whose process has died.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return Error { tr("%1 is already open in another Portrait (process %2 on %3).")
                               .arg(QFileInfo(path).fileName())
                               .arg(pid)
                               .arg(host),
                       path, 0, 0, {} };
    }
    return lock;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::openConnection(const QString &path, Lock lock, bool creating)
{
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = QFileInfo(path).absoluteFilePath();
    if (lock == Lock::Exclusive) {
        auto acquired = acquireLock(project->m_path);
        if (!acquired)
            return acquired.error();
        project->m_lock = acquired.takeValue();
    }

    project->m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, project->m_connectionName);
    db.setDatabaseName(project->m_path);
    if (!creating)
        db.setConnectOptions(u"QSQLITE_OPEN_READWRITE_NO_CREATE"_s);
    if (!db.open()) {
        return Error { tr("Cannot open %1: %2").arg(project->fileName(), db.lastError().text()), path, 0, 0, {} };
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { tr("The SQLite driver gave no usable connection."), path, 0, 0, {} };
    project->m_handle = *static_cast<sqlite3 *const *>(handle.data());

    if (Status status = project->configure(creating); !status)
        return status.error();
    return project;
}

Status ProjectFile::configure(bool creating)
{
    const QString name = fileName();
    // A one-file project: rollback journal, durable commits, enforced references.
    if (Status status = exec(m_handle, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                       "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536",
                             name);
        !status) {
        return Error { tr("%1 is damaged or not a database: %2").arg(name, status.error().message), m_path, 0, 0,
                       {} };
    }

    bool ok = false;
    const qint64 applicationId = pragmaValue(m_handle, "PRAGMA application_id", &ok);
    if (!ok)
        return Error { tr("%1 is damaged: its header cannot be read.").arg(name), m_path, 0, 0, {} };
    const qint64 version = pragmaValue(m_handle, "PRAGMA user_version", &ok);
    const qint64 tables = pragmaValue(m_handle, "SELECT count(*) FROM sqlite_schema", &ok);
    if (!ok)
        return Error { tr("%1 is damaged: its schema cannot be read.").arg(name), m_path, 0, 0, {} };

    const bool empty = applicationId == 0 && version == 0 && tables == 0;
    if (!empty && applicationId != ApplicationId) {
        return Error { tr("%1 is a SQLite database of another program, not a Portrait project.").arg(name), m_path,
                       0, 0, {} };
    }
    if (empty && !creating)
        return Error { tr("%1 is an empty database, not a Portrait project.").arg(name), m_path, 0, 0, {} };

    if (Status status = migrate(m_handle, int(version), name); !status)
        return status;
    m_schemaVersion = SchemaVersion;
    return {};
}

ProjectFile::~ProjectFile()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ProjectFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QSqlDatabase ProjectFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ProjectFile::snapshot(const QString &targetPath) const
{
    Statement statement(m_handle, "VACUUM INTO ?", fileName());
    if (!statement.ok())
        return statement.error();
    statement.bind(1, targetPath);
    return statement.run();
}

QString ProjectFile::setting(const QString &key, const QString &fallback) const
{
    Statement statement(m_handle, "SELECT value FROM settings WHERE key = ?", fileName());
    statement.bind(1, key);
    return statement.ok() && statement.step() ? statement.text(0) : fallback;
}

Status ProjectFile::setSetting(const QString &key, const QString &value)
{
    Statement statement(m_handle,
                        "INSERT INTO settings(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        fileName());
    if (!statement.ok())
        return statement.error();
    statement.bind(1, key);
    statement.bind(2, value);
    return statement.run();
}

} // namespace Portrait::Project
