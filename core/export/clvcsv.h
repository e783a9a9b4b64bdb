#pragma once

#include "analytics/lifetimevalue.h"
#include "common/error.h"
#include "model/customerframe.h"

namespace Portrait::Export {

/// Writes clv.csv (`portrait clv --out`): customer_id, x, t_x, T, p_alive, expected_purchases,
/// expected_spend, clv; one row per customer with a purchase in the calibration period, t_x and T in
/// the fit's time unit, expected purchases over the CLV horizon. Unknown values (no spend model) are
/// empty, never NaN. UTF-8, written atomically.
Status writeClvCsv(const Model::CustomerFrame &frame, const Analytics::LifetimeResult &result, const QString &path);

/// Writes bytes to path atomically (params.json); errors name the file.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace Portrait::Export
