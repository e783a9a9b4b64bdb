#pragma once

#include "model/customerframe.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace Portrait::Timeline {

/// How often a trend takes a reading.
enum class Every { Week, Month, Quarter };

/// "week", "month", "quarter": the keys of the command line.
QString everyKey(Every every);
std::optional<Every> everyFromKey(QStringView key);

/// The first day of the period holding day: its Monday (ISO weeks), the 1st of its month, or the
/// 1st of January, April, July or October.
Model::Day periodStart(Model::Day day, Every every);
/// The first day of the period after the one starting at start.
Model::Day nextPeriodStart(Model::Day start, Every every);

/// The first day of every period from the one holding from to the one holding to, both included,
/// ascending; empty when to is before from.
std::vector<Model::Day> periodStarts(Model::Day from, Model::Day to, Every every);

} // namespace Portrait::Timeline
