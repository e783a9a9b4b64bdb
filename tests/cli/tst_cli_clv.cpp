// `portrait clv` end to end on orders drawn from the BG/NBD and Gamma-Gamma models, imported from a
// CSV: clv.csv's x, t_x and T and the holdout count against a direct computation from the CSV
// written here; --save makes tag rules and exports see p_alive; bad command lines exit 2.
#include "clirunner.h"
#include "lifetimesimulator.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

const QDate Start(2023, 1, 1);
const QDate CalibrationEnd(2024, 9, 30);

struct Customer
{
    std::set<qint64> days;   ///< distinct purchase days, as Julian days
    int orders = 0;
};

} // namespace

class TestCliClv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::map<QString, Customer> m_customers;

    void writeOrders(const QString &path)
    {
        const Analytics::BgNbdParams daily { 0.243, 4.414 * 7, 0.793, 2.426 };
        const Analytics::GammaGammaParams spend { 6.25, 3.74, 15.44 };
        const Model::CustomerFrame frame = Testing::simulateFrame(daily, spend, 2500, Model::Day(Start.toJulianDay()),
                                                                  730, 365, 23);
        QByteArray csv = "订单号,会员编号,下单时间,实付金额\n";
        for (qsizetype i = 0; i < frame.orders.size(); ++i) {
            const QString id = frame.ids.at(frame.orders.customer[size_t(i)]);
            const qint64 day = frame.orders.day[size_t(i)];
            csv += "O" + QByteArray::number(i) + ',' + id.toUtf8() + ',' +
                   QDate::fromJulianDay(day).toString(Qt::ISODate).toUtf8() + ',' +
                   QByteArray::number(frame.orders.purchase[size_t(i)], 'f', 2) + '\n';
            Customer &c = m_customers[id];
            c.days.insert(day);
            ++c.orders;
        }
        writeFile(path, csv);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath(u"orders.csv"_s);
        writeOrders(csv);
        m_project = m_dir.filePath(u"sim.portrait"_s);
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, m_project });
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void writesClvCsvAndParams()
    {
        const QString out = m_dir.filePath(u"clv.csv"_s);
        const QString params = m_dir.filePath(u"params.json"_s);
        const CliRun run = runPortrait({ u"clv"_s, u"--project"_s, m_project, u"--calibration-end"_s,
                                         CalibrationEnd.toString(Qt::ISODate), u"--out"_s, out, u"--params"_s, params,
                                         u"--save"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains("nan"));

        // Weeks: T runs from the first purchase day to the day after the calibration end.
        const qint64 end = CalibrationEnd.toJulianDay();
        qint64 inCalibration = 0, repeaters = 0, holdoutDays = 0;
        for (const auto &[id, c] : m_customers) {
            if (*c.days.begin() > end)
                continue;
            ++inCalibration;
            const auto calibrationDays = qint64(std::distance(c.days.begin(), c.days.upper_bound(end)));
            repeaters += calibrationDays > 1;
            holdoutDays += qint64(c.days.size()) - calibrationDays;
        }
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first().join(u','), u"customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv"_s);
        QCOMPARE(rows.size() - 1, inCalibration);
        for (const QStringList &row : rows.mid(1)) {
            const Customer &c = m_customers.at(row.at(0));
            const qint64 first = *c.days.begin();
            const auto last = std::prev(c.days.upper_bound(end));
            QCOMPARE(row.at(1).toInt(), int(std::distance(c.days.begin(), last)));
            QVERIFY(std::abs(row.at(2).toDouble() - double(*last - first) / 7) < 1e-6);
            QVERIFY(std::abs(row.at(3).toDouble() - double(end + 1 - first) / 7) < 1e-6);
            for (int k = 4; k < row.size(); ++k) {
                bool ok = false;
                const double v = row.at(k).toDouble(&ok);
                QVERIFY2(ok && std::isfinite(v) && v >= 0, qPrintable(row.join(u',')));
            }
            QVERIFY(row.at(4).toDouble() <= 1);
        }

        QFile file(params);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"customers"_s).toInteger(), inCalibration);
        QCOMPARE(json.value(u"repeaters"_s).toInteger(), repeaters);
        const QJsonObject bgnbd = json.value(u"bgnbd"_s).toObject();
        for (const QString &key : { u"r"_s, u"alpha"_s, u"a"_s, u"b"_s, u"loglik"_s })
            QVERIFY2(bgnbd.value(key).isDouble(), qPrintable(key));
        QVERIFY(bgnbd.value(u"stderr"_s).toObject().value(u"alpha"_s).toDouble() > 0);
        const QJsonObject gammaGamma = json.value(u"gamma_gamma"_s).toObject();
        for (const QString &key : { u"p"_s, u"q"_s, u"gamma"_s, u"loglik"_s })
            QVERIFY2(gammaGamma.value(key).isDouble(), qPrintable(key));
        const QJsonObject holdout = json.value(u"holdout"_s).toObject();
        QCOMPARE(holdout.value(u"actual"_s).toInteger(), holdoutDays);
        QVERIFY(std::abs(holdout.value(u"predicted"_s).toDouble() / double(holdoutDays) - 1) < 0.2);
    }

    void savedModelFeedsTagsAndExports()
    {
        // After --save (writesClvCsvAndParams): the rule of the starter tag 流失预警.
        QHash<QString, double> pAlive;
        for (const QStringList &row : readCsv(m_dir.filePath(u"clv.csv"_s)).mid(1))
            pAlive.insert(row.at(0), row.at(4).toDouble());
        QSet<QString> expected;
        for (const auto &[id, c] : m_customers) {
            if (pAlive.contains(id) && pAlive.value(id) < 0.3 && c.orders >= 2)
                expected.insert(id);
        }
        QVERIFY(expected.size() > 10);
        const QString rules = m_dir.filePath(u"rules.txt"_s);
        writeFile(rules, "行为特征/流失预警 = p_alive < 0.3 and frequency >= 2\n");
        const QString tags = m_dir.filePath(u"tags.csv"_s);
        const CliRun tag = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--rules"_s, rules, u"--out"_s, tags });
        QVERIFY2(tag.exitCode == 0, tag.err.constData());
        QSet<QString> tagged;
        for (const QStringList &row : readCsv(tags).mid(1))
            tagged.insert(row.at(0));
        QCOMPARE(tagged, expected);

        const QString list = m_dir.filePath(u"list.csv"_s);
        const CliRun exported = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--out"_s, list, u"--no-mask"_s });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QList<QStringList> rows = readCsv(list);
        const qsizetype column = rows.first().indexOf(u"P(alive)"_s);
        QVERIFY(column > 0);
        int compared = 0;
        for (const QStringList &row : rows.mid(1)) {
            const QString id = row.first().startsWith(QChar(0xFEFF)) ? row.first().mid(1) : row.first();
            if (!pAlive.contains(id)) {
                QVERIFY(row.at(column).isEmpty());
                continue;
            }
            QVERIFY(std::abs(row.at(column).toDouble() - pAlive.value(id)) < 1e-4);
            ++compared;
        }
        QCOMPARE(compared, pAlive.size());
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unit") << QStringList { u"--unit"_s, u"months"_s } << u"--unit"_s;
        QTest::newRow("horizon") << QStringList { u"--horizon-months"_s, u"0"_s } << u"--horizon-months"_s;
        QTest::newRow("discount") << QStringList { u"--discount-monthly"_s, u"1.5"_s } << u"--discount-monthly"_s;
        QTest::newRow("date") << QStringList { u"--calibration-end"_s, u"30.9.2024"_s } << u"--calibration-end"_s;
    }

    void badCommandLines()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliRun run = runPortrait(QStringList { u"clv"_s, u"--project"_s, m_project } + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(runPortrait({ u"clv"_s }).exitCode, 2);
    }

    void refusesTooFewRepeatCustomers()
    {
        // 30 customers with two orders each: fewer than 50 repeat customers.
        QByteArray csv = "订单号,会员编号,下单时间,实付金额\n";
        for (int i = 0; i < 30; ++i) {
            csv += "A" + QByteArray::number(i) + ",K" + QByteArray::number(i) + ",2024-01-0" +
                   QByteArray::number(1 + i % 9) + ",50\n";
            csv += "B" + QByteArray::number(i) + ",K" + QByteArray::number(i) + ",2024-03-1" +
                   QByteArray::number(i % 9) + ",70\n";
        }
        const QString path = m_dir.filePath(u"few.csv"_s);
        writeFile(path, csv);
        const QString project = m_dir.filePath(u"few.portrait"_s);
        QCOMPARE(runPortrait({ u"import"_s, path, u"--project"_s, project }).exitCode, 0);
        const QString out = m_dir.filePath(u"few_clv.csv"_s);
        const CliRun run = runPortrait({ u"clv"_s, u"--project"_s, project, u"--out"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("50"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestCliClv)
#include "tst_cli_clv.moc"
