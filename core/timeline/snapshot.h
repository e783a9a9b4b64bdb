#pragma once

#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Analytics {
struct Clustering;
}

namespace Portrait::Tags {
struct DictionaryTagging;
}

namespace Portrait::Timeline {

/// Why a snapshot was taken: by the analyst, or automatically after an import or a refresh.
enum class SnapshotOrigin { Manual, Import, Refresh };
QString originKey(SnapshotOrigin origin);          ///< "manual", "import", "refresh"
std::optional<SnapshotOrigin> originFromKey(QStringView key);
/// Translated, for lists.
QString originTitle(SnapshotOrigin origin);

/// What a list of snapshots shows of each.
struct SnapshotInfo
{
    qint64 id = 0;
    QString name;
    Model::Day asOf = Model::NoDay;
    QDateTime takenAt;
    SnapshotOrigin origin = SnapshotOrigin::Manual;
    QByteArray settingsJson;     ///< the scoring (Jobs::rfmSettingsToJson), as of asOf
    qint64 customers = 0;
    qint64 scored = 0;
};

/// The per-customer result of one scoring, kept in the project: segment, scores, tags and the
/// cluster of the project's active clustering (when it has one), one entry per customer of the
/// frame it was taken from.
struct Snapshot
{
    SnapshotInfo info;
    Rfm::SegmentScheme scheme;          ///< its segment names and order
    Model::KeyColumn keys;
    std::vector<qint16> segment;        ///< rule index of scheme (fallback rules.size()); -1 not scored
    std::vector<double> recency, frequency, monetary;
    std::vector<quint8> r, f, m;        ///< 0 when not scored
    std::vector<float> rfmScore;        ///< NaN when not scored
    QStringList tagPaths;               ///< every tag path some customer has
    std::vector<qint32> tagStart;       ///< per customer, its first entry of tagOf; one more at the end
    std::vector<qint32> tagOf;          ///< indexes into tagPaths
    QStringList clusterNames;
    std::vector<qint16> cluster;        ///< index into clusterNames; -1 none

    qsizetype size() const { return keys.size(); }
    /// The tag paths customer i has.
    QStringList tagsOf(qsizetype i) const;
};

/// The snapshot of result over frame, with the tags of tagging and the clusters of clustering when
/// given (their rows are the frame's; a clustering that does not cover the frame row for row is
/// left out). info is left for the caller to name.
Snapshot snapshotOf(const Model::CustomerFrame &frame, const Rfm::RfmResult &result,
                    const Tags::DictionaryTagging *tagging, const Analytics::Clustering *clustering = nullptr);

} // namespace Portrait::Timeline
