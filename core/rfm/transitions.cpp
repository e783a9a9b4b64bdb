#include "transitions.h"

#include <algorithm>
#include <cmath>

namespace Portrait::Rfm {

QList<SegmentMove> Transitions::moves() const
{
    QList<SegmentMove> out;
    for (int from = 0; from < fromCount; ++from) {
        for (int to = 0; to < toCount; ++to) {
            const qint64 count = customersAt(from, to);
            // With two schemes, index i need not name the same segment on both sides; still, a
            // customer who kept their index kept their place in the rule order, which is what
            // the analyst compares while dragging.
            if (count > 0 && from != to)
                out.append({ from, to, count, revenueAt(from, to) });
        }
    }
    std::sort(out.begin(), out.end(), [](const SegmentMove &a, const SegmentMove &b) {
        if (a.customers != b.customers)
            return a.customers > b.customers;
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    return out;
}

Transitions computeTransitions(const RfmResult &before, const RfmResult &after)
{
    Transitions t;
    t.fromCount = Transitions::unscored(before) + 1;
    t.toCount = Transitions::unscored(after) + 1;
    const auto cells = size_t(t.fromCount) * size_t(t.toCount);
    t.customers.assign(cells, 0);
    t.revenue.assign(cells, 0.0);
    const size_t n = before.segment.size();
    if (after.segment.size() != n || after.metrics.monetary.size() != n)
        return t;

    // Segment -1 (unscored) maps to the last index; reading through raw pointers keeps the loop
    // free of bounds checks, it runs on every mouse move at a million customers.
    const int fromUnscored = Transitions::unscored(before);
    const int toUnscored = Transitions::unscored(after);
    const qint16 *a = before.segment.data();
    const qint16 *b = after.segment.data();
    const double *money = after.metrics.monetary.data();
    qint64 *count = t.customers.data();
    double *sum = t.revenue.data();
    const auto width = size_t(t.toCount);
    for (size_t i = 0; i < n; ++i) {
        const int from = a[i] < 0 ? fromUnscored : std::min<int>(a[i], fromUnscored);
        const int to = b[i] < 0 ? toUnscored : std::min<int>(b[i], toUnscored);
        const size_t cell = size_t(from) * width + size_t(to);
        ++count[cell];
        if (std::isfinite(money[i]))
            sum[cell] += money[i];
    }
    for (int from = 0; from < t.fromCount; ++from) {
        for (int to = 0; to < t.toCount; ++to) {
            if (from == to)
                continue;
            t.movedCustomers += t.customersAt(from, to);
            t.movedRevenue += t.revenueAt(from, to);
        }
    }
    return t;
}

} // namespace Portrait::Rfm
