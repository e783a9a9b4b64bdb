#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray OldOrders = "order_id,customer_id,order_date,amount\n"
                             "O1,C1,2024-03-01,100\n"
                             "O2,C2,2024-03-02,80\n"
                             "O3,C3,2024-03-03,50\n"
                             "O4,C3,2024-03-04,60\n";

// O3 gone; O5 and O6 from new customers C4 and C5, O7 from C1; one row with a bad date.
const QByteArray NewOrders = "order_id,customer_id,order_date,amount\n"
                             "O1,C1,2024-03-01,100\n"
                             "O2,C2,2024-03-02,80\n"
                             "O4,C3,2024-03-04,60\n"
                             "O5,C4,2024-04-01,10\n"
                             "O6,C5,2024-04-02,20\n"
                             "O7,C1,2024-04-03,30\n"
                             "O8,C1,yesterday,30\n";

} // namespace

class TestCliRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshPrintsWhatChanged()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.portrait"_s);
        const QString older = dir.filePath(u"march.csv"_s);
        const QString newer = dir.filePath(u"april.csv"_s);
        writeFile(older, OldOrders);
        writeFile(newer, NewOrders);
        const CliRun import = runPortrait({ u"import"_s, older, u"--project"_s, project });
        QVERIFY2(import.exitCode == 0, import.err.constData());

        const CliRun refresh = runPortrait({ u"import"_s, newer, u"--refresh"_s, u"1"_s, u"--project"_s, project });
        QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
        QVERIFY2(refresh.out.contains("new customers: 2\n"), refresh.out.constData());
        QVERIFY(refresh.out.contains("new orders: 3\n"));
        QVERIFY(refresh.out.contains("removed orders: 1\n"));
        QVERIFY(refresh.out.contains("orders: 4 before, 6 now\n"));
        QVERIFY(refresh.out.contains("rejected rows: 1\n"));
        QVERIFY(refresh.err.contains("Refreshed source 1 from april.csv (was march.csv)"));
        QVERIFY(refresh.err.contains("rejected row 8 [order_date]"));

        const CliRun info = runPortrait({ u"info"_s, u"--project"_s, project });
        QVERIFY2(info.out.contains("customers: 5 (5 with orders)"), info.out.constData());
        QVERIFY(info.out.contains("orders: 6 (0 only returns), 2024-03-01 to 2024-04-03"));
        QVERIFY(info.out.contains("source 1: april.csv"));
        QVERIFY(!info.out.contains("source 2"));
    }

    void refreshOfAMissingSourceFails()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.portrait"_s);
        const QString older = dir.filePath(u"march.csv"_s);
        writeFile(older, OldOrders);
        QCOMPARE(runPortrait({ u"import"_s, older, u"--project"_s, project }).exitCode, 0);
        const CliRun refresh = runPortrait({ u"import"_s, older, u"--refresh"_s, u"7"_s, u"--project"_s, project });
        QVERIFY(refresh.exitCode != 0);
        QVERIFY2(refresh.err.contains("no source 7"), refresh.err.constData());
        const CliRun notANumber = runPortrait({ u"import"_s, older, u"--refresh"_s, u"x"_s, u"--project"_s, project });
        QVERIFY(notANumber.exitCode != 0);
    }

    void headerRowAndTypeOptions()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.portrait"_s);
        const QString csv = dir.filePath(u"export.csv"_s);
        writeFile(csv, "Shop export, March\n"
                       "order_id,customer_id,order_date,amount\n"
                       "O1,007,2024-03-01,100\n"
                       "O2,008,2024-03-02,80.5\n");
        const CliRun inspect = runPortrait({ u"inspect"_s, csv, u"--header-row"_s, u"2"_s });
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        QVERIFY2(inspect.out.contains("\"header_row\": 2"), inspect.out.constData());
        QVERIFY(inspect.out.contains("\"rows\": 2"));
        QVERIFY(inspect.out.contains("\"role\": \"order_date\""));

        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project, u"--header-row"_s, u"2"_s,
                                            u"--type"_s, u"amount=integer"_s });
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QVERIFY2(import.err.contains("2 rows read, 1 accepted, 1 rejected"), import.err.constData());
        QVERIFY(import.err.contains("rejected row 4 [amount]"));
        const CliRun badType = runPortrait({ u"inspect"_s, csv, u"--type"_s, u"amount=money"_s });
        QVERIFY(badType.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "tst_cli_refresh.moc"
