#include "sides.h"

#include "tags/dictionarytagger.h"

namespace Portrait::Timeline {

namespace {

const std::vector<quint8> *membersOf(const TagSide &side, const QString &path)
{
    const qsizetype at = side.paths.indexOf(path);
    return at < 0 ? nullptr : &side.members[size_t(at)];
}

bool has(const std::vector<quint8> *members, size_t i)
{
    return members && i < members->size() && (*members)[i];
}

} // namespace

SegmentSide sideOf(const Rfm::RfmResult &result, const QString &label)
{
    SegmentSide side;
    side.label = label;
    side.asOf = result.metrics.asOf;
    side.scheme = result.scheme;
    side.segment = result.segment;
    side.rfmScore = result.rfmScore;
    side.monetary = result.metrics.monetary;
    for (size_t i = 0; i < side.segment.size(); ++i) {
        if (side.segment[i] < 0)
            side.monetary[i] = 0;
    }
    return side;
}

SegmentSide sideOf(const Snapshot &snapshot, CustomerUniverse &universe)
{
    SegmentSide side;
    side.label = snapshot.info.name;
    side.asOf = snapshot.info.asOf;
    side.scheme = snapshot.scheme;
    side.resize(universe.frameSize());
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        const qint16 segment = snapshot.segment[size_t(i)];
        if (segment < 0)
            continue;
        const auto at = size_t(universe.indexOf(snapshot.keys.view(i)));
        if (at >= side.segment.size())
            side.resize(qsizetype(at) + 1);
        side.segment[at] = segment;
        side.monetary[at] = snapshot.monetary[size_t(i)];
        side.rfmScore[at] = snapshot.rfmScore[size_t(i)];
    }
    return side;
}

void TagSide::resize(qsizetype size)
{
    for (std::vector<quint8> &list : members)
        list.resize(size_t(size), 0);
}

TagSide tagSideOf(const Tags::DictionaryTagging &tagging)
{
    TagSide side;
    for (const Tags::DictionaryTag &tag : tagging.tags) {
        if (tag.count == 0 || tag.members.empty())
            continue;
        side.paths.append(tag.path);
        side.members.push_back(tag.members);
    }
    return side;
}

TagSide tagSideOf(const Snapshot &snapshot, CustomerUniverse &universe)
{
    TagSide side;
    side.paths = snapshot.tagPaths;
    side.members.assign(size_t(snapshot.tagPaths.size()), std::vector<quint8>(size_t(universe.frameSize()), 0));
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        const qint32 first = snapshot.tagStart[size_t(i)], last = snapshot.tagStart[size_t(i) + 1];
        if (first == last)
            continue;
        const auto at = size_t(universe.indexOf(snapshot.keys.view(i)));
        for (qint32 k = first; k < last; ++k) {
            std::vector<quint8> &list = side.members[size_t(snapshot.tagOf[size_t(k)])];
            if (at >= list.size())
                list.resize(at + 1, 0);
            list[at] = 1;
        }
    }
    return side;
}

QList<TagFlow> computeTagFlows(const TagSide &from, const TagSide &to)
{
    QStringList paths = to.paths;
    for (const QString &path : from.paths) {
        if (!paths.contains(path))
            paths.append(path);
    }
    QList<TagFlow> flows;
    for (const QString &path : paths) {
        const std::vector<quint8> *before = membersOf(from, path);
        const std::vector<quint8> *after = membersOf(to, path);
        const size_t n = std::max(before ? before->size() : 0, after ? after->size() : 0);
        TagFlow flow;
        flow.path = path;
        for (size_t i = 0; i < n; ++i) {
            const bool a = has(before, i), b = has(after, i);
            flow.before += a;
            flow.after += b;
            flow.entered += b && !a;
            flow.left += a && !b;
        }
        flows.append(flow);
    }
    return flows;
}

std::vector<qint32> tagMovers(const TagSide &from, const TagSide &to, const QString &path, bool entered)
{
    return tagCell(from, to, path, !entered, entered);
}

std::vector<qint32> tagCell(const TagSide &from, const TagSide &to, const QString &path, bool hadIt, bool hasIt)
{
    const std::vector<quint8> *before = membersOf(from, path);
    const std::vector<quint8> *after = membersOf(to, path);
    const size_t n = std::max(before ? before->size() : 0, after ? after->size() : 0);
    std::vector<qint32> rows;
    for (size_t i = 0; i < n; ++i) {
        if (has(before, i) == hadIt && has(after, i) == hasIt)
            rows.push_back(qint32(i));
    }
    return rows;
}

} // namespace Portrait::Timeline
