#include "dbconnection.h"

#include "mysqlstream.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

const QString SnapshotWorkMemory = u"64MB"_s;

QString driverName(DbDialect dialect)
{
    return dialect == DbDialect::PostgreSql ? u"QPSQL"_s : u"QMYSQL"_s;
}

/// Runs sql with its values bound by the driver (none: a plain statement).
bool execBound(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

QString quotedName(const QString& name)
{
    return u"“"_s + name + u"”"_s;
}

DbConnection::DbConnection(const DbUri& uri, const QString& password)
    : m_uri(uri), m_password(password), m_name(u"portrait-db-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DbConnection::~DbConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DbConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<DbConnection>> DbConnection::open(const DbUri& uri, const QString& password, DbFault* fault)
{
    const QString server = uri.withoutPassword();
    if (!QSqlDatabase::isDriverAvailable(driverName(uri.dialect))) {
        return Error { tr("Portrait has no %1 driver here: install the Qt SQL plugin (on Debian, %2).")
                           .arg(uri.productName(),
                               uri.dialect == DbDialect::PostgreSql ? u"libqt6sql6-psql"_s : u"libqt6sql6-mysql"_s),
            server, 0, 0, {} };
    }
    std::unique_ptr<DbConnection> connection(new DbConnection(uri, password));
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(uri.dialect), connection->m_name);
    QStringList options;
    if (uri.dialect == DbDialect::PostgreSql) {
        db.setHostName(uri.socket.isEmpty() ? uri.host : uri.socket);
        if (!uri.sslMode.isEmpty())
            options.append(u"sslmode="_s + uri.sslMode);
        if (uri.connectTimeoutSeconds > 0)
            options.append(u"connect_timeout="_s + QString::number(uri.connectTimeoutSeconds));
    } else {
        db.setHostName(uri.host.isEmpty() ? u"localhost"_s : uri.host);
        if (!uri.socket.isEmpty())
            options.append(u"UNIX_SOCKET="_s + uri.socket);
        if (uri.connectTimeoutSeconds > 0)
            options.append(u"MYSQL_OPT_CONNECT_TIMEOUT="_s + QString::number(uri.connectTimeoutSeconds));
    }
    db.setConnectOptions(options.join(u';'));
    if (uri.port > 0)
        db.setPort(uri.port);
    db.setDatabaseName(uri.database);
    db.setUserName(uri.user);
    db.setPassword(password);
    if (!db.open())
        return connection->error(db.lastError(), {}, fault);
    if (Status status = connection->configureSession(); !status)
        return status.error();
    return connection;
}

Status DbConnection::run(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database());
    if (!execBound(query, sql, values))
        return error(query.lastError(), {});
    return {};
}

Status DbConnection::configureSession()
{
    const bool postgres = m_uri.dialect == DbDialect::PostgreSql;
    QSqlQuery about(database());
    about.setForwardOnly(true);
    if (!about.exec(postgres ? u"SELECT version(), pg_backend_pid()"_s : u"SELECT VERSION(), CONNECTION_ID()"_s)
        || !about.next()) {
        return error(about.lastError(), {});
    }
    m_version = about.value(0).toString();
    m_sessionId = about.value(1).toLongLong();
    about.finish();
    if (Status status = run(postgres ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s
                                     : u"SET SESSION TRANSACTION READ ONLY"_s,
            {});
        !status) {
        return status;
    }
    if (m_uri.statementTimeoutSeconds <= 0)
        return {};
    const int seconds = m_uri.statementTimeoutSeconds;
    if (postgres)
        return run(u"SELECT set_config('statement_timeout', ?, false)"_s, { QString::number(seconds * 1000) });
    // MariaDB counts in seconds, MySQL (SELECT only) in milliseconds.
    if (m_version.contains(u"MariaDB"_s, Qt::CaseInsensitive))
        return run(u"SET SESSION max_statement_time = ?"_s, { double(seconds) });
    return run(u"SET SESSION max_execution_time = ?"_s, { qint64(seconds) * 1000 });
}

Status DbConnection::beginSnapshot()
{
    if (m_uri.dialect == DbDialect::PostgreSql) {
        if (Status status = run(u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, {}); !status)
            return status;
        // The aggregate sorts and hashes millions of lines: with the default 4 MB of working memory
        // it spills to disk (a quarter of its time on a 1M-line table). Raised for this transaction
        // only, and never lowered where the server's administrator allows more.
        return run(u"SELECT set_config('work_mem', ?, true) WHERE pg_size_bytes(current_setting('work_mem')) "
                   "< pg_size_bytes(?)"_s,
            { SnapshotWorkMemory, SnapshotWorkMemory });
    }
    if (Status status = run(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s, {}); !status)
        return status;
    return run(u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s, {});
}

Status DbConnection::preferSortedGrouping(bool on)
{
    if (m_uri.dialect != DbDialect::PostgreSql)
        return {};
    // RESET goes back to the session's own value, whatever the administrator set.
    return run(on ? u"SET LOCAL enable_hashagg = off"_s : u"RESET enable_hashagg"_s, {});
}

void DbConnection::end()
{
    // Nothing was written: rolling back only ends the snapshot.
    QSqlQuery query(database());
    query.exec(u"ROLLBACK"_s);
}

QString DbConnection::placeholder(int n) const
{
    // MySQL's server-side prepared statements return binary rows with their own type mapping; the
    // values go through session variables set by a prepared SET instead, so the SELECT is a plain
    // text query like every other, which stream() can also send past the driver.
    return m_uri.dialect == DbDialect::PostgreSql ? u"?"_s : u"@portrait_p"_s + QString::number(n);
}

Result<QString> DbConnection::quote(const QString& name, bool table) const
{
    QSqlDriver* driver = database().driver();
    const QString quoted = driver->escapeIdentifier(name, table ? QSqlDriver::TableName : QSqlDriver::FieldName);
    const QChar mark = m_uri.dialect == DbDialect::PostgreSql ? u'"' : u'`';
    // The drivers leave names already starting or ending with a quote as they are and split names
    // at dots; MySQL's does not double a backtick. Only one cleanly quoted identifier may pass.
    const QString inner = quoted.size() >= 2 ? quoted.mid(1, quoted.size() - 2) : QString();
    QString unquoted = inner;
    unquoted.replace(QString(2, mark), QString(mark));
    const bool clean = !name.isEmpty() && quoted.startsWith(mark) && quoted.endsWith(mark) && unquoted == name
        && !QString(inner).remove(QString(2, mark)).contains(mark);
    if (!clean) {
        return Error { tr("The name %1 cannot be quoted safely for %2; rename it or read it through a view.")
                           .arg(quotedName(name), m_uri.productName()),
            server(), 0, 0, {} };
    }
    return quoted;
}

Result<QSqlQuery> DbConnection::select(const QString& sql, const QVariantList& values, const DbContext& context)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (m_uri.dialect == DbDialect::MySql) {
        if (Status status = setVariables(values, context); !status)
            return status.error();
        ok = query.exec(sql);
    } else {
        ok = execBound(query, sql, values);
    }
    if (!ok)
        return error(query.lastError(), context);
    return query;
}

bool DbConnection::canStream() const
{
    return m_uri.dialect == DbDialect::MySql && MySqlStream::available(database());
}

Result<std::unique_ptr<MySqlStream>> DbConnection::stream(
    const QString& sql, const QVariantList& values, const DbContext& context)
{
    if (Status status = setVariables(values, context); !status)
        return status.error();
    QSqlError failure;
    std::unique_ptr<MySqlStream> rows = MySqlStream::start(database(), sql, &failure);
    if (!rows)
        return error(failure, context);
    return rows;
}

Status DbConnection::setVariables(const QVariantList& values, const DbContext& context)
{
    for (int i = 0; i < values.size(); ++i) {
        QSqlQuery set(database());
        if (!set.prepare(u"SET "_s + placeholder(i + 1) + u" = ?"_s))
            return error(set.lastError(), context);
        set.addBindValue(values.at(i));
        if (!set.exec())
            return error(set.lastError(), context);
    }
    return {};
}

Error DbConnection::fetchError(const QSqlQuery& query, const DbContext& context) const
{
    return error(query.lastError(), context);
}

void DbConnection::cancelRunning() const
{
    // A second session of the same user may stop the first one's statement on both servers.
    Result<std::unique_ptr<DbConnection>> other = open(m_uri, m_password);
    if (!other)
        return;
    m_cancelled.store(true);
    QSqlQuery query((*other)->database());
    if (m_uri.dialect == DbDialect::PostgreSql) {
        query.prepare(u"SELECT pg_cancel_backend(?)"_s);
        query.addBindValue(m_sessionId);
        query.exec();
    } else {
        // KILL takes no placeholder; the id is the number the server gave this session.
        query.exec(u"KILL QUERY "_s + QString::number(m_sessionId));
    }
}

struct CancelGuard::Watch {
    std::mutex mutex;
    std::condition_variable wake;
    bool done = false;
    std::thread thread;
};

CancelGuard::CancelGuard(const DbConnection& connection, const CancelToken& cancel) : m_watch(std::make_unique<Watch>())
{
    Watch* watch = m_watch.get();
    watch->thread = std::thread([watch, &connection, &cancel] {
        std::unique_lock lock(watch->mutex);
        while (!watch->done) {
            watch->wake.wait_for(lock, std::chrono::milliseconds(100));
            if (!watch->done && cancel.isCancelled()) {
                lock.unlock();
                connection.cancelRunning();
                return;
            }
        }
    });
}

CancelGuard::~CancelGuard()
{
    {
        std::lock_guard lock(m_watch->mutex);
        m_watch->done = true;
    }
    m_watch->wake.notify_all();
    m_watch->thread.join();
}

} // namespace Portrait::Io
