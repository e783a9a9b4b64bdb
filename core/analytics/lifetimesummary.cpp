#include "lifetimesummary.h"

#include <algorithm>
#include <cmath>

namespace Portrait::Analytics {

std::vector<qint64> pAliveHistogram(const std::vector<double> &pAlive, int bins)
{
    std::vector<qint64> counts(size_t(std::max(bins, 1)), 0);
    for (double p : pAlive) {
        if (std::isnan(p))
            continue;
        const int bin = std::clamp(int(std::floor(p * double(counts.size()))), 0, int(counts.size()) - 1);
        ++counts[size_t(bin)];
    }
    return counts;
}

std::vector<GroupValue> valueByGroup(const std::vector<double> &clv, const std::vector<qint16> &group, int groupCount)
{
    std::vector<GroupValue> values(size_t(std::max(groupCount, 0)));
    const size_t rows = std::min(clv.size(), group.size());
    for (size_t i = 0; i < rows; ++i) {
        if (std::isnan(clv[i]) || group[i] < 0 || group[i] >= groupCount)
            continue;
        GroupValue &v = values[size_t(group[i])];
        ++v.customers;
        v.total += clv[i];
    }
    return values;
}

} // namespace Portrait::Analytics
