#pragma once

#include "clusterfeatures.h"
#include "clustering.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Analytics {

/// A feature inside one cluster against all clustered customers.
struct FeatureSummary
{
    QString feature;
    double median = 0;          ///< over the cluster's members
    double overallMedian = 0;   ///< over every clustered customer
    /// Mean standardised value of the members: the centroid's coordinate for a clustering
    /// feature; for the others, on the log1p scale the RFM features are clustered on by default.
    double z = 0;
};

/// What an analyst reads about a cluster.
struct ClusterProfile
{
    int cluster = 0;             ///< index into Clustering::clusters
    qint64 size = 0;
    double share = 0;            ///< of the clustered customers, 0–1
    double revenue = 0;          ///< Σ monetary of its members
    double revenueShare = 0;     ///< of the clustered customers' revenue, 0–1 (0 when that is ≤ 0)
    QList<FeatureSummary> features;
    /// What sets it apart: the features whose members lie at least half a standard deviation
    /// from the average, strongest first, as sentences with the medians.
    QStringList apart;
    QString action;              ///< what to do with such customers (from its archetype)
};

/// Profiles of every cluster. `columns` hold, per frame row, the clustering's features and any
/// others to summarise (recency_days, frequency and monetary are summarised whenever they are
/// given); `revenue` is monetary per frame row. `titles` names features as the UI shows them
/// (missing names are shown as they are).
QList<ClusterProfile> profileClusters(const Clustering &clustering, const QList<FeatureColumn> &columns,
                                      const std::vector<double> &revenue, const QHash<QString, QString> &titles);

/// One sentence on why a customer is in its cluster: the cluster's strongest features and the
/// customer's own values of them. values: per transform of the clustering, the customer's raw
/// value (NaN when not known).
QString membershipSentence(const Clustering &clustering, int cluster, const std::vector<double> &values,
                           double distance, const QHash<QString, QString> &titles);

} // namespace Portrait::Analytics
