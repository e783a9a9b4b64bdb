// Campaigns: the stratified control group (within ±1 of size × percentage in every segment,
// reproducible by seed, disjoint from the treated), the evaluation counted against the raw demo
// orders independently of the frame, and the confidence interval against Newcombe's published
// figures and a hand computation.
#include "demoframe.h"

#include "jobs/rfmsettings.h"
#include "jobs/sampledata.h"
#include "project/campaignstore.h"
#include "timeline/campaign.h"
#include "timeline/campaignjob.h"
#include "timeline/proportions.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Timeline;

namespace {

CampaignRequest request(const QString &name, double percent, quint64 seed)
{
    CampaignRequest r;
    r.name = name;
    r.asOf = dayOf(2025, 9, 30);
    r.controlPercent = percent;
    r.seed = seed;
    return r;
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoProject> m_demo;

private Q_SLOTS:
    void initTestCase() { m_demo = openDemoProject(); }

    void controlIsStratifiedReproducibleAndDisjoint_data()
    {
        QTest::addColumn<double>("percent");
        QTest::newRow("10 %") << 10.0;
        QTest::newRow("33.3 %") << 33.3;
        QTest::newRow("50 %") << 50.0;
    }

    void controlIsStratifiedReproducibleAndDisjoint()
    {
        QFETCH(double, percent);
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, request(u"c"_s, percent, 42));
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
        const CampaignMembers &m = draft->campaign.members;
        QCOMPARE(m.size(), draft->scored.rfm->metrics.scoredCount);   // no selection: every scored customer
        std::vector<qint64> size(size_t(m.segmentNames.size()), 0), control(size.size(), 0);
        for (size_t i = 0; i < size_t(m.size()); ++i) {
            ++size[size_t(m.segment[i])];
            control[size_t(m.segment[i])] += m.control[i];
        }
        int strata = 0;
        for (size_t s = 0; s < size.size(); ++s) {
            if (size[s] == 0)
                continue;
            ++strata;
            QVERIFY2(std::abs(double(control[s]) - double(size[s]) * percent / 100.0) <= 1.0,
                     qPrintable(u"%1: %2 of %3"_s.arg(m.segmentNames.at(qsizetype(s))).arg(control[s]).arg(size[s])));
        }
        QVERIFY(strata >= 8);
        // Treated and control split the members: disjoint, and together all of them.
        QSet<qint32> treated(draft->treatedRows.begin(), draft->treatedRows.end());
        for (const qint32 row : draft->controlRows)
            QVERIFY(!treated.contains(row));
        QCOMPARE(qsizetype(draft->treatedRows.size() + draft->controlRows.size()), m.size());

        auto again = draftCampaign(*m_demo->project, m_demo->frame, {}, request(u"c"_s, percent, 42));
        QVERIFY(again);
        QCOMPARE(again->controlRows, draft->controlRows);
        auto other = draftCampaign(*m_demo->project, m_demo->frame, {}, request(u"c"_s, percent, 43));
        QVERIFY(other);
        QVERIFY(other->controlRows != draft->controlRows);
        QCOMPARE(other->controlRows.size(), draft->controlRows.size());
    }

    void selectionBySegment()
    {
        CampaignRequest r = request(u"risk"_s, 20, 1);
        r.segments = { u"At Risk"_s, u"Can't Lose Them"_s };
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, r);
        QVERIFY(draft);
        const Rfm::RfmResult &rfm = *draft->scored.rfm;
        qint64 expected = 0;
        for (size_t i = 0; i < rfm.segment.size(); ++i) {
            const QString name = rfm.segment[i] < 0 ? QString() : rfm.scheme.displayName(rfm.segment[i], false);
            expected += name == u"At Risk"_s || name == u"Can't Lose Them"_s;
        }
        QCOMPARE(draft->campaign.members.size(), expected);
        r.segments = { u"At Rsik"_s };
        auto wrong = draftCampaign(*m_demo->project, m_demo->frame, {}, r);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"At Risk"_s), qPrintable(wrong.error().message));
    }

    void evaluationMatchesTheRawOrders()
    {
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, request(u"autumn"_s, 25, 9));
        QVERIFY(draft);
        QVERIFY(Project::CampaignStore(*m_demo->project).save(draft->campaign));
        const int window = 45;
        auto evaluated = evaluateRecordedCampaign(*m_demo->project, m_demo->frame, u"autumn"_s, window);
        QVERIFY2(evaluated, evaluated ? "" : qPrintable(evaluated.error().toString()));

        // Independently: the generator's own order lines, by customer id and date.
        const Jobs::SampleData data = Jobs::generateSampleData();
        const QDate asOf = QDate::fromJulianDay(dayOf(2025, 9, 30));
        QHash<QString, double> revenue;
        QSet<QString> responders;
        for (const Jobs::SampleOrder &o : data.orders) {
            const qint64 after = asOf.daysTo(o.placedAt.date());
            if (after < 1 || after > window)
                continue;
            revenue[o.customerId] += o.amount;   // net: returns are negative lines
            if (!o.isReturn)
                responders.insert(o.customerId);
        }
        const CampaignMembers &m = evaluated->campaign.members;
        QHash<QString, GroupOutcome> expected;   // by segment + group, and "(all)"
        for (qsizetype i = 0; i < m.size(); ++i) {
            const QString key = m.keys.at(i);
            for (const QString &stratum : { m.segmentNames.at(m.segment[size_t(i)]), u"(all)"_s }) {
                GroupOutcome &g = expected[stratum + (m.control[size_t(i)] ? u"/control"_s : u"/treated"_s)];
                ++g.customers;
                g.responders += responders.contains(key);
                g.revenue += revenue.value(key);
            }
        }
        QList<StratumEvaluation> rows = evaluated->evaluation.strata;
        rows.append(evaluated->evaluation.overall);
        qint64 respondersSeen = 0;
        for (const StratumEvaluation &e : rows) {
            for (const auto &[group, got] : { std::pair(u"/treated"_s, e.treated), std::pair(u"/control"_s, e.control) }) {
                const GroupOutcome want = expected.value(e.segment + group);
                QCOMPARE(got.customers, want.customers);
                QCOMPARE(got.responders, want.responders);
                QVERIFY2(std::abs(got.revenue - want.revenue) < 0.005, qPrintable(e.segment + group));
            }
            QCOMPARE(e.uplift, e.treated.responseRate() - e.control.responseRate());
            respondersSeen += e.stratum < 0 ? e.treated.responders + e.control.responders : 0;
        }
        QVERIFY(respondersSeen > 100);   // the demo's autumn has buyers: the check counts something
        QVERIFY(evaluated->evaluation.windowComplete());
        QCOMPARE(evaluated->evaluation.missingMembers, 0);
    }

    void membersOutOfOrderOrGone()
    {
        // Members are found in frame order by a side-by-side walk; reordered or missing ones by key.
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, request(u"order"_s, 20, 3));
        QVERIFY(draft);
        const CampaignMembers &inOrder = draft->campaign.members;
        const Model::Day asOf = draft->campaign.asOf;
        const CampaignEvaluation base = evaluateCampaign(m_demo->frame, inOrder, asOf, 45, Rfm::ReturnsMode::Net);
        QVERIFY(base.overall.treated.responders > 0);

        // Reversed, with one customer the project does not have in the middle (treated, stratum 0).
        CampaignMembers shuffled;
        shuffled.segmentNames = inOrder.segmentNames;
        const qsizetype n = inOrder.size();
        for (qsizetype k = 0; k < n; ++k) {
            const qsizetype i = n - 1 - k;
            if (k == n / 2) {
                shuffled.keys.append(u"NO-SUCH-CUSTOMER"_s);
                shuffled.segment.push_back(0);
                shuffled.control.push_back(0);
            }
            shuffled.keys.append(inOrder.keys.view(i));
            shuffled.segment.push_back(inOrder.segment[size_t(i)]);
            shuffled.control.push_back(inOrder.control[size_t(i)]);
        }
        const CampaignEvaluation got = evaluateCampaign(m_demo->frame, shuffled, asOf, 45, Rfm::ReturnsMode::Net);
        QCOMPARE(got.missingMembers, 1);
        QCOMPARE(got.overall.treated.customers, base.overall.treated.customers + 1);
        QCOMPARE(got.overall.treated.responders, base.overall.treated.responders);
        QVERIFY(std::abs(got.overall.treated.revenue - base.overall.treated.revenue) < 1e-6);
        QCOMPARE(got.overall.control.customers, base.overall.control.customers);
        QCOMPARE(got.overall.control.responders, base.overall.control.responders);
        for (qsizetype s = 1; s < base.strata.size(); ++s) {
            QCOMPARE(got.strata.at(s).treated.responders, base.strata.at(s).treated.responders);
            QCOMPARE(got.strata.at(s).control.responders, base.strata.at(s).control.responders);
        }
    }

    void newcombeIntervalsAsPublished_data()
    {
        // Newcombe (1998), "Interval estimation for the difference between independent
        // proportions", Statistics in Medicine 17:873–890, table II, method 10.
        QTest::addColumn<int>("x1");
        QTest::addColumn<int>("n1");
        QTest::addColumn<int>("x2");
        QTest::addColumn<int>("n2");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("56/70 − 48/80") << 56 << 70 << 48 << 80 << 0.0524 << 0.3339;
        QTest::newRow("9/10 − 3/10") << 9 << 10 << 3 << 10 << 0.1705 << 0.8090;
        QTest::newRow("6/7 − 2/7") << 6 << 7 << 2 << 7 << 0.0582 << 0.8062;
        QTest::newRow("5/56 − 0/29") << 5 << 56 << 0 << 29 << -0.0381 << 0.1926;
        QTest::newRow("0/10 − 0/20") << 0 << 10 << 0 << 20 << -0.1611 << 0.2775;
        QTest::newRow("10/10 − 0/20") << 10 << 10 << 0 << 20 << 0.6791 << 1.0000;
    }

    void newcombeIntervalsAsPublished()
    {
        QFETCH(int, x1);
        QFETCH(int, n1);
        QFETCH(int, x2);
        QFETCH(int, n2);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval ci = differenceInterval(x1, n1, x2, n2);
        QVERIFY2(std::abs(ci.low - low) < 0.00005, qPrintable(QString::number(ci.low, 'f', 6)));
        QVERIFY2(std::abs(ci.high - high) < 0.00005, qPrintable(QString::number(ci.high, 'f', 6)));
    }

    void wilsonByHand()
    {
        // 56 of 70, z = 1.96: p = 0.8, z² = 3.8416;
        // centre = (0.8 + 3.8416/140) / (1 + 3.8416/70) = 0.827440 / 1.054880 = 0.784393;
        // spread = 1.96 · √(0.16/70 + 3.8416/19600) / 1.054880 = 1.96 · 0.049817 / 1.054880 = 0.092561;
        // the interval is 0.6919 to 0.8769.
        const Interval w = wilsonInterval(56, 70, 1.96);
        QVERIFY2(std::abs(w.low - 0.6919) < 0.0001, qPrintable(QString::number(w.low, 'f', 6)));
        QVERIFY2(std::abs(w.high - 0.8769) < 0.0001, qPrintable(QString::number(w.high, 'f', 6)));
        QVERIFY(std::isnan(wilsonInterval(0, 0).low));
    }

    void verdicts()
    {
        StratumEvaluation e;
        e.treated = { 1000, 120, 0 };
        e.control = { 1000, 80, 0 };
        e.uplift = 0.04;
        e.interval = differenceInterval(120, 1000, 80, 1000);
        QVERIFY(e.interval.low > 0);   // 4 points on 1,000 each is clear
        e.verdict = Verdict::Better;
        QVERIFY(verdictText(e).contains(u"significant difference"_s));
        QVERIFY(verdictText(e).contains(u"4.0 points"_s));
        const Interval small = differenceInterval(12, 100, 8, 100);
        QVERIFY(small.low < 0 && small.high > 0);   // the same rates on 100 each are not
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
