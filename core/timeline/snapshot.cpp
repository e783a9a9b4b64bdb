#include "snapshot.h"

#include "analytics/clustering.h"
#include "tags/dictionarytagger.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Snapshot)
};

} // namespace

QString originKey(SnapshotOrigin origin)
{
    switch (origin) {
    case SnapshotOrigin::Manual:
        return u"manual"_s;
    case SnapshotOrigin::Import:
        return u"import"_s;
    case SnapshotOrigin::Refresh:
        return u"refresh"_s;
    }
    return {};
}

std::optional<SnapshotOrigin> originFromKey(QStringView key)
{
    for (SnapshotOrigin origin : { SnapshotOrigin::Manual, SnapshotOrigin::Import, SnapshotOrigin::Refresh }) {
        if (key == originKey(origin))
            return origin;
    }
    return std::nullopt;
}

QString originTitle(SnapshotOrigin origin)
{
    switch (origin) {
    case SnapshotOrigin::Manual:
        return SnapshotText::tr("taken by hand");
    case SnapshotOrigin::Import:
        return SnapshotText::tr("after an import");
    case SnapshotOrigin::Refresh:
        return SnapshotText::tr("after a refresh");
    }
    return {};
}

QStringList Snapshot::tagsOf(qsizetype i) const
{
    QStringList paths;
    for (qint32 k = tagStart[size_t(i)]; k < tagStart[size_t(i) + 1]; ++k)
        paths.append(tagPaths.at(tagOf[size_t(k)]));
    return paths;
}

Snapshot snapshotOf(const Model::CustomerFrame &frame, const Rfm::RfmResult &result,
                    const Tags::DictionaryTagging *tagging, const Analytics::Clustering *clustering)
{
    Snapshot s;
    s.info.asOf = result.metrics.asOf;
    s.info.customers = frame.size();
    s.info.scored = result.metrics.scoredCount;
    s.scheme = result.scheme;
    s.keys = frame.ids;
    s.segment = result.segment;
    s.recency = result.metrics.recency;
    s.frequency = result.metrics.frequency;
    s.monetary = result.metrics.monetary;
    s.r = result.scores.r;
    s.f = result.scores.f;
    s.m = result.scores.m;
    s.rfmScore = result.rfmScore;
    const auto n = size_t(frame.size());
    s.tagStart.assign(n + 1, 0);
    s.cluster.assign(n, -1);
    if (clustering && clustering->assignment.size() == n) {
        s.clusterNames = clustering->clusterNames();
        for (size_t c = 0; c < n; ++c) {
            const qint16 k = clustering->assignment[c];
            s.cluster[c] = k >= 0 && k < s.clusterNames.size() ? k : qint16(-1);
        }
    }
    if (!tagging)
        return s;
    // Customer by customer, the tags they have, in dictionary order.
    std::vector<const Tags::DictionaryTag *> used;
    for (const Tags::DictionaryTag &tag : tagging->tags) {
        if (tag.count > 0 && !tag.members.empty()) {
            used.push_back(&tag);
            s.tagPaths.append(tag.path);
        }
    }
    for (size_t c = 0; c < n; ++c) {
        for (size_t t = 0; t < used.size(); ++t) {
            if (used[t]->members[c])
                s.tagOf.push_back(qint32(t));
        }
        s.tagStart[c + 1] = qint32(s.tagOf.size());
    }
    return s;
}

} // namespace Portrait::Timeline
