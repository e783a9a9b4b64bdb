#pragma once

#include "model/customerframe.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Analytics {
struct LifetimeScores;
}

namespace Portrait::Cli {

/// `portrait export --tag PATH --group NAME`: the customers a list keeps. Several of either mean
/// all of them (a customer needs every tag and must be in every group).
struct AudienceFilter
{
    QStringList tags;     ///< full tag paths: "价值等级/高价值"
    QStringList groups;   ///< group names of the dictionary (tag_groups)

    bool isEmpty() const { return tags.isEmpty() && groups.isEmpty(); }
};

/// 1/0 per frame row: the customers that pass `filter`, tagged with the project's dictionary and
/// manual tags over `rfm` exactly as `portrait tag` tags them. On error prints it and returns
/// nothing with *exitCode set: Usage for an unknown tag or group, Failed when the project cannot
/// be read or a named tag or group has a rule error. Rules see the lifetime features of `lifetime`
/// (missing when it is null).
std::optional<std::vector<quint8>> selectAudience(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                                  const Rfm::RfmResult &rfm, const Rfm::MetricOptions &options,
                                                  const AudienceFilter &filter,
                                                  const Analytics::LifetimeScores *lifetime, int *exitCode);

} // namespace Portrait::Cli
