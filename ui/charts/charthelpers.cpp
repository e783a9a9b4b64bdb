#include "charthelpers.h"

#include "chartdata.h"
#include "format/displayformat.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Portrait::Ui::BarCharts {

namespace {

class SegmentToolTip
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::SegmentToolTip)

public:
    static QString text(const SegmentStats &s, Currency currency)
    {
        const QLocale locale;
        return tr("%1\n%2 customers (%3 of customers)\nRevenue %4 (%5 of revenue)\nClick to list them")
                .arg(s.name, locale.toString(s.customers), DisplayFormat::percent(s.customerShare),
                     formatMoney(s.revenue, currency), DisplayFormat::percent(s.revenueShare));
    }
};

} // namespace

void showSegmentToolTips(QAbstractBarSeries *series, const SegmentData &data)
{
    // The data is copied into the handler: the series may outlive the chart object's data.
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [segments = data.segments, currency = data.currency](bool entered, int category, QBarSet *) {
                         const qsizetype n = segments.size();
                         if (entered && category >= 0 && category < n)
                             QToolTip::showText(QCursor::pos(), SegmentToolTip::text(segments.at(categoryOf(category, n)), currency));
                         else
                             QToolTip::hideText();
                     });
}

double roundStep(double low, double high, int ticks)
{
    if (!(high > low))
        high = low + 1;
    const double raw = (high - low) / std::max(ticks - 1, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

void setRoundTicks(QValueAxis *axis, double low, double high, int ticks, bool roundUp)
{
    if (!(high > low))
        high = low + 1;
    const double step = roundStep(low, high, ticks);
    if (roundUp)
        high = std::ceil(high / step - 1e-9) * step;
    axis->setRange(low, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTruncateLabels(false);
}

} // namespace Portrait::Ui::BarCharts
