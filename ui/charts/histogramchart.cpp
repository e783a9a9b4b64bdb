#include "histogramchart.h"

#include "charthelpers.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QColor colorOf(Rfm::Dimension d)
{
    switch (d) {
    case Rfm::Dimension::Recency:
        return QColor(0x4e, 0x79, 0xa7);
    case Rfm::Dimension::Frequency:
        return QColor(0x59, 0xa1, 0x4f);
    case Rfm::Dimension::Monetary:
        break;
    }
    return QColor(0xb0, 0x7a, 0xa1);
}

} // namespace

HistogramChart::HistogramChart(MetricHistogram data, QObject *parent) : QtChartsChart(parent), m_data(std::move(data)) { }

QString HistogramChart::title() const
{
    switch (m_data.dimension) {
    case Rfm::Dimension::Recency:
        return tr("Distribution of recency");
    case Rfm::Dimension::Frequency:
        return tr("Distribution of frequency");
    case Rfm::Dimension::Monetary:
        break;
    }
    return tr("Distribution of monetary value");
}

QString HistogramChart::axisTitle() const
{
    QString metric;
    switch (m_data.dimension) {
    case Rfm::Dimension::Recency:
        metric = tr("Days since the last purchase");
        break;
    case Rfm::Dimension::Frequency:
        metric = tr("Purchases");
        break;
    case Rfm::Dimension::Monetary:
        metric = withCurrency(tr("Spend"), m_data.currency);
        break;
    }
    if (std::isnan(m_data.clippedAt))
        return metric;
    return tr("%1, clipped at the 99th percentile (%2)")
            .arg(metric, QLocale().toString(m_data.clippedAt, 'f', m_data.integerBins ? 0 : 2));
}

QChart *HistogramChart::buildChart()
{
    auto *chart = new QChart;
    applyStyle(chart);
    qint64 highest = 1;
    // The bars as one stepped outline filled to zero: a bar series cannot share a value axis with
    // the cut lines.
    auto *outline = new QLineSeries;
    for (size_t b = 0; b < m_data.counts.size(); ++b) {
        outline->append(m_data.edges[b], qreal(m_data.counts[b]));
        outline->append(m_data.edges[b + 1], qreal(m_data.counts[b]));
        highest = std::max(highest, m_data.counts[b]);
    }
    auto *bars = new QAreaSeries(outline);
    bars->setName(tr("Customers"));
    const QColor color = colorOf(m_data.dimension);
    bars->setColor(color.lighter(130));
    bars->setBorderColor(color.darker(110));
    chart->addSeries(bars);

    auto *valueAxis = new QValueAxis;
    const double low = m_data.edges.empty() ? 0 : m_data.edges.front();
    const double high = m_data.edges.empty() ? 1 : m_data.edges.back();
    BarCharts::setRoundTicks(valueAxis, low, high, 6);
    valueAxis->setLabelFormat(m_data.integerBins || high - low > 20 ? u"%.0f"_s : u"%.1f"_s);
    valueAxis->setTitleText(axisTitle());
    chart->addAxis(valueAxis, Qt::AlignBottom);
    auto *countAxis = new QValueAxis;
    BarCharts::setRoundTicks(countAxis, 0, double(highest) * 1.05, 5, true);
    countAxis->setLabelFormat(u"%.0f"_s);
    countAxis->setTitleText(tr("Customers"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);
    bars->attachAxis(countAxis);

    QPen cutPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine);
    bool firstCut = true;
    for (double cut : m_data.cuts) {
        if (!std::isfinite(cut) || cut < low || cut > high)
            continue;   // beyond the clipped range: the axis title says what is hidden
        auto *line = new QLineSeries;
        line->setName(tr("Score cut points"));
        line->setPen(cutPen);
        line->append(cut, 0);
        line->append(cut, countAxis->max());
        chart->addSeries(line);
        line->attachAxis(valueAxis);
        line->attachAxis(countAxis);
        // One legend entry for all cut lines.
        if (!firstCut) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
        firstCut = false;
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

} // namespace Portrait::Ui
