#include "clustering.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

struct ClusteringText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::Clustering)
};

constexpr int JsonVersion = 1;

Error badJson(const QString &sourceName, const QString &field)
{
    return Error { ClusteringText::tr("The saved clustering settings are damaged (field “%1”).").arg(field),
                   sourceName, 0, 0, field };
}

} // namespace

qsizetype Clustering::clusteredCount() const
{
    return qsizetype(std::count_if(assignment.begin(), assignment.end(), [](qint16 c) { return c >= 0; }));
}

int Clustering::findCluster(const QString &nameOrNumber) const
{
    const QString wanted = nameOrNumber.trimmed();
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        if (clusters.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    bool ok = false;
    const int number = wanted.toInt(&ok);
    return ok && number >= 1 && number <= clusters.size() ? number - 1 : -1;
}

QStringList Clustering::clusterNames() const
{
    QStringList names;
    for (const ClusterInfo &c : clusters)
        names.append(c.name);
    return names;
}

QStringList Clustering::featureNames() const
{
    QStringList names;
    for (const FeatureTransform &t : transforms)
        names.append(t.feature);
    return names;
}

QByteArray clusteringSettingsToJson(const Clustering &clustering)
{
    QJsonArray transforms;
    for (const FeatureTransform &t : clustering.transforms)
        transforms.append(QJsonObject { { u"feature"_s, t.feature }, { u"log1p"_s, t.log1p }, { u"mean"_s, t.mean },
                                        { u"sd"_s, t.sd } });
    QJsonArray candidates;
    for (const KCandidate &c : clustering.candidates)
        candidates.append(QJsonObject { { u"k"_s, c.k }, { u"inertia"_s, c.inertia }, { u"silhouette"_s, c.silhouette } });
    const ClusterSettings &s = clustering.settings;
    const QJsonObject object {
        { u"version"_s, JsonVersion },
        { u"k"_s, s.k > 0 ? QJsonValue(s.k) : QJsonValue(u"auto"_s) },
        { u"seed"_s, QString::number(s.seed) },   // a quint64 does not fit a JSON number exactly
        { u"restarts"_s, s.restarts },
        { u"transforms"_s, transforms },
        { u"asOf"_s, qint64(clustering.asOf) },
        { u"silhouetteSample"_s, qint64(clustering.silhouetteSample) },
        { u"candidates"_s, candidates },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status clusteringSettingsFromJson(const QByteArray &json, Clustering &clustering, const QString &sourceName)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(u"version"_s).toInt() != JsonVersion)
        return badJson(sourceName, u"version"_s);
    ClusterSettings settings;
    const QJsonValue k = o.value(u"k"_s);
    settings.k = k.isString() && k.toString() == u"auto"_s ? 0 : k.toInt(-1);
    bool seedOk = false;
    settings.seed = o.value(u"seed"_s).toString().toULongLong(&seedOk);
    settings.restarts = o.value(u"restarts"_s).toInt();
    if (settings.k < 0)
        return badJson(sourceName, u"k"_s);
    if (!seedOk)
        return badJson(sourceName, u"seed"_s);
    QList<FeatureTransform> transforms;
    for (const QJsonValue &v : o.value(u"transforms"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const FeatureTransform transform { t.value(u"feature"_s).toString(), t.value(u"log1p"_s).toBool(),
                                           t.value(u"mean"_s).toDouble(), t.value(u"sd"_s).toDouble() };
        if (transform.feature.isEmpty() || !(transform.sd > 0))
            return badJson(sourceName, u"transforms"_s);
        transforms.append(transform);
        settings.features.append({ transform.feature, transform.log1p });
    }
    if (transforms.isEmpty())
        return badJson(sourceName, u"transforms"_s);
    QList<KCandidate> candidates;
    for (const QJsonValue &v : o.value(u"candidates"_s).toArray()) {
        const QJsonObject c = v.toObject();
        candidates.append({ c.value(u"k"_s).toInt(), c.value(u"inertia"_s).toDouble(), c.value(u"silhouette"_s).toDouble() });
    }
    clustering.settings = settings;
    clustering.transforms = transforms;
    clustering.asOf = Model::Day(o.value(u"asOf"_s).toInteger());
    clustering.silhouetteSample = qsizetype(o.value(u"silhouetteSample"_s).toInteger());
    clustering.candidates = candidates;
    return {};
}

} // namespace Portrait::Analytics
