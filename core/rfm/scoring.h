#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "rfm/metrics.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace Portrait::Rfm {

/// How raw metrics become scores 1..n (DESIGN §3, "Scoring methods, exactly").
enum class Method { Quantile, RfmPkg, Ntile, Mean, Median, Thresholds };

/// Mean and median score two levels (above / below); the other methods three to five, so a scheme
/// written for two levels needs one of these two and any other scheme one of the rest.
constexpr bool isTwoLevel(Method method)
{
    return method == Method::Mean || method == Method::Median;
}

/// "quantile", "rfmpkg", "ntile", "mean", "median", "thresholds": the keys of the CLI and of files.
QString methodKey(Method method);
std::optional<Method> methodFromKey(QStringView key);
/// Translated one-line name for menus and reports.
QString methodTitle(Method method);

enum class Dimension { Recency = 0, Frequency = 1, Monetary = 2 };
/// "recency", "frequency", "monetary" (translated).
QString dimensionTitle(Dimension d);

struct ScoringOptions
{
    Method method = Method::Quantile;
    int bins = 5;   ///< 3..5; ignored by Mean and Median (always 2 levels)
    /// Per Dimension: ascending cut points t1..t(n-1) on the metric's own scale (days for
    /// recency). Used by Thresholds, and by RfmPkg when non-empty (they replace the computed
    /// cut points as given, no +1).
    std::array<std::vector<double>, 3> thresholds;
};

struct Scores
{
    Method method = Method::Quantile;
    int bins = 5;                          ///< 2 for Mean and Median
    std::vector<quint8> r, f, m;           ///< 1..bins; 0 for unscored customers
    /// The cut points actually used, per Dimension, on the metric's own scale. Ntile has no
    /// cut points of its own: it records the largest value of each of the first n-1 tiles.
    std::array<std::vector<double>, 3> cuts;
    IssueList issues;                      ///< collapsed bins, ntile ties split, ...

    std::vector<quint8> &of(Dimension d) { return d == Dimension::Recency ? r : d == Dimension::Frequency ? f : m; }
    const std::vector<quint8> &of(Dimension d) const { return d == Dimension::Recency ? r : d == Dimension::Frequency ? f : m; }
};

/// Scores every scored customer of metrics (metrics.scored); only they enter the quantiles.
/// Rules, per method, for a value x and cut points t1 <= ... <= t(n-1):
///  - Quantile, Thresholds, Ntile cut points: score = 1 + #{i : x > t_i}
///  - RfmPkg: score = 1 + #{i : x >= t_i}
///  - Mean, Median: 2 when strictly better than the cut point (more orders or money, fewer days)
/// Recency is mirrored (score_R = n + 1 - score computed on days), so a day count equal to a
/// cut point lands in the better bin under Quantile/Thresholds, the worse one under RfmPkg.
/// Errors: bins outside 3..5, thresholds missing, of the wrong count or not ascending, or no
/// scored customer at all.
Result<Scores> score(const RfmMetrics &metrics, const ScoringOptions &options);

/// Re-scores one dimension with the given cut points (bins - 1 of them, ascending) by the rule of
/// method, without sorting: the fast path while the analyst drags a cut line. Sets scores.method
/// to method and scores.cuts[d] to cuts; Ntile is scored by the Quantile rule (a dragged cut
/// line is a threshold). bins must equal scores.bins. Issues are left as they were.
void rescoreDimension(const RfmMetrics &metrics, Dimension d, const std::vector<double> &cuts, Method method,
                      int bins, Scores &scores);

/// rescoreDimension for the given customers only (their scores of d are rewritten, the others
/// kept): when only they changed value and the cut points stayed, as between two dates of a trend.
void rescoreCustomers(const RfmMetrics &metrics, Dimension d, const std::vector<double> &cuts, Method method,
                      int bins, Scores &scores, std::span<const qint32> customers);

/// Whether a value equal to a cut point counts as above it under method: the value v gets one
/// score step per cut t with v >= t (true) or v > t (false); recency is mirrored.
bool cutIncludesEqualValues(Method method, Dimension d);

/// Type-7 quantile (linear interpolation, h = (N - 1)p) of ascending-sorted values; NaN if empty.
double quantileType7(const std::vector<double> &sorted, double p);

/// The type-7 quantiles at ascending probabilities ps of values in any order, by selection rather
/// than a full sort (values is reordered): the same figures quantileType7 gives on the sorted
/// values, in linear time for the few cut points a score needs. NaN for each when values is empty.
std::vector<double> quantilesUnsorted(std::span<double> values, const std::vector<double> &ps);
/// One such quantile (values is reordered); NaN when values is empty.
double quantileUnsorted(std::span<double> values, double p);

} // namespace Portrait::Rfm
