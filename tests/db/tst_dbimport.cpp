// Orders read from PostgreSQL and MariaDB, summed on the server, against the import of a dump of
// the same table (made by the server's own pg_dump / mariadb-dump): customer by customer, counts,
// rejected lines and RFM under every option must agree. Also: the statement log shows what the
// server was sent (the GROUP BY, a read-only snapshot, nothing that writes).
#include "dbtestenv.h"
#include "io/dbcatalog.h"
#include "io/dbcredentials.h"
#include "orderfixture.h"
#include "projectcompare.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using DbTest::Server;

Q_DECLARE_METATYPE(DbTest::Server)

namespace {

enum class Layout { Typed, Text };

struct Statement
{
    QString session;
    QString text;
};

// The statements of a PostgreSQL log (log_statement = all) or a MariaDB general log, each with
// the session that sent it.
QList<Statement> statements(Server server, const QByteArray &log)
{
    static const QRegularExpression pg(u"^\\d{4}-\\d\\d-\\d\\d [^\\[]*\\[(\\d+)\\] LOG:  statement: (.*)$"_s);
    static const QRegularExpression pgOther(u"^\\d{4}-\\d\\d-\\d\\d [^\\[]*\\[\\d+\\] "_s);
    static const QRegularExpression my(u"^(?:\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d)?\\s+(\\d+) (\\w+)\\t(.*)$"_s);
    QList<Statement> out;
    bool continuing = false;
    for (const QString &line : QString::fromUtf8(log).split(u'\n')) {
        if (server == Server::Postgres) {
            const auto match = pg.match(line);
            if (match.hasMatch()) {
                out.append({ match.captured(1), match.captured(2) });
                continuing = true;
            } else if (pgOther.match(line).hasMatch()) {
                continuing = false;
            } else if (continuing) {
                out.last().text += u'\n' + line;
            }
        } else {
            const auto match = my.match(line);
            if (match.hasMatch()) {
                continuing = match.captured(2) == u"Query"_s || match.captured(2) == u"Execute"_s;
                if (continuing)
                    out.append({ match.captured(1), match.captured(3) });
            } else if (continuing && !out.isEmpty()) {
                out.last().text += u'\n' + line;
            }
        }
    }
    return out;
}

QList<Rfm::MetricOptions> everyRfmOption()
{
    QList<Rfm::MetricOptions> options(6);
    options[1].returns = Rfm::ReturnsMode::Exclude;
    options[2].frequency = Rfm::FrequencyMode::Days;
    options[3].monetary = Rfm::MonetaryMode::Average;
    options[4].asOf = Model::Day(QDate(2024, 3, 15).toJulianDay());
    options[5].asOf = Model::Day(QDate(2024, 10, 1).toJulianDay());
    options[5].windowDays = 180;
    options[5].returns = Rfm::ReturnsMode::Exclude;
    return options;
}

} // namespace

class TestDbImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DBTEST_REQUIRE_SERVERS();
        DbTest::useEnvironmentPassword();
    }

    void equalsTheDumpImport_data()
    {
        QTest::addColumn<Server>("server");
        QTest::addColumn<int>("layout");
        QTest::newRow("PostgreSQL, typed columns") << Server::Postgres << int(Layout::Typed);
        QTest::newRow("PostgreSQL, text columns") << Server::Postgres << int(Layout::Text);
        QTest::newRow("MariaDB, typed columns") << Server::MariaDb << int(Layout::Typed);
        QTest::newRow("MariaDB, text columns") << Server::MariaDb << int(Layout::Text);
    }

    void equalsTheDumpImport()
    {
        QFETCH(Server, server);
        QFETCH(int, layout);
        const bool typed = Layout(layout) == Layout::Typed;
        DbTest::FixtureOptions fixture;
        fixture.seed = typed ? 1401 : 1402;
        fixture.badValues = !typed;
        fixture.someWithoutInvoice = !typed;
        const QList<DbTest::OrderLine> lines = DbTest::orderLines(fixture);
        const QString table = typed ? u"dbt_import_typed"_s : u"dbt_import_text"_s;
        QVERIFY(DbTest::createTable(server, table,
                                    typed ? DbTest::typedColumns(server) : DbTest::textColumns(server),
                                    typed ? DbTest::typedRows(lines) : DbTest::textRows(lines)));
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"orders.sql"_s);
        const QString dumped = DbTest::dumpTable(server, table, dump);
        QVERIFY2(dumped.isEmpty(), qPrintable(dumped));

        Jobs::ImportOptions options;
        // A dump's text column with unreadable dates is typed text, so its role is given; the
        // other roles are proposed from the names.
        options.mapOverrides = typed ? QStringList { u"order_id=invoice_no"_s, u"order_date=invoice_date"_s,
                                                     u"name=customer_name"_s }
                                     : QStringList { u"order_date=下单时间"_s };
        DbTest::Imported fromDump = DbTest::importInto(dir.filePath(u"dump.portrait"_s), dump, options);
        QVERIFY2(fromDump.error.isEmpty(), qPrintable(fromDump.error));
        options.sheetOrTable = table;
        DbTest::Imported fromServer = DbTest::importInto(dir.filePath(u"server.portrait"_s), DbTest::uri(server),
                                                         options);
        QVERIFY2(fromServer.error.isEmpty(), qPrintable(fromServer.error));
        Project::ProjectFile &a = *fromDump.project;
        Project::ProjectFile &b = *fromServer.project;

        // The fixture has what makes the comparison worth something.
        const Project::SourceRecord &counts = fromDump.report.source;
        QCOMPARE(counts.rowsRead, lines.size());
        QVERIFY(counts.cancellationRows > 0);
        QVERIFY(counts.returnOrders > 0);
        QVERIFY(counts.rowsWithoutCustomer > 0);
        if (!typed) {
            QVERIFY(counts.rowsRejected > 10 && counts.rowsRejected < 100);
            // Lines without an order id, each an order of its own (the server groups them apart).
            QVERIFY(std::count_if(lines.cbegin(), lines.cend(),
                                  [](const DbTest::OrderLine &l) { return l.invoice.isEmpty(); }) > 20);
        }
        QVERIFY(counts.ordersInFile > counts.customersInFile);

        QCOMPARE(DbTest::mappingOf(fromServer.report), DbTest::mappingOf(fromDump.report));
        QCOMPARE(DbTest::sourceCounts(b), DbTest::sourceCounts(a));
        QCOMPARE(DbTest::customers(b), DbTest::customers(a));
        QCOMPARE(DbTest::ordersByCustomer(b), DbTest::ordersByCustomer(a));
        // A timestamp column keeps the time of each day's first order; a text one's lines may
        // or may not have a time, and the server keeps none.
        const QStringList times = DbTest::firstTimes(b);
        if (typed) {
            QCOMPARE(times, DbTest::firstTimes(a));
            QVERIFY(!times.first().endsWith(u"|NULL"_s));
        } else {
            QVERIFY(std::all_of(times.cbegin(), times.cend(), [](const QString &t) { return t.endsWith(u"|NULL"_s); }));
        }
        QCOMPARE(DbTest::rejected(b), DbTest::rejected(a));
        const QList<Rfm::MetricOptions> rfmOptions = everyRfmOption();
        for (qsizetype i = 0; i < rfmOptions.size(); ++i) {
            const QStringList expected = DbTest::rfmRows(a, rfmOptions.at(i));
            QVERIFY(expected.size() > 900);
            const QString difference = DbTest::rfmDifference(DbTest::rfmRows(b, rfmOptions.at(i)), expected);
            QVERIFY2(difference.isEmpty(), qPrintable(u"RFM options #%1: "_s.arg(i) + difference));
        }
        const QString cn8 = DbTest::rfmDifference(DbTest::rfmRows(b, {}, u"cn8"_s), DbTest::rfmRows(a, {}, u"cn8"_s));
        QVERIFY2(cn8.isEmpty(), qPrintable(cn8));
    }

    void groupByReachedTheServer_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void groupByReachedTheServer()
    {
        QFETCH(Server, server);
        DbTest::FixtureOptions fixture;
        fixture.customers = 300;
        const QList<DbTest::OrderLine> lines = DbTest::orderLines(fixture);
        const QString table = u"dbt_logged_orders"_s;
        QVERIFY(DbTest::createTable(server, table, DbTest::typedColumns(server), DbTest::typedRows(lines)));
        QTemporaryDir dir;
        Jobs::ImportOptions options;
        options.sheetOrTable = table;
        options.mapOverrides = QStringList { u"order_id=invoice_no"_s, u"order_date=invoice_date"_s,
                                             u"name=customer_name"_s };
        const qint64 mark = DbTest::logMark(server);
        DbTest::Imported imported = DbTest::importInto(dir.filePath(u"p.portrait"_s), DbTest::uri(server), options);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QCOMPARE(imported.report.source.rowsRead, lines.size());

        const QList<Statement> all = statements(server, DbTest::logSince(server, mark));
        // Portrait's session is the one that sent the aggregate; other tests may log at the same time.
        QString session;
        for (const Statement &s : all) {
            if (s.text.contains(u"GROUP BY"_s) && s.text.contains(table) && s.text.contains(u"order_lines"_s))
                session = s.session;
        }
        QVERIFY2(!session.isEmpty(), "no GROUP BY over the table in the statement log");
        QStringList sent;
        for (const Statement &s : all) {
            if (s.session == session)
                sent.append(s.text.simplified());
        }
        const QString readOnly = server == Server::Postgres
            ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s
            : u"SET SESSION TRANSACTION READ ONLY"_s;
        QVERIFY(sent.contains(readOnly));
        const QString snapshot = server == Server::Postgres
            ? u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
            : u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s;
        QVERIFY(sent.contains(snapshot));
        // The per-customer attributes come one row per customer too.
        const auto attributes = std::count_if(sent.cbegin(), sent.cend(), [&](const QString &s) {
            return s.contains(table) && s.contains(u"WHERE c IS NOT NULL GROUP BY c"_s);
        });
        QCOMPARE(attributes, 1);
        static const QRegularExpression writes(u"^\\s*(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE|GRANT)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        for (const QString &s : std::as_const(sent)) {
            QVERIFY2(!writes.match(s).hasMatch(), qPrintable(s.left(200)));
            // Reading the table line by line happens only for the preview's sample of 1000 lines
            // (and the question whether some line lacks an order id: one row at most).
            if (s.contains(u"FROM "_s) && s.contains(table) && !s.contains(u"GROUP BY"_s)
                && !s.contains(u"COUNT("_s))
                QVERIFY2(s.contains(u"LIMIT 1000"_s) || (s.startsWith(u"SELECT 1 FROM"_s) && s.endsWith(u" LIMIT 1"_s)),
                         qPrintable(s.left(300)));
        }
    }

    void namesAreQuotedByTheDriver_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void namesAreQuotedByTheDriver()
    {
        QFETCH(Server, server);
        // A table and a column whose names would end the statement if they were pasted into it.
        const QString table = u"dbt_orders\"; DROP TABLE dbt_victim; --"_s;
        const QString q = server == Server::Postgres ? u"\""_s : u"`"_s;
        const QString quotedTable = server == Server::Postgres ? u"\"dbt_orders\"\"; DROP TABLE dbt_victim; --\""_s
                                                               : q + table + q;
        QVERIFY(DbTest::createTable(server, u"dbt_victim"_s, u"id int"_s, { { 1 } }));
        DbTest::FixtureOptions fixture;
        fixture.customers = 60;
        const QList<DbTest::OrderLine> lines = DbTest::orderLines(fixture);
        QString columns = DbTest::typedColumns(server);
        columns.replace(u"customer_name varchar(40)"_s, q + u"name') OR 1=1; --"_s + q + u" varchar(40)"_s);
        QVERIFY(DbTest::createTable(server, quotedTable, columns, DbTest::typedRows(lines)));

        QTemporaryDir dir;
        Jobs::ImportOptions options;
        options.sheetOrTable = table;
        options.mapOverrides = QStringList { u"order_id=invoice_no"_s, u"order_date=invoice_date"_s,
                                             u"name=name') OR 1=1; --"_s };
        DbTest::Imported imported = DbTest::importInto(dir.filePath(u"p.portrait"_s), DbTest::uri(server), options);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QCOMPARE(imported.report.source.rowsRead, lines.size());
        QCOMPARE(imported.report.source.fileName, table + u" @ "_s + DbTest::uri(server));
        const QStringList names = DbTest::rows(*imported.project,
                                               u"SELECT name FROM customers WHERE name IS NOT NULL LIMIT 1"_s);
        // The fixture's names: 客户N, or 新名N after the customer's change of name.
        QVERIFY2(!names.isEmpty() && (names.first().startsWith(u"客户"_s) || names.first().startsWith(u"新名"_s)),
                 qPrintable(names.join(u", "_s)));
        QSqlQuery victim(DbTest::admin(server));
        QVERIFY(victim.exec(u"SELECT count(*) FROM dbt_victim"_s) && victim.next());
    }

    void listsTablesAndViewsWithTheirColumns_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void listsTablesAndViewsWithTheirColumns()
    {
        QFETCH(Server, server);
        auto session = Io::connectDatabase(DbTest::uri(server));
        QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
        auto tables = Io::listDbTables(*session->connection);
        QVERIFY2(tables, tables ? "" : qPrintable(tables.error().toString()));
        const QString orders = server == Server::Postgres ? u"sales.orders"_s : u"orders"_s;
        auto table = Io::findDbTable(*tables, orders, session->connection->server());
        QVERIFY(table);
        QVERIFY(!table->view);
        QStringList columns;
        for (const Io::DbColumn &c : table->columns)
            columns.append(c.name + u':' + Io::columnTypeKey(c.type));
        QCOMPARE(columns, (QStringList { u"order_id:integer"_s, u"customer_id:text"_s, u"ordered_at:datetime"_s,
                                         u"amount:decimal"_s, u"channel:text"_s }));
        auto view = Io::findDbTable(*tables, u"big_orders"_s, session->connection->server());
        QVERIFY(view);
        QVERIFY(view->view);
        QCOMPARE(view->columns.size(), 5);
        auto chinese = Io::findDbTable(*tables, u"订单明细"_s, session->connection->server());
        QVERIFY(chinese);
        QCOMPARE(chinese->columns.first().name, u"订单号"_s);
        QCOMPARE(chinese->columns.at(2).type, Io::ColumnType::Date);
        auto missing = Io::findDbTable(*tables, u"no_such_table"_s, session->connection->server());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no_such_table"_s));
        QVERIFY(missing.error().message.contains(session->connection->server()));
    }

    void customersTableEqualsItsDump_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void customersTableEqualsItsDump()
    {
        QFETCH(Server, server);
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"customers.sql"_s);
        const QString dumped = DbTest::dumpTable(server, u"customers"_s, dump);
        QVERIFY2(dumped.isEmpty(), qPrintable(dumped));
        Jobs::ImportOptions options;
        options.kind = Jobs::SourceKind::Customers;
        DbTest::Imported fromDump = DbTest::importInto(dir.filePath(u"dump.portrait"_s), dump, options);
        QVERIFY2(fromDump.error.isEmpty(), qPrintable(fromDump.error));
        options.sheetOrTable = u"customers"_s;
        DbTest::Imported fromServer = DbTest::importInto(dir.filePath(u"server.portrait"_s), DbTest::uri(server),
                                                         options);
        QVERIFY2(fromServer.error.isEmpty(), qPrintable(fromServer.error));
        const QStringList expected = DbTest::rows(*fromDump.project,
                                                  u"SELECT customer_key, name, phone, city, signup_day FROM customers"_s);
        QCOMPARE(expected.size(), 3);
        QVERIFY(expected.first().contains(u"张伟"_s));
        QCOMPARE(DbTest::rows(*fromServer.project,
                              u"SELECT customer_key, name, phone, city, signup_day FROM customers"_s),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestDbImport)
#include "tst_dbimport.moc"
