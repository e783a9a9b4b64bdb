// K-means against an exhaustive search of every partition of small inputs, and the properties of
// an exact Lloyd fit (each point at its nearest centroid, centroids the means) on larger ones.
#include "analytics/kmeans.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace Portrait;
using namespace Portrait::Analytics;

namespace {

/// Blobs around a few centres with uniform noise, as customer features tend to look.
PointMatrix blobs(qsizetype n, int dims, int centres, unsigned seed, double spread = 0.6)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::vector<double> middles(size_t(centres) * size_t(dims));
    for (double &m : middles)
        m = 4 * unit(rng);
    PointMatrix p;
    p.rows = n;
    p.dims = dims;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = size_t(rng() % unsigned(centres));
        for (int a = 0; a < dims; ++a)
            p.values.push_back(middles[c * size_t(dims) + size_t(a)] + spread * unit(rng) * (1 + a));
    }
    return p;
}

double squared(const double *a, const double *b, int d)
{
    double s = 0;
    for (int i = 0; i < d; ++i)
        s += (a[i] - b[i]) * (a[i] - b[i]);
    return s;
}

/// The lowest inertia of any partition of the points into k non-empty clusters, by enumerating
/// every labelling (k^n of them).
double exhaustiveOptimum(const PointMatrix &p, int k)
{
    const qsizetype n = p.rows;
    const int d = p.dims;
    std::vector<int> labels(size_t(n), 0);
    double best = std::numeric_limits<double>::infinity();
    while (true) {
        std::vector<double> sums(size_t(k) * size_t(d), 0.0);
        std::vector<int> counts(size_t(k), 0);
        for (qsizetype i = 0; i < n; ++i) {
            ++counts[size_t(labels[size_t(i)])];
            for (int a = 0; a < d; ++a)
                sums[size_t(labels[size_t(i)]) * size_t(d) + size_t(a)] += p.row(i)[a];
        }
        if (std::find(counts.begin(), counts.end(), 0) == counts.end()) {
            double inertia = 0;
            for (qsizetype i = 0; i < n; ++i) {
                const int j = labels[size_t(i)];
                for (int a = 0; a < d; ++a) {
                    const double mean = sums[size_t(j) * size_t(d) + size_t(a)] / counts[size_t(j)];
                    inertia += (p.row(i)[a] - mean) * (p.row(i)[a] - mean);
                }
            }
            best = std::min(best, inertia);
        }
        qsizetype digit = 0;
        while (digit < n && ++labels[size_t(digit)] == k)
            labels[size_t(digit++)] = 0;
        if (digit == n)
            return best;
    }
}

/// Checks what an exact, converged Lloyd fit must satisfy, independently of how it was computed.
void verifyFixedPoint(const PointMatrix &p, const KMeansFit &fit)
{
    const int d = p.dims;
    QVERIFY(fit.converged);
    std::vector<double> sums(size_t(fit.k) * size_t(d), 0.0);
    std::vector<qint64> counts(size_t(fit.k), 0);
    double inertia = 0;
    for (qsizetype i = 0; i < p.rows; ++i) {
        const int own = fit.labels[size_t(i)];
        QVERIFY(own >= 0 && own < fit.k);
        const double ownDistance = squared(p.row(i), fit.centroids.data() + own * d, d);
        for (int j = 0; j < fit.k; ++j)
            QVERIFY2(ownDistance <= squared(p.row(i), fit.centroids.data() + j * d, d) + 1e-9,
                     qPrintable(QStringLiteral("point %1 is nearer centroid %2 than its own %3").arg(i).arg(j).arg(own)));
        inertia += ownDistance;
        ++counts[size_t(own)];
        for (int a = 0; a < d; ++a)
            sums[size_t(own) * size_t(d) + size_t(a)] += p.row(i)[a];
    }
    for (int j = 0; j < fit.k; ++j) {
        QVERIFY2(counts[size_t(j)] > 0, "a cluster is empty");
        for (int a = 0; a < d; ++a)
            QVERIFY(std::abs(fit.centroids[size_t(j) * size_t(d) + size_t(a)] - sums[size_t(j) * size_t(d) + size_t(a)] / double(counts[size_t(j)]))
                    < 1e-9);
    }
    QVERIFY(std::abs(inertia - fit.inertia) <= 1e-9 * std::max(1.0, inertia));
}

KMeansFit fit(const PointMatrix &p, int k, quint64 seed = 7, int threads = 0, int restarts = 10)
{
    KMeansOptions options;
    options.k = k;
    options.seed = seed;
    options.threads = threads;
    options.restarts = restarts;
    CancelToken cancel;
    auto result = fitKMeans(p, options, nullProgress(), cancel);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result.takeValue();
}

} // namespace

class TestKMeans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesExhaustiveSearch_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("k");
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 12; ++seed) {
            QTest::addRow("n8 d2 k2 #%u", seed) << 8 << 2 << 2 << seed;
            QTest::addRow("n9 d2 k3 #%u", seed) << 9 << 2 << 3 << seed;
            QTest::addRow("n7 d3 k4 #%u", seed) << 7 << 3 << 4 << seed;
        }
    }

    void matchesExhaustiveSearch()
    {
        QFETCH(int, n);
        QFETCH(int, dims);
        QFETCH(int, k);
        QFETCH(unsigned, seed);
        // Uniform noise without structure: the hardest case for a local search.
        const PointMatrix p = blobs(n, dims, 1, seed, 2.0);
        const double optimum = exhaustiveOptimum(p, k);
        const KMeansFit f = fit(p, k);
        verifyFixedPoint(p, f);
        QVERIFY2(std::abs(f.inertia - optimum) <= 1e-9 * std::max(1.0, optimum),
                 qPrintable(QStringLiteral("k-means %1, optimum %2").arg(f.inertia, 0, 'g', 12).arg(optimum, 0, 'g', 12)));
    }

    void exactLloydOnLargerInput_data()
    {
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("k");
        QTest::newRow("d1 k5") << 1 << 5;
        QTest::newRow("d3 k8") << 3 << 8;
        QTest::newRow("d4 k6") << 4 << 6;
        QTest::newRow("d7 k3") << 7 << 3;   // a dimension count without its own kernel
        QTest::newRow("d2 k4 refined") << 2 << 4;   // enough points for the seeds to be refined on a sample
    }

    void exactLloydOnLargerInput()
    {
        QFETCH(int, dims);
        QFETCH(int, k);
        // From 200,000 points the seeds are refined on a sample first; the end is the same fixed point.
        const PointMatrix p = blobs(QTest::currentDataTag() == QByteArray("d2 k4 refined") ? 250'000 : 20'000, dims, 5, 99);
        const KMeansFit f = fit(p, k, 3);
        verifyFixedPoint(p, f);
        QCOMPARE(inertiaOf(p, f.centroids, f.labels), f.inertia);
    }

    void restartsLowerTheInertia()
    {
        // The best of ten restarts is never worse than the first one alone.
        const PointMatrix p = blobs(5'000, 2, 9, 5, 1.0);
        QVERIFY(fit(p, 8, 11, 0, 10).inertia <= fit(p, 8, 11, 0, 1).inertia);
    }

    void sameSeedSameClustersOnAnyThreadCount()
    {
        const PointMatrix p = blobs(30'000, 3, 6, 42, 0.9);
        const KMeansFit one = fit(p, 6, 2024, 1);
        for (int threads : { 2, 3, 5 }) {
            const KMeansFit other = fit(p, 6, 2024, threads);
            QCOMPARE(other.labels, one.labels);
            QCOMPARE(other.centroids, one.centroids);
            QCOMPARE(other.inertia, one.inertia);
            QCOMPARE(other.restart, one.restart);
        }
        QCOMPARE(fit(p, 6, 2024, 2).labels, one.labels);   // and from one call to the next
    }

    void rangeFitsEachKAsAlone()
    {
        const PointMatrix p = blobs(3'000, 3, 4, 8);
        KMeansOptions options;
        options.seed = 5;
        CancelToken cancel;
        auto fits = fitKMeansRange(p, { 2, 3, 4 }, options, nullProgress(), cancel);
        QVERIFY(fits);
        QCOMPARE(fits->size(), 3);
        for (const KMeansFit &f : *fits)
            QCOMPARE(f.labels, fit(p, f.k, 5).labels);
        QVERIFY(fits->at(0).inertia > fits->at(1).inertia && fits->at(1).inertia > fits->at(2).inertia);
    }

    void duplicatesAndGuardRails()
    {
        // Three distinct points, many times over: k = 3 finds them exactly, k = 4 is refused.
        PointMatrix p;
        p.dims = 2;
        for (int copy = 0; copy < 50; ++copy) {
            for (double x : { 0.0, 5.0, 9.0 }) {
                p.values.insert(p.values.end(), { x, -x });
                ++p.rows;
            }
        }
        QCOMPARE(countDistinctPoints(p, 10), qsizetype(3));
        const KMeansFit three = fit(p, 3);
        QCOMPARE(three.inertia, 0.0);
        verifyFixedPoint(p, three);
        KMeansOptions options;
        options.k = 4;
        CancelToken cancel;
        auto refused = fitKMeans(p, options, nullProgress(), cancel);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("3 distinct")), qPrintable(refused.error().message));
        options.k = 2;
        cancel.cancel();
        QVERIFY(!fitKMeans(p, options, nullProgress(), cancel));
    }
};

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
