#include "sortedvalues.h"

#include <QtGlobal>

#include <algorithm>

namespace Portrait::Timeline {

void SortedValues::update(std::vector<double> &removed, std::vector<double> &added)
{
    if (removed.empty() && added.empty())
        return;
    std::sort(removed.begin(), removed.end());
    std::sort(added.begin(), added.end());
    if (removed.empty() && m_values.empty()) {
        m_values.swap(added);
        added.clear();
        return;
    }
    m_merged.clear();
    m_merged.reserve(m_values.size() - removed.size() + added.size());
    size_t r = 0, a = 0;
    for (const double v : m_values) {
        if (r < removed.size() && removed[r] == v) {
            ++r;
            continue;
        }
        while (a < added.size() && added[a] < v)
            m_merged.push_back(added[a++]);
        m_merged.push_back(v);
    }
    Q_ASSERT(r == removed.size());
    m_merged.insert(m_merged.end(), added.begin() + qsizetype(a), added.end());
    m_values.swap(m_merged);
}

} // namespace Portrait::Timeline
