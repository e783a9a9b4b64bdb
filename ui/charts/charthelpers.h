#pragma once

#include <QtGlobal>

class QAbstractBarSeries;
class QValueAxis;

namespace Portrait::Ui {

struct SegmentData;

/// What the Qt Charts dashboard charts share.
namespace BarCharts {

/// Horizontal bar charts draw category 0 at the bottom; segments are listed top-down, so the
/// category of segment i (and the segment of category i) is n - 1 - i.
constexpr qsizetype categoryOf(qsizetype index, qsizetype count) { return count - 1 - index; }

/// A tooltip with the segment's figures while the pointer is over one of series' bars.
void showSegmentToolTips(QAbstractBarSeries *series, const SegmentData &data);

/// A round tick distance (1, 2 or 5 × 10^k) giving about `ticks` ticks over [low, high].
double roundStep(double low, double high, int ticks);

/// Sets axis to [low, high] with ticks on round numbers (1, 2 or 5 × 10^k apart, about
/// `ticks` of them) and no labels cut short. high is first raised to the next tick when roundUp.
void setRoundTicks(QValueAxis *axis, double low, double high, int ticks = 5, bool roundUp = false);

} // namespace BarCharts

} // namespace Portrait::Ui
