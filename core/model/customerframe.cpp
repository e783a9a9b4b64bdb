#include "customerframe.h"

#include "common/largepages.h"

#include <QDate>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <cstddef>
#include <type_traits>

namespace Portrait::Model {

void OrderTable::reserve(qsizetype n)
{
    forEachColumn([n](auto &column) { reserveColumn(column, size_t(n)); });
}

void OrderTable::resize(qsizetype n)
{
    forEachColumn([n](auto &column) { column.resize(size_t(n)); });
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

namespace {

// Reorders column by order through scratch, which is reused by every column: one buffer of the
// widest type instead of a fresh copy of each column (at two million orders, fresh pages cost more
// than the copying).
template<typename T>
void gather(std::vector<T> &column, const std::vector<qsizetype> &order, std::vector<std::byte> &scratch)
{
    static_assert(sizeof(T) <= sizeof(double) && std::is_trivially_copyable_v<T>);
    auto *sorted = reinterpret_cast<T *>(scratch.data());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = column[size_t(order[i])];
    std::copy(sorted, sorted + order.size(), column.begin());
}

} // namespace

void OrderTable::sortByCustomerAndDay(qsizetype customerCount)
{
    const auto ordered = [this](size_t a, size_t b) {
        return customer[a] < customer[b] || (customer[a] == customer[b] && day[a] <= day[b]);
    };
    bool sorted = true;
    for (size_t i = 1; i < customer.size() && sorted; ++i)
        sorted = ordered(i - 1, i);
    if (sorted)
        return;
    // Counting sort by customer (stable), then each customer's few orders by day (stable).
    std::vector<qsizetype> start = filledColumn<qsizetype>(size_t(customerCount) + 1, 0);
    for (const qint32 c : customer)
        ++start[size_t(c) + 1];
    for (size_t c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];
    std::vector<qsizetype> order = filledColumn<qsizetype>(customer.size(), 0);
    std::vector<qsizetype> next;
    reserveColumn(next, start.size() - 1);
    next.assign(start.begin(), start.end() - 1);
    for (size_t i = 0; i < customer.size(); ++i)
        order[size_t(next[size_t(customer[i])]++)] = qsizetype(i);
    for (size_t c = 0; c + 1 < start.size(); ++c) {
        const auto first = order.begin() + start[c], last = order.begin() + start[c + 1];
        const auto earlier = [this](qsizetype a, qsizetype b) { return day[size_t(a)] < day[size_t(b)]; };
        if (last - first > 32) {
            std::stable_sort(first, last, earlier);
            continue;
        }
        // Insertion sort: stable, and most customers have a handful of orders.
        for (auto it = first + 1; it < last; ++it)
            for (auto j = it; j > first && earlier(*j, *(j - 1)); --j)
                std::iter_swap(j, j - 1);
    }
    std::vector<std::byte> scratch;
    reserveColumn(scratch, order.size() * sizeof(double));
    scratch.resize(order.size() * sizeof(double));
    forEachColumn([&](auto &column) { gather(column, order, scratch); });
}

void CustomerFrame::reserve(qsizetype n)
{
    ids.reserve(n);
    for (TextColumn *column : { &names, &genders, &provinces, &cities, &phones, &emails })
        column->reserve(n);
    reserveColumn(birthDays, size_t(n));
    reserveColumn(ages, size_t(n));
    reserveColumn(signupDays, size_t(n));
    reserveColumn(latestNps, size_t(n));
    reserveColumn(satisfaction, size_t(n));
    reserveColumn(totals.orderCount, size_t(n));
    reserveColumn(totals.amount, size_t(n));
    reserveColumn(totals.lastOrderDay, size_t(n));
}

qint32 CustomerFrame::addCustomer(QAnyStringView id)
{
    const auto index = qint32(ids.size());
    ids.append(id);
    names.append();
    genders.append();
    provinces.append();
    cities.append();
    phones.append();
    emails.append();
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

int CustomerFrame::ageAt(qint32 row, Day asOf) const
{
    const auto c = size_t(row);
    if (birthDays[c] != NoDay && asOf != NoDay) {
        const QDate birth = QDate::fromJulianDay(birthDays[c]);
        const QDate at = QDate::fromJulianDay(asOf);
        int years = at.year() - birth.year();
        if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
            --years;
        return years;
    }
    return ages[c] >= 0 ? int(ages[c]) : -1;
}

} // namespace Portrait::Model
