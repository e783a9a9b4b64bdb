// Each platform's export imported as a new user would, with no --map at all, and what became of
// its orders checked against the counts made by hand in platformexports.h.
#include "clirunner.h"
#include "../core/io/platformexports.h"

#include "project/orderlevelstore.h"
#include "project/projectfile.h"
#include "project/sqlite.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Portrait::Io::OrderState;

namespace {

qint64 queryNumber(Project::ProjectFile &project, const char *sql)
{
    Project::Statement query(project.handle(), sql, project.fileName());
    return query.ok() && query.step() ? query.int64(0) : -1;
}

QList<QPair<QString, double>> netByCustomer(Project::ProjectFile &project)
{
    Project::Statement query(project.handle(),
                             "SELECT c.customer_key, sum(o.purchase_amount + o.returned_amount) FROM orders o "
                             "JOIN customers c ON c.id = o.customer_id GROUP BY c.id ORDER BY c.id",
                             project.fileName());
    QList<QPair<QString, double>> net;
    while (query.ok() && query.step())
        net.append({ query.text(0), std::round(query.real(1) * 100.0) / 100.0 });
    return net;
}

Model::Day day(int year, int month, int dayOfMonth)
{
    return Model::Day(QDate(year, month, dayOfMonth).toJulianDay());
}

QString importInto(const QTemporaryDir &dir, const QString &name, const QByteArray &csv, CliRun &run)
{
    const QString file = dir.filePath(name);
    const QString project = dir.filePath(name + u".portrait"_s);
    writeFile(file, csv);
    run = runPortrait({ u"import"_s, file, u"--project"_s, project });
    return project;
}

} // namespace

class TestCliPlatforms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAsItComes_data()
    {
        QTest::addColumn<int>("index");
        const QList<PlatformExport> exports = platformExports();
        for (int i = 0; i < exports.size(); ++i)
            QTest::newRow(exports.at(i).platform) << i;
    }

    void importsAsItComes()
    {
        QFETCH(int, index);
        const PlatformExport e = platformExports().at(index);
        QTemporaryDir dir;
        const QString fileName = QString::fromLatin1(e.fileName);
        writeFile(dir.filePath(fileName), e.csv);
        const CliRun inspect = runPortrait({ u"inspect"_s, dir.filePath(fileName) });
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        QCOMPARE(QJsonDocument::fromJson(inspect.out).object().value(u"platform"_s).toString(),
                 QString::fromLatin1(e.platform));

        CliRun run;
        const QString path = importInto(dir, fileName, e.csv, run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("preset mapping was used"), run.err.constData());
        QVERIFY2(!run.err.contains("rejected row"), run.err.constData());

        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        QCOMPARE(queryNumber(**project, "SELECT count(*) FROM customers"), e.customers);
        QCOMPARE(queryNumber(**project, "SELECT count(*) FROM orders"), e.ordersStored);
        QCOMPARE(queryNumber(**project, "SELECT count(*) FROM orders WHERE has_purchase = 0"), e.returnOrders);
        QCOMPARE(netByCustomer(**project), e.netByCustomer);

        auto summary = Project::orderLevelSummary(**project, 1, 100);
        QVERIFY(summary);
        QCOMPARE(summary->byState[int(OrderState::Purchase)], e.purchases);
        QCOMPARE(summary->byState[int(OrderState::Unpaid)], e.unpaid);
        QCOMPARE(summary->byState[int(OrderState::Closed)], e.closed);
        QCOMPARE(summary->byState[int(OrderState::Cancelled)], e.cancelled);
        QCOMPARE(summary->byState[int(OrderState::Refunded)], e.refunded);
        // Counted and listed: every order that is not a purchase is on the list, none is scored.
        QCOMPARE(summary->notPurchases.size(), e.unpaid + e.closed + e.cancelled);
        if (summary->notPurchaseCount() > 0)
            QVERIFY2(run.err.contains("not purchases"), run.err.constData());

        const QByteArray masked = QByteArray::number(e.maskedCustomers) + " of " + QByteArray::number(e.customers)
                + " customer ids are masked";
        QCOMPARE(run.err.contains(masked), e.maskedCustomers > 0);
        QCOMPARE(run.err.contains("customer ids are masked"), e.maskedCustomers > 0);
    }

    void taobaoScoresPurchasesOnly()
    {
        // RFM sees purchases dated by payment; a refund lowers monetary; a full refund is no order.
        QTemporaryDir dir;
        CliRun run;
        const QString project = importInto(dir, u"taobao.csv"_s, platformExports().at(0).csv, run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = dir.filePath(u"rfm.csv"_s);
        const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, project, u"--as-of"_s, u"2024-04-01"_s,
                                         u"--bins"_s, u"3"_s, u"--out"_s, out });
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first().mid(0, 4), QStringList({ u"customer_id"_s, u"recency_days"_s, u"frequency"_s,
                                                      u"monetary"_s }));
        QMap<QString, QStringList> byCustomer;
        for (const QStringList &row : rows.mid(1))
            byCustomer.insert(row.at(0), row.mid(1, 3));
        QCOMPARE(byCustomer.size(), 3); // w**6 only left unpaid and closed orders: no customer
        // t**1: two purchases, the last paid 10 March; 1,199.00 less a 200.00 refund plus 88.00.
        QCOMPARE(byCustomer.value(u"t**1"_s), QStringList({ u"22"_s, u"2"_s, u"1087.00"_s }));
        // l**8: the refunded shirt is no order and gives back its 120.00.
        QCOMPARE(byCustomer.value(u"l**8"_s), QStringList({ u"21"_s, u"1"_s, u"69.00"_s }));
        // z**3 ordered on 20 March at 23:58 and paid on the 21st: the payment dates the purchase.
        QCOMPARE(byCustomer.value(u"z**3"_s), QStringList({ u"11"_s, u"1"_s, u"2450.00"_s }));
    }

    void reportWithoutCustomersGivesOrderLevelAnalysis()
    {
        QTemporaryDir dir;
        CliRun run;
        const QString path = importInto(dir, u"tmall_report.csv"_s, anonymisedTmallReport(), run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("no customer id column"), run.err.constData());
        QVERIFY2(run.err.contains("Order level: 6 orders, 4 paid"), run.err.constData());

        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        QCOMPARE(queryNumber(**project, "SELECT count(*) FROM customers"), 0);
        QCOMPARE(queryNumber(**project, "SELECT count(*) FROM orders"), 0);
        auto s = Project::orderLevelSummary(**project, 1, 100);
        QVERIFY(s);
        QCOMPARE(s->orders, 6);
        QCOMPARE(s->paidOrders(), 4); // payment conversion 4 of 6
        QCOMPARE(s->byState[int(OrderState::Unpaid)], 2);
        QCOMPARE(s->byState[int(OrderState::Refunded)], 1);
        QCOMPARE(s->partlyRefunded, 1);
        QCOMPARE(s->paidAmount, 100.0 + 80.0 + 180.0 + 288.0);
        QCOMPARE(s->refundAmount, 80.0 + 30.0); // refund share 110 / 648

        QCOMPARE(s->byProvince.size(), 3);
        const auto province = [&](int i) {
            const Project::OrderLevelGroup &g = s->byProvince.at(i);
            return std::make_tuple(g.province, g.orders, g.paid, g.paidAmount, g.refundAmount);
        };
        QCOMPARE(province(0), std::make_tuple(u"广东"_s, qint64(3), qint64(2), 468.0, 30.0));
        QCOMPARE(province(1), std::make_tuple(u"浙江"_s, qint64(2), qint64(2), 180.0, 80.0));
        QCOMPARE(province(2), std::make_tuple(u"北京"_s, qint64(1), qint64(0), 0.0, 0.0));

        QCOMPARE(s->byDay.size(), 3);
        const auto onDay = [&](int i) {
            const Project::OrderLevelGroup &g = s->byDay.at(i);
            return std::make_tuple(g.day, g.orders, g.paid, g.paidAmount);
        };
        QCOMPARE(onDay(0), std::make_tuple(day(2024, 11, 1), qint64(3), qint64(2), 180.0));
        QCOMPARE(onDay(1), std::make_tuple(day(2024, 11, 2), qint64(2), qint64(1), 180.0));
        QCOMPARE(onDay(2), std::make_tuple(day(2024, 11, 3), qint64(1), qint64(1), 288.0));

        QCOMPARE(s->notPurchases.size(), 2);
        QCOMPARE(s->notPurchases.at(0).orderKey, "4003"_ba);
        QCOMPARE(s->notPurchases.at(0).firstRow, 4);
        QCOMPARE(s->notPurchases.at(0).state, OrderState::Unpaid);
        QCOMPARE(s->notPurchases.at(1).orderKey, "4005"_ba);
    }

    void refreshReplacesTheOrderLevelRows()
    {
        QTemporaryDir dir;
        CliRun run;
        const QString path = importInto(dir, u"tmall_report.csv"_s, anonymisedTmallReport(), run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // A month later: order 4003 was paid after all, and one more order came in.
        QByteArray newer = anonymisedTmallReport();
        newer.replace("2024-11-01 15:00:00,,0.00", "2024-11-01 15:00:00,2024-11-04 08:00:00,0.00");
        newer += "4007,40.00,40.00,四川省 成都市 武侯区 7号,2024-11-05 10:00:00,2024-11-05 10:00:00,0.00\n";
        const QString file = dir.filePath(u"tmall_report_dec.csv"_s);
        writeFile(file, newer);
        const CliRun refresh = runPortrait({ u"import"_s, file, u"--project"_s, path, u"--refresh"_s, u"1"_s });
        QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        auto s = Project::orderLevelSummary(**project, 1, 100);
        QVERIFY(s);
        QCOMPARE(s->orders, 7);
        QCOMPARE(s->paidOrders(), 6);
        QCOMPARE(s->byState[int(OrderState::Unpaid)], 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPlatforms)
#include "tst_cli_platforms.moc"
