#pragma once

#include "kmeans.h"

#include <vector>

namespace Portrait::Analytics {

/// Below this many points the silhouette is computed over all of them; from it, over a seeded
/// sample of SilhouetteSampleSize points (the pairwise distances grow with the square).
constexpr qsizetype SilhouetteExactBelow = 20'000;
constexpr qsizetype SilhouetteSampleSize = 10'000;

/// The mean silhouette width (Rousseeuw 1987) of the labelled points, or of the points listed in
/// `subset`, which are then compared with each other only (as scikit-learn's silhouette_score
/// with sample_size): s(i) = (b − a) / max(a, b), a = mean distance to the other points of its
/// cluster, b = the lowest mean distance to the points of another cluster; 0 for a point alone
/// in its cluster (and when a = b = 0). In [−1, 1]; 0 when fewer than two clusters are present.
/// Computed on `threads` threads (0: one per core), the same whatever their number.
double silhouetteScore(const PointMatrix &points, const std::vector<qint32> &labels, int k,
                       const std::vector<qsizetype> &subset = {}, int threads = 0);

/// `size` distinct point indices drawn without replacement, seeded, in ascending order; all of
/// 0 … count − 1 when size >= count.
std::vector<qsizetype> samplePoints(qsizetype count, qsizetype size, quint64 seed);

} // namespace Portrait::Analytics
