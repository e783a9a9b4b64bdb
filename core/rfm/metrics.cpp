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
qsizetype computeRange(const Model::CustomerFrame &frame, const MetricOptions &options, size_t first, size_t last,
                       size_t firstOrder, size_t lastOrder, RfmMetrics &out)
{
    const Model::Day asOf = out.asOf;
    const Model::Day from = options.windowDays > 0 ? asOf - options.windowDays + 1 : std::numeric_limits<Model::Day>::min();
    const bool net = options.returns == ReturnsMode::Net;
    const bool byDays = options.frequency == FrequencyMode::Days;
    const size_t count = last - first;

    std::vector<Model::Day> lastPurchase = filledColumn(count, Model::NoDay);
    std::vector<double> orders = filledColumn(count, 0.0);
    std::vector<quint8> hasOrders = filledColumn<quint8>(count, 0);
    const Model::OrderTable &t = frame.orders;
    for (size_t i = firstOrder; i < lastOrder; ++i) {
        const Model::Day day = t.day[i];
        if (day > asOf || day < from)
            continue;
        const auto customer = size_t(t.customer[i]);
        const size_t c = customer - first;
        hasOrders[c] = 1;
        double amount = t.purchase[i];
        if (net)
            amount += t.returned[i];
        out.monetary[customer] += amount;
        if (!t.hasPurchase[i])
            continue;
        // Orders come sorted by (customer, day), so a new day for this customer is a larger one.
        if (!byDays || lastPurchase[c] != day)
            out.frequency[customer] += 1.0;
        orders[c] += 1.0;
        if (day > lastPurchase[c] || lastPurchase[c] == Model::NoDay)
            lastPurchase[c] = day;
    }

    qsizetype scored = 0;
    for (size_t customer = first; customer < last; ++customer) {
        const size_t c = customer - first;
        if (!hasOrders[c]) {
            // Customer-level data (already aggregated) counts as if it were the customer's orders.
            const qint32 orderCount = frame.totals.orderCount[customer];
            const Model::Day lastDay = frame.totals.lastOrderDay[customer];
            if (orderCount > 0 && lastDay != Model::NoDay && lastDay <= asOf && lastDay >= from) {
                out.frequency[customer] = orderCount;
                orders[c] = orderCount;
                out.monetary[customer] = std::isnan(frame.totals.amount[customer]) ? 0.0 : frame.totals.amount[customer];
                lastPurchase[c] = lastDay;
            }
        }
        if (lastPurchase[c] == Model::NoDay)
            continue;
        out.recency[customer] = double(asOf - lastPurchase[c]);
        if (options.monetary == MonetaryMode::Average && orders[c] > 0)
            out.monetary[customer] /= orders[c];
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

RfmMetrics computeMetrics(const Model::CustomerFrame &frame, const MetricOptions &options)
{
    const auto n = size_t(frame.size());
    RfmMetrics out;
    out.asOf = options.asOf != Model::NoDay ? options.asOf : defaultAsOf(frame);
    fillColumn(out.recency, n, 0.0);
    fillColumn(out.frequency, n, 0.0);
    fillColumn(out.monetary, n, 0.0);
    fillColumn<quint8>(out.scored, n, 0);

    const std::vector<qint32> &customer = frame.orders.customer;
    if (n < ParallelFrom) {
        out.scoredCount = computeRange(frame, options, 0, n, 0, customer.size(), out);
        return out;
    }
    // Two halves of the customers, each with its orders (sorted by customer, so one cut).
    const size_t middle = n / 2;
    const auto cut = size_t(std::lower_bound(customer.begin(), customer.end(), qint32(middle)) - customer.begin());
    qsizetype secondHalf = 0;
    std::thread helper([&] { secondHalf = computeRange(frame, options, middle, n, cut, customer.size(), out); });
    const qsizetype firstHalf = computeRange(frame, options, 0, middle, 0, cut, out);
    helper.join();
    out.scoredCount = firstHalf + secondHalf;
    return out;
}

} // namespace Portrait::Rfm
