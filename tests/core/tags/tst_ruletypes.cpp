#include "testframe.h"

#include "tags/parser.h"
#include "tags/typechecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

Status check(const QString &text, const FeatureTable &table, bool hasAsOf = true)
{
    Result<NodePtr> ast = parseExpression(text);
    if (!ast)
        return ast.error();
    const CheckContext context { &table, TestFrame::segmentNames(),
                                 { u"价值/高价值"_s, u"行为特征/消费行为/高频"_s, u"行为特征/渠道/高频"_s, u"流失预警"_s },
                                 hasAsOf };
    return typeCheck(**ast, context);
}

} // namespace

class TestRuleTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("design") << u"recency_days > 180 and frequency >= 3"_s;
        QTest::newRow("text in") << u"province in (\"北京\", \"上海\")"_s;
        QTest::newRow("has_tag leaf") << u"has_tag(\"高价值\")"_s;
        QTest::newRow("has_tag path") << u"has_tag(\"行为特征/渠道/高频\")"_s;
        QTest::newRow("has_tag tail") << u"has_tag(\"渠道/高频\")"_s;
        QTest::newRow("segment") << u"segment = \"Champions\" or segment in (\"Lost\", \"At Risk\")"_s;
        QTest::newRow("date literal") << u"first_purchase >= \"2024-01-01\""_s;
        QTest::newRow("date between") << u"first_purchase between date(\"2023-01-01\") and \"2023-12-31\""_s;
        QTest::newRow("date arithmetic") << u"first_purchase + 30 < date(\"2024-01-01\") and first_purchase - \"2023-01-01\" > 3"_s;
        QTest::newRow("days_since") << u"days_since(first_purchase) > 365 and days_since(\"2024-01-01\") > 0"_s;
        QTest::newRow("quantile") << u"monetary >= quantile(monetary, 0.8)"_s;
        QTest::newRow("quantile expr") << u"monetary / frequency > quantile(monetary / frequency, 0.5)"_s;
        QTest::newRow("boolean feature") << u"vip and not vip = false"_s;
        QTest::newRow("chinese name") << u"会员 or 省份 = \"北京\""_s;
        QTest::newRow("missing") << u"province is missing or frequency is not missing"_s;
        QTest::newRow("text match") << u"city contains \"市\" and city not starts with \"上\""_s;
        QTest::newRow("case-insensitive name") << u"Frequency > 1"_s;
        QTest::newRow("constant") << u"true"_s;
    }

    void valid()
    {
        QFETCH(QString, text);
        const FeatureTable table = TestFrame::make();
        const Status s = check(text, table);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("text > number") << u"province > 5"_s << 10 << u"cannot compare \"province\" (text) with a number using >"_s;
        QTest::newRow("text + number") << u"frequency + province > 3"_s << 11 << u"cannot calculate"_s;
        QTest::newRow("typo") << u"frequncy >= 5"_s << 1 << u"unknown feature \"frequncy\"; did you mean \"frequency\"?"_s;
        QTest::newRow("typo later") << u"recency_days > 1 and moentary > 5"_s << 22 << u"did you mean \"monetary\"?"_s;
        QTest::newRow("prefix") << u"recency > 5"_s << 1 << u"did you mean \"recency_days\"?"_s;
        QTest::newRow("no suggestion") << u"zzzzzz > 5"_s << 1 << u"unknown feature \"zzzzzz\""_s;
        QTest::newRow("function typo") << u"has_tg(\"x\")"_s << 1 << u"unknown function \"has_tg\"; did you mean \"has_tag\"?"_s;
        QTest::newRow("function as name") << u"has_tag"_s << 1 << u"is a function"_s;
        QTest::newRow("segment typo") << u"segment = \"Champion\""_s << 11 << u"unknown segment \"Champion\"; did you mean \"Champions\"?"_s;
        QTest::newRow("segment in") << u"segment in (\"Lost\", \"At Rsk\")"_s << 21 << u"did you mean \"At Risk\"?"_s;
        QTest::newRow("segment reversed") << u"\"Chmpions\" = segment"_s << 1 << u"did you mean \"Champions\"?"_s;
        QTest::newRow("tag typo") << u"has_tag(\"高价\")"_s << 9 << u"unknown tag \"高价\"; did you mean \"高价值\"?"_s;
        QTest::newRow("tag ambiguous") << u"has_tag(\"高频\")"_s << 9 << u"several tags"_s;
        QTest::newRow("has_tag expression") << u"has_tag(province)"_s << 1 << u"one tag name in quotes"_s;
        QTest::newRow("not a condition") << u"frequency"_s << 1 << u"e.g. frequency > 0"_s;
        QTest::newRow("and number") << u"frequency >= 3 and monetary"_s << 20 << u"on both sides of \"and\""_s;
        QTest::newRow("not text") << u"not province"_s << 5 << u"after \"not\""_s;
        QTest::newRow("quantile text") << u"quantile(province, 0.5) > 1"_s << 10 << u"needs a number feature"_s;
        QTest::newRow("quantile p") << u"quantile(monetary, 2) < monetary"_s << 20 << u"from 0 to 1"_s;
        QTest::newRow("quantile p column") << u"quantile(monetary, frequency) < 1"_s << 20 << u"from 0 to 1"_s;
        QTest::newRow("quantile arity") << u"quantile(monetary) < 1"_s << 1 << u"takes 2 argument"_s;
        QTest::newRow("bad date") << u"first_purchase > \"2024-13-01\""_s << 18 << u"YYYY-MM-DD"_s;
        QTest::newRow("bad date()") << u"date(\"yesterday\") < first_purchase"_s << 6 << u"YYYY-MM-DD"_s;
        QTest::newRow("contains number") << u"city contains 5"_s << 15 << u"text in quotes on its right"_s;
        QTest::newRow("contains on number") << u"frequency contains \"1\""_s << 11 << u"needs text on its left"_s;
        QTest::newRow("days_since number") << u"days_since(monetary) > 3"_s << 12 << u"needs a date"_s;
        QTest::newRow("between text") << u"province between 1 and 2"_s << 18 << u"cannot compare"_s;
        QTest::newRow("in mixed") << u"province in (\"北京\", 3)"_s << 20 << u"cannot compare"_s;
        QTest::newRow("in non-constant") << u"frequency in (1, monetary)"_s << 18 << u"only values"_s;
        QTest::newRow("bool ordering") << u"vip < true"_s << 5 << u"can only be compared with = or !="_s;
        QTest::newRow("text ordering") << u"province < \"x\""_s << 10 << u"can only be compared with = or !="_s;
        QTest::newRow("date * 2") << u"first_purchase * 2 > 1"_s << 16 << u"cannot calculate"_s;
        QTest::newRow("negate text") << u"-province = 1"_s << 1 << u"needs a number"_s;
        QTest::newRow("whole rule number") << u"1 + 2"_s << 1 << u"for the whole rule"_s;
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        const FeatureTable table = TestFrame::make();
        const Status s = check(text, table);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QCOMPARE(s.error().row, 1);
        QCOMPARE(s.error().column, column);
    }

    void daysSinceNeedsAsOf()
    {
        const FeatureTable table = TestFrame::make();
        const Status s = check(u"days_since(first_purchase) > 3"_s, table, false);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(u"as-of"_s));
    }

    void segmentsUncheckedWithoutNames()
    {
        const FeatureTable table = TestFrame::make();
        Result<NodePtr> ast = parseExpression(u"segment = \"Whatever\""_s);
        QVERIFY(ast.ok());
        QVERIFY(typeCheck(**ast, CheckContext { &table, {}, {}, true }).ok());
    }

    void standardFeaturesAreDocumented()
    {
        const QStringList expected { u"recency_days"_s, u"frequency"_s, u"monetary"_s, u"aov"_s, u"first_purchase"_s,
                                     u"tenure_days"_s, u"mean_interpurchase_days"_s, u"promo_share"_s, u"return_rate"_s,
                                     u"top_channel"_s, u"top_category"_s, u"top_payment_method"_s,
                                     u"distinct_categories"_s, u"age"_s, u"gender"_s, u"province"_s, u"city"_s,
                                     u"latest_nps"_s, u"nps_class"_s, u"satisfaction"_s, u"segment"_s, u"value_tier"_s,
                                     u"cluster"_s };
        QStringList names;
        for (const FeatureInfo &f : standardFeatures()) {
            names.append(f.name);
            QVERIFY2(!f.nameZh.isEmpty() && !f.definition.isEmpty(), qPrintable(f.name));
        }
        QCOMPARE(names, expected);
        QCOMPARE(standardFeature(u"first_purchase"_s).type, FeatureType::Date);
        QCOMPARE(standardFeature(u"province"_s).type, FeatureType::Text);
    }

    void tableBuilder()
    {
        FeatureTable t(3);
        QVERIFY(!t.setNumbers(standardFeature(u"age"_s), { 1, 2 }).ok());
        QVERIFY(t.setNumbers(standardFeature(u"age"_s), { 30, TestFrame::NA, 40 }, { 0, 0, 1 }).ok());
        QCOMPARE(t.columnCount(), 1);
        QVERIFY(!t.isMissing(0, 0));
        QVERIFY(t.isMissing(0, 1));
        QVERIFY(t.isMissing(0, 2));
        QVERIFY(t.setNumbers(standardFeature(u"age"_s), { 1, 2, 3 }).ok());   // replaces
        QCOMPARE(t.columnCount(), 1);
        QCOMPARE(t.displayValue(0, 2), u"3"_s);
        QVERIFY(t.setTexts(standardFeature(u"city"_s), { u"深圳"_s, QString(), u"深圳"_s }).ok());
        QCOMPARE(t.textDictionary(1).size(), 1);
        QVERIFY(t.isMissing(1, 1));
        QCOMPARE(t.indexOf(u"城市"_s), 1);
        QVERIFY(t.setDates(standardFeature(u"first_purchase"_s), { TestFrame::day(u"2024-02-29"), Model::NoDay, 1 }).ok());
        QCOMPARE(t.displayValue(2, 0), u"2024-02-29"_s);
        QVERIFY(t.isMissing(2, 1));
    }
};

QTEST_GUILESS_MAIN(TestRuleTypes)
#include "tst_ruletypes.moc"
