// The UCI Online Retail data set imported through the CLI gives the figures its README states
// (../shared/data/README.md §1).
#include "clirunner.h"

#include "project/projectfile.h"
#include "project/projectsummary.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestOnlineRetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importFigures()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"online_retail.csv"_s);
        QProcess xz;
        xz.setStandardOutputFile(csv);
        xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/online_retail.csv.xz") });
        QVERIFY(xz.waitForFinished(120000) && xz.exitCode() == 0);

        const QString path = dir.filePath(u"retail.portrait"_s);
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, path });
        QVERIFY2(import.exitCode == 0, import.err.constData());

        auto project = Project::ProjectFile::open(path);
        QVERIFY(project);
        auto summary = Project::summarizeProject(**project);
        QVERIFY(summary);
        QCOMPARE(summary->sources.size(), 1);
        const Project::SourceRecord &source = summary->sources.first().record;
        QCOMPARE(source.rowsRead, 541909);
        QCOMPARE(source.rowsRejected, 0);
        QCOMPARE(source.rowsRead - source.rowsWithoutCustomer, 406829);
        QCOMPARE(source.ordersInFile, 25900);
        QCOMPARE(source.customersInFile, 4372);
        QCOMPARE(summary->customers, 4372);
        QCOMPARE(source.cancellationRows, 9288);
        QCOMPARE(std::round(source.totalAmount * 100) / 100, 9747747.93);
        QCOMPARE(source.encoding, u"UTF-8"_s);
        QCOMPARE(source.checksum, u"c35975c40d0e1e105090fbb11188a409393055f873841bd012915475fc84e69f"_s);

        // Every stored order belongs to a customer; the cancellations are return-only orders.
        QCOMPARE(summary->customersWithOrders, 4372);
        QVERIFY(summary->returnOrders > 3000);
        QCOMPARE(summary->lastOrderDay, Model::Day(QDate(2011, 12, 9).toJulianDay()));

        // Scoring the whole data set works end to end.
        const QString out = dir.filePath(u"rfm.csv"_s);
        const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, path, u"--out"_s, out });
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        QCOMPARE(readCsv(out).size(), 4372 + 1);

        // The Excel workbook of 2010-12-01 08:26 – 2011-01-25 10:38 imports to the same project as
        // the CSV's rows of that range.
        const QList<QStringList> rows = readCsv(csv);
        QByteArray subset = rows.first().join(u',').toUtf8() + '\n';
        for (const QStringList &row : rows.mid(1)) {
            if (row.at(4) > u"2011-01-25 10:38:00"_s)
                continue;
            QStringList quoted;
            for (QString field : row) {
                if (field.contains(u',') || field.contains(u'"'))
                    field = u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"';
                quoted.append(field);
            }
            subset += quoted.join(u',').toUtf8() + '\n';
        }
        const QString subsetCsv = dir.filePath(u"subset.csv"_s);
        writeFile(subsetCsv, subset);
        const QString fromCsv = dir.filePath(u"from-csv.portrait"_s);
        const QString fromXlsx = dir.filePath(u"from-xlsx.portrait"_s);
        QCOMPARE(runPortrait({ u"import"_s, subsetCsv, u"--project"_s, fromCsv }).exitCode, 0);
        const CliRun xlsx = runPortrait(
                { u"import"_s,
                  QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/online_retail_2010-12-01_to_2011-01-25.xlsx"),
                  u"--project"_s, fromXlsx });
        QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
        QVERIFY2(xlsx.err.contains("70051 rows read, 70051 accepted, 0 rejected"), xlsx.err.constData());
        const QByteArray csvInfo = runPortrait({ u"info"_s, u"--project"_s, fromCsv }).out;
        const QByteArray xlsxInfo = runPortrait({ u"info"_s, u"--project"_s, fromXlsx }).out;
        // Everything but the project name and the source lines (file name, checksum) agrees.
        auto body = [](const QByteArray &info) {
            QList<QByteArray> lines = info.split('\n');
            return lines.mid(1, 4);
        };
        QCOMPARE(body(xlsxInfo), body(csvInfo));
        QVERIFY(csvInfo.contains("customers: 1259"));
    }
};

QTEST_GUILESS_MAIN(TestOnlineRetail)
#include "tst_cli_onlineretail.moc"
