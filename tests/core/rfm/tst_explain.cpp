#include "rfm/explain.h"
#include "rfm/presets.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

/// A skewed, tie-heavy population like real shop data: recency in days, few orders, long-tailed
/// spend. std::mt19937 is specified exactly, so the values are the same on every platform.
RfmMetrics skewedMetrics(int n)
{
    std::mt19937 engine(20261123);
    RfmMetrics m;
    for (int i = 0; i < n; ++i) {
        const auto u = [&engine] { return double(engine() % 1000000) / 1e6; };
        m.recency.push_back(std::floor(1 + 700 * u() * u()));
        m.frequency.push_back(std::floor(1 + 12 * u() * u() * u()));
        m.monetary.push_back(std::round(20 + 5000 * u() * u() * u()));
        const bool scored = i % 17 != 0;
        m.scored.push_back(scored ? 1 : 0);
        m.scoredCount += scored;
    }
    return m;
}

bool inInterval(const ScoreReason &reason)
{
    if (reason.lower && (reason.lowerIncluded ? reason.value < *reason.lower : reason.value <= *reason.lower))
        return false;
    if (reason.upper && (reason.upperIncluded ? reason.value > *reason.upper : reason.value >= *reason.upper))
        return false;
    return true;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalsContainEveryValue_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("bins");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("quantile 5 rfm10") << int(Method::Quantile) << 5 << u"rfm10"_s;
        QTest::newRow("rfmpkg 5 shop11") << int(Method::RfmPkg) << 5 << u"shop11"_s;
        QTest::newRow("quantile 3 rfm10") << int(Method::Quantile) << 3 << u"rfm10"_s;
        QTest::newRow("median cn8") << int(Method::Median) << 2 << u"cn8"_s;
        QTest::newRow("mean cn8") << int(Method::Mean) << 2 << u"cn8"_s;
    }

    void intervalsContainEveryValue()
    {
        QFETCH(int, method);
        QFETCH(int, bins);
        QFETCH(QString, scheme);
        SegmentScheme segments = presetScheme(scheme);
        segments.bins = bins == 2 ? segments.bins : bins;
        if (bins == 3) {
            // rfm10 is written for five levels; squeeze its bounds so it can run with three.
            for (SegmentRule &rule : segments.rules) {
                for (int *bound : { &rule.rLow, &rule.rHigh, &rule.fLow, &rule.fHigh, &rule.mLow, &rule.mHigh })
                    *bound = std::min(*bound, 3);
            }
        }
        const Result<RfmResult> run = runRfm(skewedMetrics(4000), { Method(method), bins, {} }, segments);
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
        int explainedWithBounds = 0;
        for (qsizetype i = 0; i < run->metrics.size(); ++i) {
            const CustomerExplanation why = explainCustomer(*run, i);
            QCOMPARE(why.scored, run->metrics.scored[size_t(i)] != 0);
            QCOMPARE(why.segment, int(run->segment[size_t(i)]));
            if (!why.scored) {
                QCOMPARE(why.earlierRules.size(), 0);
                continue;
            }
            for (const ScoreReason &reason : why.reasons) {
                QVERIFY2(inInterval(reason), qPrintable(u"customer %1 dimension %2 value %3 score %4"_s.arg(i).arg(
                                 int(reason.dimension)).arg(reason.value).arg(reason.score)));
                explainedWithBounds += reason.lower.has_value() || reason.upper.has_value();
            }
            // Every rule before the matched one names at least one dimension it failed on, and
            // those dimensions really are outside its bounds; the matched rule matches.
            QCOMPARE(why.earlierRules.size(), std::min<qsizetype>(why.segment, segments.rules.size()));
            const int r = run->scores.r[size_t(i)], f = run->scores.f[size_t(i)], m = run->scores.m[size_t(i)];
            for (const RuleMiss &miss : why.earlierRules) {
                QVERIFY(!miss.failed.isEmpty());
                QVERIFY(!ruleMatches(segments.rules.at(miss.rule), segments.basis, r, f, m));
            }
            if (why.segment < segments.rules.size())
                QVERIFY(ruleMatches(segments.rules.at(why.segment), segments.basis, r, f, m));
        }
        QCOMPARE(explainedWithBounds, 3 * int(run->metrics.scoredCount));
    }

    void handExample()
    {
        // Thresholds 10/20/30/40 days: 25 days lies in (20, 30] → R 3 of 5 (quantile-style cuts
        // count v > t as above).
        RfmMetrics m;
        m.recency = { 25, 5 };
        m.frequency = { 3, 9 };
        m.monetary = { 100, 900 };
        m.scored = { 1, 1 };
        m.scoredCount = 2;
        ScoringOptions options { Method::Thresholds, 5, {} };
        options.thresholds = { std::vector<double> { 10, 20, 30, 40 }, std::vector<double> { 1, 2, 4, 8 },
                               std::vector<double> { 50, 100, 200, 400 } };
        const Result<RfmResult> run = runRfm(m, options, presetScheme(u"rfm10"));
        QVERIFY(run.ok());
        const CustomerExplanation why = explainCustomer(*run, 0);
        const ScoreReason &r = why.reasons[0];
        QCOMPARE(r.score, 3);
        QCOMPARE(*r.lower, 20.0);
        QVERIFY(!r.lowerIncluded);
        QCOMPARE(*r.upper, 30.0);
        QVERIFY(r.upperIncluded);
        const ScoreReason &money = why.reasons[2];
        QCOMPARE(money.score, 2);                      // 100 is not above the cut at 100
        QCOMPARE(*money.lower, 50.0);
        QCOMPARE(*money.upper, 100.0);
        const CustomerExplanation top = explainCustomer(*run, 1);
        QCOMPARE(top.reasons[0].score, 5);             // 5 days: below the first cut, best score
        QVERIFY(!top.reasons[0].lower.has_value());
        QCOMPARE(*top.reasons[0].upper, 10.0);
        QCOMPARE(top.reasons[1].score, 5);
        QVERIFY(!top.reasons[1].upper.has_value());
        QCOMPARE(top.segment, 0);                      // 555: Champions, the first rule
        QVERIFY(top.earlierRules.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
