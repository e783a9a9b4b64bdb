#include "rfm/scoring.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

/// Metrics whose dimension d holds values (every customer scored); the other two are all zero.
RfmMetrics metricsWith(Dimension d, const QList<double> &values)
{
    RfmMetrics m;
    const auto n = size_t(values.size());
    m.recency.assign(n, 0.0);
    m.frequency.assign(n, 0.0);
    m.monetary.assign(n, 0.0);
    std::vector<double> &target = d == Dimension::Recency ? m.recency : d == Dimension::Frequency ? m.frequency : m.monetary;
    target.assign(values.begin(), values.end());
    m.scored.assign(n, 1);
    m.scoredCount = qsizetype(n);
    return m;
}

QList<int> toList(const std::vector<quint8> &v)
{
    return QList<int>(v.begin(), v.end());
}

const QList<double> MtcarsMpg { 21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
                                14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4 };

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        for (Method m : { Method::Quantile, Method::RfmPkg, Method::Ntile, Method::Mean, Method::Median, Method::Thresholds })
            QCOMPARE(methodFromKey(methodKey(m)), m);
        QCOMPARE(methodKey(Method::RfmPkg), u"rfmpkg"_s);
        QVERIFY(!methodFromKey(u"kmeans"));
    }

    void scores_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<int>("bins");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("thresholds");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QList<double>>("expectedCuts");

        const QList<double> oneToTen { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        const QList<double> ties { 1, 1, 1, 1, 1, 1, 2, 2, 3, 10 };
        const int r = int(Dimension::Recency), f = int(Dimension::Frequency), m = int(Dimension::Monetary);
        // Type 7 at .2/.4/.6/.8 of 1..10: h = 1.8, 3.6, 5.4, 7.2.
        QTest::newRow("quantile F 1..10") << Method::Quantile << 5 << f << oneToTen << QList<double>()
                                          << QList<int> { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 } << QList<double> { 2.8, 4.6, 6.4, 8.2 };
        QTest::newRow("quantile R mirrored") << Method::Quantile << 5 << r << oneToTen << QList<double>()
                                             << QList<int> { 5, 5, 4, 4, 3, 3, 2, 2, 1, 1 } << QList<double> { 2.8, 4.6, 6.4, 8.2 };
        QTest::newRow("rfmpkg F 1..10") << Method::RfmPkg << 5 << f << oneToTen << QList<double>()
                                        << QList<int> { 1, 1, 1, 2, 2, 3, 3, 4, 4, 5 } << QList<double> { 3.8, 5.6, 7.4, 9.2 };
        QTest::newRow("rfmpkg R mirrored") << Method::RfmPkg << 5 << r << oneToTen << QList<double>()
                                           << QList<int> { 5, 5, 5, 4, 4, 3, 3, 2, 2, 1 } << QList<double> { 3.8, 5.6, 7.4, 9.2 };
        // Cut points 1, 1, 1.4, 2.2: equal values share a score, bins collapse to 1, 4, 5.
        QTest::newRow("quantile ties collapse") << Method::Quantile << 5 << f << ties << QList<double>()
                                                << QList<int> { 1, 1, 1, 1, 1, 1, 4, 4, 5, 5 } << QList<double> { 1, 1, 1.4, 2.2 };
        QTest::newRow("rfmpkg ties") << Method::RfmPkg << 5 << f << ties << QList<double>()
                                     << QList<int> { 1, 1, 1, 1, 1, 1, 3, 3, 4, 5 } << QList<double> { 2, 2, 2.4, 3.2 };
        QTest::newRow("rfmpkg custom bins") << Method::RfmPkg << 4 << m << QList<double> { 100, 200, 300, 400, 500 }
                                            << QList<double> { 200, 300, 400 } << QList<int> { 1, 2, 3, 4, 4 }
                                            << QList<double> { 200, 300, 400 };
        // NTILE(3) of 7 rows: tiles of 3, 2, 2 in (value, index) order; the tied 3s split.
        const QList<double> ntileValues { 5, 1, 3, 3, 3, 2, 4 };
        QTest::newRow("ntile F") << Method::Ntile << 3 << f << ntileValues << QList<double>()
                                 << QList<int> { 3, 1, 1, 2, 2, 1, 3 } << QList<double> { 3, 3 };
        QTest::newRow("ntile R") << Method::Ntile << 3 << r << ntileValues << QList<double>()
                                 << QList<int> { 1, 3, 3, 2, 2, 3, 1 } << QList<double> { 3, 3 };
        QTest::newRow("mean F") << Method::Mean << 5 << f << QList<double> { 1, 1, 1, 1, 6 } << QList<double>()
                                << QList<int> { 1, 1, 1, 1, 2 } << QList<double> { 2 };
        QTest::newRow("mean R") << Method::Mean << 5 << r << QList<double> { 10, 20, 30, 40 } << QList<double>()
                                << QList<int> { 2, 2, 1, 1 } << QList<double> { 25 };
        QTest::newRow("median F") << Method::Median << 5 << f << QList<double> { 1, 1, 2, 3 } << QList<double>()
                                  << QList<int> { 1, 1, 2, 2 } << QList<double> { 1.5 };
        // Equal to the median is not better: only strictly fewer days score 2.
        QTest::newRow("median R ties") << Method::Median << 5 << r << QList<double> { 1, 2, 2, 3, 10 } << QList<double>()
                                       << QList<int> { 2, 1, 1, 1, 1 } << QList<double> { 2 };
        QTest::newRow("thresholds M") << Method::Thresholds << 3 << m << QList<double> { 0, 50, 100, 150, 200 }
                                      << QList<double> { 50, 150 } << QList<int> { 1, 1, 2, 2, 3 } << QList<double> { 50, 150 };
        QTest::newRow("thresholds R") << Method::Thresholds << 3 << r << QList<double> { 10, 30, 60, 90 }
                                      << QList<double> { 30, 60 } << QList<int> { 3, 3, 2, 1 } << QList<double> { 30, 60 };
    }

    void scores()
    {
        QFETCH(Method, method);
        QFETCH(int, bins);
        QFETCH(int, dimension);
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, thresholds);
        QFETCH(QList<int>, expected);
        QFETCH(QList<double>, expectedCuts);
        const auto d = Dimension(dimension);
        ScoringOptions options;
        options.method = method;
        options.bins = bins;
        for (auto &t : options.thresholds)
            t = std::vector<double>(size_t(bins - 1), 0.0);
        for (size_t k = 0; k < options.thresholds.size(); ++k) {
            for (size_t j = 0; j < options.thresholds[k].size(); ++j)
                options.thresholds[k][j] = double(j);   // ascending, for the untested dimensions
        }
        if (!thresholds.isEmpty())
            options.thresholds[size_t(d)].assign(thresholds.begin(), thresholds.end());
        else if (method == Method::RfmPkg)
            options.thresholds = {};
        const Result<Scores> s = score(metricsWith(d, values), options);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(toList(s->of(d)), expected);
        const std::vector<double> &cuts = s->cuts[size_t(d)];
        QCOMPARE(qsizetype(cuts.size()), expectedCuts.size());
        for (size_t i = 0; i < cuts.size(); ++i)
            QVERIFY2(std::abs(cuts[i] - expectedCuts[qsizetype(i)]) < 1e-9, qPrintable(QString::number(cuts[i])));
    }

    void mtcarsBins()
    {
        // The rfm package's test-utils.R: bins(mtcars, "mpg", 5) = type-7 quantiles + 1.
        const RfmMetrics m = metricsWith(Dimension::Monetary, MtcarsMpg);
        const std::vector<double> quantile { 15.20, 17.92, 21.00, 24.08 }, rfmpkg { 16.20, 18.92, 22.00, 25.08 };
        for (Method method : { Method::Quantile, Method::RfmPkg }) {
            ScoringOptions options;
            options.method = method;
            const Result<Scores> s = score(m, options);
            QVERIFY(s.ok());
            const std::vector<double> &want = method == Method::Quantile ? quantile : rfmpkg;
            for (size_t i = 0; i < 4; ++i)
                QVERIFY2(std::abs(s->cuts[2][i] - want[i]) < 1e-9, qPrintable(QString::number(s->cuts[2][i], 'g', 17)));
        }
    }

    void unscoredLeftOut()
    {
        RfmMetrics m = metricsWith(Dimension::Frequency, { 1, 2, 3, 4, 5, 1000 });
        m.scored[5] = 0;   // only returns: must not pull the quantiles up
        m.scoredCount = 5;
        ScoringOptions options;
        options.bins = 5;
        const Result<Scores> s = score(m, options);
        QVERIFY(s.ok());
        QCOMPARE(toList(s->f), (QList<int> { 1, 2, 3, 4, 5, 0 }));
        QCOMPARE(s->r[5], quint8(0));
        QCOMPARE(s->cuts[1], (std::vector<double> { 1.8, 2.6, 3.4, 4.2 }));
    }

    void collapseIsReported()
    {
        const Result<Scores> s = score(metricsWith(Dimension::Frequency, { 1, 1, 1, 1, 1, 1, 1, 1, 2, 2 }), {});
        QVERIFY(s.ok());
        bool found = false;
        for (const Issue &issue : s->issues.items()) {
            found = found || (issue.text.startsWith(u"frequency: bins collapsed, 4 cut points give only 2 distinct scores"_s)
                              && issue.text.contains(u"most customers bought once"_s) && issue.text.contains(u"cut points: 1, 1, 1, 1.2"_s));
        }
        QVERIFY2(found, qPrintable(s->issues.toText()));
    }

    void ntileWarns()
    {
        ScoringOptions options;
        options.method = Method::Ntile;
        options.bins = 3;
        const Result<Scores> s = score(metricsWith(Dimension::Frequency, { 5, 1, 3, 3, 3, 2, 4 }), options);
        QVERIFY(s.ok());
        QVERIFY(s->issues.toText().contains(u"frequency: ntile gave equal values different scores"_s));
        QVERIFY(s->issues.toText().contains(u"equal values may be split"_s));
    }

    void errors_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<int>("bins");
        QTest::addColumn<QList<double>>("recencyThresholds");
        QTest::addColumn<bool>("noneScored");
        QTest::addColumn<QString>("message");
        QTest::newRow("bins 2") << Method::Quantile << 2 << QList<double>() << false << u"must be 3, 4 or 5, not 2"_s;
        QTest::newRow("bins 6") << Method::Ntile << 6 << QList<double>() << false << u"must be 3, 4 or 5, not 6"_s;
        QTest::newRow("count") << Method::RfmPkg << 5 << QList<double> { 1, 2, 3 } << false
                               << u"recency thresholds: 5 score levels need 4 cut points, got 3"_s;
        QTest::newRow("order") << Method::Thresholds << 4 << QList<double> { 3, 2, 5 } << false << u"ascending order: 3, 2, 5"_s;
        QTest::newRow("missing") << Method::Thresholds << 3 << QList<double>() << false << u"need 2 cut points, got 0"_s;
        QTest::newRow("nobody") << Method::Mean << 9 << QList<double>() << true << u"No customer has a purchase"_s;
    }

    void errors()
    {
        QFETCH(Method, method);
        QFETCH(int, bins);
        QFETCH(QList<double>, recencyThresholds);
        QFETCH(bool, noneScored);
        QFETCH(QString, message);
        RfmMetrics m = metricsWith(Dimension::Recency, { 1, 2, 3 });
        if (noneScored) {
            m.scored.assign(3, 0);
            m.scoredCount = 0;
        }
        ScoringOptions options { method, bins, {} };
        options.thresholds[0].assign(recencyThresholds.begin(), recencyThresholds.end());
        const Result<Scores> s = score(m, options);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    void twoLevelIgnoresBins()
    {
        ScoringOptions options { Method::Median, 9, {} };
        const Result<Scores> s = score(metricsWith(Dimension::Monetary, { 1, 2, 3 }), options);
        QVERIFY(s.ok());
        QCOMPARE(s->bins, 2);
    }

    void rescoreMatchesThresholds()
    {
        const RfmMetrics m = metricsWith(Dimension::Monetary, MtcarsMpg);
        Result<Scores> s = score(m, {});
        QVERIFY(s.ok());
        const std::vector<double> dragged { 12, 16, 20, 30 };
        rescoreDimension(m, Dimension::Monetary, dragged, Method::Thresholds, 5, *s);
        ScoringOptions options { Method::Thresholds, 5, {} };
        options.thresholds = { std::vector<double> { 1, 2, 3, 4 }, std::vector<double> { 1, 2, 3, 4 }, dragged };
        const Result<Scores> direct = score(m, options);
        QVERIFY(direct.ok());
        QCOMPARE(s->m, direct->m);
        QCOMPARE(s->cuts[2], dragged);
        QCOMPARE(s->method, Method::Thresholds);
    }

    // quantilesUnsorted counts whole numbers in a narrow range and selects otherwise: both ways
    // must give exactly what interpolating over the sorted values gives.
    void quantilesWithoutSorting_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("whole days, many ties") << 0 << 20000;
        QTest::newRow("whole, negative and spread wide") << 1 << 5000;
        QTest::newRow("whole, negative and narrow") << 3 << 5000;
        QTest::newRow("amounts") << 2 << 20001;
        QTest::newRow("one value") << 2 << 1;
        QTest::newRow("two values") << 0 << 2;
    }

    void quantilesWithoutSorting()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        std::mt19937_64 rng(7 + kind);
        std::geometric_distribution<int> days(0.01);
        std::uniform_int_distribution<int> wide(-5'000'000, 5'000'000);
        std::lognormal_distribution<double> amount(3.6, 0.9);
        std::vector<double> values;
        for (int i = 0; i < count; ++i)
            values.push_back(kind == 0 ? days(rng) : kind == 1 ? wide(rng) : kind == 3 ? wide(rng) % 300 : amount(rng));
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const std::vector<double> ps { 0.0, 0.2, 0.25, 0.5, 0.5, 0.8, 0.99, 1.0 };
        const std::vector<double> got = quantilesUnsorted(values, ps);
        QCOMPARE(got.size(), ps.size());
        for (size_t k = 0; k < ps.size(); ++k)
            QCOMPARE(got[k], quantileType7(sorted, ps[k]));
    }

    void quantilesOfNothingAreNaN()
    {
        std::vector<double> none;
        const std::vector<double> got = quantilesUnsorted(none, { 0.25, 0.75 });
        QCOMPARE(got.size(), size_t(2));
        QVERIFY(std::isnan(got[0]) && std::isnan(got[1]));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
