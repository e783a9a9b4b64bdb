#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Portrait::Analytics {

/// Where a cluster's members lie on the three RFM axes: the mean over its members of the z-scores
/// of log1p(recency days), log1p(frequency) and log1p(max(monetary, 0)) (population scale).
struct RfmPosition
{
    double recency = 0;
    double frequency = 0;
    double monetary = 0;
};

/// A kind of customer group clusters are named after (高价值, 潜力, 新客, 流失预警, 沉睡 …), with
/// the RFM position typical of it and what to do with such customers.
struct Archetype
{
    QString key;      ///< "champions", "loyal", "potential", "new", "regular", "at_risk", "dormant", "lost"
    QString nameZh;
    QString nameEn;
    RfmPosition typical;
};

QList<Archetype> archetypes();
/// The archetype's name in Chinese or English; the key itself when unknown.
QString archetypeName(const QString &key, bool chinese);
/// The action hint for customers of that kind, translated.
QString archetypeAction(const QString &key);

/// Names clusters from their positions: pairs of (cluster, archetype) are taken nearest first,
/// each archetype once, so k ≤ 8 clusters get eight different names; further clusters take the
/// nearest archetype again. Returns the archetype key per cluster.
QStringList assignArchetypes(const QList<RfmPosition> &positions);
/// Display names for archetype keys, made unique: a repeated archetype gets " 2", " 3" …
QStringList archetypeNames(const QStringList &keys, bool chinese);

} // namespace Portrait::Analytics
