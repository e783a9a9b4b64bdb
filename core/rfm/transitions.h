#pragma once

#include "rfm/rfmresult.h"

#include <QList>

#include <vector>

namespace Portrait::Rfm {

/// One cell of a who-moves-where matrix: customers that were in segment `from` and are in `to`.
struct SegmentMove
{
    int from = 0;               ///< segment index in the "before" result; Transitions::unscored(before) = unscored
    int to = 0;                 ///< segment index in the "after" result; likewise
    qint64 customers = 0;
    double revenue = 0;         ///< Σ monetary of those customers, as the "after" result measures it
};

/// Who moves where between two results over the same frame (same customers, same order): a
/// dense (before segments + 1) × (after segments + 1) matrix, the extra row/column holding the
/// unscored customers. Segments are rule indexes with the fallback at rules.size(), so the two
/// results may use different schemes.
struct Transitions
{
    int fromCount = 0;                 ///< before.scheme.rules.size() + 2 (rules, fallback, unscored)
    int toCount = 0;                   ///< after.scheme.rules.size() + 2
    std::vector<qint64> customers;     ///< row-major, fromCount × toCount
    std::vector<double> revenue;
    qint64 movedCustomers = 0;         ///< off the diagonal: changed segment (or scored state)
    double movedRevenue = 0;

    qint64 customersAt(int from, int to) const { return customers[size_t(from) * size_t(toCount) + size_t(to)]; }
    double revenueAt(int from, int to) const { return revenue[size_t(from) * size_t(toCount) + size_t(to)]; }
    /// The unscored row/column of a result's matrix side: its scheme's rules.size() + 1.
    static int unscored(const RfmResult &result) { return int(result.scheme.rules.size()) + 1; }

    /// The non-zero moves (from != to), most customers first; ties by larger revenue, then by
    /// from and to so the order is stable.
    QList<SegmentMove> moves() const;
};

/// Counts every customer once, O(n). Unscored customers (segment -1) go to the unscored
/// row/column; revenue counts only finite monetary values. The results must be of the same
/// frame (before.segment.size() == after.segment.size()); otherwise the matrix stays empty.
Transitions computeTransitions(const RfmResult &before, const RfmResult &after);

} // namespace Portrait::Rfm
