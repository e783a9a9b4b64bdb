// The silhouette against a direct computation from its definition (Rousseeuw 1987), over all
// points and over a sample.
#include "analytics/silhouette.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace Portrait;
using namespace Portrait::Analytics;

namespace {

PointMatrix randomPoints(qsizetype n, int dims, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    PointMatrix p;
    p.rows = n;
    p.dims = dims;
    for (qsizetype i = 0; i < n * dims; ++i)
        p.values.push_back(normal(rng));
    return p;
}

/// s(i) from the definition, pair by pair, over the points listed.
double directSilhouette(const PointMatrix &p, const std::vector<qint32> &labels, int k, const std::vector<qsizetype> &rows)
{
    double total = 0;
    for (qsizetype i : rows) {
        std::vector<double> sum(size_t(k), 0.0);
        std::vector<int> count(size_t(k), 0);
        for (qsizetype j : rows) {
            double d = 0;
            for (int a = 0; a < p.dims; ++a)
                d += (p.row(i)[a] - p.row(j)[a]) * (p.row(i)[a] - p.row(j)[a]);
            sum[size_t(labels[size_t(j)])] += std::sqrt(d);
            ++count[size_t(labels[size_t(j)])];
        }
        const int own = labels[size_t(i)];
        if (count[size_t(own)] < 2)
            continue;   // s = 0
        const double a = sum[size_t(own)] / (count[size_t(own)] - 1);
        double b = INFINITY;
        for (int c = 0; c < k; ++c) {
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / count[size_t(c)]);
        }
        if (std::isfinite(b) && std::max(a, b) > 0)
            total += (b - a) / std::max(a, b);
    }
    return total / double(rows.size());
}

std::vector<qsizetype> all(qsizetype n)
{
    std::vector<qsizetype> rows(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        rows[size_t(i)] = i;
    return rows;
}

} // namespace

class TestSilhouette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheDefinition_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("k");
        QTest::newRow("random labels") << 700 << 3 << 4;
        QTest::newRow("one dimension") << 300 << 1 << 2;
        QTest::newRow("many clusters") << 500 << 5 << 8;
    }

    void matchesTheDefinition()
    {
        QFETCH(int, n);
        QFETCH(int, dims);
        QFETCH(int, k);
        const PointMatrix p = randomPoints(n, dims, unsigned(n + k));
        // Labels by the first coordinate's band, so the score is clearly positive, then some at random.
        std::vector<qint32> labels(static_cast<size_t>(n));
        std::mt19937 rng(3);
        for (qsizetype i = 0; i < n; ++i)
            labels[size_t(i)] = rng() % 5 == 0 ? qint32(rng() % unsigned(k))
                                                : std::clamp(qint32((p.row(i)[0] + 2) * k / 4), 0, k - 1);
        labels[0] = k - 1;   // a lone point in a cluster of its own is possible; make sure every label is used
        const double expected = directSilhouette(p, labels, k, all(n));
        QVERIFY(std::abs(silhouetteScore(p, labels, k) - expected) < 1e-12);
        QVERIFY(expected > -1 && expected < 1);
        // The same whatever the number of threads, to the last bit.
        QCOMPARE(silhouetteScore(p, labels, k, {}, 1), silhouetteScore(p, labels, k, {}, 3));

        const std::vector<qsizetype> sample = samplePoints(n, n / 3, 17);
        QVERIFY(std::abs(silhouetteScore(p, labels, k, sample) - directSilhouette(p, labels, k, sample)) < 1e-12);
    }

    void separatedClustersScoreHigh()
    {
        // Two tight groups far apart: a(i) ≈ 0, b(i) ≈ 10, s ≈ 1; a singleton scores 0.
        PointMatrix p;
        p.dims = 1;
        std::vector<qint32> labels;
        for (int i = 0; i < 10; ++i) {
            p.values.push_back(i < 5 ? 0.01 * i : 10 + 0.01 * i);
            labels.push_back(i < 5 ? 0 : 1);
        }
        p.values.push_back(50);
        labels.push_back(2);
        p.rows = qsizetype(p.values.size());
        const double s = silhouetteScore(p, labels, 3);
        QVERIFY(std::abs(s - directSilhouette(p, labels, 3, all(p.rows))) < 1e-12);
        QVERIFY(s > 0.85 && s < 1);
        // Identical points in one cluster against another: a = 0, s = 1; no NaN anywhere.
        PointMatrix same;
        same.dims = 1;
        same.rows = 4;
        same.values = { 1, 1, 2, 2 };
        QCOMPARE(silhouetteScore(same, { 0, 0, 1, 1 }, 2), 1.0);
        QCOMPARE(silhouetteScore(same, { 0, 0, 0, 0 }, 2), 0.0);
    }

    void samplesAreSeededAndDistinct()
    {
        const std::vector<qsizetype> a = samplePoints(100'000, 10'000, 5);
        QCOMPARE(a.size(), size_t(10'000));
        QCOMPARE(samplePoints(100'000, 10'000, 5), a);
        QVERIFY(samplePoints(100'000, 10'000, 6) != a);
        QCOMPARE(std::set<qsizetype>(a.begin(), a.end()).size(), a.size());
        QVERIFY(std::is_sorted(a.begin(), a.end()));
        QVERIFY(a.front() >= 0 && a.back() < 100'000);
        QCOMPARE(samplePoints(7, 10, 5), all(7));
    }
};

QTEST_GUILESS_MAIN(TestSilhouette)
#include "tst_silhouette.moc"
