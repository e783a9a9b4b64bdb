#include "segmentsizechart.h"

#include "charthelpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

SegmentSizeChart::SegmentSizeChart(SegmentData data, QObject *parent) : QtChartsChart(parent), m_data(std::move(data))
{
}

QString SegmentSizeChart::title() const
{
    return tr("Customers per segment (%1 scored)").arg(QLocale().toString(m_data.scored));
}

QChart *SegmentSizeChart::buildChart()
{
    auto *chart = new QChart;
    applyStyle(chart);
    const QLocale locale;
    const qsizetype n = m_data.segments.size();
    // Qt Charts colours a whole bar set alike, so each segment gets its own set holding a value in
    // its own category only; stacking the sets keeps every bar full width.
    auto *series = new QHorizontalStackedBarSeries;
    qint64 largest = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const SegmentStats &s = m_data.segments.at(i);
        auto *set = new QBarSet(s.name);
        QList<qreal> values(n, 0.0);
        values[BarCharts::categoryOf(i, n)] = qreal(s.customers);
        set->append(values);
        set->setColor(s.color);
        set->setBorderColor(s.color.darker(120));
        series->append(set);
        largest = std::max(largest, s.customers);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    QStringList categories;
    for (qsizetype k = 0; k < n; ++k) {
        const SegmentStats &s = m_data.segments.at(BarCharts::categoryOf(k, n));
        categories.append(tr("%1  %2 (%3%)")
                                  .arg(s.name, locale.toString(s.customers),
                                       locale.toString(s.customerShare * 100, 'f', 1)));
    }
    auto *segmentAxis = new QBarCategoryAxis;
    segmentAxis->append(categories);
    segmentAxis->setGridLineVisible(false);
    segmentAxis->setTruncateLabels(false);
    chart->addAxis(segmentAxis, Qt::AlignLeft);
    series->attachAxis(segmentAxis);

    auto *countAxis = new QValueAxis;
    BarCharts::setRoundTicks(countAxis, 0, std::max(1.0, double(largest) * 1.02), 5, true);
    countAxis->setLabelFormat(u"%.0f"_s);
    countAxis->setTitleText(tr("Customers"));
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    chart->legend()->hide();

    connect(series, &QAbstractBarSeries::clicked, this, [this, n](int category, QBarSet *) {
        Q_EMIT segmentClicked(m_data.segments.at(BarCharts::categoryOf(category, n)).segment);
    });
    BarCharts::showSegmentToolTips(series, m_data);
    return chart;
}

} // namespace Portrait::Ui
