#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSourceCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Orders for A, B, C; a CRM export for B, C, D; a survey for C and E. After the survey import,
    // and in `info`, the customers found in one kind of source only are named.
    void customersInOneSourceOnlyAreReported()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.portrait"_s);
        const QString orders = dir.filePath(u"orders.csv"_s);
        const QString customers = dir.filePath(u"customers.csv"_s);
        const QString survey = dir.filePath(u"survey.csv"_s);
        writeFile(orders,
            "customer_id,order_id,order_date,amount\nA,o1,2024-01-05,10\nB,o2,2024-01-06,20\n"
            "C,o3,2024-01-07,30\n");
        writeFile(customers, "customer_id,name,city\nB,Bo,杭州\nC,Cai,上海\nD,Du,北京\n");
        writeFile(survey, "customer_id,nps\nC,9\nE,3\n");

        const CliRun first = runPortrait({ u"import"_s, orders, u"--project"_s, project });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(!first.err.contains("source coverage"));
        const CliRun onlyOrders = runPortrait({ u"info"_s, u"--project"_s, project });
        QVERIFY(!onlyOrders.out.contains("source coverage"));

        const CliRun second
            = runPortrait({ u"import"_s, customers, u"--project"_s, project, u"--kind"_s, u"customers"_s });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.err.contains("source coverage: 4 customers; 3 in orders, 3 in customers sources, 0 in surveys\n"
                                     "  in every kind of source: 2 (B, C)\n"
                                     "  only in orders: 1 (A)\n"
                                     "  only in customers sources: 1 (D)\n"),
            second.err.constData());

        const CliRun third = runPortrait({ u"import"_s, survey, u"--project"_s, project, u"--kind"_s, u"survey"_s });
        QVERIFY2(third.exitCode == 0, third.err.constData());
        const QByteArray expected = "source coverage: 5 customers; 3 in orders, 3 in customers sources, 2 in surveys\n"
                                    "  in every kind of source: 1 (C)\n"
                                    "  only in orders: 1 (A)\n"
                                    "  only in customers sources: 1 (D)\n"
                                    "  only in surveys: 1 (E)\n";
        QVERIFY2(third.err.contains(expected), third.err.constData());

        const CliRun info = runPortrait({ u"info"_s, u"--project"_s, project });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("customers: 5 (3 with orders)\n"), info.out.constData());
        QVERIFY2(info.out.endsWith(expected), info.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSourceCoverage)
#include "tst_cli_sourcecoverage.moc"
