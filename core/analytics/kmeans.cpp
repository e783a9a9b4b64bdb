#include "kmeans.h"

#include "parallel.h"
#include "random.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <set>

namespace Portrait::Analytics {

namespace {

struct KMeansText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::KMeans)
};

/// D > 0: the number of coordinates, known to the compiler so the loops unroll; 0: dims at run time.
template<int D>
inline double squaredDistance(const double *a, const double *b, int dims)
{
    const int n = D > 0 ? D : dims;
    double sum = 0;
    for (int j = 0; j < n; ++j) {
        const double t = a[j] - b[j];
        sum += t * t;
    }
    return sum;
}

/// Greedy k-means++ (as scikit-learn seeds): each new centre is the best of a few candidates drawn
/// with probability proportional to the squared distance to the nearest centre so far.
template<int D>
std::vector<double> seedCentres(const PointMatrix &points, int k, Random &random, const CancelToken &cancel)
{
    const qsizetype n = points.rows;
    const int d = points.dims;
    std::vector<double> centres(size_t(k) * size_t(d));
    const auto place = [&](int centre, qsizetype row) {
        std::copy_n(points.row(row), d, centres.begin() + ptrdiff_t(centre) * d);
    };
    place(0, qsizetype(random.below(quint64(n))));
    std::vector<double> closest(static_cast<size_t>(n)), cumulative(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        closest[size_t(i)] = squaredDistance<D>(points.row(i), centres.data(), d);
    const int trials = 2 + int(std::log(double(k)));
    std::vector<qsizetype> candidates(static_cast<size_t>(trials));
    std::vector<double> potentials(static_cast<size_t>(trials));
    const double *previous = nullptr;   // the centre chosen last, not yet in `closest`
    for (int c = 1; c < k; ++c) {
        if (cancel.isCancelled())
            return {};
        double total = 0;
        for (qsizetype i = 0; i < n; ++i) {
            double &nearest = closest[size_t(i)];
            if (previous)
                nearest = std::min(nearest, squaredDistance<D>(points.row(i), previous, d));
            total += nearest;
            cumulative[size_t(i)] = total;
        }
        for (qsizetype &candidate : candidates) {
            // upper_bound skips points already at a centre (weight 0): they add nothing to the sum.
            const double target = random.uniform() * total;
            const auto at = std::upper_bound(cumulative.begin(), cumulative.end(), target);
            candidate = std::min<qsizetype>(at - cumulative.begin(), n - 1);
        }
        std::fill(potentials.begin(), potentials.end(), 0.0);
        for (qsizetype i = 0; i < n; ++i) {
            const double *x = points.row(i);
            for (int t = 0; t < trials; ++t)
                potentials[size_t(t)] += std::min(closest[size_t(i)],
                                                  squaredDistance<D>(x, points.row(candidates[size_t(t)]), d));
        }
        const auto best = size_t(std::min_element(potentials.begin(), potentials.end()) - potentials.begin());
        previous = points.row(candidates[best]);
        place(c, candidates[best]);
    }
    return centres;
}

/// Lloyd's algorithm with Hamerly's bounds (G. Hamerly, "Making k-means even faster", SDM 2010):
/// per point an upper bound on the distance to its own centre and a lower bound on the distance
/// to any other; a point is looked at again only when the bounds no longer prove its centre is
/// the nearest. Bounds are kept relative to how far the centres have drifted in all (per centre,
/// and the sum of each iteration's largest move), so a point the bounds settle costs one read and
/// no write; they are stored as floats rounded outwards, so they stay valid bounds and a pass over
/// a million points reads 12 MB instead of 40.
template<int D>
class Hamerly
{
public:
    Hamerly(const PointMatrix &points, int k, std::vector<double> centres)
        : m_points(points)
        , m_n(points.rows)
        , m_d(points.dims)
        , m_k(k)
        , m_centres(std::move(centres))
        , m_sums(m_centres.size())
        , m_counts(static_cast<size_t>(k))
        , m_labels(static_cast<size_t>(m_n))
        , m_upper(static_cast<size_t>(m_n))
        , m_lower(static_cast<size_t>(m_n))
        , m_drift(static_cast<size_t>(k))
        , m_half(static_cast<size_t>(k))
    {
    }

    /// Returns false when cancelled.
    bool run(int maxIterations, const CancelToken &cancel)
    {
        assignAll();
        while (m_iterations < maxIterations) {
            if (cancel.isCancelled())
                return false;
            if (std::find(m_counts.begin(), m_counts.end(), 0) != m_counts.end())
                relocateEmpty();
            moveCentres();
            ++m_iterations;
            if (assignChanged() == 0) {
                m_converged = true;
                break;
            }
        }
        return true;
    }

    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }
    std::vector<qint32> takeLabels() { return std::move(m_labels); }

private:
    const double *centre(int j) const { return m_centres.data() + ptrdiff_t(j) * m_d; }

    static float roundedUp(double v)
    {
        const auto f = float(v);
        return double(f) >= v ? f : std::nextafter(f, std::numeric_limits<float>::infinity());
    }
    static float roundedDown(double v)
    {
        const auto f = float(v);
        return double(f) <= v ? f : std::nextafter(f, -std::numeric_limits<float>::infinity());
    }
    void storeUpper(size_t p, int own, double upper) { m_upper[p] = roundedUp(upper - m_drift[size_t(own)]); }
    void storeLower(size_t p, double lower) { m_lower[p] = roundedDown(lower + m_maxDrift); }

    void addTo(int j, const double *x, double sign)
    {
        double *sum = m_sums.data() + ptrdiff_t(j) * m_d;
        for (int c = 0; c < (D > 0 ? D : m_d); ++c)
            sum[c] += sign * x[c];
    }

    /// Nearest and second nearest centre of x: (index, distance, second distance).
    void nearestTwo(const double *x, int &best, double &first, double &second) const
    {
        double b1 = std::numeric_limits<double>::infinity(), b2 = b1;
        int index = 0;
        for (int j = 0; j < m_k; ++j) {
            const double dist = squaredDistance<D>(x, centre(j), m_d);
            if (dist < b1) {
                b2 = b1;
                b1 = dist;
                index = j;
            } else if (dist < b2) {
                b2 = dist;
            }
        }
        best = index;
        first = std::sqrt(b1);
        second = std::sqrt(b2);
    }

    // Every point to its nearest centre, with tight bounds; sums and counts from scratch.
    void assignAll()
    {
        std::fill(m_sums.begin(), m_sums.end(), 0.0);
        std::fill(m_counts.begin(), m_counts.end(), 0);
        std::fill(m_drift.begin(), m_drift.end(), 0.0);
        m_maxDrift = 0;
        for (qsizetype i = 0; i < m_n; ++i) {
            const double *x = m_points.row(i);
            int best = 0;
            double upper = 0, lower = 0;
            nearestTwo(x, best, upper, lower);
            m_labels[size_t(i)] = best;
            storeUpper(size_t(i), best, upper);
            storeLower(size_t(i), lower);
            ++m_counts[size_t(best)];
            addTo(best, x, 1);
        }
    }

    void moveCentres()
    {
        double farthest = 0;
        for (int j = 0; j < m_k; ++j) {
            if (m_counts[size_t(j)] == 0)
                continue;
            double moved = 0;
            double *c = m_centres.data() + ptrdiff_t(j) * m_d;
            const double *sum = m_sums.data() + ptrdiff_t(j) * m_d;
            const double count = double(m_counts[size_t(j)]);
            for (int a = 0; a < m_d; ++a) {
                const double next = sum[a] / count;
                moved += (next - c[a]) * (next - c[a]);
                c[a] = next;
            }
            moved = std::sqrt(moved);
            m_drift[size_t(j)] += moved;
            farthest = std::max(farthest, moved);
        }
        m_maxDrift += farthest;
        for (int j = 0; j < m_k; ++j) {
            double nearest = std::numeric_limits<double>::infinity();
            for (int other = 0; other < m_k; ++other) {
                if (other != j)
                    nearest = std::min(nearest, squaredDistance<D>(centre(j), centre(other), m_d));
            }
            m_half[size_t(j)] = m_k > 1 ? 0.5 * std::sqrt(nearest) : std::numeric_limits<double>::infinity();
        }
    }

    /// One assignment pass; returns how many points changed cluster.
    qsizetype assignChanged()
    {
        qsizetype changed = 0;
        for (qsizetype i = 0; i < m_n; ++i) {
            const auto p = size_t(i);
            const int own = m_labels[p];
            const double bound = std::max(m_half[size_t(own)], double(m_lower[p]) - m_maxDrift);
            if (double(m_upper[p]) + m_drift[size_t(own)] <= bound)
                continue;
            const double *x = m_points.row(i);
            double upper = std::sqrt(squaredDistance<D>(x, centre(own), m_d));
            if (upper <= bound) {
                storeUpper(p, own, upper);
                continue;
            }
            int best = own;
            double lower = 0;
            nearestTwo(x, best, upper, lower);
            if (best != own) {
                --m_counts[size_t(own)];
                ++m_counts[size_t(best)];
                addTo(own, x, -1);
                addTo(best, x, 1);
                m_labels[p] = best;
                ++changed;
            }
            storeUpper(p, best, upper);
            storeLower(p, lower);
        }
        return changed;
    }

    // A cluster without points takes the point farthest from its own centre (as scikit-learn
    // does); then every point is assigned afresh.
    void relocateEmpty()
    {
        for (int j = 0; j < m_k; ++j) {
            if (m_counts[size_t(j)] > 0)
                continue;
            qsizetype farthest = -1;
            double farthestDistance = -1;
            for (qsizetype i = 0; i < m_n; ++i) {
                const int own = m_labels[size_t(i)];
                if (m_counts[size_t(own)] < 2)
                    continue;
                const double dist = squaredDistance<D>(m_points.row(i), centre(own), m_d);
                if (dist > farthestDistance) {
                    farthestDistance = dist;
                    farthest = i;
                }
            }
            if (farthest < 0)
                return;
            --m_counts[size_t(m_labels[size_t(farthest)])];
            ++m_counts[size_t(j)];
            m_labels[size_t(farthest)] = j;
            std::copy_n(m_points.row(farthest), m_d, m_centres.begin() + ptrdiff_t(j) * m_d);
        }
        assignAll();
    }

    const PointMatrix &m_points;
    const qsizetype m_n;
    const int m_d;
    const int m_k;
    std::vector<double> m_centres;
    std::vector<double> m_sums;
    std::vector<qint64> m_counts;
    std::vector<qint32> m_labels;
    std::vector<float> m_upper;   ///< upper bound − the own centre's drift when it was set
    std::vector<float> m_lower;   ///< lower bound + m_maxDrift when it was set
    std::vector<double> m_drift;  ///< per centre, the length of its whole path so far
    std::vector<double> m_half;   ///< per centre, half the distance to its nearest other centre
    double m_maxDrift = 0;        ///< Σ over iterations of the largest move of any centre
    int m_iterations = 0;
    bool m_converged = false;
};

/// Exact means of the labelled points.
std::vector<double> meansOf(const PointMatrix &points, int k, const std::vector<qint32> &labels)
{
    const int d = points.dims;
    std::vector<double> sums(size_t(k) * size_t(d), 0.0);
    std::vector<qint64> counts(size_t(k), 0);
    for (qsizetype i = 0; i < points.rows; ++i) {
        const int j = labels[size_t(i)];
        ++counts[size_t(j)];
        const double *x = points.row(i);
        for (int a = 0; a < d; ++a)
            sums[size_t(j) * size_t(d) + size_t(a)] += x[a];
    }
    for (int j = 0; j < k; ++j) {
        for (int a = 0; a < d; ++a) {
            if (counts[size_t(j)] > 0)
                sums[size_t(j) * size_t(d) + size_t(a)] /= double(counts[size_t(j)]);
        }
    }
    return sums;
}

/// From this many points, the seeds are first refined by Lloyd on a sample (a tenth of the
/// points, at least RefineSampleMin): the full passes then start next to a fixed point and most
/// points settle at once — at a million points this more than halves the time, at the same
/// inertia (Bradley & Fayyad, "Refining initial points for k-means clustering", 1998).
constexpr qsizetype RefineFrom = 200'000;
constexpr qsizetype RefineSampleMin = 50'000;

/// Lloyd (to convergence) on a sample drawn with replacement, from centres; returns the
/// sample's means (a centre no sample point chose stays where it was).
template<int D>
bool refineOnSample(const PointMatrix &points, std::vector<double> &centres, int k, Random &random, int maxIterations,
                    const CancelToken &cancel)
{
    PointMatrix sample;
    sample.dims = points.dims;
    sample.rows = std::max(RefineSampleMin, points.rows / 10);
    sample.values.reserve(size_t(sample.rows) * size_t(sample.dims));
    for (qsizetype i = 0; i < sample.rows; ++i) {
        const double *row = points.row(qsizetype(random.below(quint64(points.rows))));
        sample.values.insert(sample.values.end(), row, row + points.dims);
    }
    Hamerly<D> lloyd(sample, k, centres);
    if (!lloyd.run(maxIterations, cancel))
        return false;
    const std::vector<qint32> labels = lloyd.takeLabels();
    const std::vector<double> means = meansOf(sample, k, labels);
    std::vector<qint64> counts(static_cast<size_t>(k), 0);
    for (qint32 label : labels)
        ++counts[size_t(label)];
    for (int j = 0; j < k; ++j) {
        if (counts[size_t(j)] > 0)
            std::copy_n(means.begin() + ptrdiff_t(j) * points.dims, points.dims, centres.begin() + ptrdiff_t(j) * points.dims);
    }
    return true;
}

template<int D>
std::optional<KMeansFit> fitOnce(const PointMatrix &points, int k, quint64 seed, int restart, int maxIterations,
                                 const CancelToken &cancel)
{
    Random random(Random::streamSeed(seed, (quint64(k) << 32) | quint64(restart)));
    std::vector<double> centres = seedCentres<D>(points, k, random, cancel);
    if (centres.empty())
        return std::nullopt;
    if (points.rows >= RefineFrom && !refineOnSample<D>(points, centres, k, random, maxIterations, cancel))
        return std::nullopt;
    Hamerly<D> lloyd(points, k, std::move(centres));
    if (!lloyd.run(maxIterations, cancel))
        return std::nullopt;
    KMeansFit fit;
    fit.k = k;
    fit.dims = points.dims;
    fit.iterations = lloyd.iterations();
    fit.converged = lloyd.converged();
    fit.restart = restart;
    fit.labels = lloyd.takeLabels();
    fit.centroids = meansOf(points, k, fit.labels);
    fit.inertia = inertiaOf(points, fit.centroids, fit.labels);
    return fit;
}

std::optional<KMeansFit> fitOnceFor(const PointMatrix &points, int k, quint64 seed, int restart, int maxIterations,
                                    const CancelToken &cancel)
{
    switch (points.dims) {
    case 1: return fitOnce<1>(points, k, seed, restart, maxIterations, cancel);
    case 2: return fitOnce<2>(points, k, seed, restart, maxIterations, cancel);
    case 3: return fitOnce<3>(points, k, seed, restart, maxIterations, cancel);
    case 4: return fitOnce<4>(points, k, seed, restart, maxIterations, cancel);
    case 5: return fitOnce<5>(points, k, seed, restart, maxIterations, cancel);
    case 6: return fitOnce<6>(points, k, seed, restart, maxIterations, cancel);
    default: return fitOnce<0>(points, k, seed, restart, maxIterations, cancel);
    }
}

/// Lower inertia wins; a tie goes to the earlier restart, so the winner never depends on the
/// order in which threads finish.
bool better(const KMeansFit &candidate, const KMeansFit &incumbent)
{
    return candidate.inertia < incumbent.inertia
            || (candidate.inertia == incumbent.inertia && candidate.restart < incumbent.restart);
}

} // namespace

qsizetype countDistinctPoints(const PointMatrix &points, qsizetype limit)
{
    std::set<std::vector<double>> seen;
    for (qsizetype i = 0; i < points.rows && qsizetype(seen.size()) < limit; ++i)
        seen.emplace(points.row(i), points.row(i) + points.dims);
    return qsizetype(seen.size());
}

double inertiaOf(const PointMatrix &points, const std::vector<double> &centroids, const std::vector<qint32> &labels)
{
    double total = 0;
    for (qsizetype i = 0; i < points.rows; ++i)
        total += squaredDistance<0>(points.row(i), centroids.data() + ptrdiff_t(labels[size_t(i)]) * points.dims,
                                    points.dims);
    return total;
}

Result<KMeansFit> fitKMeans(const PointMatrix &points, const KMeansOptions &options, ProgressSink &progress,
                            const CancelToken &cancel)
{
    auto fits = fitKMeansRange(points, { options.k }, options, progress, cancel);
    if (!fits)
        return fits.error();
    return fits->first();
}

Result<QList<KMeansFit>> fitKMeansRange(const PointMatrix &points, const QList<int> &ks, const KMeansOptions &options,
                                        ProgressSink &progress, const CancelToken &cancel)
{
    if (points.dims < 1 || points.rows < 1 || qsizetype(points.values.size()) != points.rows * points.dims)
        return Error { KMeansText::tr("There are no points to cluster."), {}, 0, 0, {} };
    const int largest = ks.isEmpty() ? 0 : *std::max_element(ks.begin(), ks.end());
    const qsizetype distinct = countDistinctPoints(points, largest);
    for (int k : ks) {
        if (k < 1 || k > distinct) {
            return Error { KMeansText::tr("k = %1 cannot be fitted: there are only %2 distinct points.")
                                   .arg(k)
                                   .arg(distinct),
                           {}, 0, 0, {} };
        }
    }
    const int restarts = std::max(1, options.restarts);
    const int jobs = int(ks.size()) * restarts;
    const int threads = std::clamp(options.threads > 0 ? options.threads : defaultThreadCount(), 1, std::max(1, jobs));
    QList<KMeansFit> best(ks.size());
    std::vector<quint8> have(size_t(ks.size()), 0);
    std::atomic<int> next { 0 };
    std::atomic_bool stopped { false };
    std::mutex mutex;
    int done = 0;
    progress.setTotal(jobs);
    progress.setValue(0);
    runOnThreads(threads, [&](int) {
        for (int job = next++; job < jobs && !stopped; job = next++) {
            const auto slot = size_t(job / restarts);
            auto fit = fitOnceFor(points, ks.at(qsizetype(slot)), options.seed, job % restarts, options.maxIterations,
                                  cancel);
            const std::lock_guard lock(mutex);
            if (!fit) {
                stopped = true;
                return;
            }
            if (!have[slot] || better(*fit, best[qsizetype(slot)])) {
                best[qsizetype(slot)] = std::move(*fit);
                have[slot] = 1;
            }
            progress.setValue(++done);
        }
    });
    if (stopped || cancel.isCancelled())
        return Error { KMeansText::tr("The clustering was cancelled."), {}, 0, 0, {} };
    return best;
}

} // namespace Portrait::Analytics
