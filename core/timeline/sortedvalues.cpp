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

void CountedValues::add(long long value, int delta)
{
    if (m_counts.empty()) {
        m_base = value;
        m_counts.assign(1, 0);
    }
    if (value < m_base) {
        // Room below as well as the value itself, so a slowly falling minimum does not regrow each time.
        const auto grow = size_t(m_base - value) + m_counts.size();
        m_counts.insert(m_counts.begin(), grow, 0);
        m_base -= qsizetype(grow);
    }
    const auto at = size_t(value - m_base);
    if (at >= m_counts.size())
        m_counts.resize(std::max(at + 1, m_counts.size() * 2), 0);
    m_counts[at] += delta;
    m_total += delta;
    Q_ASSERT(m_counts[at] >= 0);
}

void CountedValues::index()
{
    m_prefix.resize(m_counts.size());
    long long sum = 0;
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_prefix[i] = sum += m_counts[i];
}

double CountedValues::at(std::size_t rank) const
{
    // The first value whose running count passes rank.
    const auto it = std::upper_bound(m_prefix.begin(), m_prefix.end(), (long long)(rank));
    return double(m_base + (it - m_prefix.begin()));
}

} // namespace Portrait::Timeline
