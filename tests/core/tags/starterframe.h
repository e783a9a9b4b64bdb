#pragma once

// Eight hand-made customers with the standard features the starter dictionary's rules use, and
// p_alive of the lifetime features.
// The expected counts in tst_dictionarytagging are worked out by hand from this table.

#include "analytics/lifetimefeatures.h"
#include "model/keycolumn.h"
#include "tags/featuretable.h"

#include <QDate>

#include <cmath>

namespace StarterFrame {

using namespace Qt::StringLiterals;
using namespace Portrait::Tags;

inline const double NA = std::nan("");

inline Portrait::Model::KeyColumn keys()
{
    return { u"c0"_s, u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s, u"c6"_s, u"c7"_s };
}

inline Portrait::Model::Day asOf()
{
    return Portrait::Model::Day(QDate(2024, 6, 1).toJulianDay());
}

inline QStringList segmentNames()
{
    return { u"Champions"_s, u"Loyal Customers"_s, u"At Risk"_s, u"Lost"_s, u"Others"_s };
}

inline FeatureTable make()
{
    FeatureTable t(8);
    auto number = [&t](const char16_t *name, std::vector<double> values) {
        (void)t.setNumbers(standardFeature(QString::fromUtf16(name)), std::move(values));
    };
    auto text = [&t](const char16_t *name, const QStringList &values) {
        (void)t.setTexts(standardFeature(QString::fromUtf16(name)), values);
    };
    // customer:           0       1      2      3      4       5       6       7
    text(u"gender", { u"男"_s, u"女"_s, u"女"_s, u"男"_s, QString(), u"女"_s, u"男"_s, u"女"_s });
    number(u"age", { 22, 30, 40, 50, NA, 25, 35, 46 });
    text(u"city", { u"北京"_s, u"杭州"_s, u"深圳"_s, u"成都"_s, u"上海市"_s, QString(), u"广州"_s, u"武汉"_s });
    text(u"province", { u"北京"_s, u"浙江"_s, u"广东"_s, u"四川"_s, u"上海"_s, u"江苏"_s, u"广东"_s, u"湖北"_s });
    number(u"frequency", { 6, 1, 3, 0, 5, 1, 2, NA });
    number(u"recency_days", { 10, 200, 95, NA, 300, 366, 181, NA });
    number(u"monetary", { 3000, 100, 600, 0, 2000, 50, 300, NA });
    number(u"aov", { 500, 100, 200, NA, 400, 50, 150, NA });
    number(u"tenure_days", { 700, 200, 60, NA, 900, 366, 90, NA });
    number(u"mean_interpurchase_days", { 30, NA, 20, NA, 100, NA, 45, NA });
    number(u"promo_share", { 0.1, 1.0, 0.6, NA, 0.8, 0.0, 0.59, NA });
    number(u"return_rate", { 0, 0.5, 0.3, NA, 0.1, 0, 0.29, NA });
    text(u"top_category", { u"服装"_s, u"美妆"_s, u"母婴"_s, QString(), u"数码"_s, u"护肤"_s, u"服装"_s, QString() });
    number(u"distinct_categories", { 3, 1, 2, NA, 4, 1, 3, NA });
    text(u"top_channel", { u"天猫"_s, u"门店"_s, u"小程序"_s, QString(), u"京东"_s, u"门店"_s, u"线下"_s, QString() });
    text(u"top_payment_method",
         { u"微信"_s, u"支付宝"_s, u"银行卡"_s, QString(), u"微信"_s, u"信用卡"_s, u"支付宝"_s, QString() });
    text(u"value_tier", { u"高"_s, u"低"_s, u"中"_s, QString(), u"高"_s, u"低"_s, u"中"_s, QString() });
    number(u"latest_nps", { 10, 7, 8, NA, 9, NA, 6, NA });
    text(u"nps_class", { u"推荐者"_s, u"被动者"_s, u"被动者"_s, QString(), u"推荐者"_s, QString(), u"贬损者"_s, QString() });
    number(u"satisfaction", { 5, 1, 3, NA, 4, NA, 2, NA });
    text(u"segment", { u"Champions"_s, u"Lost"_s, u"Loyal Customers"_s, QString(), u"At Risk"_s, u"Lost"_s,
                       u"Others"_s, QString() });
    (void)t.setNumbers(Portrait::Analytics::lifetimeFeatures().at(0), { 0.9, 0.1, 0.2, NA, 0.25, 0.05, 0.5, NA });
    return t;
}

} // namespace StarterFrame
