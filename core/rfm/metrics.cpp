#include "metrics.h"

#include "common/largepages.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace Portrait::Rfm {

namespace {

/// Computes the metrics of customers [first, last) from their orders [firstOrder, lastOrder)
/// into out, whose columns are already sized; returns how many of them are scored. Ranges of
/// customers are independent: two threads may each take one.
qsizetype computeRange(const Model::CustomerFrame &frame, const MetricWindow &window, size_t first, size_t last,
                       size_t firstOrder, size_t lastOrder, RfmMetrics &out)
{
    const std::vector<qint32> &owner = frame.orders.customer;
    size_t order = firstOrder;
    qsizetype scored = 0;
    for (size_t customer = first; customer < last; ++customer) {
        // Orders come sorted by customer: this customer's are the run starting here.
        size_t end = order;
        while (end < lastOrder && size_t(owner[end]) == customer)
            ++end;
        const CustomerMetrics m = measureCustomer(frame, window, customer, order, end);
        order = end;
        out.frequency[customer] = m.frequency;
        out.monetary[customer] = m.monetary;
        if (!m.scored())
            continue;
        out.recency[customer] = double(window.asOf - m.lastPurchase);
        out.scored[customer] = 1;
        ++scored;
    }
    return scored;
}

} // namespace

Model::Day defaultAsOf(const Model::CustomerFrame &frame)
{
    return frame.latestOrderDay == Model::NoDay ? Model::NoDay : frame.latestOrderDay + 1;
}

MetricWindow::MetricWindow(const MetricOptions &options, Model::Day asOf)
    : asOf(asOf)
    , from(options.windowDays > 0 ? asOf - options.windowDays + 1 : std::numeric_limits<Model::Day>::min())
    , options(options)
{
}

CustomerMetrics measureCustomer(const Model::CustomerFrame &frame, const MetricWindow &window, size_t customer,
                                size_t firstOrder, size_t lastOrder)
{
    const bool net = window.options.returns == ReturnsMode::Net;
    const bool byDays = window.options.frequency == FrequencyMode::Days;
    CustomerMetrics m;
    double orders = 0;
    bool hasOrders = false;
    const Model::OrderTable &t = frame.orders;
    for (size_t i = firstOrder; i < lastOrder; ++i) {
        const Model::Day day = t.day[i];
        if (day > window.asOf || day < window.from)
            continue;
        hasOrders = true;
        double amount = t.purchase[i];
        if (net)
            amount += t.returned[i];
        m.monetary += amount;
        if (!t.hasPurchase[i])
            continue;
        // Orders come sorted by day, so a new day for this customer is a larger one.
        if (!byDays || m.lastPurchase != day)
            m.frequency += 1.0;
        orders += 1.0;
        if (day > m.lastPurchase || m.lastPurchase == Model::NoDay)
            m.lastPurchase = day;
    }
    if (!hasOrders) {
        // Customer-level data (already aggregated) counts as if it were the customer's orders.
        const qint32 orderCount = frame.totals.orderCount[customer];
        const Model::Day lastDay = frame.totals.lastOrderDay[customer];
        if (orderCount > 0 && lastDay != Model::NoDay && lastDay <= window.asOf && lastDay >= window.from) {
            m.frequency = orderCount;
            orders = orderCount;
            m.monetary = std::isnan(frame.totals.amount[customer]) ? 0.0 : frame.totals.amount[customer];
            m.lastPurchase = lastDay;
        }
    }
    if (m.scored() && window.options.monetary == MonetaryMode::Average && orders > 0)
        m.monetary /= orders;
    return m;
}

RfmMetrics computeMetrics(const Model::CustomerFrame &frame, const MetricOptions &options)
{
    const auto n = size_t(frame.size());
    RfmMetrics out;
    out.asOf = options.asOf != Model::NoDay ? options.asOf : defaultAsOf(frame);
    const MetricWindow window(options, out.asOf);
    fillColumn(out.recency, n, 0.0);
    fillColumn(out.frequency, n, 0.0);
    fillColumn(out.monetary, n, 0.0);
    fillColumn<quint8>(out.scored, n, 0);

    const std::vector<qint32> &customer = frame.orders.customer;
    if (n < ParallelFrom) {
        out.scoredCount = computeRange(frame, window, 0, n, 0, customer.size(), out);
        return out;
    }
    // Two halves of the customers, each with its orders (sorted by customer, so one cut).
    const size_t middle = n / 2;
    const auto cut = size_t(std::lower_bound(customer.begin(), customer.end(), qint32(middle)) - customer.begin());
    qsizetype secondHalf = 0;
    std::thread helper([&] { secondHalf = computeRange(frame, window, middle, n, cut, customer.size(), out); });
    const qsizetype firstHalf = computeRange(frame, window, 0, middle, 0, cut, out);
    helper.join();
    out.scoredCount = firstHalf + secondHalf;
    return out;
}

} // namespace Portrait::Rfm
