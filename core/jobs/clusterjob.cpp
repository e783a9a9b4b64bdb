#include "clusterjob.h"

#include "analytics/archetypes.h"
#include "analytics/clusterfeatures.h"
#include "analytics/kmeans.h"
#include "analytics/silhouette.h"
#include "jobs/clusterfeaturechoice.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct ClusterJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::ClusterJob)
};

Error problem(const QString &message)
{
    return Error { message, {}, 0, 0, {} };
}

/// The values of k to fit, or why none can be.
Result<QList<int>> kValues(const Analytics::ClusterSettings &settings, const Analytics::ClusterInput &input)
{
    const qsizetype n = input.points.rows;
    if (settings.k > 0) {
        if (settings.k < 2 || settings.k > KMax)
            return problem(ClusterJob::tr("k must be between 2 and %1.").arg(KMax));
        const qsizetype distinct = Analytics::countDistinctPoints(input.points, settings.k);
        if (distinct < settings.k) {
            return problem(ClusterJob::tr("k = %1 is more clusters than there are different customers: the %2 "
                                          "customers clustered have only %3 distinct combinations of the features. "
                                          "Choose k ≤ %3.")
                                   .arg(settings.k)
                                   .arg(n)
                                   .arg(distinct));
        }
        return QList<int> { settings.k };
    }
    const qsizetype distinct = Analytics::countDistinctPoints(input.points, AutoKMax);
    const qsizetype largest = std::min<qsizetype>({ AutoKMax, distinct, n - 1 });
    if (largest < AutoKMin) {
        return problem(ClusterJob::tr("Choosing k by silhouette needs at least three customers and two different "
                                      "combinations of the features; there are %1 customers with %2 distinct ones.")
                               .arg(n)
                               .arg(distinct));
    }
    QList<int> ks;
    for (int k = AutoKMin; k <= largest; ++k)
        ks.append(k);
    return ks;
}

/// log1p z-scores of recency, frequency and monetary over the clustered customers: where clusters
/// lie in RFM, which names them.
QList<Analytics::FeatureTransform> rfmScales(const QList<Analytics::FeatureColumn> &columns,
                                             const std::vector<qint32> &rows)
{
    QList<Analytics::FeatureTransform> scales;
    for (qsizetype c = 0; c < 3; ++c) {
        Analytics::FeatureTransform t { columns.at(c).name, true, 0, 1 };
        double sum = 0, squares = 0;
        for (qint32 row : rows)
            sum += std::log1p(std::max(columns.at(c).values[size_t(row)], 0.0));
        t.mean = sum / double(rows.size());
        for (qint32 row : rows) {
            const double v = std::log1p(std::max(columns.at(c).values[size_t(row)], 0.0)) - t.mean;
            squares += v * v;
        }
        t.sd = std::sqrt(squares / double(rows.size()));
        if (!(t.sd > 0))
            t.sd = 1;   // everyone alike on this axis: every cluster sits at 0
        scales.append(t);
    }
    return scales;
}

struct Fitted
{
    const Analytics::ClusterInput &input;
    const QList<Analytics::FeatureColumn> &columns;
    QList<Analytics::FeatureTransform> rfm;
    qsizetype frameSize = 0;
    bool chinese = false;
};

/// A fit as a clustering of the frame: clusters renumbered by falling revenue, named, with every
/// customer's cluster and distance.
Analytics::Clustering toClustering(const Analytics::KMeansFit &fit, const Fitted &f)
{
    const Analytics::ClusterInput &input = f.input;
    const int k = fit.k, d = fit.dims;
    std::vector<double> revenue(size_t(k), 0.0);
    std::vector<qint64> sizes(size_t(k), 0);
    std::vector<Analytics::RfmPosition> positions(static_cast<size_t>(k));
    for (qsizetype i = 0; i < input.points.rows; ++i) {
        const auto label = size_t(fit.labels[size_t(i)]);
        const auto row = size_t(input.rows[size_t(i)]);
        revenue[label] += f.columns.at(2).values[row];
        ++sizes[label];
        positions[label].recency += f.rfm.at(0).apply(f.columns.at(0).values[row]);
        positions[label].frequency += f.rfm.at(1).apply(f.columns.at(1).values[row]);
        positions[label].monetary += f.rfm.at(2).apply(f.columns.at(2).values[row]);
    }
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return revenue[size_t(a)] > revenue[size_t(b)]
                || (revenue[size_t(a)] == revenue[size_t(b)] && sizes[size_t(a)] > sizes[size_t(b)]);
    });
    std::vector<qint16> renumbered(static_cast<size_t>(k));
    QList<Analytics::RfmPosition> ordered;
    Analytics::Clustering c;
    for (int j = 0; j < k; ++j) {
        const auto old = size_t(order[size_t(j)]);
        renumbered[old] = qint16(j);
        Analytics::RfmPosition p = positions[old];
        const double count = double(std::max<qint64>(1, sizes[old]));
        ordered.append({ p.recency / count, p.frequency / count, p.monetary / count });
        Analytics::ClusterInfo info;
        info.size = sizes[old];
        info.centroid.assign(fit.centroids.begin() + ptrdiff_t(old) * d, fit.centroids.begin() + ptrdiff_t(old + 1) * d);
        c.clusters.append(info);
    }
    const QStringList keys = Analytics::assignArchetypes(ordered);
    const QStringList names = Analytics::archetypeNames(keys, f.chinese);
    for (int j = 0; j < k; ++j) {
        c.clusters[j].archetype = keys.at(j);
        c.clusters[j].name = names.at(j);
    }
    c.transforms = input.transforms;
    c.k = k;
    c.inertia = fit.inertia;
    c.assignment.assign(size_t(f.frameSize), -1);
    c.distance.assign(size_t(f.frameSize), -1.0f);
    for (qsizetype i = 0; i < input.points.rows; ++i) {
        const auto label = size_t(fit.labels[size_t(i)]);
        const auto row = size_t(input.rows[size_t(i)]);
        double squares = 0;
        for (int a = 0; a < d; ++a) {
            const double t = input.points.row(i)[a] - fit.centroids[label * size_t(d) + size_t(a)];
            squares += t * t;
        }
        c.assignment[row] = renumbered[label];
        c.distance[row] = float(std::sqrt(squares));
    }
    return c;
}

} // namespace

Result<ClusterRun> runClustering(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                 const Rfm::MetricOptions &options, const Analytics::ClusterSettings &requested,
                                 bool chineseNames, ProgressSink &progress, const CancelToken &cancel, int threads)
{
    Analytics::ClusterSettings settings = requested;
    if (settings.features.isEmpty())
        settings.features = defaultClusterFeatures();
    QStringList names;
    for (const Analytics::FeatureChoice &choice : settings.features)
        names.append(choice.name);
    progress.setPhase(ClusterJob::tr("Preparing the features"));
    auto columns = clusterColumns(frame, rfm, options, names);
    if (!columns)
        return columns.error();
    auto input = Analytics::standardizeFeatures(*columns, settings.features, rfm.metrics.scored);
    if (!input)
        return input.error();
    auto ks = kValues(settings, *input);
    if (!ks)
        return ks.error();
    progress.setPhase(ks->size() == 1 ? ClusterJob::tr("Fitting k-means (k = %1)").arg(ks->first())
                                      : ClusterJob::tr("Fitting k-means (k = %1 … %2)").arg(ks->first()).arg(ks->last()));
    Analytics::KMeansOptions kmeans;
    kmeans.restarts = std::max(1, settings.restarts);
    kmeans.seed = settings.seed;
    kmeans.threads = threads;
    auto fits = Analytics::fitKMeansRange(input->points, *ks, kmeans, progress, cancel);
    if (!fits)
        return fits.error();

    progress.setPhase(ClusterJob::tr("Computing silhouettes"));
    const qsizetype n = input->points.rows;
    const std::vector<qsizetype> sample = n >= Analytics::SilhouetteExactBelow
            ? Analytics::samplePoints(n, Analytics::SilhouetteSampleSize, settings.seed)
            : std::vector<qsizetype>();
    QList<Analytics::KCandidate> candidates;
    progress.setTotal(fits->size());
    for (const Analytics::KMeansFit &fit : std::as_const(*fits)) {
        if (cancel.isCancelled())
            return problem(ClusterJob::tr("The clustering was cancelled."));
        candidates.append({ fit.k, fit.inertia, Analytics::silhouetteScore(input->points, fit.labels, fit.k, sample, threads) });
        progress.setValue(candidates.size());
    }

    ClusterRun run;
    run.eligible = input->eligible;
    run.leftOut = input->leftOut;
    const Fitted fitted { *input, *columns, rfmScales(*columns, input->rows), frame.size(), chineseNames };
    for (qsizetype i = 0; i < fits->size(); ++i) {
        Analytics::Clustering c = toClustering(fits->at(i), fitted);
        c.settings = settings;
        c.asOf = rfm.metrics.asOf;
        c.silhouette = candidates.at(i).silhouette;
        c.silhouetteSample = qsizetype(sample.size());
        c.candidates = settings.k > 0 ? QList<Analytics::KCandidate>() : candidates;
        run.fits.append(std::move(c));
        if (candidates.at(i).silhouette > candidates.at(run.chosen).silhouette)
            run.chosen = i;
    }
    return run;
}

Result<ClusterView> viewClustering(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                   const Rfm::MetricOptions &options, const Analytics::Clustering &clustering,
                                   bool chineseNames, qsizetype scatterPoints)
{
    auto columns = clusterColumns(frame, rfm, options, clustering.featureNames());
    if (!columns)
        return columns.error();
    ClusterView view;
    view.profiles = Analytics::profileClusters(clustering, *columns, columns->at(2).values, featureTitles(chineseNames));
    // The clustered customers' standardised features, as far as they are known now.
    QList<const Analytics::FeatureColumn *> chosen;
    for (const Analytics::FeatureTransform &t : clustering.transforms) {
        const auto it = std::find_if(columns->begin(), columns->end(),
                                     [&t](const Analytics::FeatureColumn &c) { return c.name == t.feature; });
        chosen.append(&*it);
    }
    Analytics::PointMatrix points;
    points.dims = int(clustering.transforms.size());
    std::vector<qint16> labels;
    for (size_t row = 0; row < clustering.assignment.size() && row < size_t(frame.size()); ++row) {
        if (clustering.assignment[row] < 0)
            continue;
        const bool known = std::all_of(chosen.begin(), chosen.end(), [row](const Analytics::FeatureColumn *c) {
            return (c->missing.empty() || !c->missing[row]) && std::isfinite(c->values[row]);
        });
        if (!known)
            continue;
        for (qsizetype a = 0; a < chosen.size(); ++a)
            points.values.push_back(clustering.transforms.at(a).apply(chosen.at(a)->values[row]));
        labels.push_back(clustering.assignment[row]);
        ++points.rows;
    }
    view.projection = Analytics::principalPlane(points);
    for (qsizetype i : Analytics::samplePoints(points.rows, scatterPoints, clustering.settings.seed)) {
        view.points.push_back(view.projection.apply(points.row(i)));
        view.labels.push_back(labels[size_t(i)]);
    }
    for (const Analytics::ClusterInfo &info : clustering.clusters)
        view.centres.push_back(view.projection.apply(info.centroid.data()));
    return view;
}

} // namespace Portrait::Jobs
