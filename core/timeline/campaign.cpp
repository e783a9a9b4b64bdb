#include "campaign.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Campaign)
};

/// A uniform number below bound by rejection: the same values wherever mt19937_64 is the same,
/// which std::uniform_int_distribution does not promise.
quint64 uniformBelow(std::mt19937_64 &rng, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 x = rng();
    while (x >= limit)
        x = rng();
    return x % bound;
}

void finish(StratumEvaluation &e)
{
    e.uplift = e.treated.responseRate() - e.control.responseRate();
    e.interval = differenceInterval(e.treated.responders, e.treated.customers, e.control.responders,
                                    e.control.customers);
    if (e.treated.customers == 0 || e.control.customers == 0)
        e.verdict = Verdict::Undetermined;
    else if (e.interval.low > 0)
        e.verdict = Verdict::Better;
    else if (e.interval.high < 0)
        e.verdict = Verdict::Worse;
    else
        e.verdict = Verdict::NotSignificant;
}

void add(GroupOutcome &group, bool responded, double revenue)
{
    ++group.customers;
    group.responders += responded ? 1 : 0;
    group.revenue += revenue;
}

} // namespace

std::vector<quint8> drawControl(std::span<const qint16> stratum, int strata, double percent, quint64 seed)
{
    std::vector<quint8> control(stratum.size(), 0);
    std::vector<std::vector<qint32>> members(size_t(std::max(strata, 0)));
    for (size_t i = 0; i < stratum.size(); ++i) {
        if (stratum[i] >= 0 && stratum[i] < strata)
            members[size_t(stratum[i])].push_back(qint32(i));
    }
    std::mt19937_64 rng(seed);
    for (std::vector<qint32> &pool : members) {
        const auto wanted = size_t(std::llround(double(pool.size()) * percent / 100.0));
        // A partial Fisher–Yates shuffle: the first `wanted` places get a uniform sample.
        for (size_t j = 0; j < wanted && j < pool.size(); ++j) {
            const size_t pick = j + size_t(uniformBelow(rng, quint64(pool.size() - j)));
            std::swap(pool[j], pool[pick]);
            control[size_t(pool[j])] = 1;
        }
    }
    return control;
}

double GroupOutcome::responseRate() const
{
    return customers > 0 ? double(responders) / double(customers) : std::numeric_limits<double>::quiet_NaN();
}

double GroupOutcome::revenuePerCustomer() const
{
    return customers > 0 ? revenue / double(customers) : std::numeric_limits<double>::quiet_NaN();
}

std::vector<qint32> membersByRow(const Model::CustomerFrame &frame, const CampaignMembers &members)
{
    // Members are recorded in frame order (a draft keeps its rows ascending), so walking both side
    // by side finds them with one comparison each; only the members the walk could not place (the
    // project lost a customer, or its rows were reordered since) are looked up by key.
    std::vector<qint32> memberOfRow(size_t(frame.size()), -1);
    qsizetype next = 0;
    for (qsizetype row = 0; row < frame.size() && next < members.size(); ++row) {
        if (frame.ids.view(row) == members.keys.view(next))
            memberOfRow[size_t(row)] = qint32(next++);
    }
    if (next < members.size()) {
        QHash<QStringView, qint32> memberOf;
        memberOf.reserve(members.size() - next);
        for (qsizetype i = next; i < members.size(); ++i)
            memberOf.insert(members.keys.view(i), qint32(i));
        for (qsizetype row = 0; row < frame.size(); ++row) {
            if (memberOfRow[size_t(row)] >= 0)
                continue;
            const auto it = memberOf.constFind(frame.ids.view(row));
            if (it != memberOf.constEnd())
                memberOfRow[size_t(row)] = it.value();
        }
    }
    return memberOfRow;
}

std::vector<qint32> groupRows(const Model::CustomerFrame &frame, const CampaignMembers &members, bool control)
{
    const std::vector<qint32> memberOfRow = membersByRow(frame, members);
    std::vector<qint32> rows;
    for (size_t row = 0; row < memberOfRow.size(); ++row) {
        const qint32 member = memberOfRow[row];
        if (member >= 0 && bool(members.control[size_t(member)]) == control)
            rows.push_back(qint32(row));
    }
    return rows;
}

CampaignEvaluation evaluateCampaign(const Model::CustomerFrame &frame, const CampaignMembers &members,
                                    Model::Day asOf, int windowDays, Rfm::ReturnsMode returns)
{
    CampaignEvaluation out;
    out.asOf = asOf;
    out.windowDays = windowDays;
    out.windowEnd = asOf + windowDays;
    out.latestOrderDay = frame.latestOrderDay;

    const std::vector<qint32> memberOfRow = membersByRow(frame, members);
    const auto found = qint64(std::count_if(memberOfRow.begin(), memberOfRow.end(), [](qint32 m) { return m >= 0; }));
    out.missingMembers = members.size() - found;

    std::vector<quint8> responded(size_t(members.size()), 0);
    std::vector<double> revenue(size_t(members.size()), 0.0);
    const Model::OrderTable &t = frame.orders;
    const bool net = returns == Rfm::ReturnsMode::Net;
    for (size_t i = 0; i < size_t(t.size()); ++i) {
        const qint32 member = memberOfRow[size_t(t.customer[i])];
        if (member < 0 || t.day[i] <= asOf || t.day[i] > out.windowEnd)
            continue;
        revenue[size_t(member)] += net ? t.purchase[i] + t.returned[i] : t.purchase[i];
        if (t.hasPurchase[i])
            responded[size_t(member)] = 1;
    }

    for (qsizetype s = 0; s < members.segmentNames.size(); ++s)
        out.strata.append(StratumEvaluation { members.segmentNames.at(s), int(s), {}, {}, 0, {}, Verdict::Undetermined });
    out.overall.segment = u"(all)"_s;
    for (size_t i = 0; i < size_t(members.size()); ++i) {
        const bool control = members.control[i];
        StratumEvaluation &stratum = out.strata[members.segment[i]];
        add(control ? stratum.control : stratum.treated, responded[i], revenue[i]);
        add(control ? out.overall.control : out.overall.treated, responded[i], revenue[i]);
    }
    for (StratumEvaluation &e : out.strata)
        finish(e);
    finish(out.overall);
    return out;
}

QString verdictText(const StratumEvaluation &e)
{
    const auto points = [](double x) { return QString::number(100.0 * x, 'f', 1); };
    const QString interval = CampaignText::tr("95 % confidence interval %1 to %2 points")
                                     .arg(points(e.interval.low), points(e.interval.high));
    switch (e.verdict) {
    case Verdict::Better:
        return CampaignText::tr("Treated customers responded %1 points more often than the control group (%2): "
                                "the campaign made a significant difference.")
                .arg(points(e.uplift), interval);
    case Verdict::Worse:
        return CampaignText::tr("Treated customers responded %1 points less often than the control group (%2): "
                                "significantly worse than doing nothing.")
                .arg(points(-e.uplift), interval);
    case Verdict::NotSignificant:
        return CampaignText::tr("The difference of %1 points between treated and control customers is within "
                                "what chance gives (%2): not significant.")
                .arg(points(e.uplift), interval);
    case Verdict::Undetermined:
        break;
    }
    return CampaignText::tr("No verdict: the treated or the control group is empty.");
}

} // namespace Portrait::Timeline
