// Migration between two dates equals the cross-tabulation of two engine runs, customer by
// customer; snapshots line up by customer key (customers a snapshot has and the frame lost, and
// new ones); flows list the losses of value first; tag flows count who entered and left.
#include "demoframe.h"

#include "jobs/rfmsettings.h"
#include "tags/dictionarytagger.h"
#include "timeline/migration.h"
#include "timeline/sides.h"
#include "timeline/timelinescoring.h"

#include <QHash>
#include <QTest>

#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Timeline;

namespace {

Rfm::RfmResult engineAt(const Model::CustomerFrame &frame, Model::Day day, const QString &scheme = u"shop11"_s)
{
    Jobs::RfmSettings settings;
    settings.request.scheme = scheme;
    settings.request.metrics.asOf = day;
    auto result = Jobs::runRfmSettings(frame, settings);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.takeValue();
}

QString nameOf(const Rfm::RfmResult &r, size_t i, const QString &unscored)
{
    return r.segment[i] < 0 ? unscored : r.scheme.displayName(r.segment[i], false);
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoProject> m_demo;

private Q_SLOTS:
    void initTestCase() { m_demo = openDemoProject(); }

    void matrixIsTheCrossTabulationOfTwoRuns_data()
    {
        QTest::addColumn<QString>("fromScheme");
        QTest::addColumn<QString>("toScheme");
        QTest::newRow("shop11 → shop11") << u"shop11"_s << u"shop11"_s;
        QTest::newRow("rfm10 → shop11 (two schemes)") << u"rfm10"_s << u"shop11"_s;
    }

    void matrixIsTheCrossTabulationOfTwoRuns()
    {
        QFETCH(QString, fromScheme);
        QFETCH(QString, toScheme);
        const Model::CustomerFrame &frame = m_demo->frame;
        const Rfm::RfmResult before = engineAt(frame, dayOf(2024, 9, 1), fromScheme);
        const Rfm::RfmResult after = engineAt(frame, dayOf(2026, 1, 1), toScheme);
        const SegmentSide from = sideOf(before, u"a"_s), to = sideOf(after, u"b"_s);
        const Migration m = computeMigration(from, to);

        // The cross-tabulation, by name, counted here customer by customer.
        QHash<QString, qint64> count;
        QHash<QString, double> moneyFrom, moneyTo;
        qint64 moved = 0;
        for (size_t i = 0; i < size_t(frame.size()); ++i) {
            if (before.segment[i] < 0 && after.segment[i] < 0)
                continue;
            const QString a = nameOf(before, i, u"(new)"_s), b = nameOf(after, i, u"(not scored)"_s);
            const QString key = a + u'|' + b;
            ++count[key];
            if (before.segment[i] >= 0)
                moneyFrom[key] += before.metrics.monetary[i];
            if (after.segment[i] >= 0)
                moneyTo[key] += after.metrics.monetary[i];
            moved += a != b;
        }
        qint64 cells = 0;
        for (int row = 0; row < m.fromCount; ++row) {
            for (int column = 0; column < m.toCount; ++column) {
                const QString key = fromName(from, row, false) + u'|' + toName(to, column, false);
                QCOMPARE(m.customersAt(row, column), count.value(key));
                QVERIFY(qAbs(m.monetaryFrom[m.cell(row, column)] - moneyFrom.value(key)) < 1e-6);
                QVERIFY(qAbs(m.monetaryTo[m.cell(row, column)] - moneyTo.value(key)) < 1e-6);
                cells += m.customersAt(row, column);
            }
        }
        QCOMPARE(m.moved, moved);
        QCOMPARE(cells, qint64(count.size() ? std::accumulate(count.begin(), count.end(), qint64(0)) : 0));
        // Customers who bought only after September 2024 come from (new).
        qint64 fresh = 0;
        for (int column = 0; column < m.toCount; ++column)
            fresh += m.customersAt(m.newRow(), column);
        QCOMPARE(fresh, after.metrics.scoredCount - before.metrics.scoredCount);
        QVERIFY(fresh > 0);
    }

    void cellsListTheirCustomers()
    {
        const Rfm::RfmResult before = engineAt(m_demo->frame, dayOf(2025, 3, 1));
        const Rfm::RfmResult after = engineAt(m_demo->frame, dayOf(2025, 9, 1));
        const SegmentSide from = sideOf(before, u"a"_s), to = sideOf(after, u"b"_s);
        const Migration m = computeMigration(from, to);
        for (int row = 0; row < m.fromCount; ++row) {
            for (int column = 0; column < m.toCount; ++column) {
                const std::vector<qint32> rows = customersInCell(from, to, row, column);
                QCOMPARE(qint64(rows.size()), m.customersAt(row, column));
                for (const qint32 r : rows) {
                    QCOMPARE(int(before.segment[size_t(r)] < 0 ? m.newRow() : before.segment[size_t(r)]), row);
                    QCOMPARE(int(after.segment[size_t(r)] < 0 ? m.notScoredColumn() : after.segment[size_t(r)]), column);
                }
            }
        }
    }

    void snapshotSidesLineUpByKey()
    {
        // A snapshot of three customers: one the frame has, one it lost since, one not scored.
        const Rfm::RfmResult now = engineAt(m_demo->frame, dayOf(2026, 1, 1));
        Snapshot old;
        old.info.name = u"old"_s;
        old.scheme = now.scheme;
        old.keys = Model::KeyColumn { m_demo->frame.ids.at(0), u"GONE-1"_s, m_demo->frame.ids.at(1) };
        old.segment = { 0, 3, -1 };
        old.monetary = { 10, 20, 0 };
        old.rfmScore = { 90, 50, std::numeric_limits<float>::quiet_NaN() };
        old.tagStart = { 0, 0, 0, 0 };
        CustomerUniverse universe(m_demo->frame.ids);
        SegmentSide from = sideOf(old, universe);
        SegmentSide to = sideOf(now, u"now"_s);
        QCOMPARE(universe.size(), m_demo->frame.size() + 1);
        QCOMPARE(universe.key(universe.size() - 1), u"GONE-1"_s);
        from.resize(universe.size());
        to.resize(universe.size());
        const Migration m = computeMigration(from, to);
        // The lost customer leaves its segment for (not scored); every other scored one is new.
        QCOMPARE(m.customersAt(3, m.notScoredColumn()), 1);
        QCOMPARE(m.monetaryFrom[m.cell(3, m.notScoredColumn())], 20.0);
        qint64 fresh = 0;
        for (int column = 0; column < m.toCount; ++column)
            fresh += m.customersAt(m.newRow(), column);
        QCOMPARE(fresh, now.metrics.scoredCount - (now.segment[0] >= 0 ? 1 : 0));
        const QList<Flow> flows = flowsByLoss(from, to, m);
        QVERIFY(!flows.isEmpty());
        QVERIFY(flows.first().loss);
    }

    void lossesComeFirstByValue()
    {
        const Rfm::RfmResult before = engineAt(m_demo->frame, dayOf(2025, 6, 1));
        const Rfm::RfmResult after = engineAt(m_demo->frame, dayOf(2026, 1, 1));
        const SegmentSide from = sideOf(before, u"a"_s), to = sideOf(after, u"b"_s);
        const Migration m = computeMigration(from, to);
        const QList<Flow> flows = flowsByLoss(from, to, m);
        const std::vector<double> valueFrom = segmentValues(from), valueTo = segmentValues(to);
        qint64 listed = 0;
        bool lossesOver = false;
        for (qsizetype i = 0; i < flows.size(); ++i) {
            const Flow &f = flows.at(i);
            QVERIFY(fromName(from, f.from, false) != toName(to, f.to, false));
            const bool loss = f.from != m.newRow()
                    && (f.to == m.notScoredColumn() || valueTo[size_t(f.to)] < valueFrom[size_t(f.from)]);
            QCOMPARE(f.loss, loss);
            lossesOver = lossesOver || !loss;
            QVERIFY(!(lossesOver && loss));   // no loss after the first gain
            if (i > 0 && flows.at(i - 1).loss == f.loss)
                QVERIFY(flows.at(i - 1).monetaryFrom >= f.monetaryFrom);
            listed += f.customers;
        }
        QCOMPARE(listed, m.moved);
    }

    void tagFlowsCountEnteredAndLeft()
    {
        TagSide a, b;
        a.paths = { u"价值/高"_s, u"流失/预警"_s };
        a.members = { { 1, 1, 0, 0 }, { 0, 0, 1, 1 } };
        b.paths = { u"价值/高"_s, u"新客"_s };
        b.members = { { 0, 1, 1, 0 }, { 1, 0, 0, 0 } };
        const QList<TagFlow> flows = computeTagFlows(a, b);
        QCOMPARE(flows.size(), 3);
        QCOMPARE(flows[0].path, u"价值/高"_s);
        QCOMPARE(flows[0].before, 2);
        QCOMPARE(flows[0].after, 2);
        QCOMPARE(flows[0].entered, 1);
        QCOMPARE(flows[0].left, 1);
        QCOMPARE(flows[1].path, u"新客"_s);
        QCOMPARE(flows[1].entered, 1);
        QCOMPARE(flows[2].path, u"流失/预警"_s);
        QCOMPARE(flows[2].left, 2);
        QCOMPARE(flows[2].after, 0);
        QCOMPARE(tagMovers(a, b, u"价值/高"_s, true), (std::vector<qint32> { 2 }));
        QCOMPARE(tagMovers(a, b, u"价值/高"_s, false), (std::vector<qint32> { 0 }));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
