#include "segmentspage.h"

#include "charts/chartcard.h"
#include "charts/chartdata.h"
#include "charts/heatmapchart.h"
#include "charts/histogramchart.h"
#include "charts/medianchart.h"
#include "charts/scatterchart.h"
#include "charts/segmentsharechart.h"
#include "charts/segmentsizechart.h"
#include "charts/tierchart.h"
#include "charts/treemapchart.h"
#include "models/segmentsummarymodel.h"
#include "workbench/workbenchsession.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Portrait::Ui {

namespace {

/// Where each card sits in a six-column grid: row, column, column span, minimum height.
struct Placement
{
    int row, column, span, height;
};

constexpr Placement placements[] = {
    { 0, 0, 3, 340 },   // SegmentSizes
    { 0, 3, 3, 340 },   // Treemap
    { 1, 0, 3, 420 },   // Shares: two bars per segment need the height
    { 1, 3, 3, 420 },   // Tiers
    { 2, 0, 3, 340 },   // Heatmap
    { 2, 3, 3, 340 },   // Medians
    { 3, 0, 2, 300 },   // RecencyHistogram
    { 3, 2, 2, 300 },   // FrequencyHistogram
    { 3, 4, 2, 300 },   // MonetaryHistogram
    { 4, 0, 6, 440 },   // Scatter
};
static_assert(std::size(placements) == size_t(SegmentsPage::Chart::Count));

} // namespace

SegmentsPage::SegmentsPage(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new SegmentSummaryModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setSpacing(10);
    m_summaryLine = new QLabel(content);
    m_summaryLine->setWordWrap(true);
    grid->addWidget(m_summaryLine, 0, 0, 1, 6);
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const Placement &p = placements[i];
        m_cards[i] = new ChartCard(content);
        m_cards[i]->setMinimumHeight(p.height);
        grid->addWidget(m_cards[i], p.row + 1, p.column, 1, p.span);
    }
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("dashboardSegmentTable"));
    m_table->setModel(m_summary);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setToolTip(tr("Double-click a segment to list its customers"));
    grid->addWidget(m_table, int(std::size(placements)) + 1, 0, 1, 6);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT segmentActivated(index.data(SegmentSummaryModel::RuleRole).toInt());
    });
    connect(m_session, &WorkbenchSession::resultChanged, this, &SegmentsPage::onResultChanged);
    onResultChanged();
}

DashboardChart *SegmentsPage::chart(Chart which) const
{
    return card(which)->chart();
}

void SegmentsPage::onResultChanged()
{
    m_stale = true;
    // While hidden nothing is built (the RFM page's slider must stay fast); while visible, one
    // rebuild per event loop turn however many results arrived.
    if (isVisible() && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    }
}

void SegmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SegmentsPage::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    rebuild();
}

void SegmentsPage::rebuild()
{
    const std::shared_ptr<const Rfm::RfmResult> result = m_session->result();
    if (!result) {
        for (ChartCard *card : m_cards)
            card->setChart(nullptr);
        m_summary->clear();
        m_empty->setText(m_session->hasProject() ? m_session->errorText()
                                                 : tr("Open a project to see its customer segments."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool chinese = m_session->chineseNames();
    // Each chart's data is one pass over the (const, shared) result: build them on the thread
    // pool while this thread fills the summary table, then make the charts. At a million
    // customers this halves the wait on two cores.
    const auto histogram = [result](Rfm::Dimension d) {
        return QtConcurrent::run([result, d] { return metricHistogram(*result, d); });
    };
    QFuture<SegmentData> segmentsJob = QtConcurrent::run([result, chinese] { return segmentData(*result, chinese); });
    QFuture<MetricHistogram> recencyJob = histogram(Rfm::Dimension::Recency);
    QFuture<MetricHistogram> frequencyJob = histogram(Rfm::Dimension::Frequency);
    QFuture<MetricHistogram> monetaryJob = histogram(Rfm::Dimension::Monetary);
    QFuture<ScatterSample> scatterJob = QtConcurrent::run([result] { return scatterSample(*result); });
    m_summary->setResult(*result, chinese);
    fitTableHeight();

    const SegmentData segments = segmentsJob.result();
    card(Chart::SegmentSizes)->setChart(new SegmentSizeChart(segments));
    card(Chart::Treemap)->setChart(new TreemapChart(segments));
    card(Chart::Shares)->setChart(new SegmentShareChart(segments));
    card(Chart::Tiers)->setChart(new TierChart(tierData(*result)));
    card(Chart::Heatmap)->setChart(new HeatmapChart(rfHeatmapData(*result)));
    card(Chart::Medians)->setChart(new MedianChart(segments));
    card(Chart::RecencyHistogram)->setChart(new HistogramChart(recencyJob.result()));
    card(Chart::FrequencyHistogram)->setChart(new HistogramChart(frequencyJob.result()));
    card(Chart::MonetaryHistogram)->setChart(new HistogramChart(monetaryJob.result()));
    card(Chart::Scatter)->setChart(new ScatterChart(scatterJob.result(), segments));
    for (ChartCard *card : m_cards)
        connect(card->chart(), &DashboardChart::segmentClicked, this, &SegmentsPage::segmentActivated);

    const QLocale locale;
    m_summaryLine->setText(tr("%1 · %2 of %3 customers scored · click a segment in any chart to list its customers")
                                   .arg(segments.schemeTitle, locale.toString(segments.scored),
                                        locale.toString(qint64(result->segment.size()))));
    m_stack->setCurrentIndex(1);
}

void SegmentsPage::fitTableHeight()
{
    // The page scrolls, not the table: show every row.
    m_table->resizeColumnsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_summary->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace Portrait::Ui
