// Reproduces, through the CLI with --method rfmpkg, every figure the R package `rfm` 0.3.0
// publishes for its sample data (../shared/data/rfm_package/expected_results.md §1–§4).
#include "clirunner.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/rfm_package");

QString decompress(const QString &xzFile, const QString &target)
{
    QProcess xz;
    xz.setStandardOutputFile(target);
    xz.start(u"xz"_s, { u"-dc"_s, xzFile });
    return xz.waitForFinished(120000) && xz.exitCode() == 0 ? target : QString();
}

double sumColumn(const QList<QStringList> &rows, int column)
{
    double sum = 0;
    for (const QStringList &row : rows.mid(1))
        sum += row.at(column).toDouble();
    return sum;
}

} // namespace

class TestRfmPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_orders;      // project with rfm_data_orders
    QString m_thresholds;  // the custom thresholds of §1

    QList<QStringList> score(const QString &project, const QStringList &extra, const QString &asOf)
    {
        const QString out = m_dir.filePath(u"rfm-%1.csv"_s.arg(QRandomGenerator::global()->generate()));
        QStringList arguments { u"rfm"_s, u"--project"_s, project, u"--as-of"_s, asOf, u"--method"_s, u"rfmpkg"_s,
                                u"--scheme"_s, u"rfm10"_s, u"--out"_s, out };
        const CliRun run = runPortrait(arguments + extra);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return readCsv(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = decompress(DataDir + u"/rfm_data_orders.csv.xz"_s, m_dir.filePath(u"orders.csv"_s));
        QVERIFY(!csv.isEmpty());
        m_orders = m_dir.filePath(u"orders.portrait"_s);
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, m_orders });
        QVERIFY2(import.exitCode == 0, import.err.constData());
        m_thresholds = m_dir.filePath(u"thresholds.json"_s);
        writeFile(m_thresholds, R"({"recency": [115, 181, 297, 482], "frequency": [4, 5, 6, 8],
                                    "monetary": [256, 382, 506, 666]})");
    }

    // §1: rfm_table_order, analysis date 2006-12-31, 5 bins.
    void orderTable()
    {
        const QList<QStringList> rows = score(m_orders, {}, u"2006-12-31"_s);
        QCOMPARE(rows.size(), 995 + 1);
        QCOMPARE(sumColumn(rows, 2), 4906.0);

        // The README's example rows: id, recency_days, transaction_count, amount, rfm code.
        QHash<QString, QStringList> byId;
        for (const QStringList &row : rows.mid(1))
            byId.insert(row.at(0), row);
        const QList<QStringList> examples { { u"Abbey O'Reilly"_s, u"205"_s, u"6"_s, u"472.00"_s, u"343"_s },
                                            { u"Add Senger"_s, u"140"_s, u"3"_s, u"340.00"_s, u"412"_s },
                                            { u"Aden Lesch"_s, u"194"_s, u"4"_s, u"405.00"_s, u"323"_s },
                                            { u"Aden Murphy"_s, u"98"_s, u"7"_s, u"596.00"_s, u"544"_s },
                                            { u"Admiral Senger"_s, u"132"_s, u"5"_s, u"448.00"_s, u"433"_s } };
        for (const QStringList &expected : examples) {
            const QStringList row = byId.value(expected.at(0));
            QVERIFY2(!row.isEmpty(), qPrintable(expected.at(0)));
            QCOMPARE(row.mid(1, 3), expected.mid(1, 3));
            QCOMPARE(row.at(7), expected.at(4));
        }

        // rfm_heatmap_data: mean amount per (frequency score, recency score), 25 cells, summed.
        QHash<QString, std::pair<double, int>> cells;
        QSet<QString> recencyScores;
        for (const QStringList &row : rows.mid(1)) {
            auto &cell = cells[row.at(5) + row.at(4)];
            cell.first += row.at(3).toDouble();
            ++cell.second;
            recencyScores.insert(row.at(4));
        }
        QCOMPARE(cells.size(), 25);
        double sum = 0;
        for (const auto &cell : std::as_const(cells))
            sum += cell.first / cell.second;
        QCOMPARE(std::round(sum), 12634.0);
        QCOMPARE(recencyScores, QSet<QString>({ u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s }));
    }

    void orderTableWithCustomThresholds()
    {
        const QList<QStringList> rows = score(m_orders, { u"--thresholds"_s, m_thresholds }, u"2006-12-31"_s);
        QCOMPARE(rows.size(), 996);
        QCOMPARE(sumColumn(rows, 2), 4906.0);
    }

    // §2: the ten-segment test scheme, summary row "Champions".
    void championsSegment()
    {
        const QList<QStringList> rows = score(m_orders, {}, u"2006-12-31"_s);
        int customers = 0;
        double orders = 0, revenue = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row.at(9) != u"Champions"_s)
                continue;
            ++customers;
            orders += row.at(2).toDouble();
            revenue += row.at(3).toDouble();
        }
        QCOMPARE(customers, 158);
        QCOMPARE(orders, 1234.0);
        QCOMPARE(revenue, 120178.0);
    }

    // §3: rfm_table_customer on customer-level data, analysis date 2007-01-01, with recency given
    // as a date or as days, with computed or custom thresholds.
    void customerTable_data()
    {
        QTest::addColumn<QStringList>("importExtra");
        QTest::addColumn<QStringList>("rfmExtra");
        QTest::newRow("dates") << QStringList() << QStringList();
        QTest::newRow("dates, thresholds") << QStringList() << QStringList({ u"--thresholds"_s, u"@T"_s });
        QTest::newRow("recency days") << QStringList({ u"--map"_s, u"last_order_date="_s, u"--as-of"_s,
                                                       u"2007-01-01"_s })
                                      << QStringList();
        QTest::newRow("recency days, thresholds")
                << QStringList({ u"--map"_s, u"last_order_date="_s, u"--as-of"_s, u"2007-01-01"_s })
                << QStringList({ u"--thresholds"_s, u"@T"_s });
    }

    void customerTable()
    {
        QFETCH(QStringList, importExtra);
        QFETCH(QStringList, rfmExtra);
        rfmExtra.replaceInStrings(u"@T"_s, m_thresholds);
        static const QString csv = decompress(DataDir + u"/rfm_data_customer.csv.xz"_s,
                                              m_dir.filePath(u"customers.csv"_s));
        QVERIFY(!csv.isEmpty());
        const QString project = m_dir.filePath(u"customers-%1.portrait"_s.arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_').remove(u',')));
        const CliRun import = runPortrait(QStringList { u"import"_s, csv, u"--project"_s, project, u"--kind"_s,
                                                        u"customers"_s }
                                          + importExtra);
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QList<QStringList> rows = score(project, rfmExtra, u"2007-01-01"_s);
        QCOMPARE(rows.size(), 39999 + 1);
        QCOMPARE(sumColumn(rows, 2), 393223.0);
        // Our recency equals the file's recency_days (2007-01-01 − most_recent_visit) for everyone.
        static const QList<QStringList> input = readCsv(csv);
        const int idColumn = int(input.first().indexOf(u"customer_id"_s));
        const int recencyColumn = int(input.first().indexOf(u"recency_days"_s));
        QHash<QString, QString> recency;
        for (const QStringList &row : input.mid(1))
            recency.insert(row.at(idColumn), row.at(recencyColumn));
        int compared = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.at(1), recency.value(row.at(0)));
            ++compared;
        }
        QCOMPARE(compared, 39999);
    }

    // §4: bins() on mtcars$mpg: type-7 quintiles + 1, and interval bounds from min to max + 1.
    void binsOnMtcars()
    {
        const double mpg[] = { 21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8,
                               16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5,
                               15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4 };
        QByteArray csv = "customer_id,number_of_orders,revenue,most_recent_visit\n";
        int id = 0;
        for (double value : mpg)
            csv += "car" + QByteArray::number(++id) + ",1," + QByteArray::number(value) + ",2006-12-01\n";
        const QString file = m_dir.filePath(u"mtcars.csv"_s);
        writeFile(file, csv);
        const QString project = m_dir.filePath(u"mtcars.portrait"_s);
        QCOMPARE(runPortrait({ u"import"_s, file, u"--project"_s, project, u"--kind"_s, u"customers"_s }).exitCode,
                 0);
        const CliRun run = runPortrait({ u"rfm"_s, u"--project"_s, project, u"--method"_s, u"rfmpkg"_s,
                                         u"--scheme"_s, u"rfm10"_s, u"--as-of"_s, u"2007-01-01"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("M [16.2, 18.92, 22, 25.08]"), run.err.constData());

        const QString out = m_dir.filePath(u"mtcars-rfm.csv"_s);
        QCOMPARE(runPortrait({ u"rfm"_s, u"--project"_s, project, u"--method"_s, u"rfmpkg"_s, u"--as-of"_s,
                               u"2007-01-01"_s, u"--scheme"_s, u"rfm10"_s, u"--out"_s, out })
                         .exitCode,
                 0);
        // bins_lower starts at the minimum (10.4) and bins_upper ends at max + 1: both extremes
        // fall inside the first and last intervals.
        for (const QStringList &row : readCsv(out).mid(1)) {
            if (row.at(3) == u"10.40"_s)
                QCOMPARE(row.at(6), u"1"_s);
            if (row.at(3) == u"33.90"_s)
                QCOMPARE(row.at(6), u"5"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestRfmPackage)
#include "tst_cli_rfmpackage.moc"
