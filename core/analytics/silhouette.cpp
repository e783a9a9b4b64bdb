#include "silhouette.h"

#include "parallel.h"
#include "random.h"

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace Portrait::Analytics {

namespace {

using Column = Eigen::Array<double, Eigen::Dynamic, 1>;

/// The points to compare, grouped by cluster, one array per coordinate: each point's distances
/// to a whole cluster are then one vectorised expression (Eigen's sqrt uses the SIMD unit).
struct Grouped
{
    std::vector<Column> coordinates;
    std::vector<qsizetype> begin;      ///< per cluster, its first point; begin[k] = the end
    std::vector<qint32> label;         ///< per grouped point
};

Grouped group(const PointMatrix &points, const std::vector<qint32> &labels, int k, const std::vector<qsizetype> &rows)
{
    Grouped g;
    std::vector<qsizetype> order(rows);
    std::stable_sort(order.begin(), order.end(),
                     [&labels](qsizetype a, qsizetype b) { return labels[size_t(a)] < labels[size_t(b)]; });
    const auto n = Eigen::Index(order.size());
    g.coordinates.assign(size_t(points.dims), Column(n));
    g.label.resize(order.size());
    g.begin.assign(size_t(k) + 1, 0);
    for (Eigen::Index i = 0; i < n; ++i) {
        const qsizetype row = order[size_t(i)];
        for (int a = 0; a < points.dims; ++a)
            g.coordinates[size_t(a)](i) = points.row(row)[a];
        g.label[size_t(i)] = labels[size_t(row)];
        ++g.begin[size_t(g.label[size_t(i)]) + 1];
    }
    std::partial_sum(g.begin.begin(), g.begin.end(), g.begin.begin());
    return g;
}

double widthOf(const Grouped &g, Eigen::Index i, int k, Column &distances)
{
    const auto n = Eigen::Index(g.label.size());
    distances.setZero(n);
    for (const Column &c : g.coordinates)
        distances += (c - c(i)).square();
    distances = distances.sqrt();
    const int own = g.label[size_t(i)];
    const qsizetype ownSize = g.begin[size_t(own) + 1] - g.begin[size_t(own)];
    if (ownSize < 2)
        return 0;
    double a = 0, b = std::numeric_limits<double>::infinity();
    for (int c = 0; c < k; ++c) {
        const qsizetype first = g.begin[size_t(c)], size = g.begin[size_t(c) + 1] - first;
        if (size == 0)
            continue;
        const double sum = distances.segment(first, size).sum();
        if (c == own)
            a = sum / double(size - 1);   // its own distance, 0, is in the sum
        else
            b = std::min(b, sum / double(size));
    }
    if (!std::isfinite(b))
        return 0;
    const double scale = std::max(a, b);
    return scale > 0 ? (b - a) / scale : 0;
}

} // namespace

double silhouetteScore(const PointMatrix &points, const std::vector<qint32> &labels, int k,
                       const std::vector<qsizetype> &subset, int threads)
{
    std::vector<qsizetype> rows = subset;
    if (rows.empty()) {
        rows.resize(size_t(points.rows));
        std::iota(rows.begin(), rows.end(), 0);
    }
    if (rows.size() < 2 || k < 2)
        return 0;
    const Grouped g = group(points, labels, k, rows);
    // Fixed chunks whose sums are added in chunk order: the same total for any thread count.
    constexpr Eigen::Index Chunk = 256;
    const auto n = Eigen::Index(rows.size());
    const auto chunks = size_t((n + Chunk - 1) / Chunk);
    std::vector<double> sums(chunks, 0.0);
    std::atomic<size_t> next { 0 };
    const int count = std::clamp(threads > 0 ? threads : defaultThreadCount(), 1, int(chunks));
    runOnThreads(count, [&](int) {
        Column distances;
        for (size_t chunk = next++; chunk < chunks; chunk = next++) {
            const Eigen::Index end = std::min(n, Eigen::Index(chunk + 1) * Chunk);
            for (Eigen::Index i = Eigen::Index(chunk) * Chunk; i < end; ++i)
                sums[chunk] += widthOf(g, i, k, distances);
        }
    });
    return std::accumulate(sums.begin(), sums.end(), 0.0) / double(n);
}

std::vector<qsizetype> samplePoints(qsizetype count, qsizetype size, quint64 seed)
{
    std::vector<qsizetype> all(static_cast<size_t>(count));
    std::iota(all.begin(), all.end(), 0);
    if (size >= count)
        return all;
    // The first `size` steps of a Fisher–Yates shuffle.
    Random random(Random::streamSeed(seed, 0x5111u));
    for (qsizetype i = 0; i < size; ++i) {
        const auto j = i + qsizetype(random.below(quint64(count - i)));
        std::swap(all[size_t(i)], all[size_t(j)]);
    }
    all.resize(size_t(size));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace Portrait::Analytics
