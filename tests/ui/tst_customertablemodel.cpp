#include "models/customertablemodel.h"
#include "rfm/presets.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Ui::CustomerTableModel;

namespace {

// Six customers with known spend; one has only a return and is not scored.
std::shared_ptr<Model::CustomerFrame> makeFrame()
{
    auto frame = std::make_shared<Model::CustomerFrame>();
    const Model::Day day = Model::Day(QDate(2025, 6, 1).toJulianDay());
    const struct
    {
        const char16_t *id, *name, *city;
        double spend;
        int orders, daysAgo;
    } customers[] = { { u"C1", u"王芳", u"杭州", 900, 6, 3 },   { u"C2", u"李伟", u"北京", 50, 1, 200 },
                      { u"C3", u"张敏", u"杭州", 300, 3, 30 },  { u"C4", u"刘洋", u"深圳", 120, 2, 90 },
                      { u"C5", u"陈静", u"上海", 2000, 9, 1 },   { u"C6", u"杨磊", u"北京", 0, 0, 10 } };
    for (const auto &c : customers) {
        const qint32 index = frame->addCustomer(QString::fromUtf16(c.id));
        frame->names.set(index, QString::fromUtf16(c.name));
        frame->cities.set(index, QString::fromUtf16(c.city));
        for (int o = 0; o < c.orders; ++o)
            frame->orders.append(index, day - c.daysAgo - (c.orders - 1 - o) * 7, c.spend / c.orders, 0, true);
        if (c.orders == 0)
            frame->orders.append(index, day - c.daysAgo, 0, -30, false);
    }
    frame->latestOrderDay = day;
    return frame;
}

std::shared_ptr<Rfm::RfmResult> scoreInThreeLevels(const Model::CustomerFrame &frame)
{
    Rfm::ScoringOptions scoring;
    scoring.bins = 3;
    Rfm::SegmentScheme scheme = Rfm::presetScheme(u"rfm10"_s);
    scheme.bins = 3;
    for (Rfm::SegmentRule &rule : scheme.rules) {
        rule.rHigh = std::min(rule.rHigh, 3);
        rule.fHigh = std::min(rule.fHigh, 3);
        rule.mHigh = std::min(rule.mHigh, 3);
    }
    auto run = Rfm::runRfm(Rfm::computeMetrics(frame, {}), scoring, scheme);
    if (!run)
        qFatal("%s", qPrintable(run.error().toString()));
    return std::make_shared<Rfm::RfmResult>(run.takeValue());
}

} // namespace

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterAndSort()
    {
        auto frame = makeFrame();
        auto result = scoreInThreeLevels(*frame);

        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(frame, result, false);
        QCOMPARE(model.rowCount(), 6);

        model.sort(CustomerTableModel::Monetary, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CustomerTableModel::Id).data().toString(), u"C5"_s);
        QCOMPARE(model.index(1, CustomerTableModel::Id).data().toString(), u"C1"_s);
        QCOMPARE(model.index(5, CustomerTableModel::Id).data().toString(), u"C6"_s); // −30, a return only

        model.sort(CustomerTableModel::Recency, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CustomerTableModel::Id).data().toString(), u"C5"_s);
        // The unscored customer has no recency and sorts last.
        QCOMPARE(model.index(5, CustomerTableModel::Id).data().toString(), u"C6"_s);
        QVERIFY(model.index(5, CustomerTableModel::Segment).data().toString().isEmpty());

        model.setFilter({ -2, -2, u"杭州"_s });
        QCOMPARE(model.rowCount(), 2);
        // The sort order survives filtering: C1 (3 days) before C3 (30 days).
        QCOMPARE(model.index(0, CustomerTableModel::Id).data().toString(), u"C1"_s);

        const int champions = int(result->segment[4]);
        model.setFilter({ champions, -2, {} });
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint32 frameRow = model.index(row, 0).data(CustomerTableModel::FrameRowRole).toInt();
            QCOMPARE(int(result->segment[size_t(frameRow)]), champions);
        }
        model.setFilter({ -1, -2, {} });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.visibleRows(), std::vector<qint32>({ 5 }));
    }

    void filterByScores()
    {
        auto frame = makeFrame();
        auto result = scoreInThreeLevels(*frame);
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(frame, result, false);
        model.sort(CustomerTableModel::Id, Qt::AscendingOrder);   // C1..C6: frame order

        // Every R × F cell holds exactly the scored customers with those two scores, whatever M.
        qsizetype listed = 0;
        for (int r = 1; r <= 3; ++r) {
            for (int f = 1; f <= 3; ++f) {
                Ui::CustomerFilter filter;
                filter.scores = { r, f, std::nullopt };
                model.setFilter(filter);
                std::vector<qint32> expected;
                for (qint32 row = 0; row < qint32(frame->size()); ++row) {
                    if (result->metrics.scored[size_t(row)] && result->scores.r[size_t(row)] == r
                        && result->scores.f[size_t(row)] == f)
                        expected.push_back(row);
                }
                QCOMPARE(model.visibleRows(), expected);
                for (int i = 0; i < model.rowCount(); ++i) {
                    QCOMPARE(model.index(i, CustomerTableModel::RScore).data(CustomerTableModel::RawValueRole).toInt(), r);
                    QCOMPARE(model.index(i, CustomerTableModel::FScore).data(CustomerTableModel::RawValueRole).toInt(), f);
                }
                listed += model.rowCount();
            }
        }
        // The cells partition the scored customers: the unscored one (C6) is in none.
        QCOMPARE(listed, qsizetype(result->metrics.scoredCount));
        QCOMPARE(listed, 5);

        // One dimension alone, and together with the other filters.
        Ui::CustomerFilter filter;
        const int topMonetary = result->scores.m[4];   // C5 spends the most
        filter.scores[size_t(Rfm::Dimension::Monetary)] = topMonetary;
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 1);
        for (qint32 row : model.visibleRows())
            QCOMPARE(int(result->scores.m[size_t(row)]), topMonetary);
        filter.text = u"上海"_s;
        model.setFilter(filter);
        QCOMPARE(model.visibleRows(), std::vector<qint32>({ 4 }));
        // A score constraint leaves out the unscored, so with them alone nobody is left.
        filter.text.clear();
        filter.segment = -1;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(filter.hasScores());
        QVERIFY(!Ui::CustomerFilter().hasScores());
    }
};

QTEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
