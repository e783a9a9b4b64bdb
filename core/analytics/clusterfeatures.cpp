#include "clusterfeatures.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

struct ClusterFeaturesText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::ClusterFeatures)
};

Error problem(const QString &message)
{
    return Error { message, {}, 0, 0, {} };
}

bool usable(const FeatureColumn &column, size_t row)
{
    return (column.missing.empty() || !column.missing[row]) && std::isfinite(column.values[row]);
}

} // namespace

Result<ClusterInput> standardizeFeatures(const QList<FeatureColumn> &columns, const QList<FeatureChoice> &choices,
                                         const std::vector<quint8> &eligible)
{
    if (choices.isEmpty())
        return problem(ClusterFeaturesText::tr("Choose at least one feature to cluster on."));
    QList<const FeatureColumn *> chosen;
    for (const FeatureChoice &choice : choices) {
        const auto it = std::find_if(columns.begin(), columns.end(),
                                     [&choice](const FeatureColumn &c) { return c.name == choice.name; });
        if (it == columns.end() || it->values.size() != eligible.size())
            return problem(ClusterFeaturesText::tr("The feature “%1” is not available.").arg(choice.name));
        chosen.append(&*it);
    }
    ClusterInput input;
    for (size_t row = 0; row < eligible.size(); ++row) {
        if (!eligible[row])
            continue;
        ++input.eligible;
        if (std::all_of(chosen.begin(), chosen.end(), [row](const FeatureColumn *c) { return usable(*c, row); }))
            input.rows.push_back(qint32(row));
    }
    const auto n = qsizetype(input.rows.size());
    input.leftOut = input.eligible - n;
    if (n < 2) {
        return problem(ClusterFeaturesText::tr("Clustering needs at least two customers with every chosen feature; "
                                               "there are %1 (of %2 scored customers).")
                               .arg(n)
                               .arg(input.eligible));
    }
    const int d = int(choices.size());
    input.points.rows = n;
    input.points.dims = d;
    input.points.values.resize(size_t(n) * size_t(d));
    for (int a = 0; a < d; ++a) {
        const FeatureChoice &choice = choices.at(a);
        FeatureTransform t { choice.name, choice.log1p, 0, 1 };
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double x = chosen.at(a)->values[size_t(input.rows[size_t(i)])];
            const double v = t.log1p ? std::log1p(std::max(x, 0.0)) : x;
            input.points.values[size_t(i) * size_t(d) + size_t(a)] = v;
            sum += v;
        }
        t.mean = sum / double(n);
        double squares = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double delta = input.points.values[size_t(i) * size_t(d) + size_t(a)] - t.mean;
            squares += delta * delta;
        }
        t.sd = std::sqrt(squares / double(n));
        // Relative to the values' size, so rounding noise in a constant column counts as constant.
        if (!(t.sd > 1e-12 * std::max(1.0, std::abs(t.mean)))) {
            const double x = chosen.at(a)->values[size_t(input.rows.front())];
            return problem(ClusterFeaturesText::tr("The feature “%1” has the same value (%2) for every customer "
                                                   "clustered, so it cannot tell them apart; leave it out.")
                                   .arg(choice.name, QLocale().toString(x, 'g', 6)));
        }
        for (qsizetype i = 0; i < n; ++i) {
            double &v = input.points.values[size_t(i) * size_t(d) + size_t(a)];
            v = (v - t.mean) / t.sd;
        }
        input.transforms.append(t);
    }
    return input;
}

} // namespace Portrait::Analytics
