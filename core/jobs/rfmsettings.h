#pragma once

#include "common/error.h"
#include "jobs/rfmjob.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QByteArray>

#include <array>
#include <optional>
#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// How a project is scored in the workbench: the request, plus what the analyst changed by hand on
/// the RFM page — dragged cut lines and an edited scheme. Saved in the project, so it opens scored
/// as it was left and `portrait report` draws the same report.
struct RfmSettings
{
    RfmRequest request;
    /// Replaces the scheme named by request.scheme while the analyst edits it.
    std::optional<Rfm::SegmentScheme> editedScheme;
    /// Cut lines set by hand, per dimension (R, F, M); they replace the method's cut points.
    std::array<std::optional<std::vector<double>>, 3> cuts;
    Rfm::TierOptions tiers;
};

/// The result of settings without the hand-set cut lines and tiers (see applyManualOverrides).
Result<Rfm::RfmResult> runRfmBase(const Model::CustomerFrame &frame, const RfmSettings &settings);
/// Re-scores the dimensions with hand-set cut lines and re-segments with the settings' tiers. Cut
/// lists that do not fit the result's number of levels (the method changed since the drag) are
/// ignored rather than applied half.
void applyManualOverrides(Rfm::RfmResult &result, const RfmSettings &settings);
/// Whether applyManualOverrides would change runRfmBase's result: hand-set cut lines or other tiers.
bool hasManualOverrides(const RfmSettings &settings);
/// runRfmBase followed by applyManualOverrides: what the workbench shows for these settings.
Result<Rfm::RfmResult> runRfmSettings(const Model::CustomerFrame &frame, const RfmSettings &settings);

/// JSON of the settings, documented in docs/project-file.md (key `workbench.rfm`).
QByteArray rfmSettingsToJson(const RfmSettings &settings);
/// Parses rfmSettingsToJson's output; errors name sourceName and the field that is wrong.
Result<RfmSettings> rfmSettingsFromJson(const QByteArray &json, const QString &sourceName);

/// The settings saved in the project; nullopt when none were saved yet.
Result<std::optional<RfmSettings>> loadRfmSettings(Project::ProjectFile &project);
Status saveRfmSettings(Project::ProjectFile &project, const RfmSettings &settings);

} // namespace Portrait::Jobs
