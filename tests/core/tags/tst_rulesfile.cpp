#include "testframe.h"

#include "tags/autotagger.h"
#include "tags/diagnostic.h"
#include "tags/rulesfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

EvaluationContext context()
{
    EvaluationContext c;
    c.asOf = TestFrame::asOf();
    c.segmentNames = TestFrame::segmentNames();
    c.manualTags.insert(u"人工/重点关注"_s, { 0, 0, 1, 1, 0, 0, 0, 0, 0, 0 });
    return c;
}

Result<TagAssignment> run(const QString &text)
{
    Result<QList<TagRule>> rules = parseRulesText(text, u"rules.txt"_s);
    if (!rules)
        return rules.error();
    return evaluateRules(*rules, TestFrame::make(), context());
}

} // namespace

class TestRulesFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse()
    {
        const QString text = u"\uFEFF# 标签规则\n"
                             "\n"
                             "行为特征/消费行为/高频 = frequency >= 5   # 五单以上\n"
                             "价值/沉睡高价值 = recency_days > 180 \\\n"
                             "    and monetary >= 500 # 注释里的 \\\n"
                             "地域/京沪 = province in (\"北京\", \"上海#1\")\r\n"
                             " 单层 =true\n"_s;
        Result<QList<TagRule>> rules = parseRulesText(text, u"r.txt"_s);
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
        QCOMPARE(rules->size(), 4);
        const TagRule &first = rules->at(0);
        QCOMPARE(first.path, u"行为特征/消费行为/高频"_s);
        QCOMPARE(first.levels, (QStringList { u"行为特征"_s, u"消费行为"_s, u"高频"_s }));
        QCOMPARE(first.line, 3);
        QCOMPARE(first.expressionPos, (SourcePos { 3, 15 }));
        QCOMPARE(first.source, u"r.txt"_s);
        QCOMPARE(rules->at(1).line, 4);
        QCOMPARE(dump(*rules->at(1).ast), u"(and (> recency_days 180) (>= monetary 500))"_s);
        QCOMPARE(rules->at(2).line, 6);
        QCOMPARE(dump(*rules->at(2).ast), u"(in province \"北京\" \"上海#1\")"_s);
        QCOMPARE(rules->at(3).path, u"单层"_s);
        QCOMPARE(rules->at(3).line, 7);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no =") << u"# x\n高频 frequency\n"_s << 2 << 1 << u"tag path = condition"_s;
        QTest::newRow("empty level") << u"a//b = true\n"_s << 1 << 1 << u"empty level"_s;
        QTest::newRow("too many levels") << u"a/b/c/d = true\n"_s << 1 << 1 << u"at most 3"_s;
        QTest::newRow("empty condition") << u"a = \n"_s << 1 << 5 << u"ends too early"_s;
        QTest::newRow("parse error") << u"\n高频 = frequency >= \n"_s << 2 << 19 << u"ends too early"_s;
        QTest::newRow("error on continuation") << u"a = frequency > 1 \\\n  and and\n"_s << 2 << 7
                                               << u"expected a value"_s;
        QTest::newRow("duplicate") << u"a/b = true\na / b = false\n"_s << 2 << 1 << u"already has a rule on line 1"_s;
        QTest::newRow("type error") << u"a = true\n高频 = frequncy >= 5\n"_s << 2 << 6 << u"did you mean \"frequency\"?"_s;
        QTest::newRow("unknown tag") << u"a = has_tag(\"b\")\n"_s << 1 << 13 << u"unknown tag \"b\""_s;
        QTest::newRow("segment") << u"\n\na = segment = \"Champ\"\n"_s << 3 << 15 << u"did you mean \"Champions\"?"_s;
        QTest::newRow("self cycle") << u"a = has_tag(\"a\")\n"_s << 1 << 13 << u"cycle: a → a"_s;
        QTest::newRow("cycle") << u"x = true\n"
                                  "甲/A = has_tag(\"C\") or frequency > 3\n"
                                  "B = has_tag(\"甲/A\")\n"
                                  "C = not has_tag(\"B\")\n"_s
                               << 2 << 15 << u"cycle: 甲/A → C → B → 甲/A"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Result<TagAssignment> result = run(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().toString()));
        QCOMPARE(result.error().source, u"rules.txt"_s);
        QCOMPARE(result.error().row, line);
        QCOMPARE(result.error().column, column);
    }

    void dependencyOrder()
    {
        Result<TagAssignment> result = run(u"活跃/高频沉睡 = has_tag(\"高频\") and has_tag(\"沉睡\")\n"
                                           "行为/高频 = frequency >= 3\n"
                                           "状态/沉睡 = recency_days > 180\n"
                                           "关注 = has_tag(\"重点关注\") or has_tag(\"活跃/高频沉睡\")\n"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->evaluationOrder,
                 (QStringList { u"行为/高频"_s, u"状态/沉睡"_s, u"活跃/高频沉睡"_s, u"关注"_s }));
        QCOMPARE(result->tags.size(), 4);
        QCOMPARE(result->tags[0].path, u"活跃/高频沉睡"_s);
        QCOMPARE(TestFrame::members(result->tags[0].members), u"0,4"_s);
        QCOMPARE(result->tags[0].count, 2);
        QCOMPARE(TestFrame::members(result->tags[1].members), u"0,1,4,5,8"_s);
        QCOMPARE(result->tags[1].count, 5);
        QCOMPARE(TestFrame::members(result->tags[2].members), u"0,3,4,7"_s);
        QCOMPARE(TestFrame::members(result->find(u"关注"_s)->members), u"0,2,3,4"_s);
        QVERIFY(!result->find(u"nope"_s));
    }

    void file()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rules.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xE5\x8C\x97\xE4\xBA\xAC = province = \"\xE5\x8C\x97\xE4\xBA\xAC\"\n");
        f.close();
        Result<QList<TagRule>> rules = parseRulesFile(path);
        QVERIFY(rules.ok());
        QCOMPARE(rules->first().path, u"北京"_s);
        QCOMPARE(rules->first().source, path);

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a = province = \"\xB1\xB1\xBE\xA9\"\n");   // GBK, not UTF-8
        f.close();
        rules = parseRulesFile(path);
        QVERIFY(!rules.ok());
        QVERIFY(rules.error().message.contains(u"UTF-8"_s));
        QVERIFY(!parseRulesFile(dir.filePath(u"missing.txt"_s)).ok());
    }

    void diagnosticForRule()
    {
        const QString text = u"a = true\n高频 = frequncy >= 5\n"_s;
        Result<TagAssignment> result = run(text);
        QVERIFY(!result.ok());
        QCOMPARE(formatDiagnostic(result.error(), sourceLine(text, result.error().row)),
                 u"rules.txt:2:6: unknown feature \"frequncy\"; did you mean \"frequency\"?\n"
                 "    高频 = frequncy >= 5\n"
                 "           ^"_s);
    }

    void checkOneRule()
    {
        const FeatureTable table = TestFrame::make();
        Result<TagRule> rule = makeRule(u" 价值 / 高 "_s, u"has_tag(\"其他\") and monetary > 1"_s);
        QVERIFY(rule.ok());
        QCOMPARE(rule->path, u"价值/高"_s);
        QVERIFY(!checkRule(*rule, table, context()).ok());
        QVERIFY(checkRule(*rule, table, context(), { u"x/其他"_s }).ok());
        QVERIFY(!makeRule(u"a"_s, u"x >"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestRulesFile)
#include "tst_rulesfile.moc"
