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
    }
};

QTEST_GUILESS_MAIN(TestOnlineRetail)
#include "tst_cli_onlineretail.moc"
