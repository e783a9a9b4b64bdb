#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <span>

namespace Portrait::Jobs {

/// One demo customer. Every field is filled; the profile fields are there so tags and groups
/// (province, age, e-mail domain …) have something to work on in the demo project.
struct SampleCustomer
{
    QString id;        ///< "C00001" …
    QString name;      ///< Chinese, 2 or 3 characters, e.g. 王芳
    QString gender;    ///< 男 / 女
    QDate birthDate;   ///< ages 18–70 on the last sample day
    QString phone;     ///< 11-digit mainland mobile number, unique
    QString email;
    QString province;  ///< short form: 广东, 北京 …
    QString city;      ///< without 市: 广州, 北京 …
    QDate signupDate;  ///< on or before the first order
};

/// One order line; a return is a line of its own with a negative amount and quantity.
struct SampleOrder
{
    QString orderId;     ///< "SO2024000001" for purchases, "RT2024000001" for returns
    QString customerId;
    QDateTime placedAt;  ///< Beijing wall-clock time, fixed offset +08:00 (no DST anywhere)
    double amount = 0;   ///< yuan, 2 decimals; negative for a return
    int quantity = 0;    ///< negative for a return
    QString channel;     ///< 天猫 京东 小程序 门店
    QString category;    ///< 服装 美妆 母婴 食品 数码 家居 运动
    QString paymentMethod; ///< 微信 支付宝 银行卡
    bool promo = false;
    bool isReturn = false;
    QString returnOf;    ///< for a return: the orderId of the purchase it reverses; else empty
};

/// One answer of the satisfaction survey (about 30 % of customers answered once).
struct SampleAnswer
{
    QString customerId;
    QDate answeredOn;
    int nps = 0;          ///< 0–10
    int satisfaction = 0; ///< 1–5
    QString motivation;   ///< short free text: 价格优惠, 品质好, 朋友推荐 …
};

struct SampleData
{
    QList<SampleCustomer> customers; ///< in id order
    QList<SampleOrder> orders;       ///< sorted by placedAt
    QList<SampleAnswer> answers;     ///< in customer id order
    QDate firstDay;                  ///< 2024-01-01
    QDate lastDay;                   ///< 2025-12-31, so the default as-of date is 2026-01-01
};

/// Builds the demo data set in memory: ~5,000 customers and ~40,000 order lines over two years,
/// drawn from a mixture of customer personas so that every segment of every preset is occupied.
/// The result depends only on the seed: the generator uses its own PRNG and only exact
/// arithmetic (no <random> distributions, no libm), so it is identical on every platform.
SampleData generateSampleData(quint64 seed = 20240630);

/// The tables behind the generator (samplenames.cpp); internal, shared only with sampledata.cpp.
namespace SampleTables {

struct Entry
{
    const char16_t *text; ///< Chinese text
    const char *latin;    ///< pinyin or other ASCII form, used for e-mail addresses
    int weight;
};

struct City
{
    const char16_t *province;
    const char16_t *city;
    int weight; ///< roughly urban population, nudged towards online-shopping regions
};

/// A choice with a weight: channels, payment methods, hours of the day.
struct Choice
{
    const char16_t *text;
    int weight;
};

struct Category
{
    const char16_t *text;
    int female;      ///< weight as a woman's favourite category
    int male;
    int priceFactor; ///< per mille of the persona's typical order value
    int returnRate;  ///< per mille of purchases returned
    int multiBuy;    ///< per mille of orders with more than one item
};
inline constexpr int kGroceryCategory = 3; ///< 食品 in categories()

/// A shopping behaviour; the mixture of them makes every RFM cell occupied. Days count back from
/// the last sample day; the span is how long before its last order a customer's first order lies.
struct Persona
{
    int perMille; ///< share of customers
    int minOrders, maxOrders;
    int lastMin, lastMax;
    int spanMin, spanMax;
    int orderValue;      ///< typical order value in yuan, before category and customer factors
    bool returns;        ///< whether this persona ever returns goods
    int groceryPerMille; ///< chance that the favourite category is forced to 食品
};

std::span<const Choice> channels();
std::span<const Choice> payments();
std::span<const Choice> hoursOfDay(); ///< weights for hours 0–23
std::span<const Category> categories();
std::span<const Persona> personas();
std::span<const char16_t *const> motivations(int nps); ///< reasons fitting a 0–10 NPS answer
std::span<const Entry> surnames();
std::span<const Entry> givenNameChars(bool female);
std::span<const City> cities();
std::span<const Entry> emailDomains();
std::span<const int> mobilePrefixes();

} // namespace SampleTables

} // namespace Portrait::Jobs
