#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/dburi.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace Portrait::Io {

class MySqlStream;

/// Why a connection or a statement failed, as far as the message to the analyst goes.
enum class DbFault { Unreachable, Refused, NoDatabase, NoTable, Lost, Timeout, Cancelled, Other };

/// What a statement was doing when it failed, for the message: the table it read and why.
struct DbContext {
    QString table;
};

/// One read-only session on a database server, opened in (and used from) one thread. Every
/// transaction it starts is READ ONLY, and the session's default is read-only too, so nothing
/// Portrait sends can change the server's data. Statements run with values bound by the driver;
/// long ones can be stopped from another thread through a CancelToken (see select()).
class DbConnection {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::DbConnection)

public:
    ~DbConnection();
    DbConnection(const DbConnection&) = delete;
    DbConnection& operator=(const DbConnection&) = delete;

    /// Connects and makes the session read-only (with the URI's statement timeout). Errors name
    /// the server and say whether it was unreachable, refused the password or lacks the database.
    static Result<std::unique_ptr<DbConnection>> open(
        const DbUri& uri, const QString& password, DbFault* fault = nullptr);

    const DbUri& uri() const { return m_uri; }
    QString server() const { return m_uri.withoutPassword(); }
    DbDialect dialect() const { return m_uri.dialect; }
    /// The server's version text, e.g. "PostgreSQL 15.8 …" or "10.11.6-MariaDB-0+deb12u1".
    QString version() const { return m_version; }

    /// Starts a REPEATABLE READ, READ ONLY transaction: every statement until end() sees the
    /// same snapshot, so counts and rows read one after the other agree.
    Status beginSnapshot();
    void end();
    /// Inside a snapshot, makes the statements that follow group by sorting (on) or as the
    /// server chooses (off). PostgreSQL's hash aggregates spill to disk on millions of orders;
    /// sorting is a third cheaper there (10M lines), as cheap on 1M. Nothing on MySQL.
    Status preferSortedGrouping(bool on);

    /// Placeholder text for the 1-based bound value n in statements built for this server.
    QString placeholder(int n) const;
    /// Quotes a table, schema or column name with the driver; refuses (with an Error naming it)
    /// a name the driver would not quote into exactly one identifier.
    Result<QString> quote(const QString& name, bool table) const;

    /// Runs a SELECT, forward only, rows streamed from the server as they are read on PostgreSQL
    /// (single-row mode). Qt 6.4's MySQL driver calls only mysql_store_result, so there the whole
    /// result is in memory before the first row is read (stream() avoids it). While it runs, and
    /// while its rows are read, a raised cancel token makes the server stop it (see CancelGuard).
    Result<QSqlQuery> select(const QString& sql, const QVariantList& values, const DbContext& context);
    /// Whether stream() can run statements here: on MySQL, in a build with its client library.
    bool canStream() const;
    /// Runs a SELECT on MySQL with its rows read as the server sends them (see MySqlStream);
    /// a cancel works as for select().
    Result<std::unique_ptr<MySqlStream>> stream(
        const QString& sql, const QVariantList& values, const DbContext& context);

    /// The message for an error the server reported while reading context.table.
    Error error(const QSqlError& error, const DbContext& context, DbFault* fault = nullptr) const;
    /// "Reading … was cancelled; the project is unchanged."
    Error cancelledError(const DbContext& context) const;
    /// The message for rows that stopped coming (a lost connection shows up here).
    Error fetchError(const QSqlQuery& query, const DbContext& context) const;

    /// Asks the server, over a second connection, to stop what this session runs now.
    void cancelRunning() const;
    /// Set when cancelRunning() stopped a statement, so its error reads as a cancel.
    bool wasCancelled() const { return m_cancelled; }

    QSqlDatabase database() const;

private:
    DbConnection(const DbUri& uri, const QString& password);
    Status configureSession();
    Status run(const QString& sql, const QVariantList& values);
    /// Sets MySQL's user variables @p1, @p2… to values, bound by the driver.
    Status setVariables(const QVariantList& values, const DbContext& context);

    DbUri m_uri;
    QString m_password;
    QString m_name;
    QString m_version;
    qint64 m_sessionId = 0;
    mutable std::atomic_bool m_cancelled { false };
};

/// While alive, watches a CancelToken from a thread of its own and, when it is raised, has the
/// server stop the connection's running statement: a GROUP BY over millions of rows may take
/// a while before its first row, and the thread that waits for it cannot look at the token.
class CancelGuard {
public:
    CancelGuard(const DbConnection& connection, const CancelToken& cancel);
    ~CancelGuard();
    CancelGuard(const CancelGuard&) = delete;
    CancelGuard& operator=(const CancelGuard&) = delete;

private:
    struct Watch;
    std::unique_ptr<Watch> m_watch;
};

/// "table" for messages: the name as the analyst knows it.
QString quotedName(const QString& name);

} // namespace Portrait::Io
