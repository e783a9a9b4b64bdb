#include "clusteroutput.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

struct ClusterOutput
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::ClusterOutput)
};

/// A JSON number, or null for what is not a finite number (JSON has no NaN).
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(number(v));
    return array;
}

QJsonObject clusterObject(const Analytics::Clustering &clustering, const Analytics::ClusterProfile &profile)
{
    const Analytics::ClusterInfo &info = clustering.clusters.at(profile.cluster);
    QJsonObject medians;
    for (const Analytics::FeatureSummary &f : profile.features)
        medians.insert(f.feature, number(f.median));
    return QJsonObject {
        { u"cluster"_s, profile.cluster + 1 },
        { u"name"_s, info.name },
        { u"archetype"_s, info.archetype },
        { u"size"_s, qint64(info.size) },
        { u"share"_s, number(profile.share) },
        { u"revenue"_s, number(profile.revenue) },
        { u"revenue_share"_s, number(profile.revenueShare) },
        { u"centroid"_s, numbers(info.centroid) },
        { u"medians"_s, medians },
        { u"apart"_s, QJsonArray::fromStringList(profile.apart) },
        { u"action"_s, profile.action },
    };
}

} // namespace

Status writeClustersCsv(const Model::CustomerFrame &frame, const Analytics::Clustering &clustering, const QString &path)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error { ClusterOutput::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    QList<QByteArray> names;
    for (const Analytics::ClusterInfo &c : clustering.clusters)
        names.append(csvField(c.name));
    QByteArray out = "customer_id,cluster,cluster_name,distance\n";
    for (qsizetype row = 0; row < frame.size() && row < qsizetype(clustering.assignment.size()); ++row) {
        const int cluster = clustering.assignment[size_t(row)];
        if (cluster < 0)
            continue;
        out += csvField(frame.ids.at(row)) + ',' + QByteArray::number(cluster + 1) + ',' + names.at(cluster) + ','
                + QByteArray::number(double(clustering.distance[size_t(row)]), 'f', 6) + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return Error { ClusterOutput::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    return {};
}

QByteArray clusterSummaryJson(const Analytics::Clustering &clustering, const QList<Analytics::ClusterProfile> &profiles,
                              const ClusterCounts &counts)
{
    QJsonArray transforms;
    for (const Analytics::FeatureTransform &t : clustering.transforms)
        transforms.append(QJsonObject { { u"feature"_s, t.feature }, { u"log1p"_s, t.log1p }, { u"mean"_s, number(t.mean) },
                                        { u"sd"_s, number(t.sd) } });
    QJsonArray clusters;
    for (const Analytics::ClusterProfile &p : profiles)
        clusters.append(clusterObject(clustering, p));
    QJsonObject summary {
        { u"k"_s, clustering.k },
        { u"inertia"_s, number(clustering.inertia) },
        { u"silhouette"_s, number(clustering.silhouette) },
        { u"silhouette_sample"_s, clustering.silhouetteSample > 0 ? QJsonValue(qint64(clustering.silhouetteSample))
                                                                  : QJsonValue(QJsonValue::Null) },
        { u"features"_s, QJsonArray::fromStringList(clustering.featureNames()) },
        { u"transforms"_s, transforms },
        { u"customers"_s, qint64(clustering.clusteredCount()) },
        { u"scored"_s, qint64(counts.scored) },
        { u"left_out"_s, qint64(counts.leftOut) },
        { u"seed"_s, QString::number(clustering.settings.seed) },
        { u"restarts"_s, clustering.settings.restarts },
        { u"clusters"_s, clusters },
    };
    if (!clustering.candidates.isEmpty()) {
        QJsonArray candidates;
        for (const Analytics::KCandidate &c : clustering.candidates)
            candidates.append(QJsonObject { { u"k"_s, c.k }, { u"inertia"_s, number(c.inertia) },
                                            { u"silhouette"_s, number(c.silhouette) } });
        summary.insert(u"candidates"_s, candidates);
    }
    if (!clustering.name.isEmpty())
        summary.insert(u"saved_as"_s, clustering.name);
    return QJsonDocument(summary).toJson(QJsonDocument::Indented);
}

} // namespace Portrait::Export
