#pragma once

#include <QtGlobal>

namespace Portrait::Timeline {

/// A 95 % confidence interval; NaN bounds when it is undefined (no customers).
struct Interval
{
    double low = 0;
    double high = 0;
};

/// z for a two-sided 95 % interval.
constexpr double Z95 = 1.959963984540054;

/// Wilson's score interval for a proportion of successes out of n.
Interval wilsonInterval(qint64 successes, qint64 n, double z = Z95);

/// Newcombe's hybrid score interval (1998, method 10) for the difference p1 − p2 of two
/// independent proportions, from the Wilson intervals of each: unlike the Wald interval it stays
/// inside [−1, 1] and keeps its coverage for small groups and rates near 0 or 1.
Interval differenceInterval(qint64 successes1, qint64 n1, qint64 successes2, qint64 n2, double z = Z95);

} // namespace Portrait::Timeline
