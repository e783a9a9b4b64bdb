#include "presets.h"

namespace Portrait::Rfm {

namespace {

struct Bounds
{
    int rLow, rHigh, fLow, fHigh, mLow, mHigh;
};

SegmentRule rule(const char16_t *name, const char16_t *nameZh, Bounds b, const char16_t *color,
                 const char16_t *action, const char16_t *actionZh)
{
    return SegmentRule { QString::fromUtf16(name), QString::fromUtf16(nameZh), b.rLow, b.rHigh, b.fLow, b.fHigh,
                         b.mLow, b.mHigh, QString::fromUtf16(color), QString::fromUtf16(action),
                         QString::fromUtf16(actionZh) };
}

// Segment colours: good segments green and blue, slipping ones orange to red, lost ones grey, each
// at least ΔE 20 (CIELAB) from every other of its scheme, from the fallback's grey and from the value
// tiers' browns, so no two are mistaken for each other in a chart (tst_chartreadability checks it).
SegmentScheme cn8()
{
    SegmentScheme s;
    s.id = u"cn8"_s;
    s.name = u"Eight customer types (above/below average)"_s;
    s.nameZh = u"RFM 八大客户类型"_s;
    s.bins = 2;
    s.preferredMethod = Method::Mean;
    s.preferChinese = true;
    s.rules = {
        rule(u"Important value", u"重要价值客户", { 2, 2, 2, 2, 2, 2 }, u"#1b7837",
             u"Keep them: VIP service, first access to new products",
             u"重点维护，提供 VIP 专属服务，优先体验新品"),
        rule(u"Important development", u"重要发展客户", { 2, 2, 1, 1, 2, 2 }, u"#a6d96a",
             u"Raise purchase frequency: membership, repeat-purchase offers",
             u"提升购买频次，引导入会，给予复购激励"),
        rule(u"Important retention", u"重要保持客户", { 1, 1, 2, 2, 2, 2 }, u"#e6ab02",
             u"Contact them, find out why they stopped coming, bring them back",
             u"主动联系，了解久未购买的原因，重新激活"),
        rule(u"Important recovery", u"重要挽留客户", { 1, 1, 1, 1, 2, 2 }, u"#b2182b",
             u"Win them back with targeted offers before they are lost",
             u"重点挽回，用定向优惠在流失前召回"),
        rule(u"General value", u"一般价值客户", { 2, 2, 2, 2, 1, 1 }, u"#2166ac",
             u"Raise the order value: bundles and higher-end products",
             u"提升客单价，推荐组合套餐和高端商品"),
        rule(u"General development", u"一般发展客户", { 2, 2, 1, 1, 1, 1 }, u"#80cdc1",
             u"Nurture them: welcome offers, second-purchase coupons",
             u"培养复购，发放新客礼包和二次购买优惠券"),
        rule(u"General retention", u"一般保持客户", { 1, 1, 2, 2, 1, 1 }, u"#f46d43",
             u"Low-cost reminders now and then",
             u"低成本定期触达，适度唤醒"),
        rule(u"General recovery", u"一般挽留客户", { 1, 1, 1, 1, 1, 1 }, u"#878787",
             u"Low priority: cheap automated campaigns, or let them go",
             u"优先级低，自动化低成本营销，或不再投入"),
    };
    s.fallbackName = u"Others"_s;
    s.fallbackNameZh = u"其他"_s;
    return s;
}

SegmentScheme rfm10()
{
    SegmentScheme s;
    s.id = u"rfm10"_s;
    s.name = u"Ten segments of the R package rfm"_s;
    s.nameZh = u"R 语言 rfm 包十类客户"_s;
    s.bins = 5;
    s.preferredMethod = Method::RfmPkg;
    s.rules = {
        rule(u"Champions", u"冠军客户", { 4, 5, 4, 5, 4, 5 }, u"#1b7837",
             u"Reward them, invite them to try new products, ask for referrals", u"奖励他们，邀请试用新品，请他们推荐"),
        rule(u"Loyal Customers", u"忠诚客户", { 2, 5, 3, 5, 3, 5 }, u"#2166ac",
             u"Upsell higher-value products, ask for reviews", u"推荐更高价值的商品，邀请评价"),
        rule(u"Potential Loyalist", u"潜力客户", { 3, 5, 1, 3, 1, 3 }, u"#a6d96a",
             u"Offer membership or a loyalty programme, recommend related products", u"邀请加入会员或积分计划，推荐相关商品"),
        rule(u"New Customers", u"新客户", { 4, 5, 1, 1, 1, 1 }, u"#01665e",
             u"Give them a good start: onboarding, early wins", u"做好新客引导，尽快建立好印象"),
        rule(u"Promising", u"有潜力", { 3, 4, 1, 1, 1, 1 }, u"#80cdc1",
             u"Build brand awareness, offer free trials", u"提升品牌认知，提供免费试用"),
        rule(u"Need Attention", u"需要关注", { 2, 3, 2, 3, 2, 3 }, u"#e6ab02",
             u"Make limited-time offers, recommend from their purchase history", u"推送限时优惠，根据购买记录推荐"),
        rule(u"About To Sleep", u"即将沉睡", { 2, 3, 1, 2, 1, 2 }, u"#f46d43",
             u"Share popular products and discounts, reconnect", u"推送热销商品和折扣，重新建立联系"),
        rule(u"At Risk", u"有流失风险", { 1, 2, 2, 5, 2, 5 }, u"#b2182b",
             u"Send personalised messages to reconnect, offer renewals", u"发送个性化信息召回，提供续订优惠"),
        rule(u"Can't Lose Them", u"不能失去", { 1, 1, 4, 5, 4, 5 }, u"#762a83",
             u"Win them back with new products or renewals, talk to them", u"用新品或续订赢回他们，主动沟通"),
        rule(u"Lost", u"已流失", { 1, 2, 1, 2, 1, 2 }, u"#878787",
             u"Revive interest with a reach-out campaign, otherwise ignore", u"用召回活动重新唤起兴趣，否则不再投入"),
    };
    return s;
}

SegmentScheme shop11()
{
    SegmentScheme s;
    s.id = u"shop11"_s;
    s.name = u"Eleven shop segments (recency against frequency and money)"_s;
    s.nameZh = u"电商十一类客户（最近购买 × 频次与金额）"_s;
    s.bins = 5;
    s.preferredMethod = Method::Quantile;
    s.basis = SchemeBasis::RecencyVsFM;
    s.rules = {
        rule(u"Champions", u"冠军客户", { 4, 5, 4, 5, 1, 5 }, u"#1b7837",
             u"Reward them, invite them to try new products, ask for referrals", u"奖励他们，邀请试用新品，请他们推荐"),
        rule(u"Potential Loyalist", u"潜力客户", { 4, 5, 2, 3, 1, 5 }, u"#a6d96a",
             u"Offer membership or a loyalty programme, recommend related products", u"邀请加入会员或积分计划，推荐相关商品"),
        rule(u"Recent Customers", u"新近客户", { 5, 5, 1, 1, 1, 5 }, u"#01665e",
             u"Welcome them, help with the first steps, start the relationship", u"做好欢迎和引导，尽快建立关系"),
        rule(u"Promising", u"有潜力", { 4, 4, 1, 1, 1, 5 }, u"#80cdc1",
             u"Build brand awareness, offer free trials or samples", u"提升品牌认知，提供试用或小样"),
        rule(u"Loyal Customers", u"忠诚客户", { 3, 3, 4, 5, 1, 5 }, u"#2166ac",
             u"Upsell higher-value products, ask for reviews, bring them back sooner", u"推荐更高价值商品，邀请评价，提升回购频率"),
        rule(u"Customers Needing Attention", u"需要关注", { 3, 3, 2, 3, 1, 5 }, u"#e6ab02",
             u"Make limited-time offers, recommend from their purchase history", u"推送限时优惠，根据购买记录推荐"),
        rule(u"About To Sleep", u"即将沉睡", { 3, 3, 1, 1, 1, 5 }, u"#f46d43",
             u"Share popular products and discounts, reconnect before they drift away", u"推送热销商品和折扣，在流失前重新联系"),
        rule(u"Can't Lose Them", u"不能失去", { 1, 2, 5, 5, 1, 5 }, u"#762a83",
             u"Win them back with new products or renewals, talk to them", u"用新品或续订赢回他们，主动沟通，别让他们流向竞争对手"),
        rule(u"At Risk", u"有流失风险", { 1, 2, 3, 4, 1, 5 }, u"#b2182b",
             u"Send personalised messages to reconnect, offer renewals", u"发送个性化信息召回，提供续订优惠"),
        rule(u"Hibernating", u"休眠客户", { 2, 2, 1, 2, 1, 5 }, u"#c2a5cf",
             u"Offer other relevant products and special discounts, rebuild the brand's value", u"推荐其他相关商品和专属折扣，重建品牌价值"),
        rule(u"Lost", u"已流失", { 1, 1, 1, 2, 1, 5 }, u"#878787",
             u"Revive interest with a reach-out campaign, otherwise ignore", u"用召回活动重新唤起兴趣，否则不再投入"),
    };
    return s;
}

} // namespace

QStringList presetIds()
{
    return { u"cn8"_s, u"rfm10"_s, u"shop11"_s };
}

SegmentScheme presetScheme(QStringView id)
{
    if (id.compare(u"cn8", Qt::CaseInsensitive) == 0)
        return cn8();
    if (id.compare(u"rfm10", Qt::CaseInsensitive) == 0)
        return rfm10();
    if (id.compare(u"shop11", Qt::CaseInsensitive) == 0)
        return shop11();
    return {};
}

} // namespace Portrait::Rfm
