#include "featuretable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class Features
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::Features)
};

} // namespace

QList<FeatureInfo> standardFeatures()
{
    using T = FeatureType;
    // Definitions are what an analyst needs to write a correct rule; they are the contract the
    // feature computation follows. "Window" = the orders on or before the as-of date and inside
    // the analysis window, as for RFM (DESIGN §3).
    return {
        { u"recency_days"_s, u"最近购买间隔天数"_s, T::Number,
          Features::tr("Whole days from the last purchase in the window to the as-of date (RFM recency). "
                       "Missing when the customer has no purchase in the window.") },
        { u"frequency"_s, u"购买频次"_s, T::Number,
          Features::tr("Distinct orders in the window, returns not counted (RFM frequency). 0 when the "
                       "customer has orders outside the window only; missing when nothing is known.") },
        { u"monetary"_s, u"消费金额"_s, T::Number,
          Features::tr("Net amount in the window: purchases minus returns (RFM monetary).") },
        { u"aov"_s, u"客单价"_s, T::Number,
          Features::tr("Average order value: monetary / frequency. Missing when frequency is 0.") },
        { u"first_purchase"_s, u"首次购买日期"_s, T::Date,
          Features::tr("Date of the customer's first purchase on or before the as-of date (any window).") },
        { u"tenure_days"_s, u"客户时长天数"_s, T::Number,
          Features::tr("Whole days from the first purchase to the as-of date.") },
        { u"mean_interpurchase_days"_s, u"平均购买间隔天数"_s, T::Number,
          Features::tr("Mean days between consecutive purchase days in the window: (last − first) / "
                       "(purchase days − 1). Missing with fewer than two purchase days.") },
        { u"promo_share"_s, u"促销订单占比"_s, T::Number,
          Features::tr("Share of the window's orders bought on promotion, 0–1, over the orders whose "
                       "promotion flag is known. Missing when no order has the flag.") },
        { u"return_rate"_s, u"退货率"_s, T::Number,
          Features::tr("Returned amount / purchased amount in the window, 0–1. Missing when nothing was "
                       "purchased.") },
        { u"top_channel"_s, u"主要渠道"_s, T::Text,
          Features::tr("The channel of most of the window's orders; ties go to the larger amount, then "
                       "the name. Missing when no order has a channel.") },
        { u"top_category"_s, u"主要品类"_s, T::Text,
          Features::tr("The category of most of the window's orders; ties as for top_channel.") },
        { u"top_payment_method"_s, u"主要支付方式"_s, T::Text,
          Features::tr("The payment method of most of the window's orders; ties as for top_channel.") },
        { u"distinct_categories"_s, u"购买品类数"_s, T::Number,
          Features::tr("Number of distinct categories among the window's orders. Missing when no order "
                       "has a category.") },
        { u"age"_s, u"年龄"_s, T::Number,
          Features::tr("Age in whole years at the as-of date from the birth date, else the age a source "
                       "gave. Missing when neither is known.") },
        { u"gender"_s, u"性别"_s, T::Text, Features::tr("Gender as imported (e.g. 男, 女).") },
        { u"province"_s, u"省份"_s, T::Text, Features::tr("Province as imported, e.g. 北京, 广东.") },
        { u"city"_s, u"城市"_s, T::Text, Features::tr("City as imported, e.g. 深圳.") },
        { u"latest_nps"_s, u"最近NPS评分"_s, T::Number,
          Features::tr("The 0–10 answer of the customer's latest survey response. Missing without one.") },
        { u"nps_class"_s, u"NPS分类"_s, T::Text,
          Features::tr("From latest_nps: 推荐者 (9–10), 被动者 (7–8), 贬损者 (0–6).") },
        { u"satisfaction"_s, u"满意度"_s, T::Number,
          Features::tr("The satisfaction score of the customer's latest survey response.") },
        { u"segment"_s, u"客户分群"_s, T::Text,
          Features::tr("The customer's segment in the current RFM run, by the segment's name. Missing "
                       "for customers who were not scored.") },
        { u"value_tier"_s, u"价值层级"_s, T::Text,
          Features::tr("Value tier from the RFM score: 高 (>= 80), 中 (40–80), 低 (< 40) by default. "
                       "Missing for customers who were not scored.") },
        { u"cluster"_s, u"客户聚类"_s, T::Text,
          Features::tr("The customer's cluster in the project's saved k-means clustering (Analytics page, "
                       "`portrait cluster --save`), by the cluster's name. Missing for customers who were not "
                       "clustered, and for everyone while the project has no saved clustering.") },
    };
}

FeatureInfo standardFeature(const QString &name)
{
    for (const FeatureInfo &f : standardFeatures()) {
        if (f.name == name)
            return f;
    }
    return {};
}

FeatureTable::FeatureTable(qsizetype rows) : m_rows(rows) { }

int FeatureTable::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const FeatureInfo &f = m_columns[i].info;
        if (f.name.compare(name, Qt::CaseInsensitive) == 0 || (!f.nameZh.isEmpty() && f.nameZh == name))
            return int(i);
    }
    return -1;
}

QList<FeatureInfo> FeatureTable::infos() const
{
    QList<FeatureInfo> out;
    for (const Column &c : m_columns)
        out.append(c.info);
    return out;
}

Status FeatureTable::checkSize(const FeatureInfo &info, size_t size) const
{
    if (info.name.isEmpty())
        return Error { Features::tr("a feature needs a name"), {}, 0, 0, {} };
    if (qsizetype(size) != m_rows)
        return Error { Features::tr("feature %1 has %2 values for %3 customers").arg(info.name).arg(size).arg(m_rows),
                       {}, 0, 0, info.name };
    return {};
}

void FeatureTable::store(Column column)
{
    const int existing = indexOf(column.info.name);
    if (existing >= 0)
        m_columns[size_t(existing)] = std::move(column);
    else
        m_columns.push_back(std::move(column));
}

Status FeatureTable::setNumbers(FeatureInfo info, std::vector<double> values, std::vector<quint8> missing)
{
    info.type = FeatureType::Number;
    if (Status s = checkSize(info, values.size()); !s)
        return s;
    if (!missing.empty() && missing.size() != values.size())
        return checkSize(info, missing.size());
    missing.resize(values.size(), 0);
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            missing[i] = 1;
        if (missing[i])
            values[i] = 0;   // never read, but keeps arithmetic on missing rows free of NaN traps
    }
    store(Column { std::move(info), std::move(values), {}, {}, {}, std::move(missing) });
    return {};
}

Status FeatureTable::setDates(FeatureInfo info, const std::vector<Model::Day> &days)
{
    info.type = FeatureType::Date;
    if (Status s = checkSize(info, days.size()); !s)
        return s;
    Column c { std::move(info), std::vector<double>(days.size()), {}, {}, {}, std::vector<quint8>(days.size()) };
    for (size_t i = 0; i < days.size(); ++i) {
        c.numbers[i] = days[i];
        c.missing[i] = days[i] == Model::NoDay;
    }
    store(std::move(c));
    return {};
}

Status FeatureTable::setTexts(FeatureInfo info, const QStringList &values)
{
    QHash<QString, qint32> codeOf;
    QStringList dictionary;
    std::vector<qint32> codes(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString &v = values[i];
        if (v.isEmpty()) {
            codes[size_t(i)] = -1;
            continue;
        }
        auto it = codeOf.constFind(v);
        if (it == codeOf.constEnd()) {
            it = codeOf.insert(v, qint32(dictionary.size()));
            dictionary.append(v);
        }
        codes[size_t(i)] = *it;
    }
    return setTextCodes(std::move(info), std::move(codes), std::move(dictionary));
}

Status FeatureTable::setTextCodes(FeatureInfo info, std::vector<qint32> codes, QStringList dictionary)
{
    info.type = FeatureType::Text;
    if (Status s = checkSize(info, codes.size()); !s)
        return s;
    std::vector<quint8> missing(codes.size());
    for (size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] < 0 || codes[i] >= dictionary.size())
            codes[i] = -1;
        missing[i] = codes[i] < 0;
    }
    store(Column { std::move(info), {}, std::move(codes), std::move(dictionary), {}, std::move(missing) });
    return {};
}

Status FeatureTable::setBooleans(FeatureInfo info, std::vector<quint8> values, std::vector<quint8> missing)
{
    info.type = FeatureType::Boolean;
    if (Status s = checkSize(info, values.size()); !s)
        return s;
    if (!missing.empty() && missing.size() != values.size())
        return checkSize(info, missing.size());
    missing.resize(values.size(), 0);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = !missing[i] && values[i];
    store(Column { std::move(info), {}, {}, {}, std::move(values), std::move(missing) });
    return {};
}

QString FeatureTable::displayValue(int column, qsizetype row) const
{
    const Column &c = m_columns[size_t(column)];
    const auto r = size_t(row);
    if (c.missing[r])
        return {};
    switch (c.info.type) {
    case FeatureType::Number:
        return QString::number(c.numbers[r], 'g', 15);
    case FeatureType::Date:
        return QDate::fromJulianDay(qint64(c.numbers[r])).toString(Qt::ISODate);
    case FeatureType::Text:
        return c.dictionary[c.codes[r]];
    case FeatureType::Boolean:
        return c.booleans[r] ? u"true"_s : u"false"_s;
    }
    return {};
}

} // namespace Portrait::Tags
