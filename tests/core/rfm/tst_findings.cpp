#include "rfm/findings.h"
#include "rfm/presets.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

/// Skewed shop-like customers: many one-time buyers, a few big spenders, some returns-only.
RfmMetrics shopMetrics(int customers, unsigned seed, int recencyShift = 0)
{
    std::mt19937 rng(seed);
    std::geometric_distribution<int> extra(0.5);
    std::lognormal_distribution<double> value(3.5, 1.1);
    std::uniform_int_distribution<int> days(0, 720);
    std::uniform_real_distribution<double> unit(0, 1);
    RfmMetrics m;
    for (int i = 0; i < customers; ++i) {
        const bool scored = unit(rng) > 0.03;
        m.recency.push_back(days(rng) + (i % 3 == 0 ? recencyShift : 0));
        m.frequency.push_back(1 + extra(rng));
        m.monetary.push_back(scored ? value(rng) * m.frequency.back() : -12.5);
        m.scored.push_back(scored ? 1 : 0);
        m.scoredCount += scored;
    }
    return m;
}

RfmResult scored(const RfmMetrics &metrics)
{
    auto result = runRfm(metrics, ScoringOptions {}, presetScheme(u"rfm10"));
    if (!result)
        qFatal("runRfm failed: %s", qPrintable(result.error().toString()));
    return result.takeValue();
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-9 * (1 + std::abs(b)); }

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineFiguresMatchACountByHand()
    {
        const RfmResult r = scored(shopMetrics(3000, 21));
        const Findings f = findings(r);

        std::map<int, qint64> perSegment;
        std::map<int, double> revenuePerSegment;
        std::map<int, qint64> atRiskPerSegment;
        std::vector<double> spend;
        double revenue = 0, atRiskRevenue = 0;
        qint64 atRisk = 0;
        for (size_t i = 0; i < r.segment.size(); ++i) {
            if (r.segment[i] < 0)
                continue;
            const double m = r.metrics.monetary[i];
            ++perSegment[r.segment[i]];
            revenuePerSegment[r.segment[i]] += m;
            spend.push_back(m);
            revenue += m;
            // Five levels: long gone is R 1–2, big spenders are M 4–5.
            if (r.scores.r[i] <= 2 && r.scores.m[i] >= 4) {
                ++atRisk;
                atRiskRevenue += m;
                ++atRiskPerSegment[r.segment[i]];
            }
        }
        QCOMPARE(f.scored, r.metrics.scoredCount);
        QVERIFY(near(f.revenue, revenue));

        const auto largest = std::max_element(perSegment.begin(), perSegment.end(),
                                              [](auto a, auto b) { return a.second < b.second; });
        QCOMPARE(f.largestCustomers, largest->second);
        QCOMPARE(perSegment[f.largestSegment], largest->second);
        QVERIFY(near(f.largestRevenueShare, revenuePerSegment[f.largestSegment] / revenue));

        std::sort(spend.begin(), spend.end(), std::greater<>());
        const size_t fifth = size_t(std::ceil(double(spend.size()) / 5));
        double top = 0;
        for (size_t i = 0; i < fifth; ++i)
            top += spend[i];
        QVERIFY(near(f.topFifthRevenueShare, top / revenue));
        QVERIFY2(f.topFifthRevenueShare > 0.2, "on skewed spend the top fifth brings more than a fifth");

        QVERIFY(atRisk > 0);
        QCOMPARE(f.atRiskCustomers, atRisk);
        QVERIFY(near(f.atRiskRevenue, atRiskRevenue));
        QVERIFY(near(f.atRiskRevenueShare, atRiskRevenue / revenue));
        const auto mainAtRisk = std::max_element(atRiskPerSegment.begin(), atRiskPerSegment.end(),
                                                 [](auto a, auto b) { return a.second < b.second; });
        QCOMPARE(atRiskPerSegment[f.atRiskMainSegment], mainAtRisk->second);

        // Without an earlier scoring nothing is said about shrinking.
        QCOMPARE(f.shrinkingSegment, -1);
    }

    void twoLevelsCountTheLowerAndUpperHalf()
    {
        QVERIFY(isAtRisk(1, 2, 2));
        QVERIFY(!isAtRisk(2, 2, 2));
        QVERIFY(!isAtRisk(1, 1, 2));
        QVERIFY(isAtRisk(2, 4, 5));
        QVERIFY(!isAtRisk(3, 5, 5));
        QVERIFY(!isAtRisk(0, 5, 5)); // unscored
    }

    void shrinkingSegmentIsTheLargestRelativeLoss()
    {
        const RfmMetrics earlierMetrics = shopMetrics(3000, 33);
        RfmMetrics laterMetrics = earlierMetrics;
        // A third of the customers stop buying for a year: recent segments shrink.
        for (size_t i = 0; i < laterMetrics.recency.size(); i += 3)
            laterMetrics.recency[i] += 365;
        const RfmResult earlier = scored(earlierMetrics), later = scored(laterMetrics);
        const Findings f = findings(later, &earlier);

        std::map<int, qint64> before, now;
        for (size_t i = 0; i < later.segment.size(); ++i) {
            if (earlier.segment[i] >= 0)
                ++before[earlier.segment[i]];
            if (later.segment[i] >= 0)
                ++now[later.segment[i]];
        }
        double worst = 0;
        int worstSegment = -1;
        for (const auto &[segment, n] : before) {
            if (n < std::max<qint64>(10, earlier.metrics.scoredCount / 100))
                continue;
            const double change = double(now[segment] - n) / double(n);
            if (change < worst) {
                worst = change;
                worstSegment = segment;
            }
        }
        QVERIFY(worstSegment >= 0);
        QCOMPARE(f.shrinkingSegment, worstSegment);
        QCOMPARE(f.shrinkingBefore, before[worstSegment]);
        QCOMPARE(f.shrinkingNow, now[worstSegment]);

        // Comparing a scoring with itself: nothing shrank.
        QCOMPARE(findings(later, &later).shrinkingSegment, -1);
    }

    void nobodyScoredSaysNothing()
    {
        // A scoring whose customers all fell out (e.g. after a window change): every segment -1.
        RfmResult r = scored(shopMetrics(50, 5));
        std::fill(r.segment.begin(), r.segment.end(), qint16(-1));
        const Findings f = findings(r);
        QCOMPARE(f.scored, 0);
        QCOMPARE(f.largestSegment, -1);
        QCOMPARE(f.atRiskMainSegment, -1);
        QVERIFY(std::isnan(f.topFifthRevenueShare));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
