#include "segmentsharechart.h"

#include "charthelpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

SegmentShareChart::SegmentShareChart(SegmentData data, QObject *parent) : QtChartsChart(parent), m_data(std::move(data))
{
}

QString SegmentShareChart::title() const
{
    return tr("Share of revenue against share of customers");
}

QChart *SegmentShareChart::buildChart()
{
    auto *chart = new QChart;
    applyStyle(chart);
    const qsizetype n = m_data.segments.size();
    auto *customers = new QBarSet(tr("Share of customers"));
    auto *revenue = new QBarSet(tr("Share of revenue"));
    customers->setColor(QColor(0x9e, 0xca, 0xe1));
    customers->setBorderColor(QColor(0x6b, 0xae, 0xd6));
    revenue->setColor(QColor(0x21, 0x66, 0xac));
    revenue->setBorderColor(QColor(0x08, 0x45, 0x94));
    QStringList categories;
    qreal largest = 1;
    for (qsizetype k = 0; k < n; ++k) {
        const SegmentStats &s = m_data.segments.at(BarCharts::categoryOf(k, n));
        categories.append(s.name);
        // Rounded to the 0.1 % the tooltips show.
        const qreal customerPercent = std::round(s.customerShare * 1000) / 10;
        const qreal revenuePercent = std::round(s.revenueShare * 1000) / 10;
        customers->append(customerPercent);
        revenue->append(revenuePercent);
        largest = std::max({ largest, customerPercent, revenuePercent });
    }
    // Revenue first: Qt Charts draws the first set of a horizontal group at the bottom.
    auto *series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(customers);
    series->setBarWidth(0.8);
    chart->addSeries(series);

    auto *segmentAxis = new QBarCategoryAxis;
    segmentAxis->append(categories);
    segmentAxis->setGridLineVisible(false);
    segmentAxis->setTruncateLabels(false);
    chart->addAxis(segmentAxis, Qt::AlignLeft);
    series->attachAxis(segmentAxis);
    auto *shareAxis = new QValueAxis;
    BarCharts::setRoundTicks(shareAxis, 0, std::min<qreal>(100, largest * 1.02), 5, true);
    shareAxis->setLabelFormat(u"%.0f"_s);
    shareAxis->setTitleText(tr("Share (%)"));
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(shareAxis);

    chart->legend()->setAlignment(Qt::AlignTop);
    // Legend in reading order: customers, then revenue.
    chart->legend()->setReverseMarkers(true);

    connect(series, &QAbstractBarSeries::clicked, this, [this, n](int category, QBarSet *) {
        Q_EMIT segmentClicked(m_data.segments.at(BarCharts::categoryOf(category, n)).segment);
    });
    BarCharts::showSegmentToolTips(series, m_data);
    return chart;
}

} // namespace Portrait::Ui
