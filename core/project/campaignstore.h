#pragma once

#include "common/error.h"
#include "timeline/campaign.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portrait::Project {

class ProjectFile;

/// The campaigns a project records (tables campaigns and campaign_members, schema version 4).
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::CampaignStore)

public:
    explicit CampaignStore(ProjectFile &project) : m_project(project) { }

    /// Every campaign without its members, newest first; members.size() is not filled, the counts
    /// are in treated and control.
    struct Summary
    {
        Timeline::Campaign campaign;
        qint64 treated = 0;
        qint64 control = 0;
    };
    Result<QList<Summary>> list();
    /// The campaign named name with its members; nullopt when there is none.
    Result<std::optional<Timeline::Campaign>> load(const QString &name);
    /// Records campaign and its members in one transaction; returns its id. A name already taken
    /// is an error naming it.
    Result<qint64> save(const Timeline::Campaign &campaign);
    Status remove(qint64 id);

private:
    Status readMembers(Timeline::Campaign &campaign);

    ProjectFile &m_project;
};

} // namespace Portrait::Project
