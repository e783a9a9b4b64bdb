// `portrait clv` on the UCI Online Retail data set (../shared/data/README.md §1), the last quarter
// held out: every customer's x, t_x and T, the repeat customers and the holdout purchase days
// against a direct count over the CSV (purchase days: days with a non-cancelled invoice of the
// customer), and sane model output on real, seasonal data.
#include "clirunner.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

class TestClvOnlineRetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdoutQuarter()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"online_retail.csv"_s);
        QProcess xz;
        xz.setStandardOutputFile(csv);
        xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/online_retail.csv.xz") });
        QVERIFY(xz.waitForFinished(120000) && xz.exitCode() == 0);
        const QString project = dir.filePath(u"retail.portrait"_s);
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
        QVERIFY2(import.exitCode == 0, import.err.constData());

        const QDate end(2011, 9, 8);
        const QString out = dir.filePath(u"clv.csv"_s);
        const QString params = dir.filePath(u"params.json"_s);
        const CliRun run = runPortrait({ u"clv"_s, u"--project"_s, project, u"--calibration-end"_s,
                                         end.toString(Qt::ISODate), u"--out"_s, out, u"--params"_s, params });
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country.
        std::map<QString, std::set<qint64>> days;
        for (const QStringList &row : readCsv(csv).mid(1)) {
            if (row.at(6).isEmpty() || row.at(0).startsWith(u'C'))
                continue;
            days[row.at(6)].insert(QDate::fromString(row.at(4).left(10), Qt::ISODate).toJulianDay());
        }
        const qint64 endDay = end.toJulianDay();
        qint64 customers = 0, repeaters = 0, holdout = 0;
        for (const auto &[id, d] : days) {
            if (*d.begin() > endDay)
                continue;
            ++customers;
            const auto calibration = qint64(std::distance(d.begin(), d.upper_bound(endDay)));
            repeaters += calibration > 1;
            holdout += qint64(d.size()) - calibration;
        }

        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size() - 1, customers);
        for (const QStringList &row : rows.mid(1)) {
            // clv.csv writes the ids as the project keeps them ("17850", the CSV has "17850.0").
            auto it = days.find(row.at(0));
            if (it == days.end())
                it = days.find(row.at(0) + u".0"_s);
            QVERIFY2(it != days.end(), qPrintable(row.at(0)));
            const std::set<qint64> &d = it->second;
            const auto last = std::prev(d.upper_bound(endDay));
            QCOMPARE(row.at(1).toInt(), int(std::distance(d.begin(), last)));
            QVERIFY(std::abs(row.at(2).toDouble() - double(*last - *d.begin()) / 7) < 1e-6);
            QVERIFY(std::abs(row.at(3).toDouble() - double(endDay + 1 - *d.begin()) / 7) < 1e-6);
            const double pAlive = row.at(4).toDouble();
            QVERIFY(pAlive >= 0 && pAlive <= 1);
            for (int k = 5; k < row.size(); ++k)
                QVERIFY2(std::isfinite(row.at(k).toDouble()) && !row.at(k).isEmpty(), qPrintable(row.join(u',')));
        }

        QFile file(params);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"customers"_s).toInteger(), customers);
        QCOMPARE(json.value(u"repeaters"_s).toInteger(), repeaters);
        const QJsonObject h = json.value(u"holdout"_s).toObject();
        QCOMPARE(h.value(u"actual"_s).toInteger(), holdout);
        // The holdout is Sep–Dec, the Christmas peak of a gift shop: a stationary model predicts
        // fewer purchases than come, but the same order of magnitude.
        const double predicted = h.value(u"predicted"_s).toDouble();
        QVERIFY2(predicted > 0.5 * double(holdout) && predicted < 1.5 * double(holdout),
                 qPrintable(u"predicted %1, actual %2"_s.arg(predicted).arg(holdout)));
        const QJsonObject bgnbd = json.value(u"bgnbd"_s).toObject();
        for (const QString &key : { u"r"_s, u"alpha"_s, u"a"_s, u"b"_s })
            QVERIFY2(bgnbd.value(key).toDouble() > 0, qPrintable(key));
        // Mean spend per repeat purchase day: the Gamma-Gamma mean p·γ/(q − 1) is a few hundred pounds.
        const QJsonObject gg = json.value(u"gamma_gamma"_s).toObject();
        const double meanSpend = gg.value(u"p"_s).toDouble() * gg.value(u"gamma"_s).toDouble() /
                                 (gg.value(u"q"_s).toDouble() - 1);
        QVERIFY2(meanSpend > 100 && meanSpend < 1000, qPrintable(QString::number(meanSpend)));
    }
};

QTEST_MAIN(TestClvOnlineRetail)
#include "tst_cli_clv_onlineretail.moc"
