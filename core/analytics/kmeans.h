#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QList>

#include <vector>

namespace Portrait::Analytics {

/// Points to cluster: `rows` points of `dims` coordinates each, row after row.
struct PointMatrix
{
    qsizetype rows = 0;
    int dims = 0;
    std::vector<double> values;

    const double *row(qsizetype i) const { return values.data() + i * dims; }
};

struct KMeansOptions
{
    int k = 3;
    /// Independent k-means++ starts; the fit of lowest inertia is kept.
    int restarts = 10;
    quint64 seed = 1;
    int maxIterations = 300;
    /// 0: one per core. The result does not depend on it.
    int threads = 0;
};

/// One k-means solution.
struct KMeansFit
{
    int k = 0;
    int dims = 0;
    std::vector<double> centroids;   ///< k rows of dims: the means of their points
    std::vector<qint32> labels;      ///< per point, 0 … k − 1
    double inertia = 0;              ///< Σ squared distance of each point to its centroid
    int iterations = 0;
    bool converged = false;          ///< no point changed its cluster in the last iteration
    int restart = 0;                 ///< which of the restarts this is
};

/// The number of distinct points, counted up to `limit` (the count stops there).
qsizetype countDistinctPoints(const PointMatrix &points, qsizetype limit);

/// Σ squared distance of each point to the centroid of its label.
double inertiaOf(const PointMatrix &points, const std::vector<double> &centroids, const std::vector<qint32> &labels);

/// K-means: for each restart, greedy k-means++ seeding (2 + ⌊ln k⌋ candidates per centre, the one
/// that lowers the potential most is kept; from 200,000 points the seeds are then refined by Lloyd
/// on a tenth of them), then Lloyd's iterations over all points, accelerated with Hamerly's
/// bounds — exact: the same assignments plain Lloyd makes — until no point moves or
/// maxIterations. A cluster left empty takes the point farthest from its centre. Restarts run on
/// options.threads threads, each seeded from (seed, k, restart) alone, so the result is the same
/// for a seed whatever the number of threads. Fails when there are fewer distinct points than k.
Result<KMeansFit> fitKMeans(const PointMatrix &points, const KMeansOptions &options, ProgressSink &progress,
                            const CancelToken &cancel);

/// fitKMeans for several k at once (options.k is ignored), sharing the threads; fits in the
/// order of ks.
Result<QList<KMeansFit>> fitKMeansRange(const PointMatrix &points, const QList<int> &ks, const KMeansOptions &options,
                                        ProgressSink &progress, const CancelToken &cancel);

} // namespace Portrait::Analytics
