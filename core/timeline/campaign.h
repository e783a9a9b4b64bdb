#pragma once

#include "proportions.h"

#include "model/customerframe.h"
#include "model/keycolumn.h"
#include "rfm/metrics.h"
#include "rfm/segmentscheme.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace Portrait::Timeline {

/// The customers of a campaign as of its date: each with the segment it was drawn in (its stratum)
/// and whether it was held back as control.
struct CampaignMembers
{
    Model::KeyColumn keys;
    QStringList segmentNames;        ///< the strata: English segment names, in the scheme's order
    std::vector<qint16> segment;     ///< per member, index into segmentNames
    std::vector<quint8> control;     ///< 1 control, 0 treated

    qsizetype size() const { return keys.size(); }
};

/// A campaign as the project records it.
struct Campaign
{
    qint64 id = 0;
    QString name;
    Model::Day asOf = Model::NoDay;
    QDateTime createdAt;
    double controlPercent = 0;       ///< of each segment, 0 < p < 100
    quint64 seed = 0;
    QByteArray selectionJson;        ///< what the analyst picked: {"segments": [], "tags": [], "groups": []}, and
                                     ///< "clusters" with the "clustering" they belong to when chosen by cluster
    QByteArray settingsJson;         ///< the scoring the segments come from (Jobs::rfmSettingsToJson)
    QByteArray schemeJson;           ///< that scoring's scheme, for the segments' names
    CampaignMembers members;
};

/// Draws the control group, stratified: of the members of each stratum (stratum[i] in
/// 0..strata-1, others ignored) round(size × percent / 100) become control (1), chosen uniformly by
/// a Fisher–Yates draw from a Mersenne Twister seeded with seed. The same input and seed give the
/// same draw on every platform (no library distribution is used).
std::vector<quint8> drawControl(std::span<const qint16> stratum, int strata, double percent, quint64 seed);

/// Customers, responders and revenue of one group.
struct GroupOutcome
{
    qint64 customers = 0;
    qint64 responders = 0;
    double revenue = 0;

    double responseRate() const;       ///< NaN without customers
    double revenuePerCustomer() const; ///< NaN without customers
};

enum class Verdict {
    Better,          ///< treated responded more; the interval is above 0
    Worse,           ///< treated responded less; the interval is below 0
    NotSignificant,  ///< the interval holds 0
    Undetermined     ///< a group is empty
};

/// Treated against control in one segment (or all of them).
struct StratumEvaluation
{
    QString segment;                 ///< English name; "(all)" for the whole campaign
    int stratum = -1;                ///< index into CampaignMembers::segmentNames; -1 for all
    GroupOutcome treated, control;
    double uplift = 0;               ///< treated response rate − control response rate
    Interval interval;               ///< 95 % (Newcombe), of the uplift
    Verdict verdict = Verdict::Undetermined;
};

struct CampaignEvaluation
{
    Model::Day asOf = Model::NoDay;
    int windowDays = 0;
    Model::Day windowEnd = Model::NoDay;      ///< asOf + windowDays
    Model::Day latestOrderDay = Model::NoDay; ///< of the project now
    qint64 missingMembers = 0;               ///< members the project no longer has (non-responders)
    QList<StratumEvaluation> strata;          ///< in the order of segmentNames
    StratumEvaluation overall;

    /// The orders reach the window's last day: otherwise the figures may still grow.
    bool windowComplete() const { return latestOrderDay >= windowEnd; }
};

/// Per row of frame, the member of members with that customer key (index into members), −1 for
/// customers not in the campaign. Members the frame no longer has are in no row.
std::vector<qint32> membersByRow(const Model::CustomerFrame &frame, const CampaignMembers &members);
/// The frame rows of the control (control true) or the treated members, ascending.
std::vector<qint32> groupRows(const Model::CustomerFrame &frame, const CampaignMembers &members, bool control);

/// A member responded with at least one purchase order strictly after asOf and no later than
/// asOf + windowDays; revenue sums those orders' amounts (net of their returns unless returns are
/// excluded). Members are found in frame by customer key.
CampaignEvaluation evaluateCampaign(const Model::CustomerFrame &frame, const CampaignMembers &members,
                                    Model::Day asOf, int windowDays, Rfm::ReturnsMode returns);

/// One sentence for the analyst: what the uplift is, its interval, and whether it is significant.
QString verdictText(const StratumEvaluation &evaluation);

} // namespace Portrait::Timeline
