#pragma once

#include <cstddef>
#include <vector>

namespace Portrait::Timeline {

/// A multiset of numbers kept sorted, updated in batches: a batch of removals and additions costs
/// one merge pass, so a trend re-reads its quantiles every period without sorting the population.
class SortedValues
{
public:
    /// Removes one occurrence of each value of removed (each must be present) and adds those of
    /// added. Both are sorted here.
    void update(std::vector<double> &removed, std::vector<double> &added);

    std::size_t size() const { return m_values.size(); }
    /// The value at 0-based rank in ascending order.
    double at(std::size_t rank) const { return m_values[rank]; }

private:
    std::vector<double> m_values;
    std::vector<double> m_merged;
};

/// A multiset of whole numbers (days, order counts) kept as counts per value: adding or removing
/// one is O(1), and after index() a rank is found in O(log range).
class CountedValues
{
public:
    /// Adds (delta 1) or removes (delta -1) one occurrence of value.
    void add(long long value, int delta);
    std::size_t size() const { return std::size_t(m_total); }
    /// Prepares at() after changes.
    void index();
    /// The value at 0-based rank in ascending order (after index()).
    double at(std::size_t rank) const;

private:
    long long m_base = 0;
    std::vector<long long> m_counts;   ///< occurrences of m_base + i
    std::vector<long long> m_prefix;   ///< occurrences of values up to m_base + i
    long long m_total = 0;
};

/// The type-7 quantiles at probabilities ps of n values whose rank-th smallest valueAt(rank) gives:
/// the very arithmetic of Rfm::quantilesUnsorted, so the cut points come out identical.
template<typename ValueAt>
std::vector<double> type7Quantiles(std::size_t n, const std::vector<double> &ps, ValueAt valueAt)
{
    std::vector<double> out;
    out.reserve(ps.size());
    for (const double p : ps) {
        const double h = double(n - 1) * p;
        const auto lo = std::size_t(h);   // h >= 0: truncation is floor
        const double low = valueAt(lo);
        const double high = valueAt(lo + 1 < n ? lo + 1 : n - 1);
        out.push_back(h > double(lo) ? low + (h - double(lo)) * (high - low) : low);
    }
    return out;
}

} // namespace Portrait::Timeline
