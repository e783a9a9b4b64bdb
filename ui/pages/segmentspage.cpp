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

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Portrait::Ui {

namespace {

/// Where each card sits in the six-column grid of the two-column arrangement: row, column, column
/// span, minimum height. Stacked in one column, each card takes a row of its own.
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
constexpr int GridColumns = 6;
constexpr int TableRow = int(std::size(placements)) + 1;   // below the cards in either arrangement

/// How wide a half-width card must be to read well: narrower, bar labels crowd the bars and
/// legends wrap. Together with the cards' own minimum widths it decides when two columns fit
/// (about 1,550 px of viewport).
constexpr int ComfortableHalfWidth = 760;

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

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_grid = new QGridLayout(m_content);
    m_grid->setSpacing(10);
    m_summaryLine = new QLabel(m_content);
    m_summaryLine->setWordWrap(true);
    m_grid->addWidget(m_summaryLine, 0, 0, 1, GridColumns);
    for (size_t i = 0; i < m_cards.size(); ++i) {
        m_cards[i] = new ChartCard(m_content);
        m_cards[i]->setMinimumHeight(placements[i].height);
    }
    for (int column = 0; column < GridColumns; ++column)
        m_grid->setColumnStretch(column, 1);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("dashboardSegmentTable"));
    m_table->setModel(m_summary);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setToolTip(tr("Double-click a segment to list its customers"));
    m_grid->addWidget(m_table, TableRow, 0, 1, GridColumns);
    m_scroll->setWidget(m_content);
    m_stack->addWidget(m_scroll);
    arrange();
    // The viewport's width picks the arrangement; a chart's minimum width changing (new charts,
    // another language) can too.
    m_scroll->viewport()->installEventFilter(this);
    m_content->installEventFilter(this);

    // The suggested actions take the width the figures leave and wrap there: rows follow the
    // table's width and the other columns' (fitTableHeight() sets the action column itself).
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != SegmentSummaryModel::Action)
            fitTableHeight();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT segmentActivated(index.data(SegmentSummaryModel::RuleRole).toInt());
    });
    connect(m_session, &WorkbenchSession::resultChanged, this, &SegmentsPage::onResultChanged);
    connect(m_session, &WorkbenchSession::displayChanged, this, &SegmentsPage::onResultChanged);
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
    // Each chart's data is one pass over the (const, shared) result: the summary and the larger
    // passes run on the thread pool while this thread makes the small ones, then the charts. At a
    // million customers this halves the wait on two cores.
    QFuture<QList<Rfm::SegmentSummary>> summaryJob =
            QtConcurrent::run([result, chinese] { return Rfm::summarize(*result, chinese); });
    const auto histogram = [result](Rfm::Dimension d) {
        return QtConcurrent::run([result, d] { return metricHistogram(*result, d); });
    };
    QFuture<MetricHistogram> recencyJob = histogram(Rfm::Dimension::Recency);
    QFuture<MetricHistogram> frequencyJob = histogram(Rfm::Dimension::Frequency);
    QFuture<MetricHistogram> monetaryJob = histogram(Rfm::Dimension::Monetary);
    QFuture<ScatterSample> scatterJob = QtConcurrent::run([result] { return scatterSample(*result); });
    const TierData tiers = tierData(*result);
    RfHeatmapData heatmap = rfHeatmapData(*result);
    heatmap.currency = m_session->currency();
    const QList<Rfm::SegmentSummary> summary = summaryJob.result();
    const Currency currency = m_session->currency();
    m_summary->setCurrency(currency);
    m_summary->setResult(*result, summary, chinese);
    m_table->resizeColumnsToContents();
    fitTableHeight();

    SegmentData segments = segmentData(*result, summary, chinese);
    segments.currency = currency;
    MetricHistogram monetary = monetaryJob.result();
    monetary.currency = currency;
    card(Chart::SegmentSizes)->setChart(new SegmentSizeChart(segments));
    card(Chart::Treemap)->setChart(new TreemapChart(segments));
    card(Chart::Shares)->setChart(new SegmentShareChart(segments));
    card(Chart::Tiers)->setChart(new TierChart(tiers));
    card(Chart::Heatmap)->setChart(new HeatmapChart(heatmap));
    card(Chart::Medians)->setChart(new MedianChart(segments));
    card(Chart::RecencyHistogram)->setChart(new HistogramChart(recencyJob.result()));
    card(Chart::FrequencyHistogram)->setChart(new HistogramChart(frequencyJob.result()));
    card(Chart::MonetaryHistogram)->setChart(new HistogramChart(monetary));
    card(Chart::Scatter)->setChart(new ScatterChart(scatterJob.result(), segments));
    for (ChartCard *card : m_cards)
        connect(card->chart(), &DashboardChart::segmentClicked, this, &SegmentsPage::segmentActivated);
    connect(qobject_cast<HeatmapChart *>(chart(Chart::Heatmap)), &HeatmapChart::cellClicked, this,
            &SegmentsPage::scoreCellActivated);

    const QLocale locale;
    m_summaryLine->setText(tr("%1 · %2 of %3 customers scored · click a segment in any chart to list its customers")
                                   .arg(segments.schemeTitle, locale.toString(segments.scored),
                                        locale.toString(qint64(result->segment.size()))));
    m_stack->setCurrentIndex(1);
    arrangeLater();
}

void SegmentsPage::fitTableHeight()
{
    // The suggested action gets the width the figures leave (at least a readable column); the page
    // scrolls, not the table: every row is shown, as tall as its wrapped action.
    int figures = 0;
    for (int column = 0; column < SegmentSummaryModel::Action; ++column)
        figures += m_table->columnWidth(column);
    // Not the viewport's width: on the table's resize event the viewport has not followed yet. The
    // table never shows a vertical scroll bar.
    const int available = m_table->contentsRect().width();
    const int action = std::max(available - figures, 120);
    m_table->setColumnWidth(SegmentSummaryModel::Action, action);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_summary->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (figures + action > available)   // narrower than the figures: it scrolls sideways
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

bool SegmentsPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        || (watched == m_content && event->type() == QEvent::LayoutRequest))
        arrangeLater();
    else if (watched == m_table && event->type() == QEvent::Resize)
        fitTableHeight();
    return QWidget::eventFilter(watched, event);
}

void SegmentsPage::arrangeLater()
{
    // After the pending layout pass: the cards' minimum widths are then those of their charts.
    if (m_arrangeQueued)
        return;
    m_arrangeQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_arrangeQueued = false;
        arrange();
    });
}

int SegmentsPage::twoColumnWidth() const
{
    int widest = 0;
    for (size_t i = 0; i < m_cards.size();) {
        // One grid row of the two-column arrangement: its cards side by side, spacing between.
        int width = 0;
        const int row = placements[i].row;
        for (; i < m_cards.size() && placements[i].row == row; ++i) {
            const int comfortable = ComfortableHalfWidth * placements[i].span / (GridColumns / 2);
            width += std::max(m_cards[i]->minimumSizeHint().width(), comfortable) + m_grid->spacing();
        }
        widest = std::max(widest, width - m_grid->spacing());
    }
    const QMargins margins = m_grid->contentsMargins();
    return widest + margins.left() + margins.right();
}

void SegmentsPage::arrange()
{
    const int columns = m_scroll->viewport()->width() >= twoColumnWidth() ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const Placement &p = placements[i];
        m_grid->removeWidget(m_cards[i]);
        if (columns == 2)
            m_grid->addWidget(m_cards[i], p.row + 1, p.column, 1, p.span);
        else
            m_grid->addWidget(m_cards[i], int(i) + 1, 0, 1, GridColumns);
    }
}

} // namespace Portrait::Ui
