// A frame above Rfm::ParallelFrom is measured and scored on two threads: every customer must come
// out exactly as when measured alone, and the cut points as the sorted values give them.
#include "rfm/metrics.h"
#include "rfm/scoring.h"

#include <QDate>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

constexpr qsizetype Customers = qsizetype(ParallelFrom) + 50'001;

struct Order
{
    Model::Day day;
    double purchase, returned;
    bool hasPurchase;
};

/// Customer c's orders, the same every time; some customers have only totals, some nothing.
std::vector<Order> ordersOf(qsizetype c)
{
    std::minstd_rand rng(quint32(c) * 2654435761u + 1);
    std::uniform_int_distribution<int> count(0, 5), age(0, 900), cents(100, 90000);
    const Model::Day last = Model::Day(QDate(2025, 6, 30).toJulianDay());
    std::vector<Order> orders;
    for (int k = count(rng); k > 0; --k) {
        const bool isReturn = cents(rng) % 9 == 0;
        orders.push_back({ last - age(rng), isReturn ? 0.0 : cents(rng) / 100.0, isReturn ? -cents(rng) / 100.0 : 0.0,
                           !isReturn });
    }
    std::sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) { return a.day < b.day; });
    return orders;
}

void addCustomer(Model::CustomerFrame &frame, qsizetype c)
{
    const qint32 index = frame.addCustomer(u"C%1"_s.arg(c));
    for (const Order &o : ordersOf(c))
        frame.orders.append(index, o.day, o.purchase, o.returned, o.hasPurchase);
    if (c % 13 == 0 && ordersOf(c).empty()) {
        frame.totals.orderCount[size_t(index)] = 3;
        frame.totals.amount[size_t(index)] = 120.5;
        frame.totals.lastOrderDay[size_t(index)] = Model::Day(QDate(2025, 1, 2).toJulianDay());
    }
    for (const Order &o : ordersOf(c))
        frame.latestOrderDay = std::max(frame.latestOrderDay, o.day);
}

} // namespace

class TestLargeFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_frame.reserve(Customers);
        for (qsizetype c = 0; c < Customers; ++c)
            addCustomer(m_frame, c);
    }

    void metricsMatchCustomersAlone_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("defaults") << 0;
        QTest::newRow("one-year window, days, average, returns excluded") << 1;
    }

    void metricsMatchCustomersAlone()
    {
        QFETCH(int, variant);
        MetricOptions options;
        if (variant == 1) {
            options.windowDays = 365;
            options.frequency = FrequencyMode::Days;
            options.monetary = MonetaryMode::Average;
            options.returns = ReturnsMode::Exclude;
        }
        const RfmMetrics all = computeMetrics(m_frame, options);
        QCOMPARE(all.size(), Customers);
        QCOMPARE(all.scoredCount, qsizetype(std::count(all.scored.begin(), all.scored.end(), quint8(1))));
        // Both ends, both sides of the middle where the threads meet, and a spread between.
        std::vector<qsizetype> sample;
        for (qsizetype c = 0; c < 40; ++c)
            sample.insert(sample.end(), { c, Customers / 2 - 20 + c, Customers - 1 - c, c * (Customers / 40) + 7 });
        for (const qsizetype c : sample) {
            Model::CustomerFrame alone;
            addCustomer(alone, c);
            options.asOf = all.asOf; // the whole frame's as-of date, not this customer's
            const RfmMetrics one = computeMetrics(alone, options);
            const auto i = size_t(c);
            QCOMPARE(all.scored[i], one.scored[0]);
            QCOMPARE(all.recency[i], one.recency[0]);
            QCOMPARE(all.frequency[i], one.frequency[0]);
            QCOMPARE(all.monetary[i], one.monetary[0]);
        }
    }

    void cutsAreTheSortedQuantiles()
    {
        const RfmMetrics metrics = computeMetrics(m_frame, {});
        const Result<Scores> scores = score(metrics, ScoringOptions { Method::Quantile, 5, {} });
        QVERIFY(scores.ok());
        for (Dimension d : { Dimension::Recency, Dimension::Frequency, Dimension::Monetary }) {
            const std::vector<double> &x = d == Dimension::Recency ? metrics.recency
                                         : d == Dimension::Frequency ? metrics.frequency : metrics.monetary;
            std::vector<double> sorted;
            for (size_t i = 0; i < x.size(); ++i) {
                if (metrics.scored[i])
                    sorted.push_back(x[i]);
            }
            std::sort(sorted.begin(), sorted.end());
            const std::vector<double> &cuts = scores->cuts[size_t(d)];
            QCOMPARE(cuts.size(), size_t(4));
            for (int k = 1; k < 5; ++k)
                QCOMPARE(cuts[size_t(k - 1)], quantileType7(sorted, k / 5.0));
        }
    }

private:
    Model::CustomerFrame m_frame;
};

QTEST_GUILESS_MAIN(TestLargeFrame)
#include "tst_largeframe.moc"
