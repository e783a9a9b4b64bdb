#include "identity.h"

#include "normalisers.h"
#include "regiontable.h"
#include "textforms.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

namespace {

const QStringList &matchKeyNames()
{
    static const QStringList names { u"phone"_s, u"email"_s, u"external_id"_s, u"name+city"_s };
    return names;
}

class UnionFind
{
public:
    explicit UnionFind(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int root(int i)
    {
        while (m_parent[size_t(i)] != i) {
            m_parent[size_t(i)] = m_parent[size_t(m_parent[size_t(i)])];
            i = m_parent[size_t(i)];
        }
        return i;
    }
    void unite(int a, int b)
    {
        a = root(a), b = root(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

struct PendingLink
{
    int a;
    int b;
    int key; ///< index into the finder's keys
};

} // namespace

QString matchKeyName(MatchKey key)
{
    return matchKeyNames().at(int(key));
}

QString matchKeyLabel(MatchKey key)
{
    switch (key) {
    case MatchKey::Phone:
        return DuplicateFinder::tr("same phone");
    case MatchKey::Email:
        return DuplicateFinder::tr("same e-mail");
    case MatchKey::ExternalId:
        return DuplicateFinder::tr("same member id");
    case MatchKey::NameCity:
        return DuplicateFinder::tr("same name in the same city");
    }
    return {};
}

bool isExactKey(MatchKey key)
{
    return key != MatchKey::NameCity;
}

QList<MatchKey> defaultMatchKeys()
{
    return { MatchKey::Phone, MatchKey::Email, MatchKey::ExternalId };
}

Result<QList<MatchKey>> parseMatchKeys(const QString &text)
{
    QList<MatchKey> keys;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype index = matchKeyNames().indexOf(part.trimmed());
        if (index < 0) {
            return Error { DuplicateFinder::tr("unknown key \"%1\"; keys: %2").arg(part.trimmed(), matchKeyNames().join(u","_s)),
                           {}, 0, 0, {} };
        }
        if (!keys.contains(MatchKey(index)))
            keys.append(MatchKey(index));
    }
    if (keys.isEmpty())
        return Error { DuplicateFinder::tr("no keys given; keys: %1").arg(matchKeyNames().join(u","_s)), {}, 0, 0, {} };
    return keys;
}

QStringList CandidateGroup::customers() const
{
    QStringList out;
    for (const CandidateMember &member : members)
        out.append(member.customer);
    return out;
}

DuplicateFinder::DuplicateFinder(const QList<MatchKey> &keys, const RegionTable *regions)
    : m_keys(keys)
    , m_regions(regions)
    , m_values(size_t(keys.size()))
{
}

void DuplicateFinder::reserve(qsizetype customers)
{
    m_rowIds.reserve(size_t(customers));
    m_customers.reserve(customers);
    for (Model::KeyColumn &column : m_values)
        column.reserve(customers);
}

QString DuplicateFinder::keyOf(MatchKey key, QStringView customer, const CustomerValues &values) const
{
    switch (key) {
    case MatchKey::Phone:
        return values.phone.isEmpty() ? QString() : normalisePhone(values.phone).key;
    case MatchKey::Email:
        return values.email.isEmpty() ? QString() : normaliseEmail(values.email).key;
    case MatchKey::ExternalId:
        return normaliseMemberId(customer);
    case MatchKey::NameCity: {
        if (values.name.isEmpty() || values.city.isEmpty())
            return {};
        const int city = m_regions ? m_regions->findCity(values.city) : -1;
        const QString cityName = city >= 0 ? m_regions->cities().at(city).name : simplifySpaces(toHalfWidth(values.city));
        return normaliseName(values.name).toLower() + u" · "_s + cityName;
    }
    }
    return {};
}

QStringList DuplicateFinder::keysOf(QStringView customer, const CustomerValues &values) const
{
    QStringList keys;
    keys.reserve(m_keys.size());
    for (MatchKey key : m_keys)
        keys.append(keyOf(key, customer, values));
    return keys;
}

void DuplicateFinder::addKeys(qint64 rowId, QStringView customer, const QStringList &keys)
{
    m_rowIds.push_back(rowId);
    m_customers.append(customer);
    for (qsizetype k = 0; k < m_keys.size(); ++k)
        m_values[size_t(k)].append(keys.at(k));
}

void DuplicateFinder::add(qint64 rowId, QStringView customer, const CustomerValues &values)
{
    m_rowIds.push_back(rowId);
    m_customers.append(customer);
    for (qsizetype k = 0; k < m_keys.size(); ++k)
        m_values[size_t(k)].append(keyOf(m_keys.at(k), customer, values));
}

DuplicateReport DuplicateFinder::find(const QList<QSet<QString>> &rejected) const
{
    DuplicateReport report;
    const auto n = size_t(size());
    UnionFind all(n), exact(n);
    std::vector<PendingLink> links;
    for (qsizetype k = 0; k < m_keys.size(); ++k) {
        const Model::KeyColumn &values = m_values[size_t(k)];
        std::vector<std::pair<size_t, int>> order;
        for (size_t i = 0; i < n; ++i) {
            if (!values.view(qsizetype(i)).isEmpty())
                order.emplace_back(qHash(values.view(qsizetype(i)), 0x5eed), int(i));
        }
        // By hash, then by the value within equal hashes: equal values end up side by side.
        std::sort(order.begin(), order.end(), [&](const auto &x, const auto &y) {
            if (x.first != y.first)
                return x.first < y.first;
            const int byValue = values.view(x.second).compare(values.view(y.second));
            return byValue != 0 ? byValue < 0 : x.second < y.second;
        });
        for (size_t start = 0; start < order.size();) {
            size_t end = start + 1;
            while (end < order.size() && order[end].first == order[start].first
                   && values.view(order[end].second) == values.view(order[start].second))
                ++end;
            const size_t count = end - start;
            if (count > size_t(MaxShared)) {
                report.shared.append({ m_keys.at(k), values.at(order[start].second), qint64(count) });
            } else {
                for (size_t j = start + 1; j < end; ++j) {
                    links.push_back({ order[start].second, order[j].second, int(k) });
                    all.unite(order[start].second, order[j].second);
                    if (isExactKey(m_keys.at(k)))
                        exact.unite(order[start].second, order[j].second);
                }
            }
            start = end;
        }
    }

    // One group per root, members in row order (the order customers were added: by row id).
    QHash<int, int> groupOfRoot;
    std::vector<int> linked;
    for (const PendingLink &link : links)
        linked.push_back(link.a), linked.push_back(link.b);
    std::sort(linked.begin(), linked.end());
    linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
    QList<CandidateGroup> groups;
    QHash<int, int> memberPosition;
    QList<QList<int>> indices; ///< per group, its members' indices
    for (int index : linked) {
        const int root = all.root(index);
        auto it = groupOfRoot.constFind(root);
        if (it == groupOfRoot.constEnd()) {
            it = groupOfRoot.insert(root, int(groups.size()));
            groups.append(CandidateGroup {});
            indices.append(QList<int> {});
        }
        CandidateGroup &group = groups[*it];
        memberPosition.insert(index, int(group.members.size()));
        indices[*it].append(index);
        group.members.append({ m_rowIds[size_t(index)], m_customers.at(index), MatchKey::Phone, QString() });
    }
    std::vector<std::vector<bool>> hasEvidence(size_t(groups.size()));
    for (qsizetype g = 0; g < groups.size(); ++g)
        hasEvidence[size_t(g)].assign(size_t(groups[g].members.size()), false);
    for (const PendingLink &link : links) {
        const int g = groupOfRoot.value(all.root(link.a));
        CandidateGroup &group = groups[g];
        const MatchKey key = m_keys.at(link.key);
        const QString value = m_values[size_t(link.key)].at(link.a);
        const int a = memberPosition.value(link.a), b = memberPosition.value(link.b);
        group.links.append({ a, b, key, value });
        for (int member : { a, b }) {
            if (!hasEvidence[size_t(g)][size_t(member)]) {
                hasEvidence[size_t(g)][size_t(member)] = true;
                group.members[member].key = key;
                group.members[member].value = value;
            }
        }
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        CandidateGroup &group = groups[g];
        const int firstExact = exact.root(indices[g].first());
        group.exact = std::all_of(indices[g].begin(), indices[g].end(),
                                  [&](int index) { return exact.root(index) == firstExact; });
        const QStringList customers = group.customers();
        const bool wasRejected = std::any_of(rejected.begin(), rejected.end(), [&](const QSet<QString> &set) {
            return std::all_of(customers.begin(), customers.end(), [&](const QString &c) { return set.contains(c); });
        });
        if (wasRejected)
            ++report.suppressed;
        else
            report.groups.append(std::move(group));
    }
    return report;
}

} // namespace Portrait::Clean
