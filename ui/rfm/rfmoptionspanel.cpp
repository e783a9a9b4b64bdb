#include "rfmoptionspanel.h"

#include "fittingchoices.h"
#include "rfm/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// Item data of the scheme box's "Open scheme file…" entry; presets and files carry their id/path.
const QString OpenFileEntry = u"open-file:"_s;

constexpr std::array AllMethods { Rfm::Method::Quantile, Rfm::Method::RfmPkg, Rfm::Method::Ntile,
                                  Rfm::Method::Mean, Rfm::Method::Median, Rfm::Method::Thresholds };

void selectData(QComboBox *box, const QVariant &value)
{
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

RfmOptionsPanel::RfmOptionsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSchemeGroup());
    layout->addWidget(buildScoringGroup());
    layout->addWidget(buildMetricsGroup());
    layout->addStretch(1);
}

QWidget *RfmOptionsPanel::buildSchemeGroup()
{
    auto *group = new QGroupBox(tr("Segment scheme"), this);
    m_scheme = new QComboBox(group);
    m_scheme->setObjectName(u"rfmSchemeBox"_s);
    m_scheme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scheme->setMinimumContentsLength(16);
    m_edit = new QPushButton(tr("Edit…"), group);
    m_edit->setToolTip(tr("Edit the rules of this scheme: bounds, colours, suggested actions"));
    m_schemeNote = new QLabel(group);
    m_schemeNote->setWordWrap(true);
    m_schemeNote->setForegroundRole(QPalette::PlaceholderText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_scheme, 1);
    row->addWidget(m_edit);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(row);
    layout->addWidget(m_schemeNote);
    connect(m_scheme, &QComboBox::activated, this, &RfmOptionsPanel::onSchemeActivated);
    connect(m_edit, &QPushButton::clicked, this, &RfmOptionsPanel::editSchemeRequested);
    return group;
}

QWidget *RfmOptionsPanel::buildScoringGroup()
{
    auto *group = new QGroupBox(tr("Scoring"), this);
    m_method = new QComboBox(group);
    m_method->setObjectName(u"rfmMethodBox"_s);
    for (Rfm::Method m : AllMethods)
        m_method->addItem(Rfm::methodTitle(m), Rfm::methodKey(m));
    m_bins = new QComboBox(group);
    m_bins->setObjectName(u"rfmBinsBox"_s);
    for (int n = 2; n <= 5; ++n)
        m_bins->addItem(QString::number(n), n);
    // Two levels only come with mean and median; the item is there to show them, not to pick.
    offerFittingLevels(m_bins, 0);
    m_bins->setToolTip(tr("Score levels per dimension; mean and median always give two"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Score levels:"), m_bins);
    connect(m_method, &QComboBox::activated, this, &RfmOptionsPanel::onMethodActivated);
    connect(m_bins, &QComboBox::activated, this, &RfmOptionsPanel::onBinsActivated);
    return group;
}

QWidget *RfmOptionsPanel::buildMetricsGroup()
{
    auto *group = new QGroupBox(tr("Metrics"), this);
    m_defaultAsOf = new QCheckBox(tr("Day after the latest order"), group);
    m_asOf = new QDateEdit(group);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s); // ISO, never "1/1/26"
    m_asOf->setKeyboardTracking(false);
    m_window = new QComboBox(group);
    m_window->addItem(tr("All orders"), 0);
    m_window->addItem(tr("Only the last"), 1);
    m_windowDays = new QSpinBox(group);
    m_windowDays->setRange(1, 36500);
    m_windowDays->setValue(365);
    m_windowDays->setSuffix(tr(" days"));
    m_windowDays->setKeyboardTracking(false);
    m_frequency = new QComboBox(group);
    m_frequency->addItem(tr("Orders"), int(Rfm::FrequencyMode::Orders));
    m_frequency->addItem(tr("Purchase days"), int(Rfm::FrequencyMode::Days));
    m_monetary = new QComboBox(group);
    m_monetary->addItem(tr("Total spent"), int(Rfm::MonetaryMode::Sum));
    m_monetary->addItem(tr("Average per order"), int(Rfm::MonetaryMode::Average));
    m_returns = new QComboBox(group);
    m_returns->addItem(tr("Net of returns"), int(Rfm::ReturnsMode::Net));
    m_returns->addItem(tr("Leave returns out"), int(Rfm::ReturnsMode::Exclude));

    auto *window = new QHBoxLayout;
    window->addWidget(m_window, 1);
    window->addWidget(m_windowDays);
    auto *form = new QFormLayout(group);
    form->addRow(tr("As of:"), m_asOf);
    form->addRow(QString(), m_defaultAsOf);
    form->addRow(tr("Window:"), window);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Monetary:"), m_monetary);
    form->addRow(tr("Returns:"), m_returns);

    connect(m_defaultAsOf, &QCheckBox::clicked, this, &RfmOptionsPanel::onAsOfEdited);
    connect(m_asOf, &QDateEdit::dateChanged, this, &RfmOptionsPanel::onAsOfEdited);
    connect(m_window, &QComboBox::activated, this, &RfmOptionsPanel::onWindowEdited);
    connect(m_windowDays, &QSpinBox::valueChanged, this, &RfmOptionsPanel::onWindowEdited);
    connect(m_frequency, &QComboBox::activated, this, [this] {
        m_request.metrics.frequency = Rfm::FrequencyMode(m_frequency->currentData().toInt());
        emitEdit(tr("Change how frequency is counted"));
    });
    connect(m_monetary, &QComboBox::activated, this, [this] {
        m_request.metrics.monetary = Rfm::MonetaryMode(m_monetary->currentData().toInt());
        emitEdit(tr("Change how monetary is measured"));
    });
    connect(m_returns, &QComboBox::activated, this, [this] {
        m_request.metrics.returns = Rfm::ReturnsMode(m_returns->currentData().toInt());
        emitEdit(tr("Change how returns count"));
    });
    return group;
}

void RfmOptionsPanel::fillSchemeBox(const RfmSettings &settings, bool chinese)
{
    const QSignalBlocker block(m_scheme);
    m_scheme->clear();
    for (const QString &id : Rfm::presetIds())
        m_scheme->addItem(Rfm::presetScheme(id).displayTitle(chinese), id);
    const QString current = settings.request.scheme;
    if (m_scheme->findData(current) < 0)
        m_scheme->addItem(QFileInfo(current).fileName(), current);
    m_scheme->insertSeparator(m_scheme->count());
    m_scheme->addItem(tr("Open scheme file…"), OpenFileEntry);
    m_scheme->setCurrentIndex(m_scheme->findData(current));
    m_scheme->setToolTip(current);
    if (settings.editedScheme) {
        m_schemeNote->setText(tr("Edited here: “%1”, %2 rules (export it from the editor to keep a file)")
                                  .arg(settings.editedScheme->displayTitle(chinese))
                                  .arg(settings.editedScheme->rules.size()));
    }
    m_schemeNote->setVisible(bool(settings.editedScheme));
}

void RfmOptionsPanel::showSettings(const RfmSettings &settings, const Rfm::RfmResult *result, Model::Day defaultAsOf,
                                   bool chinese)
{
    m_request = settings.request;
    m_latestPlusOne = defaultAsOf;
    m_shownMethod = result ? result->scores.method : settings.request.scoring.method;
    m_shownBins = result && result->scores.bins >= 3 ? result->scores.bins : settings.request.scoring.bins;
    fillSchemeBox(settings, chinese);
    selectData(m_method, Rfm::methodKey(m_shownMethod));
    selectData(m_bins, Rfm::isTwoLevel(m_shownMethod) ? 2 : m_shownBins);
    m_bins->setEnabled(!Rfm::isTwoLevel(m_shownMethod));
    offerFittingMethods(m_method, schemeLevels(settings, result));
    offerFittingLevels(m_bins, schemeLevels(settings, result));

    const Rfm::MetricOptions &metrics = settings.request.metrics;
    const bool useDefault = metrics.asOf == Model::NoDay;
    {
        const QSignalBlocker blockCheck(m_defaultAsOf);
        const QSignalBlocker blockDate(m_asOf);
        m_defaultAsOf->setChecked(useDefault);
        const Model::Day shown = useDefault ? defaultAsOf : metrics.asOf;
        m_asOf->setDate(shown == Model::NoDay ? QDate::currentDate() : QDate::fromJulianDay(shown));
        m_asOf->setEnabled(!useDefault);
    }
    selectData(m_window, metrics.windowDays > 0 ? 1 : 0);
    {
        const QSignalBlocker block(m_windowDays);
        if (metrics.windowDays > 0)
            m_windowDays->setValue(metrics.windowDays);
        m_windowDays->setEnabled(metrics.windowDays > 0);
    }
    selectData(m_frequency, int(metrics.frequency));
    selectData(m_monetary, int(metrics.monetary));
    selectData(m_returns, int(metrics.returns));
}

void RfmOptionsPanel::onSchemeActivated(int index)
{
    const QString data = m_scheme->itemData(index).toString();
    if (data == OpenFileEntry) {
        // Put the current scheme back: the file dialog may be cancelled.
        selectData(m_scheme, m_request.scheme);
        Q_EMIT openSchemeFileRequested();
        return;
    }
    if (!data.isEmpty() && data != m_request.scheme)
        Q_EMIT schemeChosen(data);
}

void RfmOptionsPanel::onMethodActivated()
{
    const auto method = Rfm::methodFromKey(m_method->currentData().toString());
    if (!method || *method == m_shownMethod)
        return;
    m_request.methodGiven = true;
    m_request.scoring.method = *method;
    m_request.scoring.bins = m_shownBins;
    emitEdit(tr("Change scoring method"));
}

void RfmOptionsPanel::onBinsActivated()
{
    const int bins = m_bins->currentData().toInt();
    if (bins == m_shownBins)
        return;
    m_request.methodGiven = true;
    m_request.scoring.method = m_shownMethod;
    m_request.scoring.bins = bins;
    emitEdit(tr("Change score levels"));
}

void RfmOptionsPanel::onAsOfEdited()
{
    const bool useDefault = m_defaultAsOf->isChecked();
    m_asOf->setEnabled(!useDefault);
    const Model::Day day = useDefault ? Model::NoDay : Model::Day(m_asOf->date().toJulianDay());
    // Unticking "day after the latest order" keeps the date shown; it is the same analysis.
    if (day == m_request.metrics.asOf || (day == m_latestPlusOne && m_request.metrics.asOf == Model::NoDay))
        return;
    m_request.metrics.asOf = day;
    emitEdit(tr("Change as-of date"));
}

void RfmOptionsPanel::onWindowEdited()
{
    const bool limited = m_window->currentData().toInt() == 1;
    m_windowDays->setEnabled(limited);
    const int days = limited ? m_windowDays->value() : 0;
    if (days == m_request.metrics.windowDays)
        return;
    m_request.metrics.windowDays = days;
    emitEdit(tr("Change analysis window"));
}

void RfmOptionsPanel::emitEdit(const QString &undoText)
{
    Q_EMIT requestEdited(m_request, undoText);
}

} // namespace Portrait::Ui
