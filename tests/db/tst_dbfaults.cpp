// Each way a database pull can fail gives a message naming the server and the table, and leaves
// the project exactly as it was: an unreachable server, a wrong password, a missing table, a
// connection lost mid-pull, a statement timeout, a cancel (which the server is told about).
#include "dbtestenv.h"
#include "jobs/sourcerefresh.h"
#include "projectcompare.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Portrait;
using DbTest::Server;

Q_DECLARE_METATYPE(DbTest::Server)

namespace {

enum class Fault { Unreachable, WrongPassword, MissingTable, Lost, Timeout, Cancel };

const QString ManyTable = u"dbt_faults_many"_s;

/// Kills the analyst's session once it is summing ManyTable on the server: polls the server's list
/// of running statements from a thread of its own (a GROUP BY sends its first row only once it has
/// summed them all, so a kill must come while the server is still at work).
class SessionKiller
{
public:
    explicit SessionKiller(Server server)
        : m_thread([this, server] { watch(server); })
    {
    }
    ~SessionKiller() { finish(); }
    /// Whether it killed the session. Waits for the watch to end: the pull may see its connection
    /// gone before the server has answered the killer's KILL.
    bool killed()
    {
        finish();
        return m_killed.load();
    }

private:
    void watch(Server server)
    {
        const QString name = u"dbtest-killer"_s;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(DbTest::admin(server), name);
            if (!db.open())
                return;
            const QString user = qEnvironmentVariable("PORTRAIT_TEST_DB_USER");
            const QString running = server == Server::Postgres
                ? u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1' AND state = 'active' "
                  "AND query LIKE '%GROUP BY%' AND query LIKE '%%2%'"_s.arg(user, ManyTable)
                : u"SELECT ID FROM information_schema.PROCESSLIST WHERE USER = '%1' AND COMMAND = 'Query' "
                  "AND INFO LIKE '%GROUP BY%' AND INFO LIKE '%%2%'"_s.arg(user, ManyTable);
            QElapsedTimer clock;
            clock.start();
            while (!m_stop.load() && !m_killed.load() && clock.elapsed() < 30000) {
                QSqlQuery find(db);
                find.exec(running);
                while (find.next()) {
                    if (server == Server::MariaDb)
                        QSqlQuery(db).exec(u"KILL CONNECTION "_s + find.value(0).toString());
                    m_killed.store(true);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void finish()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }

    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_killed { false };
    std::thread m_thread;
};

// 200,000 lines, 150,000 customer-days: the server sums them for a while, long enough to be
// caught at it.
bool createManyLines(Server server)
{
    DbTest::exec(server, u"DROP VIEW IF EXISTS "_s + ManyTable + u"_slow"_s);
    DbTest::exec(server, u"DROP TABLE IF EXISTS "_s + ManyTable);
    const QString select = server == Server::Postgres
        ? u"SELECT i AS order_id, CAST(i % 50000 AS TEXT) AS customer_id, "
          "TIMESTAMP '2024-01-01 10:00' + (i % 300) * INTERVAL '1 day' AS ordered_at, "
          "CAST(10.5 AS NUMERIC(10, 2)) AS amount FROM generate_series(1, 200000) AS i"_s
        : u"SELECT seq AS order_id, CAST(seq % 50000 AS CHAR) AS customer_id, "
          "TIMESTAMP '2024-01-01 10:00' + INTERVAL (seq % 300) DAY AS ordered_at, "
          "CAST(10.5 AS DECIMAL(10, 2)) AS amount FROM seq_1_to_200000"_s;
    // The same lines after a two-second pause: the session is still summing when the killer looks,
    // however fast the server sums (its name contains ManyTable's, which the killer looks for).
    const QString slow = ManyTable + u"_slow"_s;
    const QString pause = server == Server::Postgres ? u"SELECT pg_sleep(2)"_s : u"SELECT SLEEP(2) AS pause"_s;
    return DbTest::exec(server, u"CREATE TABLE "_s + ManyTable + u" AS "_s + select)
        && DbTest::exec(server, u"CREATE VIEW %1 AS SELECT m.* FROM %2 m CROSS JOIN (%3) AS p"_s.arg(slow, ManyTable, pause))
        && DbTest::grantRead(server, ManyTable) && DbTest::grantRead(server, slow);
}

/// A project with one file source already in it.
std::unique_ptr<Project::ProjectFile> projectWithAFile(const QTemporaryDir &dir)
{
    QFile csv(dir.filePath(u"orders.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return nullptr;
    csv.write("order_id,customer_id,order_date,amount\nA1,C1,2024-01-02,10.00\nA2,C2,2024-01-03,20.00\n");
    csv.close();
    DbTest::Imported imported = DbTest::importInto(dir.filePath(u"p.portrait"_s), csv.fileName(), {});
    if (!imported.error.isEmpty())
        qWarning("%s", qPrintable(imported.error));
    return std::move(imported.project);
}

} // namespace

class TestDbFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DBTEST_REQUIRE_SERVERS();
        DbTest::useEnvironmentPassword();
        QVERIFY(createManyLines(Server::Postgres));
        QVERIFY(createManyLines(Server::MariaDb));
    }

    void importFails_data()
    {
        QTest::addColumn<Server>("server");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        for (Server server : { Server::Postgres, Server::MariaDb }) {
            const QString name = DbTest::serverName(server);
            QTest::addRow("%s unreachable", qPrintable(name)) << server << int(Fault::Unreachable) << u"Cannot reach"_s;
            QTest::addRow("%s wrong password", qPrintable(name)) << server << int(Fault::WrongPassword)
                                                                 << u"refused user “analyst”"_s;
            QTest::addRow("%s missing table", qPrintable(name)) << server << int(Fault::MissingTable)
                                                                << u"no table or view “no_such_orders”"_s;
            QTest::addRow("%s connection lost", qPrintable(name)) << server << int(Fault::Lost)
                                                                  << u"connection to the"_s;
            QTest::addRow("%s statement timeout", qPrintable(name)) << server << int(Fault::Timeout)
                                                                    << u"statement timeout of 1 second"_s;
            QTest::addRow("%s cancelled", qPrintable(name)) << server << int(Fault::Cancel) << u"was cancelled"_s;
        }
    }

    void importFails()
    {
        QFETCH(Server, server);
        QFETCH(int, fault);
        QFETCH(QString, says);
        QTemporaryDir dir;
        auto project = projectWithAFile(dir);
        QVERIFY(project);
        const QStringList before = DbTest::everything(*project);

        QString uri = DbTest::uri(server);
        Jobs::ImportOptions options;
        options.mapOverrides = QStringList { u"order_date=ordered_at"_s };
        options.sheetOrTable = ManyTable;
        QString table = ManyTable;
        switch (Fault(fault)) {
        case Fault::Unreachable:
            uri = server == Server::Postgres ? uri.replace(qEnvironmentVariable("PORTRAIT_TEST_PG_SOCKET_DIR"),
                                                           dir.filePath(u"nowhere"_s))
                                             : uri.replace(qEnvironmentVariable("PORTRAIT_TEST_MYSQL_SOCKET"),
                                                           dir.filePath(u"nowhere.sock"_s));
            table.clear();
            break;
        case Fault::WrongPassword:
            qputenv("PORTRAIT_DB_PASSWORD", "not-the-password");
            table.clear();
            break;
        case Fault::MissingTable:
            options.sheetOrTable = table = u"no_such_orders"_s;
            break;
        case Fault::Timeout:
            uri += u"&statement_timeout=1"_s;
            options.sheetOrTable = table = u"slow_orders"_s;
            break;
        case Fault::Cancel:
            options.sheetOrTable = table = u"slow_orders"_s;
            break;
        case Fault::Lost:
            options.sheetOrTable = table = ManyTable + u"_slow"_s;
            break;
        }
        std::optional<SessionKiller> killer;
        if (Fault(fault) == Fault::Lost)
            killer.emplace(server);
        CancelToken cancel;
        std::thread canceller;
        if (Fault(fault) == Fault::Cancel) {
            canceller = std::thread([&cancel] {
                std::this_thread::sleep_for(std::chrono::milliseconds(400));
                cancel.cancel();
            });
        }
        QElapsedTimer clock;
        clock.start();
        auto report = Jobs::importFile(*project, uri, options, nullProgress(), cancel);
        const qint64 elapsed = clock.elapsed();
        if (canceller.joinable())
            canceller.join();
        DbTest::useEnvironmentPassword();

        QVERIFY(!report);
        const QString message = report.error().toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(DbTest::uri(server).section(u'?', 0, 0)), qPrintable(message));
        if (!table.isEmpty())
            QVERIFY2(message.contains(u"“"_s + table + u"”"_s), qPrintable(message));
        QVERIFY2(!message.contains(DbTest::password()) && !message.contains(u"not-the-password"_s),
                 qPrintable(message));
        if (killer)
            QVERIFY(killer->killed());
        // The server stopped the two-second view when told to, not when it was done.
        if (Fault(fault) == Fault::Cancel || Fault(fault) == Fault::Timeout)
            QVERIFY2(elapsed < 1900, qPrintable(QString::number(elapsed)));
        QCOMPARE(DbTest::everything(*project), before);
    }

    void refreshFails_data()
    {
        QTest::addColumn<Server>("server");
        QTest::addColumn<bool>("dropped");
        QTest::newRow("PostgreSQL, table dropped") << Server::Postgres << true;
        QTest::newRow("PostgreSQL, timeout after the old days were taken off") << Server::Postgres << false;
        QTest::newRow("MariaDB, table dropped") << Server::MariaDb << true;
        QTest::newRow("MariaDB, timeout after the old days were taken off") << Server::MariaDb << false;
    }

    void refreshFails()
    {
        QFETCH(Server, server);
        QFETCH(bool, dropped);
        const QString table = u"dbt_faults_refresh"_s;
        DbTest::exec(server, u"DROP VIEW IF EXISTS "_s + table);
        DbTest::exec(server, u"DROP TABLE IF EXISTS "_s + table);
        QVERIFY(DbTest::createTable(server, table, u"order_id int, customer_id varchar(10), ordered_at date, "
                                                   "amount decimal(10, 2)"_s,
                                    { { 1, u"C1"_s, u"2024-03-01"_s, u"10.00"_s },
                                      { 2, u"C2"_s, u"2024-03-02"_s, u"20.00"_s },
                                      { 3, u"C1"_s, u"2024-03-02"_s, u"30.00"_s } }));
        QTemporaryDir dir;
        auto project = projectWithAFile(dir);
        QVERIFY(project);
        Jobs::ImportOptions options;
        options.sheetOrTable = table;
        options.mapOverrides = QStringList { u"order_date=ordered_at"_s };
        CancelToken cancel;
        auto imported = Jobs::importFile(*project, DbTest::uri(server), options, nullProgress(), cancel);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        const QStringList before = DbTest::everything(*project);

        // The same name becomes a view that takes two seconds, longer than the refresh may.
        DbTest::exec(server, u"DROP TABLE "_s + table);
        if (!dropped) {
            const bool postgres = server == Server::Postgres;
            const QString sleep = postgres ? u"pg_sleep(2)"_s : u"SLEEP(2)"_s;
            const QString orders = postgres ? u"sales.orders"_s : u"orders"_s;
            QVERIFY(DbTest::exec(server, u"CREATE VIEW "_s + table + u" AS SELECT o.order_id, o.customer_id, "
                                         "CAST(o.ordered_at AS DATE) AS ordered_at, o.amount FROM "_s + orders
                                         + u" o CROSS JOIN (SELECT "_s + sleep + u" AS pause) AS p"_s));
            QVERIFY(DbTest::grantRead(server, table));
        }
        auto report = Jobs::refreshSource(*project, imported->sourceId, DbTest::uri(server, u"statement_timeout=1"_s),
                                          nullProgress(), cancel);
        QVERIFY(!report);
        const QString message = report.error().toString();
        QVERIFY2(message.contains(u"“"_s + table + u"”"_s), qPrintable(message));
        QVERIFY2(message.contains(dropped ? u"no table or view"_s : u"statement timeout"_s), qPrintable(message));
        QCOMPARE(DbTest::everything(*project), before);
        DbTest::exec(server, u"DROP VIEW IF EXISTS "_s + table);
    }
};

QTEST_GUILESS_MAIN(TestDbFaults)
#include "tst_dbfaults.moc"
