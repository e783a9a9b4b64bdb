#pragma once

#include "analytics/clusterprofile.h"
#include "analytics/clustering.h"
#include "analytics/projection.h"
#include "common/error.h"
#include "common/progress.h"
#include "model/customerframe.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"

#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace Portrait::Jobs {

/// The range k is chosen from by silhouette.
constexpr int AutoKMin = 2;
constexpr int AutoKMax = 8;
/// The most clusters an analyst may ask for.
constexpr int KMax = 20;

/// What `portrait cluster` and the Analytics page fitted: one complete clustering per k tried
/// (one when k was given), and which of them is chosen (the best silhouette; ties to fewer clusters).
struct ClusterRun
{
    QList<Analytics::Clustering> fits;
    qsizetype chosen = 0;
    qsizetype eligible = 0;   ///< scored customers
    qsizetype leftOut = 0;    ///< of those, without one of the features

    const Analytics::Clustering &best() const { return fits.at(chosen); }
};

/// Clusters the scored customers of an RFM run on the settings' features (default: log1p of
/// recency, frequency and monetary), z-scored with the population standard deviation: k-means
/// with restarts, then the silhouette of each k (exact below 20,000 customers, else on a sample
/// of 10,000 seeded with the settings' seed). Clusters are numbered by falling revenue and named
/// from where their members lie in RFM (Analytics::assignArchetypes), in Chinese or English.
/// Errors say what to change: too few customers, a constant feature, k above the number of
/// distinct customers, or cancelled.
Result<ClusterRun> runClustering(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                 const Rfm::MetricOptions &options, const Analytics::ClusterSettings &settings,
                                 bool chineseNames, ProgressSink &progress, const CancelToken &cancel, int threads = 0);

/// What the Analytics page draws of a clustering: profiles, and a seeded sample of the clustered
/// customers on the principal plane of the standardised features, with the centroids.
struct ClusterView
{
    QList<Analytics::ClusterProfile> profiles;
    Analytics::Projection projection;
    std::vector<std::array<double, 2>> points;
    std::vector<qint16> labels;                 ///< per point, its cluster
    std::vector<std::array<double, 2>> centres; ///< per cluster
};

/// The view of any clustering of this frame (fresh or loaded from the project).
Result<ClusterView> viewClustering(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                   const Rfm::MetricOptions &options, const Analytics::Clustering &clustering,
                                   bool chineseNames, qsizetype scatterPoints = 3000);

} // namespace Portrait::Jobs
