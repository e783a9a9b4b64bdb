#include "rfm/presets.h"
#include "rfm/transitions.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

/// Skewed shop-like customers: many one-time buyers, some returns-only (unscored).
RfmMetrics shopMetrics(int customers, unsigned seed)
{
    std::mt19937 rng(seed);
    std::geometric_distribution<int> extra(0.5);
    std::lognormal_distribution<double> value(3.5, 0.8);
    std::uniform_int_distribution<int> days(0, 720);
    std::uniform_real_distribution<double> unit(0, 1);
    RfmMetrics m;
    for (int i = 0; i < customers; ++i) {
        const bool scored = unit(rng) > 0.03;
        m.recency.push_back(days(rng));
        m.frequency.push_back(1 + extra(rng));
        m.monetary.push_back(scored ? value(rng) * m.frequency.back() : -12.5);
        m.scored.push_back(scored ? 1 : 0);
        m.scoredCount += scored;
    }
    return m;
}

RfmResult quantileResult(const RfmMetrics &metrics, const SegmentScheme &scheme)
{
    auto result = runRfm(metrics, ScoringOptions {}, scheme);
    if (!result)
        qFatal("runRfm failed: %s", qPrintable(result.error().toString()));
    return result.takeValue();
}

} // namespace

class TestTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalResultsMoveNobody()
    {
        const RfmResult r = quantileResult(shopMetrics(2000, 7), presetScheme(u"rfm10"));
        const Transitions t = computeTransitions(r, r);
        QCOMPARE(t.fromCount, int(r.scheme.rules.size()) + 2);
        QCOMPARE(t.toCount, t.fromCount);
        QCOMPARE(t.movedCustomers, 0);
        QVERIFY(t.moves().isEmpty());
        qint64 total = 0;
        for (qint64 c : t.customers)
            total += c;
        QCOMPARE(total, 2000);
        // The unscored customers stay in their own row/column.
        const int unscored = Transitions::unscored(r);
        QCOMPARE(t.customersAt(unscored, unscored), 2000 - r.metrics.scoredCount);
    }

    void movedCutMatchesBruteForceCount()
    {
        const RfmResult before = quantileResult(shopMetrics(5000, 11), presetScheme(u"shop11"));
        RfmResult after = before;
        std::vector<double> cuts = after.scores.cuts[size_t(Dimension::Recency)];
        cuts[1] = (cuts[1] + cuts[2]) / 2; // the analyst drags the second recency line right
        rescoreDimension(after.metrics, Dimension::Recency, cuts, after.scores.method, after.scores.bins, after.scores);
        resegment(after);

        std::map<std::pair<int, int>, std::pair<qint64, double>> expected;
        const int unscored = Transitions::unscored(before);
        for (size_t i = 0; i < before.segment.size(); ++i) {
            const int from = before.segment[i] < 0 ? unscored : before.segment[i];
            const int to = after.segment[i] < 0 ? unscored : after.segment[i];
            auto &cell = expected[{ from, to }];
            ++cell.first;
            cell.second += after.metrics.monetary[i];
        }

        const Transitions t = computeTransitions(before, after);
        qint64 moved = 0;
        for (const auto &[key, cell] : expected) {
            QCOMPARE(t.customersAt(key.first, key.second), cell.first);
            QVERIFY(std::abs(t.revenueAt(key.first, key.second) - cell.second) < 1e-6 * (1 + std::abs(cell.second)));
            if (key.first != key.second)
                moved += cell.first;
        }
        QVERIFY2(moved > 0, "moving a recency cut must move some customers");
        QCOMPARE(t.movedCustomers, moved);

        // moves(): only the off-diagonal non-zero cells, most customers first, summing to moved.
        const QList<SegmentMove> moves = t.moves();
        qint64 listed = 0;
        for (qsizetype k = 0; k < moves.size(); ++k) {
            QVERIFY(moves[k].from != moves[k].to);
            QVERIFY(moves[k].customers > 0);
            if (k > 0)
                QVERIFY(moves[k - 1].customers >= moves[k].customers);
            listed += moves[k].customers;
        }
        QCOMPARE(listed, moved);

        // Per segment, arrivals minus departures equal the change in segment size.
        for (int s = 0; s < t.fromCount; ++s) {
            qint64 sizeBefore = 0, sizeAfter = 0, in = 0, out = 0;
            for (size_t i = 0; i < before.segment.size(); ++i) {
                sizeBefore += (before.segment[i] < 0 ? unscored : before.segment[i]) == s;
                sizeAfter += (after.segment[i] < 0 ? unscored : after.segment[i]) == s;
            }
            for (const SegmentMove &m : moves) {
                in += m.to == s ? m.customers : 0;
                out += m.from == s ? m.customers : 0;
            }
            QCOMPARE(in - out, sizeAfter - sizeBefore);
        }
    }

    void unscoredCustomersHaveTheirOwnRowAndColumn()
    {
        // Shrinking the window makes customers unscored: they move into the unscored column.
        RfmMetrics metrics = shopMetrics(300, 3);
        const RfmResult before = quantileResult(metrics, presetScheme(u"rfm10"));
        for (size_t i = 0; i < 40; ++i) {
            metrics.scoredCount -= metrics.scored[i];
            metrics.scored[i] = 0;
        }
        const RfmResult after = quantileResult(metrics, presetScheme(u"rfm10"));
        const Transitions t = computeTransitions(before, after);
        const int unscored = Transitions::unscored(after);
        qint64 becameUnscored = 0;
        for (int from = 0; from < unscored; ++from)
            becameUnscored += t.customersAt(from, unscored);
        QCOMPARE(becameUnscored, before.metrics.scoredCount - after.metrics.scoredCount);
    }

    void differentSchemesAndMismatchedFrames()
    {
        const RfmMetrics metrics = shopMetrics(500, 5);
        const RfmResult tenSegments = quantileResult(metrics, presetScheme(u"rfm10"));
        const RfmResult elevenSegments = quantileResult(metrics, presetScheme(u"shop11"));
        const Transitions t = computeTransitions(tenSegments, elevenSegments);
        QCOMPARE(t.fromCount, 12);
        QCOMPARE(t.toCount, 13);
        qint64 total = 0;
        for (qint64 c : t.customers)
            total += c;
        QCOMPARE(total, 500);

        // Results of different frames cannot be compared: an empty matrix, not a crash.
        const RfmResult other = quantileResult(shopMetrics(10, 1), presetScheme(u"rfm10"));
        const Transitions none = computeTransitions(tenSegments, other);
        QCOMPARE(none.movedCustomers, 0);
        QVERIFY(std::all_of(none.customers.begin(), none.customers.end(), [](qint64 c) { return c == 0; }));
    }
};

QTEST_GUILESS_MAIN(TestTransitions)
#include "tst_transitions.moc"
