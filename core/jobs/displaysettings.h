#pragma once

#include "common/currency.h"
#include "common/error.h"
#include "model/customerframe.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

/// How a project is shown, kept in its settings table beside the scoring: the currency its amounts
/// are in (`display.currency`) and the report's title and subtitle (`report.title`,
/// `report.subtitle`), so the workbench and `portrait report` say the same.
struct DisplaySettings
{
    /// Nullopt: never chosen; defaultCurrency() applies.
    std::optional<Currency> currency;
    /// Empty: the report's own title / the project's name.
    QString reportTitle;
    QString reportSubtitle;
};

/// The currency a project without a saved one is shown in: ¥ when its customers' names, places or
/// channels are written in Chinese, else what the locale suggests (currencyForLocale()).
Currency defaultCurrency(const Model::CustomerFrame &frame, const QLocale &locale = QLocale());

/// What the project has saved; a saved currency key that is not ours is reported, naming the file.
Result<DisplaySettings> loadDisplaySettings(const Project::ProjectFile &project);
/// Writes the currency (when set) and the report's title and subtitle.
Status saveDisplaySettings(Project::ProjectFile &project, const DisplaySettings &settings);

} // namespace Portrait::Jobs
