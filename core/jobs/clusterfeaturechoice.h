#pragma once

#include "analytics/clusterfeatures.h"
#include "analytics/clustering.h"
#include "common/error.h"
#include "model/customerframe.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "tags/featuretable.h"

#include <QHash>
#include <QList>

namespace Portrait::Jobs {

/// The features k-means may cluster on: the numeric features of the feature table.
QList<Tags::FeatureInfo> clusterableFeatures();
/// Whether log1p is proposed for a feature: counts, amounts and day spans, whose long right tail
/// would otherwise make a few customers clusters of their own.
bool isSkewedFeature(const QString &name);
/// log1p of recency days, frequency and monetary: the default.
QList<Analytics::FeatureChoice> defaultClusterFeatures();
/// Parses `--features`: names separated by commas, "recency" for recency_days, English or
/// Chinese names; each takes log1p when skewed unless it ends in ":raw", or ends in ":log" to
/// take it anyway. Errors name the unknown or non-numeric feature and list the usable ones.
Result<QList<Analytics::FeatureChoice>> parseClusterFeatures(const QString &text);
/// A feature's title as the UI shows it: its Chinese name, or the rule name.
QHash<QString, QString> featureTitles(bool chinese);

/// Per frame row, the values of the named features (and of recency_days, frequency and
/// monetary, which profiles and names always use). Taken from the RFM run when only those three
/// are asked for; else the feature table is computed.
Result<QList<Analytics::FeatureColumn>> clusterColumns(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                                       const Rfm::MetricOptions &options, const QStringList &names);

/// Sets the text feature `cluster` (Tags::standardFeature("cluster")) of table: each customer's
/// cluster by name; missing for customers outside it, and for everyone without a clustering or
/// when the clustering does not have the table's rows (the project changed since).
Status addClusterFeature(Tags::FeatureTable &table, const Analytics::Clustering *clustering);

} // namespace Portrait::Jobs
