#include "starterdictionary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

/// While set, the texts stay the English they are translated from (starterDictionaryInEnglish()).
thread_local bool t_untranslated = false;

class StarterDictionary
{
public:
    // Q_DECLARE_TR_FUNCTIONS' tr(), which can also give the source text: the workbench recognises
    // the starter's texts in any language by them.
    static QString tr(const char *source)
    {
        return t_untranslated ? QString::fromUtf8(source)
                              : QCoreApplication::translate("Portrait::Tags::StarterDictionary", source);
    }
};

/// Where a tag's data comes from and when it is refreshed: a few shared texts.
struct Provenance
{
    QString source;
    QString refresh;
};

class Builder
{
public:
    qint64 add(qint64 parent, const QString &name, const QString &nameEn, const QString &definition,
               const Provenance &provenance, const QString &rule = {})
    {
        TagNode node;
        node.name = name;
        node.nameEn = nameEn;
        node.definition = definition;
        node.dataSource = provenance.source;
        node.refreshRule = provenance.refresh;
        node.ownerNote = StarterDictionary::tr("Marketing analytics; starter tag, adjust the thresholds to your business.");
        node.rule = rule;
        // The starter's names are fixed and checked by tst_tagdictionary, so this cannot fail.
        return dictionary.addTag(parent, node).value();
    }

    TagDictionary dictionary;
};

void addBasics(Builder &b, const Provenance &crm)
{
    const qint64 basics = b.add(0, u"基础属性"_s, u"Basic attributes"_s,
                                StarterDictionary::tr("Who the customer is: gender, age and region."), crm);
    const qint64 gender = b.add(basics, u"性别"_s, u"Gender"_s, StarterDictionary::tr("Gender as recorded."), crm);
    b.add(gender, u"男"_s, u"Male"_s, StarterDictionary::tr("Gender recorded as 男."), crm, u"gender = \"男\""_s);
    b.add(gender, u"女"_s, u"Female"_s, StarterDictionary::tr("Gender recorded as 女."), crm, u"gender = \"女\""_s);
    const qint64 age = b.add(basics, u"年龄段"_s, u"Age band"_s,
                             StarterDictionary::tr("Age at the analysis date, from the birth date or the age given."), crm);
    b.add(age, u"18-25岁"_s, u"18-25"_s, StarterDictionary::tr("Aged 18 to 25."), crm, u"age between 18 and 25"_s);
    b.add(age, u"26-35岁"_s, u"26-35"_s, StarterDictionary::tr("Aged 26 to 35."), crm, u"age between 26 and 35"_s);
    b.add(age, u"36-45岁"_s, u"36-45"_s, StarterDictionary::tr("Aged 36 to 45."), crm, u"age between 36 and 45"_s);
    b.add(age, u"46岁及以上"_s, u"46 and over"_s, StarterDictionary::tr("Aged 46 or more."), crm, u"age >= 46"_s);
    b.add(age, u"年龄未知"_s, u"Age unknown"_s, StarterDictionary::tr("Neither a birth date nor an age is known."),
          crm, u"age is missing"_s);
    const qint64 region = b.add(basics, u"地域"_s, u"Region"_s, StarterDictionary::tr("Where the customer lives."), crm);
    b.add(region, u"一线城市"_s, u"First-tier cities"_s, StarterDictionary::tr("Lives in Beijing, Shanghai, Guangzhou or Shenzhen."),
          crm, u"city in (\"北京\", \"上海\", \"广州\", \"深圳\", \"北京市\", \"上海市\", \"广州市\", \"深圳市\")"_s);
    b.add(region, u"华东"_s, u"East China"_s, StarterDictionary::tr("Province in East China."), crm,
          u"province in (\"上海\", \"江苏\", \"浙江\", \"安徽\", \"福建\", \"江西\", \"山东\")"_s);
    b.add(region, u"华南"_s, u"South China"_s, StarterDictionary::tr("Province in South China."), crm,
          u"province in (\"广东\", \"广西\", \"海南\")"_s);
    b.add(region, u"华北"_s, u"North China"_s, StarterDictionary::tr("Province in North China."), crm,
          u"province in (\"北京\", \"天津\", \"河北\", \"山西\", \"内蒙古\")"_s);
}

void addBehaviour(Builder &b, const Provenance &orders, const Provenance &lifetime)
{
    const qint64 behaviour = b.add(0, u"行为特征"_s, u"Behaviour"_s,
                                   StarterDictionary::tr("How the customer buys: frequency, order value, promotions, activity."), orders);
    const qint64 buying = b.add(behaviour, u"消费行为"_s, u"Purchasing"_s,
                                StarterDictionary::tr("Orders in the analysis window."), orders);
    b.add(buying, u"高频"_s, u"Frequent"_s, StarterDictionary::tr("5 or more orders in the window."), orders, u"frequency >= 5"_s);
    b.add(buying, u"中频"_s, u"Regular"_s, StarterDictionary::tr("2 to 4 orders in the window."), orders,
          u"frequency between 2 and 4"_s);
    b.add(buying, u"低频"_s, u"Infrequent"_s, StarterDictionary::tr("Exactly one order in the window."), orders, u"frequency = 1"_s);
    b.add(buying, u"高客单价"_s, u"High order value"_s,
          StarterDictionary::tr("Average order value in the top 20 % of customers."), orders, u"aov >= quantile(aov, 0.8)"_s);
    b.add(buying, u"促销敏感"_s, u"Promotion-sensitive"_s,
          StarterDictionary::tr("At least 60 % of the orders were bought on promotion."), orders, u"promo_share >= 0.6"_s);
    b.add(buying, u"高退货"_s, u"Frequent returns"_s,
          StarterDictionary::tr("Returned at least 30 % of the purchased amount."), orders, u"return_rate >= 0.3"_s);
    const qint64 activity = b.add(behaviour, u"活跃度"_s, u"Activity"_s,
                                  StarterDictionary::tr("Days since the last purchase."), orders);
    b.add(activity, u"活跃"_s, u"Active"_s, StarterDictionary::tr("Bought within the last 90 days."), orders, u"recency_days <= 90"_s);
    b.add(activity, u"沉睡"_s, u"Dormant"_s, StarterDictionary::tr("Last purchase 181 to 365 days ago."), orders,
          u"recency_days between 181 and 365"_s);
    b.add(activity, u"流失风险"_s, u"Churn risk"_s, StarterDictionary::tr("No purchase for more than a year."), orders,
          u"recency_days > 365"_s);
    b.add(activity, u"新客"_s, u"New"_s, StarterDictionary::tr("First purchase within the last 90 days."), orders,
          u"tenure_days <= 90"_s);
    b.add(activity, u"流失预警"_s, u"Churn warning"_s,
          StarterDictionary::tr("Bought at least twice, but the churn model gives less than a 30 % chance that the "
                                "customer is still buying. Needs a lifetime model fitted on the Analytics page."),
          lifetime, u"p_alive < 0.3 and frequency >= 2"_s);
}

void addPreferences(Builder &b, const Provenance &orders)
{
    const qint64 preferences = b.add(0, u"需求偏好"_s, u"Preferences"_s,
                                     StarterDictionary::tr("What, where and how the customer prefers to buy."), orders);
    const qint64 category = b.add(preferences, u"品类偏好"_s, u"Category"_s,
                                  StarterDictionary::tr("The category of most of the customer's orders."), orders);
    b.add(category, u"服装"_s, u"Clothing"_s, StarterDictionary::tr("Mostly buys clothing."), orders,
          u"top_category in (\"服装\", \"服饰\", \"女装\", \"男装\")"_s);
    b.add(category, u"美妆"_s, u"Beauty"_s, StarterDictionary::tr("Mostly buys beauty and skin care."), orders,
          u"top_category in (\"美妆\", \"护肤\", \"彩妆\")"_s);
    b.add(category, u"母婴"_s, u"Mother and baby"_s, StarterDictionary::tr("Mostly buys mother and baby products."), orders,
          u"top_category = \"母婴\""_s);
    b.add(category, u"多品类"_s, u"Many categories"_s, StarterDictionary::tr("Bought from 3 or more categories."), orders,
          u"distinct_categories >= 3"_s);
    const qint64 channel = b.add(preferences, u"渠道偏好"_s, u"Channel"_s,
                                 StarterDictionary::tr("The channel of most of the customer's orders."), orders);
    b.add(channel, u"线上"_s, u"Online"_s, StarterDictionary::tr("Mostly buys on online shops and mini programs."), orders,
          u"top_channel in (\"天猫\", \"京东\", \"淘宝\", \"拼多多\", \"抖音\", \"小程序\", \"APP\", \"官网\")"_s);
    b.add(channel, u"线下门店"_s, u"In store"_s, StarterDictionary::tr("Mostly buys in stores."), orders,
          u"top_channel in (\"门店\", \"线下\", \"线下门店\")"_s);
    const qint64 payment = b.add(preferences, u"支付偏好"_s, u"Payment"_s,
                                 StarterDictionary::tr("The payment method of most of the customer's orders."), orders);
    b.add(payment, u"微信支付"_s, u"WeChat Pay"_s, StarterDictionary::tr("Mostly pays with WeChat."), orders,
          u"top_payment_method contains \"微信\""_s);
    b.add(payment, u"支付宝"_s, u"Alipay"_s, StarterDictionary::tr("Mostly pays with Alipay."), orders,
          u"top_payment_method contains \"支付宝\""_s);
    b.add(payment, u"银行卡"_s, u"Bank card"_s, StarterDictionary::tr("Mostly pays by bank or credit card."), orders,
          u"top_payment_method contains \"银行卡\" or top_payment_method contains \"信用卡\""_s);
}

void addValueAndAttitude(Builder &b, const Provenance &rfm, const Provenance &survey, const Provenance &manual)
{
    const qint64 value = b.add(0, u"价值等级"_s, u"Value"_s,
                               StarterDictionary::tr("Customer value from the RFM score (0-100)."), rfm);
    b.add(value, u"高价值"_s, u"High value"_s, StarterDictionary::tr("RFM score of 80 or more (value tier 高)."), rfm,
          u"value_tier = \"高\""_s);
    b.add(value, u"中价值"_s, u"Medium value"_s, StarterDictionary::tr("RFM score from 40 to 80 (value tier 中)."), rfm,
          u"value_tier = \"中\""_s);
    b.add(value, u"低价值"_s, u"Low value"_s, StarterDictionary::tr("RFM score below 40 (value tier 低)."), rfm,
          u"value_tier = \"低\""_s);
    b.add(value, u"重点客户"_s, u"Key account"_s,
          StarterDictionary::tr("Set by hand by the account manager for customers served personally."), manual);

    const qint64 attitude = b.add(0, u"态度"_s, u"Attitude"_s,
                                  StarterDictionary::tr("What the customer says about us in surveys."), survey);
    const qint64 nps = b.add(attitude, u"NPS"_s, u"NPS"_s,
                             StarterDictionary::tr("The 0-10 answer to \"would you recommend us\" in the latest survey."), survey);
    b.add(nps, u"推荐者"_s, u"Promoter"_s, StarterDictionary::tr("Latest NPS answer 9 or 10."), survey, u"nps_class = \"推荐者\""_s);
    b.add(nps, u"被动者"_s, u"Passive"_s, StarterDictionary::tr("Latest NPS answer 7 or 8."), survey, u"nps_class = \"被动者\""_s);
    b.add(nps, u"贬损者"_s, u"Detractor"_s, StarterDictionary::tr("Latest NPS answer 0 to 6."), survey, u"nps_class = \"贬损者\""_s);
    const qint64 satisfaction = b.add(attitude, u"满意度"_s, u"Satisfaction"_s,
                                      StarterDictionary::tr("Satisfaction score (1-5) of the latest survey."), survey);
    b.add(satisfaction, u"高满意"_s, u"Satisfied"_s, StarterDictionary::tr("Satisfaction 4 or more."), survey,
          u"satisfaction >= 4"_s);
    b.add(satisfaction, u"低满意"_s, u"Dissatisfied"_s, StarterDictionary::tr("Satisfaction 2 or less."), survey,
          u"satisfaction <= 2"_s);
    b.add(satisfaction, u"未调研"_s, u"Not surveyed"_s, StarterDictionary::tr("No survey answer on record."), survey,
          u"latest_nps is missing and satisfaction is missing"_s);
}

} // namespace

TagDictionary starterDictionaryInEnglish()
{
    t_untranslated = true;
    TagDictionary dictionary = starterDictionary();
    t_untranslated = false;
    return dictionary;
}

TagDictionary starterDictionary()
{
    const QString afterImport = StarterDictionary::tr("Recomputed after every import or change of the analysis settings");
    const Provenance crm { StarterDictionary::tr("Customer profiles (CRM, registration)"), afterImport };
    const Provenance orders { StarterDictionary::tr("Order system"), afterImport };
    const Provenance rfm { StarterDictionary::tr("RFM model over the order system"), afterImport };
    const Provenance survey { StarterDictionary::tr("Surveys (NPS, satisfaction)"), afterImport };
    const Provenance manual { StarterDictionary::tr("Set by hand"), StarterDictionary::tr("Reviewed every quarter by the owner") };

    const Provenance lifetime { StarterDictionary::tr("Lifetime model (BG/NBD) over the order system"),
                                StarterDictionary::tr("Recomputed when the lifetime model is fitted again") };

    Builder b;
    addBasics(b, crm);
    addBehaviour(b, orders, lifetime);
    addPreferences(b, orders);
    addValueAndAttitude(b, rfm, survey, manual);

    // Not has_tag("高价值"): the value tier includes recency, so a dormant customer is never 高.
    (void)b.dictionary.setGroup({ u"高消费沉睡客户"_s, u"has_tag(\"沉睡\") and monetary >= quantile(monetary, 0.8)"_s,
                                  StarterDictionary::tr("Top 20 % spenders who have not bought for six months: win them "
                                                        "back first.") });
    (void)b.dictionary.setGroup({ u"促销唤醒对象"_s,
                                  u"has_tag(\"促销敏感\") and has_tag(\"低频\") and not has_tag(\"贬损者\")"_s,
                                  StarterDictionary::tr("One-time buyers who respond to promotions and are not unhappy.") });
    (void)b.dictionary.setGroup({ u"口碑传播者"_s, u"has_tag(\"推荐者\") and (has_tag(\"高价值\") or has_tag(\"高频\"))"_s,
                                  StarterDictionary::tr("Promoters who buy a lot: invite them to referral programs.") });
    return b.dictionary;
}

} // namespace Portrait::Tags
