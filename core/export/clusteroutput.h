#pragma once

#include "analytics/clusterprofile.h"
#include "analytics/clustering.h"
#include "common/error.h"
#include "model/customerframe.h"

#include <QByteArray>
#include <QString>

namespace Portrait::Export {

/// Writes clusters.csv: customer_id,cluster,cluster_name,distance — one row per clustered customer
/// in frame order, cluster numbered 1 … k, distance (to the centroid, in the standardised space)
/// with 6 decimals. UTF-8, written atomically.
Status writeClustersCsv(const Model::CustomerFrame &frame, const Analytics::Clustering &clustering, const QString &path);

/// Counts the summary reports besides the clustering itself.
struct ClusterCounts
{
    qsizetype scored = 0;    ///< customers offered to the clustering
    qsizetype leftOut = 0;   ///< of those, without one of the features
};

/// summary.json (docs/project-file.md § cluster summary): k, inertia, silhouette (and the sample
/// it was computed on), features and their scaling, every k tried, and per cluster its number,
/// name, size, shares, centroid, medians, what sets it apart and the action hint. Never NaN.
QByteArray clusterSummaryJson(const Analytics::Clustering &clustering, const QList<Analytics::ClusterProfile> &profiles,
                              const ClusterCounts &counts);

} // namespace Portrait::Export
