#include "governance.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace Portrait::Tags {

namespace {

using Bits = std::vector<quint64>;

Bits pack(const std::vector<quint8> &members, size_t words)
{
    Bits bits(words);
    const size_t n = members.size();
    const quint8 *m = members.data();
    for (size_t w = 0; w < words; ++w) {
        const size_t begin = w * 64;
        const size_t end = std::min(begin + 64, n);
        quint64 word = 0;
        for (size_t i = begin; i < end; ++i)
            word |= quint64(m[i] != 0) << (i - begin);
        bits[w] = word;
    }
    return bits;
}

/// Σ revenue over the members: a branch-free loop the compiler vectorises.
double sumOver(const std::vector<quint8> &members, const std::vector<double> &revenue)
{
    double sum = 0;
    const size_t n = std::min(members.size(), revenue.size());
    for (size_t i = 0; i < n; ++i)
        sum += revenue[i] * double(members[i] != 0);
    return sum;
}

qint64 countBoth(const Bits &a, const Bits &b)
{
    qint64 n = 0;
    for (size_t w = 0; w < a.size(); ++w)
        n += std::popcount(a[w] & b[w]);
    return n;
}

int flagsOf(const TagGovernanceRow &row, bool failed, bool inGroup)
{
    int flags = 0;
    if (failed)
        flags |= FlagRuleError;
    if (row.source == TagSource::None && !row.category)
        flags |= FlagUnused;
    if (row.source != TagSource::None && !failed && row.count == 0)
        flags |= FlagEmpty;
    if (row.source != TagSource::None && !inGroup)
        flags |= FlagNotInGroup;
    return flags;
}

} // namespace

TagGovernance computeGovernance(const TagDictionary &dictionary, const DictionaryTagging &tagging,
                                const QList<GroupResult> &groups, const std::vector<double> &revenue)
{
    TagGovernance out;
    out.customers = tagging.customers;
    const auto n = size_t(tagging.customers);
    std::vector<double> money(n, 0.0);
    for (size_t i = 0; i < n && i < revenue.size(); ++i)
        money[i] = std::isfinite(revenue[i]) ? revenue[i] : 0.0;
    out.revenue = std::accumulate(money.begin(), money.end(), 0.0);

    QSet<QString> inGroups;
    for (const GroupResult &g : groups)
        inGroups.unite(QSet<QString>(g.tagPaths.cbegin(), g.tagPaths.cend()));

    for (const DictionaryTag &tag : tagging.tags) {
        TagGovernanceRow row;
        row.id = tag.id;
        row.path = tag.path;
        row.level = dictionary.level(tag.id);
        row.source = tag.source;
        row.category = dictionary.hasChildren(tag.id);
        row.count = tag.count;
        row.share = n ? double(tag.count) / double(n) : 0.0;
        row.flags = flagsOf(row, tag.failed, inGroups.contains(tag.path));
        if (!tag.members.empty())
            out.matrixRows.append(int(out.rows.size()));
        out.rows.append(row);
    }

    const size_t words = (n + 63) / 64;
    const auto k = size_t(out.matrixRows.size());
    std::vector<Bits> bits(k);
    std::vector<int> indexes(k);
    std::iota(indexes.begin(), indexes.end(), 0);
    // Raw pointer: the tasks write to distinct rows, and must not go through QList's detach check.
    TagGovernanceRow *rows = out.rows.data();
    QtConcurrent::blockingMap(indexes, [&](int i) {
        const DictionaryTag &tag = tagging.tags[out.matrixRows[i]];
        bits[size_t(i)] = pack(tag.members, words);
        TagGovernanceRow &row = rows[out.matrixRows[i]];
        row.revenue = sumOver(tag.members, money);
        row.revenueShare = out.revenue > 0 ? row.revenue / out.revenue : 0.0;
    });
    // The matrix is symmetric: compute the upper triangle, one row of it per task.
    out.overlap.assign(k * k, 0);
    QtConcurrent::blockingMap(indexes, [&](int i) {
        for (size_t j = size_t(i); j < k; ++j) {
            const qint64 both = countBoth(bits[size_t(i)], bits[j]);
            out.overlap[size_t(i) * k + j] = both;
            out.overlap[j * k + size_t(i)] = both;
        }
    });
    return out;
}

} // namespace Portrait::Tags
