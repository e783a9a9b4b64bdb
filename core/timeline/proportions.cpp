#include "proportions.h"

#include <cmath>
#include <limits>

namespace Portrait::Timeline {

Interval wilsonInterval(qint64 successes, qint64 n, double z)
{
    if (n <= 0)
        return { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN() };
    const double count = double(n);
    const double p = double(successes) / count;
    const double z2 = z * z;
    const double centre = p + z2 / (2 * count);
    const double spread = z * std::sqrt(p * (1 - p) / count + z2 / (4 * count * count));
    const double scale = 1 + z2 / count;
    return { (centre - spread) / scale, (centre + spread) / scale };
}

Interval differenceInterval(qint64 successes1, qint64 n1, qint64 successes2, qint64 n2, double z)
{
    if (n1 <= 0 || n2 <= 0)
        return { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN() };
    const double p1 = double(successes1) / double(n1);
    const double p2 = double(successes2) / double(n2);
    const Interval a = wilsonInterval(successes1, n1, z);
    const Interval b = wilsonInterval(successes2, n2, z);
    const double d = p1 - p2;
    return { d - std::sqrt((p1 - a.low) * (p1 - a.low) + (b.high - p2) * (b.high - p2)),
             d + std::sqrt((a.high - p1) * (a.high - p1) + (p2 - b.low) * (p2 - b.low)) };
}

} // namespace Portrait::Timeline
