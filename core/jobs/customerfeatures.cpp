#include "customerfeatures.h"

#include <QDate>
#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

/// Counts orders (and their amount, for ties) per distinct value of one order attribute.
class Preference
{
public:
    void reset() { m_counts.clear(); }
    void add(qint16 value, double amount)
    {
        if (value < 0)
            return;
        auto &entry = m_counts[value];
        ++entry.first;
        entry.second += amount;
    }
    /// The value of most orders; ties go to the larger amount, then the name.
    qint32 top(const QStringList &names) const
    {
        qint32 best = -1;
        std::pair<int, double> bestEntry { 0, 0.0 };
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            const auto &entry = it.value();
            const bool better = best < 0 || entry.first > bestEntry.first
                    || (entry.first == bestEntry.first && entry.second > bestEntry.second)
                    || (entry.first == bestEntry.first && entry.second == bestEntry.second
                        && names.at(it.key()) < names.at(best));
            if (better) {
                best = it.key();
                bestEntry = entry;
            }
        }
        return best;
    }
    qsizetype distinct() const { return m_counts.size(); }

private:
    QHash<qint16, std::pair<int, double>> m_counts;
};

struct OrderFeatures
{
    std::vector<double> firstPurchase, interpurchase, promoShare, returnRate, distinctCategories;
    std::vector<qint32> topChannel, topCategory, topPayment;
    std::vector<quint8> hasAnything;
};

// One pass over the orders, which come sorted by (customer, day).
OrderFeatures orderFeatures(const Model::CustomerFrame &frame, Model::Day asOf, Model::Day windowStart)
{
    const auto n = size_t(frame.size());
    OrderFeatures f { std::vector<double>(n, Missing), std::vector<double>(n, Missing),
                      std::vector<double>(n, Missing), std::vector<double>(n, Missing),
                      std::vector<double>(n, Missing), std::vector<qint32>(n, -1),
                      std::vector<qint32>(n, -1),      std::vector<qint32>(n, -1),
                      std::vector<quint8>(n, 0) };
    const Model::OrderTable &t = frame.orders;
    Preference channels, categories, payments;
    qsizetype i = 0;
    while (i < t.size()) {
        const auto c = size_t(t.customer[size_t(i)]);
        channels.reset();
        categories.reset();
        payments.reset();
        double purchased = 0, returned = 0;
        int promoKnown = 0, promoYes = 0, purchaseDays = 0;
        Model::Day firstDay = Model::NoDay, firstInWindow = Model::NoDay, lastInWindow = Model::NoDay;
        for (; i < t.size() && size_t(t.customer[size_t(i)]) == c; ++i) {
            const auto o = size_t(i);
            const Model::Day day = t.day[o];
            if (day > asOf)
                continue;
            f.hasAnything[c] = 1;
            if (t.hasPurchase[o] && firstDay == Model::NoDay)
                firstDay = day;
            if (day < windowStart)
                continue;
            purchased += t.purchase[o];
            returned -= t.returned[o];
            const double amount = t.purchase[o] + t.returned[o];
            channels.add(t.channel[o], amount);
            categories.add(t.category[o], amount);
            payments.add(t.payment[o], amount);
            if (t.promo[o] >= 0) {
                ++promoKnown;
                promoYes += t.promo[o];
            }
            if (t.hasPurchase[o] && day != lastInWindow) {
                ++purchaseDays;
                if (firstInWindow == Model::NoDay)
                    firstInWindow = day;
                lastInWindow = day;
            }
        }
        if (firstDay != Model::NoDay)
            f.firstPurchase[c] = firstDay;
        if (purchaseDays >= 2)
            f.interpurchase[c] = double(lastInWindow - firstInWindow) / (purchaseDays - 1);
        if (promoKnown > 0)
            f.promoShare[c] = double(promoYes) / promoKnown;
        if (purchased > 0)
            f.returnRate[c] = returned / purchased;
        if (categories.distinct() > 0)
            f.distinctCategories[c] = double(categories.distinct());
        f.topChannel[c] = channels.top(frame.channels);
        f.topCategory[c] = categories.top(frame.categories);
        f.topPayment[c] = payments.top(frame.paymentMethods);
    }
    return f;
}

std::vector<double> ages(const Model::CustomerFrame &frame, Model::Day asOf)
{
    std::vector<double> out(size_t(frame.size()), Missing);
    const QDate asOfDate = QDate::fromJulianDay(asOf);
    for (size_t c = 0; c < out.size(); ++c) {
        if (frame.birthDays[c] != Model::NoDay) {
            const QDate birth = QDate::fromJulianDay(frame.birthDays[c]);
            int years = asOfDate.year() - birth.year();
            if (asOfDate.month() < birth.month() || (asOfDate.month() == birth.month() && asOfDate.day() < birth.day()))
                --years;
            out[c] = years;
        } else if (frame.ages[c] >= 0) {
            out[c] = frame.ages[c];
        }
    }
    return out;
}

Tags::FeatureInfo info(const char *name)
{
    return Tags::standardFeature(QString::fromLatin1(name));
}

} // namespace

Result<Tags::FeatureTable> computeCustomerFeatures(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                                   const Rfm::MetricOptions &options, bool chineseNames)
{
    const auto n = size_t(frame.size());
    const Model::Day asOf = rfm.metrics.asOf;
    const Model::Day windowStart = options.windowDays > 0 ? asOf - options.windowDays + 1
                                                          : std::numeric_limits<Model::Day>::min();
    const OrderFeatures o = orderFeatures(frame, asOf, windowStart);
    const Rfm::RfmMetrics &m = rfm.metrics;

    std::vector<double> recency(n, Missing), frequency(n, Missing), monetary(n, Missing), aov(n, Missing),
            tenure(n, Missing), nps(n, Missing), satisfaction(n, Missing);
    std::vector<qint32> segment(n, -1), tier(n, -1), npsClass(n, -1);
    QStringList segmentNames;
    for (int rule = 0; rule <= rfm.scheme.rules.size(); ++rule)
        segmentNames.append(rfm.scheme.displayName(rule, chineseNames));
    for (size_t c = 0; c < n; ++c) {
        const bool known = o.hasAnything[c] || m.scored[c];
        if (known) {
            frequency[c] = m.frequency[c];
            monetary[c] = m.monetary[c];
        }
        if (m.scored[c]) {
            recency[c] = m.recency[c];
            segment[c] = rfm.segment[c];
            tier[c] = rfm.tier[c] >= 0 ? 2 - rfm.tier[c] : -1;
        }
        if (m.frequency[c] > 0)
            aov[c] = m.monetary[c] / m.frequency[c];
        if (!std::isnan(o.firstPurchase[c]))
            tenure[c] = asOf - o.firstPurchase[c];
        if (frame.latestNps[c] >= 0) {
            nps[c] = frame.latestNps[c];
            npsClass[c] = frame.latestNps[c] >= 9 ? 0 : frame.latestNps[c] >= 7 ? 1 : 2;
        }
        if (!std::isnan(frame.satisfaction[c]))
            satisfaction[c] = frame.satisfaction[c];
    }
    std::vector<Model::Day> firstPurchase(n, Model::NoDay);
    for (size_t c = 0; c < n; ++c)
        firstPurchase[c] = std::isnan(o.firstPurchase[c]) ? Model::NoDay : Model::Day(o.firstPurchase[c]);

    Tags::FeatureTable table { qsizetype(n) };
    const Status steps[] = {
        table.setNumbers(info("recency_days"), recency),
        table.setNumbers(info("frequency"), frequency),
        table.setNumbers(info("monetary"), monetary),
        table.setNumbers(info("aov"), aov),
        table.setDates(info("first_purchase"), firstPurchase),
        table.setNumbers(info("tenure_days"), tenure),
        table.setNumbers(info("mean_interpurchase_days"), o.interpurchase),
        table.setNumbers(info("promo_share"), o.promoShare),
        table.setNumbers(info("return_rate"), o.returnRate),
        table.setTextCodes(info("top_channel"), o.topChannel, frame.channels),
        table.setTextCodes(info("top_category"), o.topCategory, frame.categories),
        table.setTextCodes(info("top_payment_method"), o.topPayment, frame.paymentMethods),
        table.setNumbers(info("distinct_categories"), o.distinctCategories),
        table.setNumbers(info("age"), ages(frame, asOf)),
        table.setTextCodes(info("gender"), frame.genders.codes(), frame.genders.values()),
        table.setTextCodes(info("province"), frame.provinces.codes(), frame.provinces.values()),
        table.setTextCodes(info("city"), frame.cities.codes(), frame.cities.values()),
        table.setNumbers(info("latest_nps"), nps),
        table.setTextCodes(info("nps_class"), npsClass, { u"推荐者"_s, u"被动者"_s, u"贬损者"_s }),
        table.setNumbers(info("satisfaction"), satisfaction),
        table.setTextCodes(info("segment"), segment, segmentNames),
        table.setTextCodes(info("value_tier"), tier, { u"高"_s, u"中"_s, u"低"_s }),
        // Known only with a saved clustering: addClusterFeature() fills it in.
        table.setTextCodes(info("cluster"), std::vector<qint32>(n, -1), {}),
    };
    for (const Status &status : steps) {
        if (!status)
            return status.error();
    }
    return table;
}

} // namespace Portrait::Jobs
