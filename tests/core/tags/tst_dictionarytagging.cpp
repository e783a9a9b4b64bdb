#include "starterframe.h"

#include "tags/dictionarytagger.h"
#include "tags/governance.h"
#include "tags/groups.h"
#include "tags/starterdictionary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

EvaluationContext context()
{
    EvaluationContext c;
    c.asOf = StarterFrame::asOf();
    c.segmentNames = StarterFrame::segmentNames();
    return c;
}

QString members(const std::vector<quint8> &m)
{
    QStringList out;
    for (size_t i = 0; i < m.size(); ++i) {
        if (m[i])
            out.append(QString::number(i));
    }
    return out.join(u',');
}

QString errorsOf(const DictionaryTagging &tagging)
{
    QStringList out;
    for (const TagRuleError &e : tagging.errors)
        out.append(e.path + u": "_s + e.error.message);
    return out.join(u'\n');
}

qint64 idOf(const TagDictionary &d, const QString &path)
{
    const TagNode *node = d.findByPath(path);
    return node ? node->id : 0;
}

} // namespace

class TestDictionaryTagging : public QObject
{
    Q_OBJECT

private:
    const FeatureTable m_features = StarterFrame::make();
    const TagDictionary m_starter = starterDictionary();

private Q_SLOTS:
    void everyStarterRuleTypeChecks()
    {
        // Against a table holding exactly the standard and lifetime features (23 + 3, in any order).
        FeatureTable all(1);
        for (const FeatureInfo &f : standardFeatures() + Analytics::lifetimeFeatures()) {
            switch (f.type) {
            case FeatureType::Number: (void)all.setNumbers(f, { 1 }); break;
            case FeatureType::Date: (void)all.setDates(f, { StarterFrame::asOf() }); break;
            case FeatureType::Text: (void)all.setTexts(f, { u"x"_s }); break;
            case FeatureType::Boolean: (void)all.setBooleans(f, { 1 }); break;
            }
        }
        QCOMPARE(all.columnCount(), 26);
        const DictionaryTagging tagging = tagCustomers(m_starter, {}, { u"c0"_s }, all, context());
        QVERIFY2(tagging.errors.isEmpty(), qPrintable(errorsOf(tagging)));
        QCOMPARE(tagging.tags.size(), m_starter.size());
        QVERIFY(evaluateGroups(m_starter, all, context(), tagging).size() == 3);
        for (const GroupResult &g : evaluateGroups(m_starter, all, context(), tagging))
            QVERIFY2(!g.failed, qPrintable(g.error.message));
    }

    void starterCounts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        // Worked out by hand from tests/core/tags/starterframe.h.
        QTest::newRow("男") << u"基础属性/性别/男"_s << u"0,3,6"_s;
        QTest::newRow("女") << u"基础属性/性别/女"_s << u"1,2,5,7"_s;
        QTest::newRow("18-25") << u"基础属性/年龄段/18-25岁"_s << u"0,5"_s;
        QTest::newRow("26-35") << u"基础属性/年龄段/26-35岁"_s << u"1,6"_s;
        QTest::newRow("46+") << u"基础属性/年龄段/46岁及以上"_s << u"3,7"_s;
        QTest::newRow("age unknown") << u"基础属性/年龄段/年龄未知"_s << u"4"_s;
        QTest::newRow("一线城市") << u"基础属性/地域/一线城市"_s << u"0,2,4,6"_s;
        QTest::newRow("华东") << u"基础属性/地域/华东"_s << u"1,4,5"_s;
        QTest::newRow("高频") << u"行为特征/消费行为/高频"_s << u"0,4"_s;
        QTest::newRow("中频") << u"行为特征/消费行为/中频"_s << u"2,6"_s;
        QTest::newRow("低频") << u"行为特征/消费行为/低频"_s << u"1,5"_s;
        // aov known: 50 100 150 200 400 500; type-7 0.8 quantile = x[4] = 400.
        QTest::newRow("高客单价") << u"行为特征/消费行为/高客单价"_s << u"0,4"_s;
        QTest::newRow("促销敏感 (0.59 is not)") << u"行为特征/消费行为/促销敏感"_s << u"1,2,4"_s;
        QTest::newRow("高退货") << u"行为特征/消费行为/高退货"_s << u"1,2"_s;
        QTest::newRow("活跃") << u"行为特征/活跃度/活跃"_s << u"0"_s;
        QTest::newRow("沉睡") << u"行为特征/活跃度/沉睡"_s << u"1,4,6"_s;
        QTest::newRow("流失风险") << u"行为特征/活跃度/流失风险"_s << u"5"_s;
        QTest::newRow("新客") << u"行为特征/活跃度/新客"_s << u"2,6"_s;
        // p_alive < 0.3 and frequency >= 2: 1 and 5 bought once, 6 is likely alive.
        QTest::newRow("流失预警") << u"行为特征/活跃度/流失预警"_s << u"2,4"_s;
        QTest::newRow("美妆 (护肤 too)") << u"需求偏好/品类偏好/美妆"_s << u"1,5"_s;
        QTest::newRow("多品类") << u"需求偏好/品类偏好/多品类"_s << u"0,4,6"_s;
        QTest::newRow("线上") << u"需求偏好/渠道偏好/线上"_s << u"0,2,4"_s;
        QTest::newRow("线下门店") << u"需求偏好/渠道偏好/线下门店"_s << u"1,5,6"_s;
        QTest::newRow("银行卡") << u"需求偏好/支付偏好/银行卡"_s << u"2,5"_s;
        QTest::newRow("高价值") << u"价值等级/高价值"_s << u"0,4"_s;
        QTest::newRow("低价值") << u"价值等级/低价值"_s << u"1,5"_s;
        QTest::newRow("推荐者") << u"态度/NPS/推荐者"_s << u"0,4"_s;
        QTest::newRow("贬损者") << u"态度/NPS/贬损者"_s << u"6"_s;
        QTest::newRow("低满意") << u"态度/满意度/低满意"_s << u"1,6"_s;
        QTest::newRow("未调研") << u"态度/满意度/未调研"_s << u"3,5,7"_s;
    }

    void starterCounts()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const DictionaryTagging tagging = tagCustomers(m_starter, {}, StarterFrame::keys(), m_features, context());
        QVERIFY2(tagging.errors.isEmpty(), qPrintable(errorsOf(tagging)));
        const DictionaryTag *tag = tagging.findPath(path);
        QVERIFY(tag);
        QCOMPARE(tag->source, TagSource::Rule);
        QCOMPARE(members(tag->members), expected);
        QCOMPARE(tag->count, qint64(expected.count(u',') + 1));
    }

    void manualTagsStayApart()
    {
        ManualTags manual;
        const qint64 key = idOf(m_starter, u"价值等级/重点客户"_s);
        manual[key] = { u"c3"_s, u"c7"_s, u"gone"_s };
        // Assignments on a rule tag are not used: its rule decides.
        manual[idOf(m_starter, u"价值等级/高价值"_s)] = { u"c1"_s };
        TagDictionary d = m_starter;
        QVERIFY(d.setGroup({ u"重点或高价值"_s, u"has_tag(\"重点客户\") or has_tag(\"高价值\")"_s, {} }));
        const DictionaryTagging tagging = tagCustomers(d, manual, StarterFrame::keys(), m_features, context());
        QVERIFY(tagging.errors.isEmpty());
        QCOMPARE(tagging.unknownManualCustomers, 1);
        const DictionaryTag *keyAccount = tagging.find(key);
        QCOMPARE(keyAccount->source, TagSource::Manual);
        QCOMPARE(members(keyAccount->members), u"3,7"_s);
        QCOMPARE(members(tagging.findPath(u"价值等级/高价值"_s)->members), u"0,4"_s);
        const QList<GroupResult> groups = evaluateGroups(d, m_features, context(), tagging);
        QCOMPARE(members(groups.last().members), u"0,3,4,7"_s);

        // Why does customer 3 have which tag?
        const QList<CustomerTagReason> reasons = tagsOfCustomer(d, tagging, 3);
        QStringList shown;
        for (const CustomerTagReason &r : reasons)
            shown.append(r.path + u" ← "_s + (r.source == TagSource::Manual ? u"manual"_s : r.rule));
        QCOMPARE(shown, QStringList({ u"基础属性/性别/男 ← gender = \"男\""_s, u"基础属性/年龄段/46岁及以上 ← age >= 46"_s,
                                      u"价值等级/重点客户 ← manual"_s, u"态度/满意度/未调研 ← latest_nps is missing and satisfaction is missing"_s }));
    }

    void starterGroups()
    {
        const DictionaryTagging tagging = tagCustomers(m_starter, {}, StarterFrame::keys(), m_features, context());
        const QList<GroupResult> groups = evaluateGroups(m_starter, m_features, context(), tagging);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[0].name, u"高消费沉睡客户"_s);
        // monetary 0 50 100 300 600 2000 3000: type-7 0.8 quantile = 600 + 0.8 × 1400 = 1720.
        QCOMPARE(members(groups[0].members), u"4"_s);                 // {0,4} ∩ {1,4,6}
        QCOMPARE(members(groups[1].members), u"1"_s);                 // {1,2,4} ∩ {1,5} − {6}
        QCOMPARE(members(groups[2].members), u"0,4"_s);
        QCOMPARE(groups[2].count, 2);
        QCOMPARE(groups[0].tagPaths, QStringList({ u"行为特征/活跃度/沉睡"_s }));
        QCOMPARE(groups[1].tagPaths, QStringList({ u"行为特征/消费行为/促销敏感"_s, u"行为特征/消费行为/低频"_s,
                                                   u"态度/NPS/贬损者"_s }));
        QCOMPARE(memberRows(groups[2].members), std::vector<qint32>({ 0, 4 }));
    }

    void groupsMixTagsSegmentsAndFeatures()
    {
        const DictionaryTagging tagging = tagCustomers(m_starter, {}, StarterFrame::keys(), m_features, context());
        auto run = [&](const QString &expression) {
            return evaluateCondition(expression, m_features, context(), tagging);
        };
        QCOMPARE(members(*run(u"segment = \"Lost\" or (has_tag(\"女\") and monetary > 500)"_s)), u"1,2,5"_s);
        QCOMPARE(members(*run(u"not has_tag(\"行为特征/消费行为/高频\") and frequency >= 1"_s)), u"1,2,5,6"_s);
        // A category has no members of its own.
        QCOMPARE(members(*run(u"has_tag(\"消费行为\")"_s)), QString());

        const auto unknownSegment = run(u"segment = \"Champion\""_s);
        QVERIFY(!unknownSegment);
        QVERIFY2(unknownSegment.error().message.contains(u"Champions"_s), qPrintable(unknownSegment.error().message));
        const auto typo = run(u"has_tag(\"高价值\") and\n  frequncy > 2"_s);
        QVERIFY(!typo);
        QCOMPARE(typo.error().row, 2);
        QCOMPARE(typo.error().column, 3);
        QVERIFY(typo.error().message.contains(u"did you mean \"frequency\""_s));
        // A rule being edited cannot name its own tag.
        QVERIFY(!evaluateCondition(u"has_tag(\"高频\")"_s, m_features, context(), tagging, u"行为特征/消费行为/高频"_s));
    }

    void governanceFigures()
    {
        TagDictionary d = m_starter;
        const qint64 buying = idOf(d, u"行为特征/消费行为"_s);
        QVERIFY(d.addTag(buying, [] { TagNode n; n.name = u"超高频"_s; n.rule = u"frequency > 100"_s; return n; }()));
        ManualTags manual;
        manual[idOf(d, u"价值等级/重点客户"_s)] = { u"c0"_s, u"c3"_s };
        const DictionaryTagging tagging = tagCustomers(d, manual, StarterFrame::keys(), m_features, context());
        const QList<GroupResult> groups = evaluateGroups(d, m_features, context(), tagging);
        // Revenue = monetary: 3000 100 600 0 2000 50 300 NA → 6050.
        const std::vector<double> revenue = m_features.numbers(m_features.indexOf(u"monetary"_s));
        const TagGovernance g = computeGovernance(d, tagging, groups, revenue);
        QCOMPARE(g.customers, 8);
        QCOMPARE(g.revenue, 6050.0);
        QCOMPARE(g.rows.size(), d.size());

        auto row = [&](const QString &path) -> const TagGovernanceRow & {
            for (const TagGovernanceRow &r : g.rows) {
                if (r.path == path)
                    return r;
            }
            qFatal("no row");
        };
        const TagGovernanceRow &high = row(u"价值等级/高价值"_s);
        QCOMPARE(high.count, 2);
        QCOMPARE(high.share, 0.25);
        QCOMPARE(high.revenue, 5000.0);
        QCOMPARE(high.revenueShare, 5000.0 / 6050.0);
        QCOMPARE(high.flags, 0);                                       // used by a group
        const TagGovernanceRow &key = row(u"价值等级/重点客户"_s);
        QCOMPARE(key.source, TagSource::Manual);
        QCOMPARE(key.revenue, 3000.0);
        QCOMPARE(key.flags, int(FlagNotInGroup));
        QCOMPARE(row(u"行为特征/消费行为/超高频"_s).flags, FlagEmpty | FlagNotInGroup);
        QCOMPARE(row(u"基础属性/性别/男"_s).flags, int(FlagNotInGroup));
        QCOMPARE(row(u"基础属性"_s).flags, 0);                           // a category
        QVERIFY(row(u"基础属性"_s).category);

        // Overlap: customers in both; the diagonal is the count.
        auto at = [&](const QString &a, const QString &b) {
            int i = -1, j = -1;
            for (int k = 0; k < g.matrixRows.size(); ++k) {
                if (g.rows[g.matrixRows[k]].path == a)
                    i = k;
                if (g.rows[g.matrixRows[k]].path == b)
                    j = k;
            }
            return g.overlapAt(i, j);
        };
        // The matrix holds the tags that have members: every leaf here, never a category.
        qsizetype leaves = 0;
        for (const TagNode &t : d.tags())
            leaves += d.hasChildren(t.id) ? 0 : 1;
        QCOMPARE(g.matrixRows.size(), leaves);
        QCOMPARE(at(u"价值等级/高价值"_s, u"态度/NPS/推荐者"_s), 2);
        QCOMPARE(at(u"行为特征/消费行为/高频"_s, u"行为特征/消费行为/促销敏感"_s), 1);   // {0,4} ∩ {1,2,4}
        QCOMPARE(at(u"基础属性/性别/女"_s, u"行为特征/活跃度/沉睡"_s), 1);               // {1,2,5,7} ∩ {1,4,6}
        QCOMPARE(at(u"行为特征/活跃度/沉睡"_s, u"基础属性/性别/女"_s), 1);
        QCOMPARE(at(u"基础属性/性别/女"_s, u"基础属性/性别/女"_s), 4);
        QCOMPARE(at(u"基础属性/性别/女"_s, u"基础属性/性别/男"_s), 0);
        QCOMPARE(at(u"价值等级/重点客户"_s, u"价值等级/高价值"_s), 1);
    }

    void brokenRulesAreNamedAndTheRestIsComputed()
    {
        TagDictionary d;
        const qint64 top = d.addTag(0, [] { TagNode n; n.name = u"组合"_s; return n; }()).value();
        auto add = [&](const QString &name, const QString &rule) {
            TagNode n;
            n.name = name;
            n.rule = rule;
            return d.addTag(top, n).value();
        };
        const qint64 a = add(u"A"_s, u"has_tag(\"B\") and frequency > 1"_s);
        const qint64 b = add(u"B"_s, u"has_tag(\"A\")"_s);
        const qint64 c = add(u"C"_s, u"has_tag(\"A\") or frequency > 1"_s);
        const qint64 typo = add(u"D"_s, u"frequncy > 1"_s);
        const qint64 e = add(u"E"_s, u"has_tag(\"D\")"_s);
        const qint64 fine = add(u"F"_s, u"frequency > 1"_s);
        const DictionaryTagging tagging = tagCustomers(d, {}, StarterFrame::keys(), m_features, context());
        QHash<qint64, QString> errors;
        for (const TagRuleError &err : tagging.errors)
            errors.insert(err.id, err.error.message);
        QCOMPARE(errors.size(), 5);
        QVERIFY2(errors[a].contains(u"cycle: 组合/A → 组合/B → 组合/A"_s), qPrintable(errors[a]));
        QVERIFY2(errors[b].contains(u"\"组合/A\", whose rule has an error"_s), qPrintable(errors[b]));
        QVERIFY(errors[c].contains(u"whose rule has an error"_s));
        QVERIFY(errors[typo].contains(u"did you mean \"frequency\""_s));
        QVERIFY(errors[e].contains(u"\"组合/D\""_s));
        for (const TagRuleError &err : tagging.errors) {
            if (err.id == typo) {
                QCOMPARE(err.error.row, 1);
                QCOMPARE(err.error.column, 1);
                QCOMPARE(err.error.source, u"组合/D"_s);
            }
        }
        QVERIFY(tagging.find(a)->failed);
        QCOMPARE(tagging.find(a)->count, 0);
        QCOMPARE(members(tagging.find(fine)->members), u"0,2,4,6"_s);
    }
};

QTEST_GUILESS_MAIN(TestDictionaryTagging)
#include "tst_dictionarytagging.moc"
