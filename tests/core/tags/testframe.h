#pragma once

// Ten hand-made customers with missing values, shared by the tags tests. Expected results in the
// tests are computed by hand from this table.

#include "tags/featuretable.h"

#include <QDate>

#include <cmath>

namespace TestFrame {

using namespace Qt::StringLiterals;
using namespace Portrait::Tags;

inline const double NA = std::nan("");

inline Portrait::Model::Day day(const char16_t *iso)
{
    const QString s = QString::fromUtf16(iso);
    return s.isEmpty() ? Portrait::Model::NoDay : Portrait::Model::Day(QDate::fromString(s, Qt::ISODate).toJulianDay());
}

/// The as-of day of the frame: 2024-06-01.
inline Portrait::Model::Day asOf()
{
    return day(u"2024-06-01");
}

inline FeatureTable make()
{
    FeatureTable t(10);
    // customer:                      0      1     2    3     4     5     6    7     8     9
    (void)t.setNumbers(standardFeature(u"recency_days"_s), { 200, 30, NA, 400, 181, 180, 10, 365, 90, 60 });
    (void)t.setNumbers(standardFeature(u"frequency"_s), { 3, 5, NA, 1, 3, 10, 0, 2, 4, NA });
    (void)t.setNumbers(standardFeature(u"monetary"_s), { 500, 1200, NA, 50, 300, 5000, 0, 80, 700, 150 });
    (void)t.setNumbers(standardFeature(u"promo_share"_s), { 0.7, 0.1, NA, 0.0, 0.6, NA, 1.0, 0.5, 0.25, 0.8 });
    (void)t.setTexts(standardFeature(u"province"_s),
                     { u"北京"_s, u"上海"_s, u"广东"_s, QString(), u"北京"_s, u"浙江"_s, u"上海"_s, u"广东"_s, u"湖北"_s,
                       u"北京"_s });
    (void)t.setTexts(standardFeature(u"city"_s),
                     { u"北京市"_s, u"上海市"_s, u"广州市"_s, QString(), u"北京市"_s, u"杭州市"_s, u"上海市浦东"_s,
                       u"深圳市"_s, u"武汉市"_s, u"Beijing"_s });
    (void)t.setDates(standardFeature(u"first_purchase"_s),
                     { day(u"2023-01-10"), day(u"2023-06-01"), day(u""), day(u"2022-03-15"), day(u"2023-02-01"),
                       day(u"2021-12-31"), day(u"2024-05-01"), day(u"2023-07-07"), day(u"2023-09-09"),
                       day(u"2024-01-01") });
    (void)t.setBooleans(FeatureInfo { u"vip"_s, u"会员"_s, FeatureType::Boolean, u"member of the loyalty club"_s },
                        { 1, 0, 0, 1, 0, 1, 0, 0, 1, 0 }, { 0, 0, 1, 0, 0, 0, 1, 0, 0, 0 });
    (void)t.setTexts(standardFeature(u"segment"_s),
                     { u"Champions"_s, u"Loyal Customers"_s, QString(), u"Lost"_s, u"At Risk"_s, u"Champions"_s,
                       u"New Customers"_s, u"At Risk"_s, u"Loyal Customers"_s, QString() });
    return t;
}

inline QStringList segmentNames()
{
    return { u"Champions"_s, u"Loyal Customers"_s, u"New Customers"_s, u"At Risk"_s, u"Lost"_s, u"Others"_s };
}

/// "0,4,7": the customers marked 1.
inline QString members(const std::vector<quint8> &m)
{
    QStringList out;
    for (size_t i = 0; i < m.size(); ++i) {
        if (m[i])
            out.append(QString::number(i));
    }
    return out.join(u',');
}

} // namespace TestFrame
