// A database source refreshed by its watermark: only the last day already read and later days
// are pulled again (a change to an earlier day is not seen, by design), new lines on the last day
// count, and the project ends as a fresh import of the same lines would make it.
#include "dbtestenv.h"
#include "jobs/sourcerefresh.h"
#include "orderfixture.h"
#include "projectcompare.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using DbTest::Server;

Q_DECLARE_METATYPE(DbTest::Server)

namespace {

const QStringList TypedMapping { u"order_id=invoice_no"_s, u"order_date=invoice_date"_s, u"name=customer_name"_s };

QList<DbTest::OrderLine> linesBetween(QDate first, QDate last, int customers, quint32 seed, int firstInvoice)
{
    DbTest::FixtureOptions options;
    options.first = first;
    options.last = last;
    options.customers = customers;
    options.seed = seed;
    options.firstInvoice = firstInvoice;
    return DbTest::orderLines(options);
}

QString latestDay(const QList<DbTest::OrderLine> &lines)
{
    QString latest;
    for (const DbTest::OrderLine &line : lines)
        latest = std::max(latest, line.when.left(10));
    return latest;
}

bool insertLines(Server server, const QString &table, const QList<DbTest::OrderLine> &lines)
{
    // Into a scratch table first, then appended: createTable() starts from an empty table.
    const QString scratch = table + u"_new"_s;
    return DbTest::createTable(server, scratch, DbTest::typedColumns(server), DbTest::typedRows(lines))
        && DbTest::exec(server, u"INSERT INTO "_s + table + u" SELECT * FROM "_s + scratch)
        && DbTest::exec(server, u"DROP TABLE "_s + scratch);
}

} // namespace

class TestDbRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DBTEST_REQUIRE_SERVERS();
        DbTest::useEnvironmentPassword();
    }

    void pullsOnlyTheLastDayAndLater_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void pullsOnlyTheLastDayAndLater()
    {
        QFETCH(Server, server);
        const QString table = u"dbt_refresh_orders"_s;
        const QList<DbTest::OrderLine> first = linesBetween({ 2024, 1, 1 }, { 2024, 6, 30 }, 250, 1411, 600000);
        QVERIFY(DbTest::createTable(server, table, DbTest::typedColumns(server), DbTest::typedRows(first)));
        const QString watermark = latestDay(first);

        QTemporaryDir dir;
        Jobs::ImportOptions options;
        options.sheetOrTable = table;
        options.mapOverrides = TypedMapping;
        DbTest::Imported imported = DbTest::importInto(dir.filePath(u"p.portrait"_s), DbTest::uri(server), options);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        Project::ProjectFile &project = *imported.project;
        const qint64 sourceId = imported.report.sourceId;
        const QStringList before = DbTest::ordersByCustomer(project);

        // A month of new lines (known customers and new ones), one more order on the last day
        // already read, and a change to an older line that a watermark refresh does not look at.
        QList<DbTest::OrderLine> later = linesBetween({ 2024, 7, 1 }, { 2024, 7, 31 }, 300, 1412, 700000);
        DbTest::OrderLine onWatermark = later.first();
        onWatermark.invoice = u"800001"_s;
        onWatermark.customer = u"10003"_s;
        onWatermark.when = watermark + u" 23:59:00"_s;
        later.prepend(onWatermark);
        QVERIFY(insertLines(server, table, later));
        QVERIFY(DbTest::exec(server, u"UPDATE "_s + table + u" SET unit_price = unit_price + 1000 WHERE invoice_date < '"_s
                                         + watermark + u"'"_s));

        // What a fresh import of the lines as they were read makes: the old lines unchanged.
        const QString expectedTable = u"dbt_refresh_expected"_s;
        QVERIFY(DbTest::createTable(server, expectedTable, DbTest::typedColumns(server),
                                    DbTest::typedRows(first + later)));
        options.sheetOrTable = expectedTable;
        DbTest::Imported expected = DbTest::importInto(dir.filePath(u"expected.portrait"_s), DbTest::uri(server),
                                                       options);
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));

        const qint64 mark = DbTest::logMark(server);
        CancelToken cancel;
        auto report = Jobs::refreshSource(project, sourceId, DbTest::uri(server), nullProgress(), cancel);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(DbTest::ordersByCustomer(project) != before);
        QCOMPARE(DbTest::ordersByCustomer(project), DbTest::ordersByCustomer(*expected.project));
        QCOMPARE(DbTest::customers(project), DbTest::customers(*expected.project));
        QCOMPARE(DbTest::sourceCounts(project).value(0).section(u'|', 0, 10),
                 DbTest::sourceCounts(*expected.project).value(0).section(u'|', 0, 10));
        QCOMPARE(DbTest::rfmRows(project, {}), DbTest::rfmRows(*expected.project, {}));

        // What changed, as a file refresh reports it.
        const qint64 ordersExpected = expected.report.source.ordersStored;
        QCOMPARE(report->ordersBefore, imported.report.source.ordersStored);
        QCOMPARE(report->ordersAfter, ordersExpected);
        QVERIFY(report->newOrders > 0);
        QCOMPARE(report->newOrders - report->removedOrders, ordersExpected - report->ordersBefore);
        QCOMPARE(report->newCustomers, 50); // customers 10251..10300 first came in July
        QCOMPARE(report->removedCustomers, 0);
        QCOMPARE(report->source.rowsRead, first.size() + later.size());

        // Only the watermark day and later were asked for: the day is a bound value.
        const QByteArray log = DbTest::logSince(server, mark);
        QVERIFY(log.contains("GROUP BY"));
        QVERIFY2(log.contains(watermark.toUtf8()), "the refresh did not send its watermark");

        // A second refresh finds nothing new and changes nothing.
        const QStringList settled = DbTest::ordersByCustomer(project);
        auto again = Jobs::refreshSource(project, sourceId, {}, nullProgress(), cancel);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again->newOrders, 0);
        QCOMPARE(again->removedOrders, 0);
        QCOMPARE(again->ordersAfter, again->ordersBefore);
        QCOMPARE(again->newCustomers, 0);
        QCOMPARE(DbTest::ordersByCustomer(project), settled);
        QCOMPARE(again->source.rowsRead, first.size() + later.size());
    }
};

QTEST_GUILESS_MAIN(TestDbRefresh)
#include "tst_dbrefresh.moc"
