#include "rfm/presets.h"
#include "rfm/rfmresult.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

RfmMetrics makeMetrics(const QList<std::array<double, 3>> &rows, const QList<bool> &scored)
{
    RfmMetrics m;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m.recency.push_back(rows[i][0]);
        m.frequency.push_back(rows[i][1]);
        m.monetary.push_back(rows[i][2]);
        m.scored.push_back(scored[i] ? 1 : 0);
        m.scoredCount += scored[i];
    }
    return m;
}

/// Thresholds that map the values 1..5 of every dimension to scores 1..5 (recency 5..1).
ScoringOptions identityThresholds()
{
    ScoringOptions o { Method::Thresholds, 5, {} };
    o.thresholds = { std::vector<double> { 1, 2, 3, 4 }, std::vector<double> { 1, 2, 3, 4 }, std::vector<double> { 1, 2, 3, 4 } };
    return o;
}

/// The rfm package's rfm_table_order inputs: one row per order; recency to analysis_date.
struct OrderData
{
    QStringList names;
    RfmMetrics metrics;
};

std::optional<OrderData> loadRfmOrders()
{
    QProcess xz;
    xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR) + u"/rfm_package/rfm_data_orders.csv.xz"_s });
    if (!xz.waitForFinished(30000) || xz.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> lines = xz.readAllStandardOutput().split('\n');
    const qint64 analysisDay = QDate(2006, 12, 31).toJulianDay();
    OrderData data;
    QHash<QString, qsizetype> index;
    std::vector<qint64> lastDay;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() < 3)
            continue;
        const QString name = QString::fromUtf8(fields[0]).remove(u'"');
        const qint64 day = QDate::fromString(QString::fromUtf8(fields[1]).remove(u'"'), Qt::ISODate).toJulianDay();
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.insert(name, data.names.size());
            data.names << name;
            data.metrics.recency.push_back(0);
            data.metrics.frequency.push_back(0);
            data.metrics.monetary.push_back(0);
            data.metrics.scored.push_back(1);
            lastDay.push_back(day);
        }
        const auto c = size_t(*it);
        data.metrics.frequency[c] += 1;
        data.metrics.monetary[c] += fields[2].toDouble();
        lastDay[c] = std::max(lastDay[c], day);
    }
    for (size_t c = 0; c < lastDay.size(); ++c)
        data.metrics.recency[c] = double(analysisDay - lastDay[c]);
    data.metrics.scoredCount = data.names.size();
    return data;
}

} // namespace

class TestRfmResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesScoresTiers()
    {
        // recency 1 day -> R5; frequency/monetary value v -> score v.
        const RfmMetrics m = makeMetrics({ { 1, 5, 5 }, { 5, 1, 1 }, { 3, 3, 3 }, { 1, 1, 1 }, { 2, 4, 2 } },
                                         { true, true, true, false, true });
        const Result<RfmResult> run = runRfm(m, identityThresholds(), presetScheme(u"rfm10"));
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        QCOMPARE(rfmCode(*run, 0), u"555"_s);
        QCOMPARE(rfmCode(*run, 1), u"111"_s);
        QCOMPARE(rfmCode(*run, 2), u"333"_s);
        QCOMPARE(rfmCode(*run, 3), QString());
        QCOMPARE(rfmCode(*run, 4), u"442"_s);
        QCOMPARE(run->segment, (std::vector<qint16> { 0, 9, 1, -1, 10 }));   // 442 matches no rfm10 rule
        QCOMPARE(run->rfmScore[0], 100.0f);
        QCOMPARE(run->rfmScore[1], 0.0f);
        QCOMPARE(run->rfmScore[2], 50.0f);
        QVERIFY(std::isnan(run->rfmScore[3]));
        QCOMPARE(run->rfmScore[4], 175.0f / 3.0f);   // (3 + 3 + 1) / 12
        QCOMPARE(run->tier, (std::vector<qint8> { 2, 0, 1, -1, 1 }));
    }

    void weightsAndTierBounds()
    {
        const RfmMetrics m = makeMetrics({ { 1, 3, 1 } }, { true });   // 531
        TierOptions tiers;
        tiers.weights = { 2, 1, 1 };
        tiers.high = 60;
        Result<RfmResult> run = runRfm(m, identityThresholds(), presetScheme(u"rfm10"), tiers);
        QVERIFY(run.ok());
        QCOMPARE(run->rfmScore[0], 62.5f);   // (2·4/4 + 2/4 + 0) / 4
        QCOMPARE(run->tier[0], qint8(2));
        resegment(*run, {});   // back to the default bounds: 62.5 is 中
        QCOMPARE(run->tier[0], qint8(1));
    }

    void errors()
    {
        const RfmMetrics m = makeMetrics({ { 1, 3, 1 }, { 2, 2, 2 }, { 3, 1, 3 } }, { true, true, true });
        Result<RfmResult> wrongLevels = runRfm(m, {}, presetScheme(u"cn8"));
        QVERIFY(!wrongLevels.ok());
        QVERIFY(wrongLevels.error().message.contains(u"written for 2 score levels"_s));
        TierOptions zero;
        zero.weights = { 0, 0, 0 };
        QVERIFY(!runRfm(m, {}, presetScheme(u"rfm10"), zero).ok());
        ScoringOptions mean { Method::Mean, 5, {} };
        QVERIFY(runRfm(m, mean, presetScheme(u"cn8")).ok());
    }

    void rescoreThenResegment()
    {
        const RfmMetrics m = makeMetrics({ { 1, 5, 5 }, { 5, 1, 1 }, { 3, 3, 3 } }, { true, true, true });
        Result<RfmResult> run = runRfm(m, identityThresholds(), presetScheme(u"rfm10"));
        QVERIFY(run.ok());
        // Drag every frequency cut below 1: everyone has F 5.
        rescoreDimension(run->metrics, Dimension::Frequency, { 0.1, 0.2, 0.3, 0.4 }, Method::Thresholds, 5, run->scores);
        resegment(*run);
        QCOMPARE(rfmCode(*run, 1), u"151"_s);
        QCOMPARE(run->segment[1], qint16(10));   // 151: Others
        QCOMPARE(rfmCode(*run, 2), u"353"_s);
    }

    void summary()
    {
        const RfmMetrics m = makeMetrics({ { 1, 5, 5 }, { 2, 4, 4 }, { 5, 1, 1 }, { 1, 1, 1 }, { 1, 5, 4 } },
                                         { true, true, true, false, true });
        const Result<RfmResult> run = runRfm(m, identityThresholds(), presetScheme(u"rfm10"));
        QVERIFY(run.ok());
        const QList<SegmentSummary> rows = summarize(*run, true);
        QCOMPARE(rows.size(), 11);
        const SegmentSummary &champions = rows[0];
        QCOMPARE(champions.name, u"冠军客户"_s);
        QCOMPARE(champions.customers, 3);
        QCOMPARE(champions.customerShare, 0.75);
        QCOMPARE(champions.revenue, 13.0);
        QCOMPARE(champions.revenueShare, 13.0 / 14.0);
        QCOMPARE(champions.orders, 14.0);
        QCOMPARE(champions.medianRecency, 1.0);
        QCOMPARE(champions.medianFrequency, 5.0);
        QCOMPARE(champions.medianMonetary, 4.0);
        QCOMPARE(rows[9].name, u"已流失"_s);
        QCOMPARE(rows[9].customers, 1);
        QCOMPARE(rows[10].rule, 10);
        QCOMPARE(rows[10].customers, 0);
        QVERIFY(std::isnan(rows[10].medianRecency));
        QCOMPARE(summarize(*run, false)[10].name, u"Others"_s);
    }

    void rfmPackageOracle()
    {
        // expected_results.md §1–2: rfm_table_order(..., analysis_date = 2006-12-31) + the test scheme.
        const std::optional<OrderData> data = loadRfmOrders();
        if (!data)
            QSKIP("rfm_data_orders.csv.xz (or xz) is not available");
        QCOMPARE(data->names.size(), 995);
        const Result<RfmResult> run = runRfm(data->metrics, ScoringOptions { Method::RfmPkg, 5, {} }, presetScheme(u"rfm10"));
        QVERIFY(run.ok());
        const QList<SegmentSummary> rows = summarize(*run, false);
        QCOMPARE(rows[0].customers, 158);
        QCOMPARE(rows[0].orders, 1234.0);
        QCOMPARE(rows[0].revenue, 120178.0);
        double orders = 0;
        for (const SegmentSummary &row : rows)
            orders += row.orders;
        QCOMPARE(orders, 4906.0);

        const QList<std::pair<QString, QString>> readme { { u"Abbey O'Reilly"_s, u"343"_s }, { u"Add Senger"_s, u"412"_s },
                                                          { u"Aden Lesch"_s, u"323"_s }, { u"Aden Murphy"_s, u"544"_s },
                                                          { u"Admiral Senger"_s, u"433"_s } };
        for (const auto &[name, code] : readme)
            QCOMPARE(rfmCode(*run, data->names.indexOf(name)), code);

        // rfm_heatmap_data: mean amount per (F, R) cell, summed over the 25 cells.
        std::map<int, std::pair<double, int>> cells;
        std::array<bool, 6> recencySeen {};
        for (size_t i = 0; i < run->scores.r.size(); ++i) {
            auto &cell = cells[run->scores.f[i] * 10 + run->scores.r[i]];
            cell.first += data->metrics.monetary[i];
            ++cell.second;
            recencySeen[run->scores.r[i]] = true;
        }
        double heat = 0;
        for (const auto &[key, cell] : cells)
            heat += cell.first / cell.second;
        QCOMPARE(cells.size(), size_t(25));
        QCOMPARE(std::round(heat), 12634.0);
        QVERIFY(recencySeen[1] && recencySeen[2] && recencySeen[3] && recencySeen[4] && recencySeen[5]);

        ScoringOptions custom { Method::RfmPkg, 5, {} };
        custom.thresholds = { std::vector<double> { 115, 181, 297, 482 }, std::vector<double> { 4, 5, 6, 8 },
                              std::vector<double> { 256, 382, 506, 666 } };
        const Result<RfmResult> customRun = runRfm(data->metrics, custom, presetScheme(u"rfm10"));
        QVERIFY(customRun.ok());
        QCOMPARE(customRun->scores.cuts[1], (std::vector<double> { 4, 5, 6, 8 }));
    }
};

QTEST_GUILESS_MAIN(TestRfmResult)
#include "tst_rfmresult.moc"
