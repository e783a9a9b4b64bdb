#include "tierchart.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace Portrait::Ui {

TierChart::TierChart(TierData data, QObject *parent) : QtChartsChart(parent), m_data(data) { }

QString TierChart::title() const
{
    return tr("Value tiers (%1 scored customers)").arg(QLocale().toString(m_data.total()));
}

QChart *TierChart::buildChart()
{
    auto *chart = new QChart;
    applyStyle(chart);
    const QLocale locale;
    const QColor colors[] = { QColor(0xbd, 0xbd, 0xbd), QColor(0xfd, 0xae, 0x61), QColor(0x1a, 0x98, 0x50) };
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    const qint64 total = m_data.total();
    for (int tier = 2; tier >= 0; --tier) {
        const qint64 count = m_data.customers[size_t(tier)];
        const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
        // The legend carries the figures; labels around a small ring would collide.
        auto *slice = series->append(tr("%1  %2 (%3%)").arg(Rfm::tierTitle(tier), locale.toString(count),
                                                              locale.toString(share, 'f', 1)),
                                     qreal(count));
        slice->setColor(colors[tier]);
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(2);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace Portrait::Ui
