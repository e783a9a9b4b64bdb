#pragma once

#include "analytics/lifetimevalue.h"
#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>

namespace Portrait::Analytics {

/// The fitted model as JSON (docs/project-file.md, key `analytics.lifetime`): settings, counts and
/// the parameters of both models with their standard errors and log-likelihoods.
QJsonObject lifetimeModelToJson(const LifetimeModel &model);
/// Reads lifetimeModelToJson's output; errors name sourceName and the field that is wrong.
Result<LifetimeModel> lifetimeModelFromJson(const QByteArray &json, const QString &sourceName);

/// `portrait clv --params`: the model's JSON plus the holdout check and the warnings.
QByteArray lifetimeParamsJson(const LifetimeResult &result);

} // namespace Portrait::Analytics
