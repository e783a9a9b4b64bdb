// The trend computed incrementally equals, at every date and customer by customer, the engine
// run from scratch as of that date (`portrait rfm --as-of`), for every scoring method, with a
// window, the other metric modes and hand-set cut lines; periods and the sorted value lists.
#include "demoframe.h"

#include "jobs/rfmsettings.h"
#include "timeline/periods.h"
#include "timeline/sortedvalues.h"
#include "timeline/timelinescoring.h"
#include "timeline/trend.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Timeline;

Q_DECLARE_METATYPE(Portrait::Jobs::RfmSettings)

namespace {

Jobs::RfmSettings settingsWith(const QString &scheme, std::optional<Rfm::Method> method = {})
{
    Jobs::RfmSettings s;
    s.request.scheme = scheme;
    if (method) {
        s.request.methodGiven = true;
        s.request.scoring.method = *method;
    }
    return s;
}

} // namespace

class TestTrend : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoProject> m_demo;

private Q_SLOTS:
    void initTestCase() { m_demo = openDemoProject(); }

    void periodStartsCoverBothEnds()
    {
        // From the period holding --from to the one holding --to, first days only.
        const std::vector<Model::Day> months = periodStarts(dayOf(2024, 1, 15), dayOf(2024, 4, 1), Every::Month);
        QCOMPARE(months, (std::vector<Model::Day> { dayOf(2024, 1, 1), dayOf(2024, 2, 1), dayOf(2024, 3, 1),
                                                    dayOf(2024, 4, 1) }));
        // 2024-01-03 is a Wednesday: its ISO week starts on Monday 2024-01-01.
        const std::vector<Model::Day> weeks = periodStarts(dayOf(2024, 1, 3), dayOf(2024, 1, 22), Every::Week);
        QCOMPARE(weeks, (std::vector<Model::Day> { dayOf(2024, 1, 1), dayOf(2024, 1, 8), dayOf(2024, 1, 15),
                                                   dayOf(2024, 1, 22) }));
        const std::vector<Model::Day> quarters = periodStarts(dayOf(2024, 2, 29), dayOf(2024, 12, 31), Every::Quarter);
        QCOMPARE(quarters, (std::vector<Model::Day> { dayOf(2024, 1, 1), dayOf(2024, 4, 1), dayOf(2024, 7, 1),
                                                      dayOf(2024, 10, 1) }));
        QVERIFY(periodStarts(dayOf(2024, 2, 1), dayOf(2024, 1, 1), Every::Month).empty());
    }

    void sortedValuesMergeLikeASort()
    {
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> value(0, 40);
        std::multiset<double> reference;
        SortedValues sorted;
        for (int round = 0; round < 50; ++round) {
            std::vector<double> removed, added;
            for (auto it = reference.begin(); it != reference.end(); ++it) {
                if (value(rng) < 6)
                    removed.push_back(*it);
            }
            for (double v : removed)
                reference.erase(reference.find(v));
            for (int k = value(rng); k > 0; --k)
                added.push_back(double(value(rng)) / 4);
            reference.insert(added.begin(), added.end());
            std::shuffle(removed.begin(), removed.end(), rng);
            sorted.update(removed, added);
            QCOMPARE(sorted.size(), reference.size());
            size_t rank = 0;
            for (double v : reference)
                QCOMPARE(sorted.at(rank++), v);
        }
    }

    void trendEqualsTheEngineAtEveryDate_data()
    {
        QTest::addColumn<Jobs::RfmSettings>("settings");
        QTest::newRow("shop11 quantile (defaults)") << Jobs::RfmSettings {};
        QTest::newRow("rfm10 rfmpkg") << settingsWith(u"rfm10"_s, Rfm::Method::RfmPkg);
        QTest::newRow("cn8 mean") << settingsWith(u"cn8"_s);
        QTest::newRow("cn8 median") << settingsWith(u"cn8"_s, Rfm::Method::Median);
        QTest::newRow("rfm10 ntile") << settingsWith(u"rfm10"_s, Rfm::Method::Ntile);
        Jobs::RfmSettings window;
        window.request.metrics.windowDays = 180;
        QTest::newRow("180-day window") << window;
        Jobs::RfmSettings modes = settingsWith(u"rfm10"_s, Rfm::Method::Quantile);
        modes.request.metrics.frequency = Rfm::FrequencyMode::Days;
        modes.request.metrics.monetary = Rfm::MonetaryMode::Average;
        modes.request.metrics.returns = Rfm::ReturnsMode::Exclude;
        QTest::newRow("days, average, returns excluded") << modes;
        Jobs::RfmSettings hand;
        hand.cuts[0] = std::vector<double> { 30, 90, 180, 365 };
        hand.cuts[2] = std::vector<double> { 200, 500, 1000, 3000 };
        QTest::newRow("hand-set recency and monetary lines") << hand;
        Jobs::RfmSettings thresholds = settingsWith(u"shop11"_s, Rfm::Method::Thresholds);
        thresholds.request.scoring.thresholds = { std::vector<double> { 20, 60, 120, 300 },
                                                  std::vector<double> { 1, 2, 4, 8 },
                                                  std::vector<double> { 100, 300, 900, 2500 } };
        QTest::newRow("thresholds") << thresholds;
    }

    void trendEqualsTheEngineAtEveryDate()
    {
        QFETCH(Jobs::RfmSettings, settings);
        auto spec = scoringSpec(settings);
        QVERIFY2(spec, spec ? "" : qPrintable(spec.error().toString()));
        const std::vector<Model::Day> dates = periodStarts(dayOf(2023, 12, 1), dayOf(2026, 2, 1), Every::Month);
        int compared = 0;
        CancelToken cancel;
        auto trend = computeTrend(m_demo->frame, *spec, dates, nullProgress(), cancel, [&](const Rfm::RfmResult &got) {
            // The reference: the jobs layer's own run, what `portrait rfm --as-of` and the workbench use.
            Jobs::RfmSettings at = settings;
            at.request.metrics.asOf = got.metrics.asOf;
            auto want = Jobs::runRfmSettings(m_demo->frame, at);
            QVERIFY2(want, want ? "" : qPrintable(want.error().toString()));
            QCOMPARE(got.metrics.scoredCount, want->metrics.scoredCount);
            QCOMPARE(got.metrics.scored, want->metrics.scored);
            QCOMPARE(got.metrics.recency, want->metrics.recency);
            QCOMPARE(got.metrics.frequency, want->metrics.frequency);
            QCOMPARE(got.metrics.monetary, want->metrics.monetary);
            for (size_t d = 0; d < 3; ++d)
                QCOMPARE(got.scores.cuts[d], want->scores.cuts[d]);
            QCOMPARE(got.scores.r, want->scores.r);
            QCOMPARE(got.scores.f, want->scores.f);
            QCOMPARE(got.scores.m, want->scores.m);
            QCOMPARE(got.segment, want->segment);
            ++compared;
        });
        QVERIFY2(trend, trend ? "" : qPrintable(trend.error().toString()));
        QCOMPARE(trend->points.size(), dates.size());
        // December 2023 precedes the first order: nobody is scored, no engine run to compare.
        QCOMPARE(trend->points.front().scored, 0);
        QCOMPARE(compared, int(dates.size()) - 1);
        // The points sum what the results hold.
        for (const TrendPoint &p : trend->points) {
            qint64 total = 0;
            for (qint64 c : p.customers)
                total += c;
            QCOMPARE(total, p.scored);
        }
    }

    void refusesWhatTheEngineRefuses()
    {
        // rfm10 is written for 5 levels; 4 are asked for.
        Jobs::RfmSettings settings = settingsWith(u"rfm10"_s, Rfm::Method::Quantile);
        settings.request.scoring.bins = 4;
        auto spec = scoringSpec(settings);
        QVERIFY(spec);
        CancelToken cancel;
        auto trend = computeTrend(m_demo->frame, *spec, { dayOf(2025, 1, 1) }, nullProgress(), cancel);
        auto engine = Jobs::runRfmSettings(m_demo->frame, settings);
        QVERIFY(!trend);
        QVERIFY(!engine);
        QCOMPARE(trend.error().message, engine.error().message);
    }

    void pointsCountTheSegments()
    {
        auto spec = scoringSpec(Jobs::RfmSettings {});
        QVERIFY(spec);
        const Model::Day day = dayOf(2025, 7, 1);
        CancelToken cancel;
        auto trend = computeTrend(m_demo->frame, *spec, { day }, nullProgress(), cancel);
        QVERIFY(trend);
        auto want = scoreFromScratch(m_demo->frame, *spec, day);
        QVERIFY(want);
        const QList<Rfm::SegmentSummary> summary = Rfm::summarize(*want, false);
        const TrendPoint &p = trend->points.front();
        QCOMPARE(qsizetype(p.customers.size()), summary.size());
        for (qsizetype s = 0; s < summary.size(); ++s) {
            QCOMPARE(p.customers[size_t(s)], summary[s].customers);
            QCOMPARE(p.monetary[size_t(s)], summary[s].revenue);
        }
    }

    void cancelStops()
    {
        auto spec = scoringSpec(Jobs::RfmSettings {});
        QVERIFY(spec);
        CancelToken cancel;
        cancel.cancel();
        auto trend = computeTrend(m_demo->frame, *spec, { dayOf(2025, 1, 1) }, nullProgress(), cancel);
        QVERIFY(!trend);
    }
};

QTEST_GUILESS_MAIN(TestTrend)
#include "tst_trend.moc"
