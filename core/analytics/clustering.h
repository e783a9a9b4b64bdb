#pragma once

#include "common/error.h"
#include "model/customerframe.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cmath>
#include <vector>

namespace Portrait::Analytics {

/// A feature the analyst clusters on, and whether it is taken as log1p(max(x, 0)) first.
struct FeatureChoice
{
    QString name;     ///< a numeric feature of the feature table: "recency_days", "aov", …
    bool log1p = false;

    bool operator==(const FeatureChoice &) const = default;
};

/// What a clustering is asked for.
struct ClusterSettings
{
    QList<FeatureChoice> features;
    int k = 0;          ///< 0: chosen by silhouette over 2 … 8
    quint64 seed = 1;
    int restarts = 10;

    bool operator==(const ClusterSettings &) const = default;
};

/// How one feature was put on the common scale: z = (v − mean) / sd, v = log1p(max(x, 0)) when
/// log1p is set, sd the population standard deviation over the clustered customers.
struct FeatureTransform
{
    QString feature;
    bool log1p = false;
    double mean = 0;
    double sd = 1;

    double apply(double x) const { return ((log1p ? std::log1p(std::max(x, 0.0)) : x) - mean) / sd; }
    bool operator==(const FeatureTransform &) const = default;
};

/// The inertia and silhouette of one k of a search over k.
struct KCandidate
{
    int k = 0;
    double inertia = 0;
    double silhouette = 0;

    bool operator==(const KCandidate &) const = default;
};

/// One cluster of a clustering. Clusters are numbered 1 … k by falling revenue.
struct ClusterInfo
{
    QString name;                 ///< as shown and used: proposed, or as the analyst renamed it
    QString archetype;            ///< the archetype it was named after ("champions", …; see archetypes())
    qint64 size = 0;
    std::vector<double> centroid; ///< in the standardised space, one value per transform

    bool operator==(const ClusterInfo &) const = default;
};

/// A k-means clustering of a project's customers: its settings, figures, clusters and, per
/// customer of the frame, the cluster (index into clusters, −1 not clustered) and the distance
/// to its centroid. Saved in the project (Project::saveClustering) and used wherever a segment
/// is: the customer table, exports (--cluster), tag rules (feature `cluster`) and the card.
struct Clustering
{
    QString name;                          ///< the name it is saved under; empty until saved
    ClusterSettings settings;
    QList<FeatureTransform> transforms;
    Model::Day asOf = Model::NoDay;        ///< of the RFM run whose scored customers were clustered
    int k = 0;
    double inertia = 0;
    double silhouette = 0;
    qsizetype silhouetteSample = 0;        ///< 0: over every clustered customer; else the sample's size
    QList<KCandidate> candidates;          ///< one per k tried when k was chosen by silhouette
    QList<ClusterInfo> clusters;
    std::vector<qint16> assignment;
    std::vector<float> distance;           ///< −1 for customers not clustered

    qsizetype clusteredCount() const;
    /// The cluster called `name` (case-insensitive), or numbered so ("3"); −1 when none.
    int findCluster(const QString &nameOrNumber) const;
    QStringList clusterNames() const;
    QStringList featureNames() const;
    bool operator==(const Clustering &) const = default;
};

/// JSON of the settings and the figures (not the clusters or members), as the project stores them
/// (docs/project-file.md).
QByteArray clusteringSettingsToJson(const Clustering &clustering);
/// Reads them back into clustering (settings, transforms, asOf, candidates, silhouetteSample).
Status clusteringSettingsFromJson(const QByteArray &json, Clustering &clustering, const QString &sourceName);

} // namespace Portrait::Analytics
