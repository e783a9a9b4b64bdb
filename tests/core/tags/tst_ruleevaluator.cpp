#include "testframe.h"

#include "tags/evaluator.h"
#include "tags/parser.h"
#include "tags/typechecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

class TestRuleEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Customers and values: tests/core/tags/testframe.h. Missing values: recency 2; frequency 2, 9;
        // monetary 2; promo_share 2, 5; province 3; city 3; first_purchase 2; vip 2, 6; segment 2, 9.
        QTest::newRow("design 1") << u"recency_days > 180 and frequency >= 3"_s << u"0,4"_s;
        QTest::newRow("design 2") << u"promo_share >= 0.6"_s << u"0,4,6,9"_s;
        QTest::newRow("design 3") << u"province in (\"北京\", \"上海\")"_s << u"0,1,4,6,9"_s;
        QTest::newRow("not: missing stays out") << u"not (promo_share >= 0.6)"_s << u"1,3,7,8"_s;
        QTest::newRow("is missing") << u"promo_share is missing"_s << u"2,5"_s;
        QTest::newRow("is not missing") << u"promo_share is not missing"_s << u"0,1,3,4,6,7,8,9"_s;
        QTest::newRow("unknown or true") << u"frequency >= 3 or promo_share >= 0.6"_s << u"0,1,4,5,6,8,9"_s;
        QTest::newRow("unknown and true") << u"frequency >= 3 and promo_share >= 0.6"_s << u"0,4"_s;
        QTest::newRow("unknown and false") << u"not (frequency >= 3 and promo_share >= 0.9)"_s << u"0,1,3,4,6,7,8,9"_s;
        QTest::newRow("division") << u"monetary / frequency > 100"_s << u"0,1,5,8"_s;
        QTest::newRow("division by zero is missing") << u"not (monetary / frequency > 100)"_s << u"3,4,7"_s;
        QTest::newRow("between") << u"frequency between 2 and 4"_s << u"0,4,7,8"_s;
        QTest::newRow("not between") << u"frequency not between 2 and 4"_s << u"1,3,5,6"_s;
        QTest::newRow("contains") << u"city contains \"市\""_s << u"0,1,2,4,5,6,7,8"_s;
        QTest::newRow("starts with") << u"city starts with \"上海\""_s << u"1,6"_s;
        QTest::newRow("contains ignores case") << u"city contains \"BEI\""_s << u"9"_s;
        QTest::newRow("not contains") << u"city not contains \"市\""_s << u"9"_s;
        QTest::newRow("date literal") << u"first_purchase < \"2023-01-01\""_s << u"3,5"_s;
        QTest::newRow("days_since") << u"days_since(first_purchase) > 365"_s << u"0,1,3,4,5"_s;
        QTest::newRow("date between") << u"first_purchase between date(\"2023-01-01\") and \"2023-12-31\""_s
                                      << u"0,1,4,7,8"_s;
        QTest::newRow("date + days") << u"first_purchase + 400 > date(\"2024-06-01\")"_s << u"1,6,7,8,9"_s;
        QTest::newRow("date - date") << u"first_purchase - \"2023-01-01\" > 0"_s << u"0,1,4,6,7,8,9"_s;
        QTest::newRow("quantile 0.8") << u"monetary >= quantile(monetary, 0.8)"_s << u"1,5"_s;   // 900
        QTest::newRow("quantile 0.5") << u"monetary > quantile(monetary, 0.5)"_s << u"0,1,5,8"_s;   // 300
        QTest::newRow("quantile exact") << u"quantile(monetary, 0.8) between 899.999999 and 900.000001"_s << u"0,1,2,3,4,5,6,7,8,9"_s;
        QTest::newRow("quantile ends") << u"quantile(monetary, 0) = 0 and quantile(monetary, 1) = 5000"_s
                                       << u"0,1,2,3,4,5,6,7,8,9"_s;
        QTest::newRow("boolean feature") << u"vip"_s << u"0,3,5,8"_s;
        QTest::newRow("boolean = false") << u"vip = false"_s << u"1,4,7,9"_s;
        QTest::newRow("not boolean") << u"not vip"_s << u"1,4,7,9"_s;
        QTest::newRow("boolean in") << u"vip in (true)"_s << u"0,3,5,8"_s;
        QTest::newRow("segment") << u"segment = \"Champions\""_s << u"0,5"_s;
        QTest::newRow("segment in") << u"segment in (\"At Risk\", \"Lost\")"_s << u"3,4,7"_s;
        QTest::newRow("segment !=") << u"segment != \"Champions\""_s << u"1,3,4,6,7,8"_s;
        QTest::newRow("negate") << u"-recency_days < -300"_s << u"3,7"_s;
        QTest::newRow("arithmetic") << u"recency_days * 2 + 1 > 400"_s << u"0,3,7"_s;
        QTest::newRow("number in") << u"frequency in (0, 1)"_s << u"3,6"_s;
        QTest::newRow("number not in") << u"frequency not in (0, 1)"_s << u"0,1,4,5,7,8"_s;
        QTest::newRow("true") << u"true"_s << u"0,1,2,3,4,5,6,7,8,9"_s;
        QTest::newRow("false") << u"false or 1 > 2"_s << QString();
        QTest::newRow("province missing") << u"recency_days > 180 or province is missing"_s << u"0,3,4,7"_s;
        QTest::newRow("text column = text column") << u"province = province"_s << u"0,1,2,4,5,6,7,8,9"_s;
        QTest::newRow("chinese names") << u"购买频次 >= 4 and 省份 != “浙江”"_s << u"1,8"_s;
        QTest::newRow("scalar missing quantile") << u"quantile(monetary / 0, 0.5) > 0 or true"_s
                                                 << u"0,1,2,3,4,5,6,7,8,9"_s;
        QTest::newRow("expression is missing") << u"monetary / frequency is missing"_s << u"2,6,9"_s;
    }

    void evaluate()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const FeatureTable table = TestFrame::make();
        Result<NodePtr> ast = parseExpression(text);
        QVERIFY2(ast.ok(), qPrintable(ast.ok() ? QString() : ast.error().toString()));
        const Status s = typeCheck(**ast, CheckContext { &table, TestFrame::segmentNames(), {}, true });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        Evaluator evaluator(table, TestFrame::asOf(), {});
        QCOMPARE(TestFrame::members(evaluator.evaluate(**ast)), expected);
    }

    void hasTag()
    {
        const FeatureTable table = TestFrame::make();
        const std::vector<quint8> vip { 1, 1, 0, 0, 0, 0, 0, 0, 0, 1 };
        Result<NodePtr> ast = parseExpression(u"has_tag(\"高价值\") and frequency > 3"_s);
        QVERIFY(ast.ok());
        QVERIFY(typeCheck(**ast, CheckContext { &table, {}, { u"价值/高价值"_s }, true }).ok());
        QCOMPARE((*ast)->args[0]->tagPath, u"价值/高价值"_s);
        Evaluator evaluator(table, TestFrame::asOf(), [&](const QString &path) {
            return path == u"价值/高价值" ? &vip : nullptr;
        });
        QCOMPARE(TestFrame::members(evaluator.evaluate(**ast)), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "tst_ruleevaluator.moc"
