#pragma once

#include "analytics/holdout.h"

#include <QtGlobal>

#include <vector>

class QChart;

namespace Portrait::Ui {

/// Predicted against actual holdout purchase days by calibration repeat purchases 0, 1, …, 7+.
QChart *holdoutChart(const Analytics::HoldoutCheck &check);

/// Customers per P(alive) tenth.
QChart *pAliveChart(const std::vector<qint64> &counts);

/// A chart with only a title: shown before a fit, or when there is nothing to draw.
QChart *emptyChart(const QString &title);

} // namespace Portrait::Ui
