#include "rfm/presets.h"
#include "rfm/rfmresult.h"

#include <QDate>
#include <QFile>
#include <QTest>

#include <cmath>

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
};

QTEST_GUILESS_MAIN(TestRfmResult)
#include "tst_rfmresult.moc"
