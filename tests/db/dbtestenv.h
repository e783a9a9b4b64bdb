#pragma once

// The throw-away database servers the `db` tests talk to (started by scripts/dbservers.sh, which
// exports where they listen). A test that finds no server fails and says how to start them.
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace DbTest {

enum class Server { Postgres, MariaDb };

/// Empty when both servers' variables are set and they answer; otherwise what to do.
QString missingServers();

/// "PostgreSQL" or "MariaDB", for test rows.
QString serverName(Server server);
/// The analyst's URI (no password in it); extraQuery is appended, e.g. "statement_timeout=1".
QString uri(Server server, const QString &extraQuery = {});
/// The analyst's password (what PORTRAIT_DB_PASSWORD must hold).
QString password();
/// Sets PORTRAIT_DB_PASSWORD and turns the keychain off, as the CLI in CI runs.
void useEnvironmentPassword();

/// A connection of the servers' admin account (it may create, change and drop tables) for this
/// thread; closed by closeAdmin() or at exit.
QSqlDatabase admin(Server server);
/// Runs one statement as admin; false with a warning printed when it fails.
bool exec(Server server, const QString &sql);
/// Drops and creates table, then inserts rows (each value bound by the driver).
bool createTable(Server server, const QString &table, const QString &columnsSql,
                 const QList<QVariantList> &rows);
/// Lets the analyst read table (views and tables created by the admin are not readable otherwise).
bool grantRead(Server server, const QString &table);

/// The statement log of a server and how far it had grown: tests read what was sent after a mark.
qint64 logMark(Server server);
QByteArray logSince(Server server, qint64 mark);

/// Dumps one table with the server's own tool (pg_dump / mariadb-dump) into path; an error text
/// when the tool failed.
QString dumpTable(Server server, const QString &table, const QString &path);

} // namespace DbTest

/// Fails the calling test function when the servers are not there.
#define DBTEST_REQUIRE_SERVERS()                                                                                   \
    do {                                                                                                           \
        const QString missing = DbTest::missingServers();                                                          \
        if (!missing.isEmpty())                                                                                    \
            QFAIL(qPrintable(missing));                                                                            \
    } while (false)
