// The campaign panel's evaluation: the table per segment and the response-rate chart.
#include "campaignactions.h"
#include "campaignpanel.h"
#include "timelinecontext.h"

#include "timeline/timelinecsv.h"
#include "workbench/workbenchsession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QTableWidget>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

void CampaignPanel::showEvaluation(Timeline::EvaluatedCampaign evaluated)
{
    m_evaluated = std::move(evaluated);
    const Timeline::CampaignEvaluation &e = m_evaluated->evaluation;
    const bool zh = m_context->session()->chineseNames() || m_evaluated->scheme.preferChinese;
    QStringList notes;
    notes.append(tr("Responses from %1 to %2.").arg(campaignDay(e.asOf + 1), campaignDay(e.windowEnd)));
    if (!e.windowComplete())
        notes.append(tr("The orders end on %1, before the window's last day: the figures may still grow.")
                             .arg(campaignDay(e.latestOrderDay)));
    if (e.missingMembers > 0)
        notes.append(tr("%n member(s) are no longer in the project and count as not responding.", nullptr,
                        int(e.missingMembers)));
    m_status->setText(notes.join(u' '));
    m_verdict->setText(Timeline::verdictText(e.overall));
    QList<Timeline::StratumEvaluation> rows = e.strata;
    rows.append(e.overall);
    const QStringList headers { tr("Segment"), tr("Treated"), tr("Responders"), tr("Rate %"), tr("Revenue"),
                                tr("Control"), tr("Responders"), tr("Rate %"), tr("Revenue"), tr("Uplift (points)"),
                                tr("95 % low"), tr("95 % high"), tr("Verdict") };
    m_results->clear();
    m_results->setColumnCount(int(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);
    m_results->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Timeline::StratumEvaluation &s = rows.at(row);
        int column = 0;
        m_results->setItem(row, column++, new QTableWidgetItem(Timeline::stratumName(*m_evaluated, s, zh)));
        for (const Timeline::GroupOutcome *g : { &s.treated, &s.control }) {
            m_results->setItem(row, column++, campaignNumber(double(g->customers)));
            m_results->setItem(row, column++, campaignNumber(double(g->responders)));
            m_results->setItem(row, column++, campaignNumber(100.0 * g->responseRate(), 1));
            m_results->setItem(row, column++, campaignNumber(g->revenue, 2));
        }
        m_results->setItem(row, column++, campaignNumber(100.0 * s.uplift, 1));
        m_results->setItem(row, column++, campaignNumber(100.0 * s.interval.low, 1));
        m_results->setItem(row, column++, campaignNumber(100.0 * s.interval.high, 1));
        m_results->setItem(row, column++, new QTableWidgetItem(Timeline::verdictText(s)));
    }
    m_results->resizeColumnsToContents();
    m_results->setColumnWidth(int(headers.size()) - 1, 360);
    fillChart();
}

void CampaignPanel::fillChart()
{
    const Timeline::CampaignEvaluation &e = m_evaluated->evaluation;
    const bool zh = m_context->session()->chineseNames() || m_evaluated->scheme.preferChinese;
    auto *treated = new QBarSet(tr("Treated"));
    auto *control = new QBarSet(tr("Control"));
    treated->setColor(QColor(0x2e, 0x7d, 0x32));
    control->setColor(QColor(0x9e, 0x9e, 0x9e));
    QStringList categories;
    double top = 0;
    QList<Timeline::StratumEvaluation> rows = e.strata;
    rows.append(e.overall);
    for (const Timeline::StratumEvaluation &s : rows) {
        if (s.treated.customers + s.control.customers == 0)
            continue;
        categories.append(Timeline::stratumName(*m_evaluated, s, zh));
        const double t = s.treated.customers > 0 ? 100.0 * s.treated.responseRate() : 0.0;
        const double c = s.control.customers > 0 ? 100.0 * s.control.responseRate() : 0.0;
        treated->append(t);
        control->append(c);
        top = std::max({ top, t, c });
    }
    auto *series = new QBarSeries;
    series->append(treated);
    series->append(control);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Response rate, %"));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top > 0 ? top * 1.1 : 1);
    axisY->setLabelFormat(u"%.0f"_s);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace Portrait::Ui
