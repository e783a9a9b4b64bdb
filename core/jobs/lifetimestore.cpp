#include "lifetimestore.h"

#include "analytics/lifetimejson.h"
#include "project/projectfile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

const QString SettingKey = u"analytics.lifetime"_s;

} // namespace

Result<std::optional<Analytics::LifetimeModel>> loadLifetimeModel(Project::ProjectFile &project)
{
    const QString json = project.setting(SettingKey);
    if (json.isEmpty())
        return std::optional<Analytics::LifetimeModel>();
    auto model = Analytics::lifetimeModelFromJson(json.toUtf8(), project.fileName());
    if (!model)
        return model.error();
    return std::optional<Analytics::LifetimeModel>(model.takeValue());
}

Status saveLifetimeModel(Project::ProjectFile &project, const Analytics::LifetimeModel *model)
{
    const QString json = model ? QString::fromUtf8(QJsonDocument(Analytics::lifetimeModelToJson(*model))
                                                           .toJson(QJsonDocument::Compact))
                               : QString();
    return project.setSetting(SettingKey, json);
}

Result<std::shared_ptr<const Analytics::LifetimeResult>> loadLifetime(Project::ProjectFile &project,
                                                                      const Model::CustomerFrame &frame)
{
    auto model = loadLifetimeModel(project);
    if (!model)
        return model.error();
    if (!*model)
        return std::shared_ptr<const Analytics::LifetimeResult>();
    auto result = Analytics::applyLifetimeModel(frame, **model);
    if (!result) {
        Error error = result.error();
        error.source = project.fileName();
        return error;
    }
    return std::shared_ptr<const Analytics::LifetimeResult>(
            std::make_shared<const Analytics::LifetimeResult>(result.takeValue()));
}

} // namespace Portrait::Jobs
