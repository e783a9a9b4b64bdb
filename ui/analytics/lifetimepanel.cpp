#include "lifetimepanel.h"

#include "analytics/lifetimesummary.h"
#include "import/backgroundjob.h"
#include "lifetimecharts.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

using FitResult = Result<Analytics::LifetimeResult>;

constexpr int PAliveBins = 10;

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString number(double value, int decimals = 4)
{
    return std::isfinite(value) ? QLocale().toString(value, 'g', decimals + 1) : QString();
}

} // namespace

LifetimePanel::LifetimePanel(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
{
    buildControls();
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(session, &WorkbenchSession::projectChanged, this, &LifetimePanel::onProjectChanged);
    connect(session, &WorkbenchSession::lifetimeChanged, this, &LifetimePanel::showLifetime);
    connect(session, &WorkbenchSession::resultChanged, this, [this] { showSegments(m_session->lifetime().get()); });
    connect(session, &WorkbenchSession::clustersChanged, this, [this] { showSegments(m_session->lifetime().get()); });
    onProjectChanged();
    showLifetime();
}

LifetimePanel::~LifetimePanel()
{
    m_job->abandon();
    m_job->wait();
}

void LifetimePanel::buildControls()
{
    m_holdoutBox = new QCheckBox(tr("Hold out the orders after"));
    m_holdoutBox->setObjectName(u"holdoutBox"_s);
    m_holdoutBox->setToolTip(tr("Fit on the orders up to this day and check the prediction against the orders after it."));
    m_calibrationEnd = new QDateEdit;
    m_calibrationEnd->setObjectName(u"calibrationEnd"_s);
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationEnd->setEnabled(false);
    connect(m_holdoutBox, &QCheckBox::toggled, m_calibrationEnd, &QWidget::setEnabled);
    m_unitBox = new QComboBox;
    m_unitBox->setObjectName(u"unitBox"_s);
    m_unitBox->addItem(tr("Weeks"), int(Analytics::TimeUnit::Weeks));
    m_unitBox->addItem(tr("Days"), int(Analytics::TimeUnit::Days));
    m_horizonBox = new QSpinBox;
    m_horizonBox->setObjectName(u"horizonBox"_s);
    m_horizonBox->setRange(1, 120);
    m_horizonBox->setValue(12);
    m_horizonBox->setSuffix(tr(" months"));
    m_discountBox = new QDoubleSpinBox;
    m_discountBox->setObjectName(u"discountBox"_s);
    m_discountBox->setRange(0, 50);
    m_discountBox->setDecimals(2);
    m_discountBox->setValue(1);
    m_discountBox->setSuffix(tr(" % a month"));
    m_fitButton = new QPushButton(tr("&Fit"));
    m_fitButton->setObjectName(u"fitButton"_s);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setEnabled(false);
    connect(m_fitButton, &QPushButton::clicked, this, &LifetimePanel::fit);
    connect(m_cancelButton, &QPushButton::clicked, this, &LifetimePanel::cancelFit);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    auto *calibration = new QHBoxLayout;
    calibration->addWidget(m_holdoutBox);
    calibration->addWidget(m_calibrationEnd, 1);
    form->addRow(tr("Calibration end:"), calibration);
    form->addRow(tr("Time unit:"), m_unitBox);
    form->addRow(tr("CLV horizon:"), m_horizonBox);
    form->addRow(tr("Discount rate:"), m_discountBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fitButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_progress);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // The nested layouts do not ask a wrapped label for its height: room for three lines.
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing());
    m_warnings = new QLabel;
    m_warnings->setObjectName(u"warningsLabel"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_warnings->setStyleSheet(u"color: #b45309;"_s);
    m_parameters = makeTable(u"parametersTable"_s, { tr("Parameter"), tr("Value"), tr("Standard error") });
    m_segments = makeTable(u"segmentTable"_s, { tr("Segment or cluster"), tr("Customers"), tr("Mean CLV"), tr("Total CLV") });
    m_holdoutChart = new QChartView;
    m_holdoutChart->setObjectName(u"holdoutChart"_s);
    m_holdoutChart->setRenderHint(QPainter::Antialiasing);
    m_holdoutChart->setMinimumHeight(240);
    m_pAliveChart = new QChartView;
    m_pAliveChart->setObjectName(u"pAliveChart"_s);
    m_pAliveChart->setRenderHint(QPainter::Antialiasing);
    m_pAliveChart->setMinimumHeight(240);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_status);
    left->addWidget(m_warnings);
    left->addWidget(m_parameters, 1);
    auto *grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0, 2, 1);
    grid->addWidget(m_holdoutChart, 0, 1);
    grid->addWidget(m_pAliveChart, 0, 2);
    grid->addWidget(m_segments, 1, 1, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
}

Analytics::LifetimeSettings LifetimePanel::settings() const
{
    Analytics::LifetimeSettings s;
    if (m_holdoutBox->isChecked())
        s.calibrationEnd = Model::Day(m_calibrationEnd->date().toJulianDay());
    s.unit = Analytics::TimeUnit(m_unitBox->currentData().toInt());
    s.horizonMonths = m_horizonBox->value();
    s.monthlyDiscount = m_discountBox->value() / 100;
    return s;
}

bool LifetimePanel::isFitting() const
{
    return m_job->isRunning();
}

void LifetimePanel::fit()
{
    const auto frame = m_session->frame();
    if (!frame)
        return;
    const Analytics::LifetimeSettings s = settings();
    setFitting(true);
    m_job->start<FitResult>(
            [frame, s](ProgressSink &progress, const CancelToken &cancel) {
                return Analytics::fitLifetime(*frame, s, progress, cancel);
            },
            [this, frame](FitResult result) {
                setFitting(false);
                if (!result) {
                    m_status->setText(tr("Not fitted: %1").arg(result.error().message));
                    Q_EMIT fitFinished(false, result.error().message);
                    return;
                }
                if (frame != m_session->frame())
                    return; // the project changed while fitting
                m_session->changeLifetime(std::make_shared<const Analytics::LifetimeResult>(result.takeValue()),
                                          tr("Fit lifetime model"));
                Q_EMIT fitFinished(true, QString());
            });
}

void LifetimePanel::cancelFit()
{
    m_job->cancel();
}

void LifetimePanel::setFitting(bool fitting)
{
    m_fitButton->setEnabled(!fitting && m_session->frame());
    m_cancelButton->setEnabled(fitting);
    m_progress->setVisible(fitting);
    m_progress->setValue(0);
    if (fitting)
        m_status->setText(tr("Fitting…"));
}

void LifetimePanel::onProjectChanged()
{
    m_job->abandon();
    setFitting(false);
    const auto frame = m_session->frame();
    const Model::Day last = frame ? Analytics::lastPurchaseDay(*frame) : Model::NoDay;
    if (last != Model::NoDay) {
        const QDate lastDate = QDate::fromJulianDay(last);
        m_calibrationEnd->setMaximumDate(lastDate);
        // A quarter held out is the usual first check.
        m_calibrationEnd->setDate(lastDate.addMonths(-3));
    }
    m_holdoutBox->setChecked(false);
}

void LifetimePanel::showLifetime()
{
    const auto lifetime = m_session->lifetime();
    showParameters(lifetime.get());
    showSegments(lifetime.get());
    if (!lifetime) {
        if (!m_job->isRunning())
            m_status->setText(m_session->frame() ? tr("No lifetime model yet: choose the settings and fit.") : QString());
        m_warnings->clear();
        m_holdoutChart->setChart(emptyChart(tr("Holdout check")));
        m_pAliveChart->setChart(emptyChart(tr("Customers by P(alive)")));
        return;
    }
    const Analytics::LifetimeModel &m = lifetime->model;
    m_status->setText(tr("Fitted on %1 customers (%2 with repeat purchases) up to %3, in %4.")
                              .arg(QLocale().toString(m.customers), QLocale().toString(m.repeaters),
                                   QLocale().toString(QDate::fromJulianDay(m.calibrationEnd), QLocale::ShortFormat),
                                   m.settings.unit == Analytics::TimeUnit::Weeks ? tr("weeks") : tr("days")));
    m_warnings->setText(lifetime->warnings.join(u'\n'));
    m_holdoutChart->setChart(lifetime->holdout ? holdoutChart(*lifetime->holdout)
                                               : emptyChart(tr("Holdout check: no orders after the calibration end")));
    m_pAliveChart->setChart(pAliveChart(Analytics::pAliveHistogram(lifetime->historyScores.pAlive, PAliveBins)));
}

void LifetimePanel::showParameters(const Analytics::LifetimeResult *result)
{
    m_parameters->setRowCount(0);
    if (!result)
        return;
    const Analytics::LifetimeModel &m = result->model;
    const Analytics::BgNbdParams &p = m.bgnbd.params;
    const auto &e = m.bgnbd.standardErrors;
    QList<QStringList> rows;
    const double bg[] = { p.r, p.alpha, p.a, p.b };
    const QString bgNames[] = { u"BG/NBD r"_s, u"BG/NBD α"_s, u"BG/NBD a"_s, u"BG/NBD b"_s };
    for (size_t k = 0; k < 4; ++k)
        rows.append({ bgNames[k], number(bg[k]), e ? number((*e)[k], 3) : tr("unknown") });
    rows.append({ tr("BG/NBD log-likelihood"), number(m.bgnbd.logLikelihood, 8), QString() });
    if (m.gammaGamma) {
        const Analytics::GammaGammaFit &g = *m.gammaGamma;
        const double gg[] = { g.params.p, g.params.q, g.params.gamma };
        const QString ggNames[] = { u"Gamma-Gamma p"_s, u"Gamma-Gamma q"_s, u"Gamma-Gamma γ"_s };
        for (size_t k = 0; k < 3; ++k)
            rows.append({ ggNames[k], number(gg[k]), g.standardErrors ? number((*g.standardErrors)[k], 3) : tr("unknown") });
        rows.append({ tr("Gamma-Gamma log-likelihood"), number(g.logLikelihood, 8), QString() });
        if (g.frequencySpendCorrelation)
            rows.append({ tr("Frequency–spend correlation"), number(*g.frequencySpendCorrelation, 2), QString() });
    }
    m_parameters->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(m_parameters, r, rows.at(r));
    m_parameters->resizeColumnsToContents();
}

void LifetimePanel::showSegments(const Analytics::LifetimeResult *result)
{
    m_segments->setRowCount(0);
    const auto rfm = m_session->result();
    if (!result || !rfm || result->scores.clv.size() != rfm->segment.size())
        return;
    const int groups = int(rfm->scheme.rules.size()) + 1;
    const std::vector<Analytics::GroupValue> values = Analytics::valueByGroup(result->scores.clv, rfm->segment, groups);
    const QLocale locale;
    int row = 0;
    for (int g = 0; g < groups; ++g) {
        if (values[size_t(g)].customers == 0)
            continue;
        m_segments->setRowCount(row + 1);
        setRow(m_segments, row++,
               { rfm->scheme.displayName(g, m_session->chineseNames()), locale.toString(values[size_t(g)].customers),
                 locale.toString(values[size_t(g)].mean(), 'f', 2), locale.toString(values[size_t(g)].total, 'f', 0) });
    }
    // Then by cluster, when the workbench has clusters of these customers.
    const auto clusters = m_session->clusters();
    if (clusters && clusters->assignment.size() == result->scores.clv.size()) {
        const int k = int(clusters->clusters.size());
        const std::vector<Analytics::GroupValue> byCluster =
                Analytics::valueByGroup(result->scores.clv, clusters->assignment, k);
        for (int c = 0; c < k; ++c) {
            if (byCluster[size_t(c)].customers == 0)
                continue;
            m_segments->setRowCount(row + 1);
            setRow(m_segments, row++,
                   { tr("Cluster %1 %2").arg(c + 1).arg(clusters->clusters.at(c).name),
                     locale.toString(byCluster[size_t(c)].customers), locale.toString(byCluster[size_t(c)].mean(), 'f', 2),
                     locale.toString(byCluster[size_t(c)].total, 'f', 0) });
        }
    }
    m_segments->resizeColumnsToContents();
}

} // namespace Portrait::Ui
