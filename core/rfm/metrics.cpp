#include "metrics.h"

#include "common/largepages.h"

#include <cmath>

namespace Portrait::Rfm {

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

    const Model::Day last = out.asOf;
    const Model::Day first = options.windowDays > 0 ? last - options.windowDays + 1 : std::numeric_limits<Model::Day>::min();
    const bool net = options.returns == ReturnsMode::Net;
    const bool byDays = options.frequency == FrequencyMode::Days;

    std::vector<Model::Day> lastPurchase = filledColumn(n, Model::NoDay);
    std::vector<double> orders = filledColumn(n, 0.0);
    std::vector<quint8> hasOrders = filledColumn<quint8>(n, 0);
    const Model::OrderTable &t = frame.orders;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const Model::Day day = t.day[size_t(i)];
        if (day > last || day < first)
            continue;
        const auto c = size_t(t.customer[size_t(i)]);
        hasOrders[c] = 1;
        double amount = t.purchase[size_t(i)];
        if (net)
            amount += t.returned[size_t(i)];
        out.monetary[c] += amount;
        if (!t.hasPurchase[size_t(i)])
            continue;
        // Orders come sorted by (customer, day), so a new day for this customer is a larger one.
        if (!byDays || lastPurchase[c] != day)
            out.frequency[c] += 1.0;
        orders[c] += 1.0;
        if (day > lastPurchase[c] || lastPurchase[c] == Model::NoDay)
            lastPurchase[c] = day;
    }

    for (size_t c = 0; c < n; ++c) {
        if (!hasOrders[c]) {
            // Customer-level data (already aggregated) counts as if it were the customer's orders.
            const qint32 count = frame.totals.orderCount[c];
            const Model::Day lastDay = frame.totals.lastOrderDay[c];
            if (count > 0 && lastDay != Model::NoDay && lastDay <= last && lastDay >= first) {
                out.frequency[c] = count;
                orders[c] = count;
                out.monetary[c] = std::isnan(frame.totals.amount[c]) ? 0.0 : frame.totals.amount[c];
                lastPurchase[c] = lastDay;
            }
        }
        if (lastPurchase[c] == Model::NoDay)
            continue;
        out.recency[c] = double(last - lastPurchase[c]);
        if (options.monetary == MonetaryMode::Average && orders[c] > 0)
            out.monetary[c] /= orders[c];
        out.scored[c] = 1;
        ++out.scoredCount;
    }
    return out;
}

} // namespace Portrait::Rfm
