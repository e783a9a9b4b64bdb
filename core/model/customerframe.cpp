#include "customerframe.h"

#include <limits>

namespace Portrait::Model {

void OrderTable::reserve(qsizetype n)
{
    customer.reserve(size_t(n));
    day.reserve(size_t(n));
    purchase.reserve(size_t(n));
    returned.reserve(size_t(n));
    hasPurchase.reserve(size_t(n));
    channel.reserve(size_t(n));
    category.reserve(size_t(n));
    payment.reserve(size_t(n));
    promo.reserve(size_t(n));
}

void OrderTable::append(qint32 customerIndex, Day orderDay, double purchaseAmount, double returnedAmount,
                        bool purchaseFlag)
{
    customer.push_back(customerIndex);
    day.push_back(orderDay);
    purchase.push_back(purchaseAmount);
    returned.push_back(returnedAmount);
    hasPurchase.push_back(purchaseFlag ? 1 : 0);
    channel.push_back(-1);
    category.push_back(-1);
    payment.push_back(-1);
    promo.push_back(-1);
}

void OrderTable::setAttributes(qint16 channelIndex, qint16 categoryIndex, qint16 paymentIndex, qint8 promoFlag)
{
    channel.back() = channelIndex;
    category.back() = categoryIndex;
    payment.back() = paymentIndex;
    promo.back() = promoFlag;
}

qint32 CustomerFrame::addCustomer(const QString &id)
{
    const auto index = qint32(ids.size());
    ids.append(id);
    names.append(QString());
    genders.append(QString());
    provinces.append(QString());
    cities.append(QString());
    phones.append(QString());
    emails.append(QString());
    birthDays.push_back(NoDay);
    ages.push_back(-1);
    signupDays.push_back(NoDay);
    latestNps.push_back(-1);
    satisfaction.push_back(std::numeric_limits<float>::quiet_NaN());
    totals.orderCount.push_back(-1);
    totals.amount.push_back(std::numeric_limits<double>::quiet_NaN());
    totals.lastOrderDay.push_back(NoDay);
    return index;
}

} // namespace Portrait::Model
