#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Six order lines of three customers in a Chinese shop export: one order of two lines, a return
// line, a row without a customer id and a row with an unreadable amount.
const QByteArray ShopOrders = "订单号,会员编号,下单时间,实付金额,渠道\n"
                              "A1,C001,2024/3/1 10:00,100.00,天猫\n"
                              "A1,C001,2024/3/1 10:00,\"1,050.50\",天猫\n"
                              "A2,C002,2024/3/10 09:30,80,京东\n"
                              "A3,C001,2024/3/20 12:00,-50,天猫\n"
                              "A4,,2024/3/21 12:00,30,门店\n"
                              "A5,C003,2024/3/25 08:00,abc,门店\n"
                              "A6,C003,2024/3/30 18:00,¥20,小程序\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenScore()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, ShopOrders);

        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QVERIFY(import.err.contains("7 rows read, 6 accepted, 1 rejected, 1 without customer id"));
        QVERIFY(import.err.contains("rejected row 7 [实付金额]"));

        const CliRun info = runPortrait({ u"info"_s, u"--project"_s, project });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("customers: 3 (3 with orders)"), info.out.constData());
        // A1 (two lines) and A2, A3 (a return), A6; A4 has no customer, A5 was rejected.
        QVERIFY(info.out.contains("orders: 4 (1 only returns), 2024-03-01 to 2024-03-30"));

        const QString out = dir.filePath(u"rfm.csv"_s);
        const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, project, u"--as-of"_s, u"2024-04-01"_s,
                                         u"--scheme"_s, u"cn8"_s, u"--method"_s, u"mean"_s, u"--out"_s, out });
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().join(u','),
                 u"customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,rfm_score,segment"_s);
        // C001: last purchase 2024-03-01 (the return does not count), 1 order, 1150.50 − 50 net.
        QCOMPARE(rows.at(1).mid(0, 4), QStringList({ u"C001"_s, u"31"_s, u"1"_s, u"1100.50"_s }));
        QCOMPARE(rows.at(2).mid(0, 4), QStringList({ u"C002"_s, u"22"_s, u"1"_s, u"80.00"_s }));
        QCOMPARE(rows.at(3).mid(0, 4), QStringList({ u"C003"_s, u"2"_s, u"1"_s, u"20.00"_s }));
        // Mean monetary is 400.17: only C001 spends more; mean recency 18.3 days: C003 is recent.
        QCOMPARE(rows.at(1).at(9), u"重要挽留客户"_s);
        QCOMPARE(rows.at(3).at(9), u"一般发展客户"_s);
    }

    // Chinese shop software writes GB18030 without a BOM; Excel writes UTF-16 with tabs or
    // UTF-8 with a BOM. All import to the same project content.
    void encodingsImportAlike_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<bool>("tabs");
        QTest::newRow("GB18030") << QByteArray("GB18030") << false;
        QTest::newRow("UTF-16LE BOM tabs") << QByteArray("UTF-16LE") << true;
        QTest::newRow("UTF-8 BOM") << QByteArray("UTF-8") << false;
    }

    void encodingsImportAlike()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(bool, tabs);
        QString text = QString::fromUtf8(ShopOrders);
        if (tabs) {
            text.replace(u"\"1,050.50\""_s, u"1050.50"_s);
            text.replace(u',', u'\t');
        }
        QStringEncoder encoder(encoding.constData(), encoding == "GB18030" ? QStringConverter::Flag::Default
                                                                           : QStringConverter::Flag::WriteBom);
        QVERIFY(encoder.isValid());
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, encoder.encode(text));
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QVERIFY2(import.err.contains(QByteArray("(" + encoding + ", orders)")), import.err.constData());
        QVERIFY(import.err.contains("rejected row 7 [实付金额]"));
        const CliRun info = runPortrait({ u"info"_s, u"--project"_s, project });
        QVERIFY(info.out.contains("orders: 4 (1 only returns), 2024-03-01 to 2024-03-30"));
        QVERIFY(info.out.contains("revenue: 1250.50 purchases, -50.00 returns"));
    }

    void tagRules()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, ShopOrders);
        QCOMPARE(runPortrait({ u"import"_s, csv, u"--project"_s, project }).exitCode, 0);
        const QString rules = dir.filePath(u"rules.txt"_s);
        // As of 2024-04-01: C001 spent 1,100.50 net (return rate 50 / 1150.50), C002 80 and C003 20.
        writeFile(rules, "# comment\n"
                         "价值等级/大额 = monetary >= 100\n"
                         "行为特征/有退货 = return_rate > 0\n"
                         "渠道/天猫 = top_channel = \"天猫\" \\\n"
                         "    and not has_tag(\"有退货\")\n"
                         "行为特征/近期 = recency_days <= 10\n");
        const QString out = dir.filePath(u"tags.csv"_s);
        const CliRun run = runPortrait({ u"tag"_s, u"--project"_s, project, u"--rules"_s, rules, u"--as-of"_s,
                                         u"2024-04-01"_s, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows, (QList<QStringList> { { u"customer_id"_s, u"tag"_s },
                                             { u"C001"_s, u"价值等级/大额"_s },
                                             { u"C001"_s, u"行为特征/有退货"_s },
                                             { u"C003"_s, u"行为特征/近期"_s } }));

        // An error names file, line and column, exits non-zero and writes nothing.
        writeFile(rules, "a/b = frequency >= 1\nc/d = recency_day > 3\n");
        QFile::remove(out);
        const CliRun bad = runPortrait({ u"tag"_s, u"--project"_s, project, u"--rules"_s, rules, u"--out"_s, out });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("rules.txt:2:7: "), bad.err.constData());
        QVERIFY(bad.err.contains("recency_days"));
        QVERIFY(!QFileInfo::exists(out));
    }

    // The same orders table, dumped by sqlite3, mysqldump and pg_dump (tests/data/dumps), or read
    // from the database file itself, imports to the same project.
    void dumpsImportAlike_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : { "sqlite3.sql", "mysqldump.sql", "mysqldump-single.sql", "pgdump.sql",
                                  "pgdump-inserts.sql", "pgdump-column-inserts.sql", "orders.sqlite" })
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void dumpsImportAlike()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.portrait"_s);
        const QString path = QStringLiteral(PORTRAIT_TEST_DATA_DIR "/dumps/") + file;
        const CliRun import = runPortrait({ u"import"_s, path, u"--project"_s, project, u"--table"_s, u"orders"_s });
        QVERIFY2(import.exitCode == 0, import.err.constData());
        // C-004 has no order date: rejected with its reason, the rest imported.
        QVERIFY2(import.err.contains("4 rows read, 3 accepted, 1 rejected"), import.err.constData());
        QVERIFY(import.err.contains("rejected row 4 [order_date]: the order date is empty"));
        const CliRun info = runPortrait({ u"info"_s, u"--project"_s, project });
        QVERIFY2(info.out.contains("customers: 2 (2 with orders)"), info.out.constData());
        QVERIFY(info.out.contains("orders: 3 (1 only returns), 2024-01-05 to 2024-03-01"));
        QVERIFY(info.out.contains("revenue: 12.60 purchases, -3.75 returns"));

        const CliRun missing = runPortrait({ u"import"_s, path, u"--project"_s, project, u"--table"_s, u"sales"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no table “sales”"), missing.err.constData());
    }

    void orderWithTwoCustomersIsReported()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, "order_id,customer_id,order_date,amount\nX1,A,2024-01-02,10\nX1,B,2024-01-02,5\n");
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.err.contains("1 lines name another customer than the first line of their order"),
                 import.err.constData());
        QVERIFY(import.err.contains("[orders.csv:3]"));
    }

    void returnsExcluded()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, ShopOrders);
        QCOMPARE(runPortrait({ u"import"_s, csv, u"--project"_s, project }).exitCode, 0);
        const QString out = dir.filePath(u"rfm.csv"_s);
        const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, project, u"--returns"_s, u"exclude"_s,
                                         u"--out"_s, out });
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        QCOMPARE(readCsv(out).at(1).at(3), u"1150.50"_s);
    }

    void failuresExplainThemselves_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("missing file") << QStringList { u"import"_s, u"nope.csv"_s, u"--project"_s, u"@P"_s } << 1
                                      << QByteArray("nope.csv");
        QTest::newRow("bad bins") << QStringList { u"rfm"_s, u"--project"_s, u"@P"_s, u"--bins"_s, u"7"_s } << 2
                                  << QByteArray("--bins must be 3, 4 or 5");
        QTest::newRow("unknown method") << QStringList { u"rfm"_s, u"--project"_s, u"@P"_s, u"--method"_s, u"x"_s }
                                        << 2 << QByteArray("--method must be");
        QTest::newRow("unknown scheme") << QStringList { u"rfm"_s, u"--project"_s, u"@P"_s, u"--scheme"_s,
                                                         u"gold"_s }
                                        << 1 << QByteArray("neither a preset");
        QTest::newRow("no project") << QStringList { u"info"_s, u"--project"_s, u"missing.portrait"_s } << 1
                                    << QByteArray("does not exist");
        QTest::newRow("unknown role") << QStringList { u"import"_s, u"@CSV"_s, u"--project"_s, u"@P"_s, u"--map"_s,
                                                       u"colour=渠道"_s }
                                      << 1 << QByteArray("colour");
    }

    void failuresExplainThemselves()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, reason);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(csv, ShopOrders);
        QCOMPARE(runPortrait({ u"import"_s, csv, u"--project"_s, project }).exitCode, 0);
        arguments.replaceInStrings(u"@P"_s, project);
        arguments.replaceInStrings(u"@CSV"_s, csv);
        const CliRun run = runPortrait(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), run.err.constData());
    }

    void brokenFileLeavesProjectUnchanged()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"orders.csv"_s);
        const QString broken = dir.filePath(u"broken.csv"_s);
        const QString project = dir.filePath(u"p.portrait"_s);
        writeFile(good, ShopOrders);
        writeFile(broken, ShopOrders + "A9,C009,2024/4/1 10:00,\"12\n");
        QCOMPARE(runPortrait({ u"import"_s, good, u"--project"_s, project }).exitCode, 0);
        const QByteArray before = runPortrait({ u"info"_s, u"--project"_s, project }).out;

        const CliRun failed = runPortrait({ u"import"_s, broken, u"--project"_s, project });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("broken.csv:9"), failed.err.constData());
        QCOMPARE(runPortrait({ u"info"_s, u"--project"_s, project }).out, before);

        // A failed first import leaves no empty project behind.
        const QString fresh = dir.filePath(u"fresh.portrait"_s);
        QCOMPARE(runPortrait({ u"import"_s, broken, u"--project"_s, fresh }).exitCode, 1);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void sampleProjectIsComplete()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"demo.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, project });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        for (const char *scheme : { "cn8", "rfm10", "shop11" }) {
            const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, project, u"--scheme"_s,
                                             QString::fromLatin1(scheme) });
            QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
            // Every segment line of the summary has customers, except the rules rfm10 can never
            // reach (the linter names them: New Customers and Promising fall under Potential
            // Loyalist, Can't Lose Them under At Risk) and the fallback.
            const QList<QByteArray> lines = rfm.out.trimmed().split('\n').mid(1);
            for (const QByteArray &line : lines) {
                const QList<QByteArray> fields = line.split('\t');
                static const QList<QByteArray> unreachable { "New Customers", "Promising", "Can't Lose Them", "Others",
                                                             "其他" };
                if (unreachable.contains(fields.first()))
                    continue;
                QVERIFY2(fields.at(1).toInt() > 0, QByteArray(QByteArray(scheme) + ": " + line).constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
