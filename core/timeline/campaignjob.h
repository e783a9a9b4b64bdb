#pragma once

#include "campaign.h"
#include "timelinescoring.h"

#include "common/error.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Timeline {

/// The evaluation window when none is asked for, in days after the campaign's date.
constexpr int DefaultWindowDays = 30;

/// What the analyst asks for: a name, a date, who is in it and how many are held back.
struct CampaignRequest
{
    QString name;
    Model::Day asOf = Model::NoDay;   ///< NoDay: the day after the latest order
    double controlPercent = 10;
    quint64 seed = 1;
    QStringList segments;              ///< any of them (none: every segment)
    QStringList tags;                  ///< all of them
    QStringList groups;                ///< all of them
    QStringList clusters;              ///< of the active clustering, by name or number: any of them
    QStringList customers;             ///< picked by hand (ids, e.g. a Customers page selection): only these
};

/// A campaign drawn but not yet recorded, with the scoring its segments come from.
struct CampaignDraft
{
    Campaign campaign;
    TaggedResult scored;
    std::vector<qint32> rows;          ///< frame row of each member, in member order
    std::vector<qint32> treatedRows;
    std::vector<qint32> controlRows;
};

/// Scores frame with settings as of request.asOf, keeps the customers request selects, and draws
/// the stratified control group. Errors: a bad name or percentage, an unknown segment, tag, group
/// or cluster (or clusters asked for in a project without a clustering), a picked customer the
/// project does not have, a name already recorded, an empty selection.
Result<CampaignDraft> draftCampaign(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                    const Jobs::RfmSettings &settings, const CampaignRequest &request);

/// A recorded campaign evaluated against the orders the project has now.
struct EvaluatedCampaign
{
    Campaign campaign;
    Rfm::SegmentScheme scheme;
    CampaignEvaluation evaluation;
};

/// Loads the campaign named name (strata in its scheme's order) and evaluates it over windowDays
/// (DefaultWindowDays when not given).
Result<EvaluatedCampaign> evaluateRecordedCampaign(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                                   const QString &name, std::optional<int> windowDays);

} // namespace Portrait::Timeline
