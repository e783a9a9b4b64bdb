#include "clusterprofile.h"

#include "archetypes.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::ClusterProfile)
};

/// At least this far from the average (in standard deviations), a feature sets a cluster apart.
constexpr double ApartFrom = 0.5;
constexpr double FarApartFrom = 1.0;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

QString title(const QHash<QString, QString> &titles, const QString &feature)
{
    return titles.value(feature, feature);
}

QString number(double value)
{
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude >= 100 || value == std::round(value) ? 0 : magnitude >= 1 ? 1 : 2);
}

/// The features a profile summarises: the clustering's, then the RFM ones not among them.
QList<FeatureTransform> summarisedFeatures(const Clustering &clustering, const QList<FeatureColumn> &columns)
{
    QList<FeatureTransform> features = clustering.transforms;
    for (const QString &name : { u"recency_days"_s, u"frequency"_s, u"monetary"_s }) {
        const bool given = std::any_of(columns.begin(), columns.end(), [&](const FeatureColumn &c) { return c.name == name; });
        const bool clustered = std::any_of(features.begin(), features.end(),
                                           [&](const FeatureTransform &t) { return t.feature == name; });
        if (given && !clustered)
            features.append({ name, true, 0, 1 });
    }
    return features;
}

/// The mean and population sd of a feature's (log1p) values over the clustered customers, for a
/// feature that was not clustered on.
void fitScale(FeatureTransform &t, const std::vector<double> &values, const std::vector<qint32> &rows)
{
    double sum = 0, squares = 0;
    for (qint32 row : rows)
        sum += t.log1p ? std::log1p(std::max(values[size_t(row)], 0.0)) : values[size_t(row)];
    t.mean = rows.empty() ? 0 : sum / double(rows.size());
    for (qint32 row : rows) {
        const double v = (t.log1p ? std::log1p(std::max(values[size_t(row)], 0.0)) : values[size_t(row)]) - t.mean;
        squares += v * v;
    }
    t.sd = rows.empty() ? 0 : std::sqrt(squares / double(rows.size()));
    if (!(t.sd > 0))
        t.sd = 1;   // constant: every member sits at the average, z = 0
}

QString apartSentence(const FeatureSummary &f, const QHash<QString, QString> &titles)
{
    const QString name = title(titles, f.feature);
    const QString m = number(f.median), all = number(f.overallMedian);
    if (f.z >= FarApartFrom)
        return ProfileText::tr("%1 much higher (median %2 vs %3)").arg(name, m, all);
    if (f.z >= ApartFrom)
        return ProfileText::tr("%1 higher (median %2 vs %3)").arg(name, m, all);
    if (f.z <= -FarApartFrom)
        return ProfileText::tr("%1 much lower (median %2 vs %3)").arg(name, m, all);
    return ProfileText::tr("%1 lower (median %2 vs %3)").arg(name, m, all);
}

} // namespace

QList<ClusterProfile> profileClusters(const Clustering &clustering, const QList<FeatureColumn> &columns,
                                      const std::vector<double> &revenue, const QHash<QString, QString> &titles)
{
    const auto k = clustering.clusters.size();
    std::vector<std::vector<qint32>> members(static_cast<size_t>(k));
    std::vector<qint32> everyone;
    for (size_t row = 0; row < clustering.assignment.size(); ++row) {
        const int c = clustering.assignment[row];
        if (c < 0 || c >= k)
            continue;
        members[size_t(c)].push_back(qint32(row));
        everyone.push_back(qint32(row));
    }
    QList<ClusterProfile> profiles(k);
    double totalRevenue = 0;
    for (qint32 row : everyone)
        totalRevenue += row < qint32(revenue.size()) ? revenue[size_t(row)] : 0;
    for (qsizetype c = 0; c < k; ++c) {
        ClusterProfile &p = profiles[c];
        p.cluster = int(c);
        p.size = qint64(members[size_t(c)].size());
        p.share = everyone.empty() ? 0 : double(p.size) / double(everyone.size());
        for (qint32 row : members[size_t(c)])
            p.revenue += row < qint32(revenue.size()) ? revenue[size_t(row)] : 0;
        p.revenueShare = totalRevenue > 0 ? p.revenue / totalRevenue : 0;
        p.action = archetypeAction(clustering.clusters.at(c).archetype);
    }
    for (FeatureTransform t : summarisedFeatures(clustering, columns)) {
        const auto column = std::find_if(columns.begin(), columns.end(),
                                         [&t](const FeatureColumn &f) { return f.name == t.feature; });
        if (column == columns.end())
            continue;
        const std::vector<double> &values = column->values;
        const bool clustered = clustering.featureNames().contains(t.feature);
        if (!clustered)
            fitScale(t, values, everyone);
        std::vector<double> all;
        all.reserve(everyone.size());
        for (qint32 row : everyone)
            all.push_back(values[size_t(row)]);
        const double overall = median(std::move(all));
        for (qsizetype c = 0; c < k; ++c) {
            std::vector<double> own;
            double zSum = 0;
            for (qint32 row : members[size_t(c)]) {
                own.push_back(values[size_t(row)]);
                zSum += t.apply(values[size_t(row)]);
            }
            const double z = own.empty() ? 0 : zSum / double(own.size());
            profiles[c].features.append({ t.feature, median(std::move(own)), overall, z });
        }
    }
    for (ClusterProfile &p : profiles) {
        QList<FeatureSummary> strong;
        for (const FeatureSummary &f : std::as_const(p.features)) {
            if (std::abs(f.z) >= ApartFrom)
                strong.append(f);
        }
        std::stable_sort(strong.begin(), strong.end(),
                         [](const FeatureSummary &a, const FeatureSummary &b) { return std::abs(a.z) > std::abs(b.z); });
        for (const FeatureSummary &f : std::as_const(strong))
            p.apart.append(apartSentence(f, titles));
        if (p.apart.isEmpty())
            p.apart.append(ProfileText::tr("close to the average on every feature"));
    }
    return profiles;
}

QString membershipSentence(const Clustering &clustering, int cluster, const std::vector<double> &values,
                           double distance, const QHash<QString, QString> &titles)
{
    if (cluster < 0 || cluster >= clustering.clusters.size())
        return {};
    const ClusterInfo &info = clustering.clusters.at(cluster);
    // The centroid's strongest coordinates describe the cluster; at most three, the rest is noise.
    std::vector<qsizetype> order(size_t(clustering.transforms.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&info](qsizetype a, qsizetype b) {
        return std::abs(info.centroid[size_t(a)]) > std::abs(info.centroid[size_t(b)]);
    });
    QStringList traits, own;
    for (size_t i = 0; i < std::min<size_t>(order.size(), 3); ++i) {
        const qsizetype a = order[i];
        const QString name = title(titles, clustering.transforms.at(a).feature);
        const double z = info.centroid[size_t(a)];
        traits.append(z >= 0.25 ? ProfileText::tr("high %1").arg(name)
                                : z <= -0.25 ? ProfileText::tr("low %1").arg(name)
                                             : ProfileText::tr("average %1").arg(name));
        if (size_t(a) < values.size() && std::isfinite(values[size_t(a)]))
            own.append(ProfileText::tr("%1 %2").arg(name, number(values[size_t(a)])));
    }
    const QString separator = ProfileText::tr(", ");
    QString sentence = ProfileText::tr("In “%1” (cluster %2 of %3, a group of %4): its centre is the nearest to this "
                                       "customer (distance %5)")
                               .arg(info.name)
                               .arg(cluster + 1)
                               .arg(clustering.clusters.size())
                               .arg(traits.join(separator), QLocale().toString(distance, 'f', 2));
    if (!own.isEmpty())
        sentence += ProfileText::tr("; this customer: %1").arg(own.join(separator));
    return sentence + ProfileText::tr(".");
}

} // namespace Portrait::Analytics
