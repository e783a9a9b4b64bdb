#include "archetypes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

struct ArchetypeText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::Archetypes)
};

double distance(const RfmPosition &a, const RfmPosition &b)
{
    return std::hypot(a.recency - b.recency, a.frequency - b.frequency, a.monetary - b.monetary);
}

} // namespace

QList<Archetype> archetypes()
{
    // Typical positions in z-scores of the log RFM values; recency is in days, so a recent group
    // lies below 0 on it. Spread out so that the nearest-first assignment rarely has to settle
    // for a poor fit.
    return {
        { u"champions"_s, u"高价值"_s, u"High value"_s, { -0.7, 1.2, 1.2 } },
        { u"loyal"_s, u"忠诚"_s, u"Loyal"_s, { -0.1, 0.6, 0.5 } },
        { u"potential"_s, u"潜力"_s, u"Potential"_s, { -0.8, 0.0, 0.1 } },
        { u"new"_s, u"新客"_s, u"New"_s, { -1.1, -0.8, -0.6 } },
        { u"regular"_s, u"一般"_s, u"Regular"_s, { 0, 0, 0 } },
        { u"at_risk"_s, u"流失预警"_s, u"At risk"_s, { 0.8, 0.7, 0.7 } },
        { u"dormant"_s, u"沉睡"_s, u"Dormant"_s, { 0.6, -0.6, -0.5 } },
        { u"lost"_s, u"流失"_s, u"Lost"_s, { 1.3, -0.9, -0.9 } },
    };
}

QString archetypeName(const QString &key, bool chinese)
{
    for (const Archetype &a : archetypes()) {
        if (a.key == key)
            return chinese ? a.nameZh : a.nameEn;
    }
    return key;
}

QString archetypeAction(const QString &key)
{
    if (key == u"champions"_s)
        return ArchetypeText::tr("Keep them close: VIP service, early access to new products; they need no discounts.");
    if (key == u"loyal"_s)
        return ArchetypeText::tr("Reward their loyalty: points, member tiers, and cross-selling of related products.");
    if (key == u"potential"_s)
        return ArchetypeText::tr("Grow them: recommend related products and raise the order value with bundles.");
    if (key == u"new"_s)
        return ArchetypeText::tr("Welcome them: an onboarding offer that brings the second purchase.");
    if (key == u"regular"_s)
        return ArchetypeText::tr("Keep in touch with the regular campaigns and find out what moves them.");
    if (key == u"at_risk"_s)
        return ArchetypeText::tr("Win them back now: personal contact and a tailored offer before they are gone.");
    if (key == u"dormant"_s)
        return ArchetypeText::tr("Wake them up with a low-cost reactivation campaign; keep the spend small.");
    if (key == u"lost"_s)
        return ArchetypeText::tr("Low priority: an occasional win-back message at most.");
    return {};
}

QStringList assignArchetypes(const QList<RfmPosition> &positions)
{
    const QList<Archetype> all = archetypes();
    std::vector<std::tuple<double, qsizetype, qsizetype>> pairs;
    for (qsizetype c = 0; c < positions.size(); ++c) {
        for (qsizetype a = 0; a < all.size(); ++a)
            pairs.emplace_back(distance(positions.at(c), all.at(a).typical), c, a);
    }
    std::sort(pairs.begin(), pairs.end());
    QStringList keys(positions.size());
    std::vector<quint8> used(size_t(all.size()), 0);
    qsizetype named = 0;
    for (const auto &[dist, c, a] : pairs) {
        if (named == std::min(positions.size(), all.size()))
            break;
        if (!keys.at(c).isEmpty() || used[size_t(a)])
            continue;
        keys[c] = all.at(a).key;
        used[size_t(a)] = 1;
        ++named;
    }
    // More clusters than archetypes: the rest take their nearest one again.
    for (const auto &[dist, c, a] : pairs) {
        if (keys.at(c).isEmpty())
            keys[c] = all.at(a).key;
    }
    return keys;
}

QStringList archetypeNames(const QStringList &keys, bool chinese)
{
    QStringList names;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString base = archetypeName(keys.at(i), chinese);
        const auto repeat = std::count(keys.begin(), keys.begin() + i, keys.at(i));
        names.append(repeat == 0 ? base : u"%1 %2"_s.arg(base).arg(repeat + 1));
    }
    return names;
}

} // namespace Portrait::Analytics
