#pragma once

#include "migration.h"
#include "snapshot.h"

#include <QStringList>

#include <vector>

namespace Portrait::Tags {
struct DictionaryTagging;
}

namespace Portrait::Timeline {

/// The segments of a scoring over the frame (universe indexes = frame rows).
SegmentSide sideOf(const Rfm::RfmResult &result, const QString &label);
/// The segments of a snapshot, laid over universe by customer key (customers the frame no longer
/// has are appended to it).
SegmentSide sideOf(const Snapshot &snapshot, CustomerUniverse &universe);

/// Which customers have which tag, on one side of a comparison.
struct TagSide
{
    QStringList paths;
    std::vector<std::vector<quint8>> members;   ///< per path, 1/0 per universe index

    /// Grows every member list to the universe's size.
    void resize(qsizetype size);
};

/// The tags of a tagging over the frame; tags nobody has are left out.
TagSide tagSideOf(const Tags::DictionaryTagging &tagging);
TagSide tagSideOf(const Snapshot &snapshot, CustomerUniverse &universe);

/// How one tag's customers changed between two sides.
struct TagFlow
{
    QString path;
    qint64 before = 0;
    qint64 after = 0;
    qint64 entered = 0;   ///< have it after, not before
    qint64 left = 0;      ///< had it before, not after
};

/// Every tag either side has: the second side's in its order, then those only the first has.
QList<TagFlow> computeTagFlows(const TagSide &from, const TagSide &to);

/// Universe indexes of the customers who entered (or, entered = false, left) the tag at path.
std::vector<qint32> tagMovers(const TagSide &from, const TagSide &to, const QString &path, bool entered);
/// Universe indexes of the customers who had the tag at path on the first side (hadIt) or not, and
/// have it on the second (hasIt) or not: one band of the tag's Sankey diagram.
std::vector<qint32> tagCell(const TagSide &from, const TagSide &to, const QString &path, bool hadIt, bool hasIt);

} // namespace Portrait::Timeline
