// Benchmark: 50 realistic tag rules (has_tag chains, quantiles, dates, text predicates, missing
// values) over a synthetic 1M-customer FeatureTable. Bar: evaluateRules < 1 s, median of 5 runs.
// Prints the figures and PASS/FAIL; exits non-zero on a miss.

#include "tags/autotagger.h"
#include "tags/rulesfile.h"

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

constexpr qsizetype Customers = 1'000'000;
constexpr int Runs = 5;
constexpr double BarMs = 1000;

const char16_t *const RulesText = uR"(# 50 rules as an analyst might write them
价值/高价值 = monetary >= quantile(monetary, 0.8)
价值/中价值 = monetary between quantile(monetary, 0.4) and quantile(monetary, 0.8)
价值/低价值 = monetary < quantile(monetary, 0.4)
价值/高客单 = aov >= quantile(aov, 0.9)
价值/RFM高层级 = value_tier = "高"
行为特征/消费行为/高频 = frequency >= 5
行为特征/消费行为/中频 = frequency between 2 and 4
行为特征/消费行为/一次性 = frequency = 1
行为特征/消费行为/多品类 = distinct_categories >= 3
行为特征/消费行为/促销敏感 = promo_share >= 0.6
行为特征/消费行为/从不促销 = promo_share = 0 and frequency >= 2
行为特征/消费行为/高退货 = return_rate > 0.3
行为特征/消费行为/零退货 = return_rate = 0
行为特征/消费行为/购买规律 = mean_interpurchase_days <= 30 and frequency >= 3
行为特征/消费行为/间隔长 = mean_interpurchase_days > 120
行为特征/渠道/线上 = top_channel in ("天猫", "京东", "小程序")
行为特征/渠道/门店 = top_channel = "门店"
行为特征/渠道/小程序 = top_channel starts with "小程序"
行为特征/支付/花呗 = top_payment_method contains "花呗"
行为特征/支付/非现金 = top_payment_method not in ("现金")
行为特征/品类/美妆 = top_category in ("美妆", "护肤")
行为特征/品类/母婴 = top_category = "母婴"
生命周期/新客 = tenure_days <= 90
生命周期/老客 = tenure_days > 730
生命周期/沉睡 = recency_days > 180
生命周期/流失 = recency_days > 365
生命周期/活跃 = recency_days <= 30 and frequency >= 2
生命周期/近期首购 = first_purchase >= "2024-01-01"
生命周期/首购超两年 = days_since(first_purchase) > 730
生命周期/首购在促销季 = first_purchase between date("2023-11-01") and date("2023-11-30")
人口属性/年轻 = age < 30
人口属性/中年 = age between 30 and 50
人口属性/年龄未知 = age is missing
人口属性/女性 = gender = "女"
地域/京沪 = province in ("北京", "上海")
地域/广东 = province = "广东"
地域/一线城市 = city in ("北京", "上海", "广州", "深圳")
地域/省会 = city contains "州" or city in ("成都", "武汉", "南京", "西安")
体验/推荐者 = nps_class = "推荐者"
体验/贬损者 = latest_nps <= 6
体验/高满意 = satisfaction >= 4.5
体验/未调研 = latest_nps is missing and satisfaction is missing
分群/冠军 = segment = "Champions"
分群/流失风险 = segment in ("At Risk", "Can't Lose Them")
组合/高价值沉睡 = has_tag("高价值") and has_tag("沉睡")
组合/高价值促销敏感 = has_tag("高价值") and has_tag("促销敏感") and not has_tag("高退货")
组合/挽回对象 = (has_tag("流失") or has_tag("流失风险")) and monetary * 0.1 > 50
组合/潜力新客 = has_tag("新客") and aov > quantile(aov, 0.5) and not has_tag("贬损者")
组合/会员日推送 = (has_tag("京沪") or has_tag("一线城市")) and has_tag("活跃") and promo_share >= 0.3
组合/重点关注 = has_tag("高价值沉睡") or has_tag("挽回对象") or (has_tag("推荐者") and has_tag("高频"))
)";

QStringList pick(std::mt19937_64 &rng, const QStringList &values, qsizetype n, double missingShare)
{
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<qsizetype> index(0, values.size() - 1);
    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.append(unit(rng) < missingShare ? QString() : values[index(rng)]);
    return out;
}

/// Shop-like skew: ~60 % one-off buyers, lognormal spend, ~10 % unknown demographics, surveys for ~20 %.
FeatureTable syntheticTable()
{
    std::mt19937_64 rng(20240601);
    std::uniform_real_distribution<double> unit(0, 1);
    std::geometric_distribution<int> extra(0.45);
    std::lognormal_distribution<double> orderValue(4.0, 0.9);
    const size_t n = size_t(Customers);
    const double na = std::nan("");
    const Model::Day asOf = Model::Day(QDate(2024, 6, 1).toJulianDay());
    std::vector<double> recency(n), frequency(n), monetary(n), aov(n), tenure(n), interval(n), promo(n), returns(n),
        categories(n), age(n), nps(n), satisfaction(n);
    std::vector<Model::Day> first(n);
    for (size_t i = 0; i < n; ++i) {
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extra(rng);
        frequency[i] = orders;
        monetary[i] = orderValue(rng) * orders;
        aov[i] = monetary[i] / orders;
        recency[i] = std::floor(900 * std::pow(unit(rng), 1 + 0.3 * orders));
        tenure[i] = recency[i] + std::floor(unit(rng) * 1200 * (orders > 1));
        first[i] = asOf - Model::Day(tenure[i]);
        interval[i] = orders > 1 ? (tenure[i] - recency[i]) / (orders - 1) : na;
        promo[i] = unit(rng) < 0.1 ? na : std::round(unit(rng) * orders) / orders;
        returns[i] = unit(rng) < 0.8 ? 0 : unit(rng) * 0.6;
        categories[i] = 1 + std::floor(unit(rng) * std::min(orders, 6));
        age[i] = unit(rng) < 0.12 ? na : std::floor(18 + unit(rng) * 50);
        const bool surveyed = unit(rng) < 0.2;
        nps[i] = surveyed ? std::floor(unit(rng) * 11) : na;
        satisfaction[i] = surveyed ? 1 + std::round(unit(rng) * 40) / 10 : na;
    }
    FeatureTable t(Customers);
    auto num = [&](const char16_t *name, std::vector<double> &v) { (void)t.setNumbers(standardFeature(QString::fromUtf16(name)), std::move(v)); };
    num(u"recency_days", recency);
    num(u"frequency", frequency);
    num(u"monetary", monetary);
    num(u"aov", aov);
    num(u"tenure_days", tenure);
    num(u"mean_interpurchase_days", interval);
    num(u"promo_share", promo);
    num(u"return_rate", returns);
    num(u"distinct_categories", categories);
    num(u"age", age);
    num(u"latest_nps", nps);
    num(u"satisfaction", satisfaction);
    (void)t.setDates(standardFeature(u"first_purchase"_s), first);
    auto text = [&](const char16_t *name, const QStringList &values, double missing) {
        (void)t.setTexts(standardFeature(QString::fromUtf16(name)), pick(rng, values, Customers, missing));
    };
    text(u"top_channel", { u"天猫"_s, u"京东"_s, u"小程序"_s, u"门店"_s, u"抖音"_s }, 0.05);
    text(u"top_category", { u"美妆"_s, u"护肤"_s, u"母婴"_s, u"食品"_s, u"服饰"_s, u"家居"_s }, 0.05);
    text(u"top_payment_method", { u"支付宝"_s, u"花呗分期"_s, u"微信支付"_s, u"银行卡"_s, u"现金"_s }, 0.05);
    text(u"gender", { u"男"_s, u"女"_s }, 0.1);
    text(u"province", { u"北京"_s, u"上海"_s, u"广东"_s, u"浙江"_s, u"江苏"_s, u"四川"_s, u"湖北"_s }, 0.05);
    text(u"city", { u"北京"_s, u"上海"_s, u"广州"_s, u"深圳"_s, u"杭州"_s, u"成都"_s, u"武汉"_s, u"苏州"_s }, 0.05);
    text(u"nps_class", { u"推荐者"_s, u"被动者"_s, u"贬损者"_s }, 0.8);
    text(u"segment", { u"Champions"_s, u"Loyal Customers"_s, u"At Risk"_s, u"Can't Lose Them"_s, u"Lost"_s }, 0.02);
    text(u"value_tier", { u"高"_s, u"中"_s, u"低"_s }, 0.02);
    return t;
}

} // namespace

int main()
{
    QElapsedTimer t;
    t.start();
    const FeatureTable table = syntheticTable();
    std::printf("synthetic table: %lld customers, %d features, built in %.0f ms\n", qlonglong(table.rowCount()),
                table.columnCount(), double(t.nsecsElapsed()) / 1e6);

    t.restart();
    Result<QList<TagRule>> rules = parseRulesText(QString::fromUtf16(RulesText), u"bench.rules"_s);
    if (!rules) {
        std::fprintf(stderr, "%s\n", qPrintable(rules.error().toString()));
        return 1;
    }
    std::printf("parsed %lld rules in %.2f ms\n", qlonglong(rules->size()), double(t.nsecsElapsed()) / 1e6);

    EvaluationContext context;
    context.asOf = Model::Day(QDate(2024, 6, 1).toJulianDay());
    context.segmentNames = { u"Champions"_s, u"Loyal Customers"_s, u"At Risk"_s, u"Can't Lose Them"_s, u"Lost"_s };
    std::vector<double> ms;
    Result<TagAssignment> result = Error {};
    for (int i = 0; i < Runs; ++i) {
        t.restart();
        result = evaluateRules(*rules, table, context);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
            return 1;
        }
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    std::printf("evaluateRules, %lld rules x %lld customers: runs", qlonglong(rules->size()), qlonglong(table.rowCount()));
    for (double m : ms)
        std::printf(" %.0f", m);
    std::printf(" ms; median %.0f ms (min %.0f, max %.0f)\n", median, sorted.front(), sorted.back());
    for (const TagResult &tag : result->tags)
        std::printf("  %-28s %8lld\n", qPrintable(tag.path), qlonglong(tag.count));
    const bool pass = median < BarMs;
    std::printf("%s: median %.0f ms, bar < %.0f ms\n", pass ? "PASS" : "FAIL", median, BarMs);
    return pass ? 0 : 1;
}
