#pragma once

#include "clustering.h"
#include "common/error.h"
#include "kmeans.h"

#include <QList>
#include <QString>

#include <vector>

namespace Portrait::Analytics {

/// One numeric feature's values, one per customer of the frame; missing[i] = 1 when unknown.
struct FeatureColumn
{
    QString name;
    std::vector<double> values;
    std::vector<quint8> missing;   ///< empty: nothing missing
};

/// The points k-means sees: one row per clustered customer, one standardised coordinate per
/// chosen feature.
struct ClusterInput
{
    PointMatrix points;
    std::vector<qint32> rows;            ///< the frame row of each point
    QList<FeatureTransform> transforms;  ///< in the order of the coordinates
    qsizetype eligible = 0;              ///< customers offered (the scored ones)
    qsizetype leftOut = 0;               ///< of those, left out for a missing feature
};

/// Standardises the chosen features over the eligible customers that have all of them: each
/// value taken as log1p(max(x, 0)) when chosen so, then z-scored with the population standard
/// deviation. `columns` must hold every chosen feature (by name), each of frame length; eligible
/// is per frame row. Errors, each naming what to change: no feature chosen, a feature missing from
/// the columns, fewer than two customers, a feature that has the same value for every customer
/// (zero variance: it cannot be scaled and separates nobody).
Result<ClusterInput> standardizeFeatures(const QList<FeatureColumn> &columns, const QList<FeatureChoice> &choices,
                                         const std::vector<quint8> &eligible);

} // namespace Portrait::Analytics
