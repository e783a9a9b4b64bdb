#include "trendpanel.h"

#include "timelinecontext.h"

#include "charts/segmentpalette.h"
#include "rfm/metrics.h"
#include "timeline/periods.h"
#include "timeline/timelinescoring.h"
#include "workbench/workbenchsession.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

TrendPanel::TrendPanel(TimelineContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_every = new QComboBox(this);
    m_every->setObjectName(u"trendEvery"_s);
    m_every->addItem(tr("Every month"), int(Timeline::Every::Month));
    m_every->addItem(tr("Every week"), int(Timeline::Every::Week));
    m_every->addItem(tr("Every quarter"), int(Timeline::Every::Quarter));
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Customers"));
    m_measure->addItem(tr("Monetary"));
    m_compute = new QPushButton(tr("Show &Trend"), this);
    m_compute->setObjectName(u"computeTrend"_s);
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("To:"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_every);
    controls->addWidget(m_measure);
    controls->addWidget(m_compute);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    // The chart's own legend cuts names off past nine or so segments: the legend is a list beside
    // it instead, one line per segment however many the scheme has (scrolling when they do not
    // fit), and unticking a segment takes it out of the stack.
    auto *chartRow = new QSplitter(Qt::Horizontal, splitter);
    m_chart = new QChartView(chartRow);
    m_chart->setObjectName(u"trendChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setChart(new QChart);
    m_chart->setMinimumHeight(320);
    m_legend = new QListWidget(chartRow);
    m_legend->setObjectName(u"trendLegend"_s);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setFrameShape(QFrame::NoFrame);
    m_legend->setToolTip(tr("Untick a segment to leave it out of the chart."));
    chartRow->addWidget(m_chart);
    chartRow->addWidget(m_legend);
    chartRow->setStretchFactor(0, 1);
    chartRow->setStretchFactor(1, 0);
    chartRow->setCollapsible(0, false);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(u"trendTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(chartRow);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_compute, &QPushButton::clicked, this, [this] {
        compute(m_from->date(), m_to->date(), Timeline::Every(m_every->currentData().toInt()));
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_trend)
            fillChart();
    });
    connect(m_legend, &QListWidget::itemChanged, this, [this] {
        if (m_trend && !m_fillingLegend)
            fillChart();
    });
}

void TrendPanel::resetDates()
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    const Model::Day asOf = Rfm::defaultAsOf(*frame);
    if (asOf == Model::NoDay)
        return;
    m_to->setDate(QDate::fromJulianDay(asOf));
    m_from->setDate(QDate::fromJulianDay(asOf).addMonths(-24));
}

void TrendPanel::clear()
{
    m_trend.reset();
    m_chart->chart()->removeAllSeries();
    m_legend->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_status->clear();
}

void TrendPanel::compute(QDate from, QDate to, Timeline::Every every)
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    m_from->setDate(from);
    m_to->setDate(to);
    m_every->setCurrentIndex(m_every->findData(int(every)));
    if (to < from) {
        m_status->setText(tr("The last date is before the first."));
        return;
    }
    const Jobs::RfmSettings settings = m_context->session()->settings();
    const std::vector<Model::Day> dates = Timeline::periodStarts(Model::Day(from.toJulianDay()),
                                                                 Model::Day(to.toJulianDay()), every);
    m_status->setText(tr("Scoring at %n date(s)…", nullptr, int(dates.size())));
    m_context->job()->start<Result<Timeline::Trend>>(
            [frame, settings, dates](ProgressSink &progress, const CancelToken &cancel) -> Result<Timeline::Trend> {
                auto spec = Timeline::scoringSpec(settings);
                if (!spec)
                    return spec.error();
                return Timeline::computeTrend(*frame, *spec, dates, progress, cancel);
            },
            [this](Result<Timeline::Trend> trend) {
                if (!trend) {
                    m_status->setText(trend.error().toString());
                    return;
                }
                show(trend.takeValue());
            });
}

void TrendPanel::show(Timeline::Trend trend)
{
    m_trend = std::move(trend);
    m_status->setText(tr("%n period(s), each scored as of its first day.", nullptr, int(m_trend->points.size())));
    fillLegend();
    fillChart();
    fillTable();
}

void TrendPanel::fillLegend()
{
    const Timeline::Trend &t = *m_trend;
    const bool zh = m_context->session()->chineseNames();
    const SegmentPalette palette(t.scheme);
    const int segments = int(t.scheme.rules.size()) + 1;
    const int side = m_legend->fontMetrics().height();
    m_fillingLegend = true;
    m_legend->clear();
    m_legend->setIconSize(QSize(side, side));
    for (int s = 0; s < segments; ++s) {
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setPen(palette.color(s).darker(115));
        painter.setBrush(palette.color(s));
        painter.drawRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0));
        painter.end();
        auto *item = new QListWidgetItem(QIcon(swatch), t.scheme.displayName(s, zh), m_legend);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, s);
    }
    m_fillingLegend = false;
    // As wide as the longest name (with its box and swatch), so that none is cut.
    const int width = m_legend->sizeHintForColumn(0) + 2 * m_legend->frameWidth() + 8;
    m_legend->setMinimumWidth(std::min(width, 320));
    m_legend->setMaximumWidth(std::max(width, 160));
}

bool TrendPanel::isShown(int segment) const
{
    const QListWidgetItem *item = m_legend->item(segment);
    return !item || item->checkState() == Qt::Checked;
}

void TrendPanel::fillChart()
{
    const Timeline::Trend &t = *m_trend;
    const bool money = m_measure->currentIndex() == 1;
    const bool zh = m_context->session()->chineseNames();
    auto *chart = new QChart;
    chart->legend()->hide();   // the list beside the chart is the legend
    const SegmentPalette palette(t.scheme);
    const int segments = int(t.scheme.rules.size()) + 1;
    std::vector<double> below(t.points.size(), 0.0);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(u"yyyy-MM"_s);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double top = 0;
    // Stacked: each segment's area lies between the running total below it and that total plus it.
    for (int s = 0; s < segments; ++s) {
        if (!isShown(s))
            continue;
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (size_t i = 0; i < t.points.size(); ++i) {
            const Timeline::TrendPoint &p = t.points[i];
            const double x = double(QDate::fromJulianDay(p.asOf).startOfDay().toMSecsSinceEpoch());
            const double v = money ? p.monetary[size_t(s)] : double(p.customers[size_t(s)]);
            lower->append(x, below[i]);
            below[i] += v;
            upper->append(x, below[i]);
            top = std::max(top, below[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(t.scheme.displayName(s, zh));
        area->setColor(palette.color(s));
        area->setBorderColor(palette.color(s).darker(115));
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
    }
    axisY->setRange(0, top > 0 ? top * 1.05 : 1);
    axisY->applyNiceNumbers();
    if (!t.points.empty()) {
        axisX->setRange(QDate::fromJulianDay(t.points.front().asOf).startOfDay(),
                        QDate::fromJulianDay(t.points.back().asOf).startOfDay());
    }
    chart->setTitle(money ? tr("Monetary per segment") : tr("Customers per segment"));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void TrendPanel::fillTable()
{
    const Timeline::Trend &t = *m_trend;
    const bool zh = m_context->session()->chineseNames();
    const int segments = int(t.scheme.rules.size()) + 1;
    m_table->clear();
    m_table->setRowCount(int(t.points.size()));
    m_table->setColumnCount(segments + 1);
    QStringList headers { tr("Scored") };
    for (int s = 0; s < segments; ++s)
        headers.append(t.scheme.displayName(s, zh));
    m_table->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int row = 0; row < int(t.points.size()); ++row) {
        const Timeline::TrendPoint &p = t.points[size_t(row)];
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(QDate::fromJulianDay(p.asOf).toString(Qt::ISODate)));
        const auto cell = [&](int column, qint64 value) {
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setData(Qt::UserRole, value);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        cell(0, p.scored);
        for (int s = 0; s < segments; ++s)
            cell(s + 1, p.customers[size_t(s)]);
    }
    m_table->resizeColumnsToContents();
}

} // namespace Portrait::Ui
