#include "cutpanel.h"

#include "cutspinbox.h"
#include "histogramwidget.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString panelTitle(Rfm::Dimension d)
{
    switch (d) {
    case Rfm::Dimension::Recency: return CutPanel::tr("Recency (days)");
    case Rfm::Dimension::Frequency: return CutPanel::tr("Frequency");
    case Rfm::Dimension::Monetary: return CutPanel::tr("Monetary");
    }
    return {};
}

/// A round step near a 200th of the range: monetary lines land on readable amounts.
double niceStep(double range)
{
    if (!(range > 0))
        return 1;
    const double raw = range / 200;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0 }) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

const std::vector<double> &metricOf(const Rfm::RfmMetrics &m, Rfm::Dimension d)
{
    return d == Rfm::Dimension::Recency ? m.recency : d == Rfm::Dimension::Frequency ? m.frequency : m.monetary;
}

} // namespace

CutPanel::CutPanel(Rfm::Dimension dimension, QWidget *parent)
    : QGroupBox(panelTitle(dimension), parent)
    , m_dimension(dimension)
    , m_histogram(new HistogramWidget(this))
    , m_spinGrid(new QGridLayout)
{
    m_histogram->setMirrored(dimension == Rfm::Dimension::Recency);
    m_histogram->setAccessibleName(title());
    if (dimension == Rfm::Dimension::Recency)
        setToolTip(tr("Recency: days since the last purchase"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Cut points:"), this));
    header->addStretch(1);
    if (dimension != Rfm::Dimension::Recency) {
        m_logScale = new QCheckBox(tr("&Log scale"), this);
        m_logScale->setToolTip(tr("A logarithmic axis spreads the many small values, where most cut lines "
                                  "are, and keeps the long tail in view."));
        connect(m_logScale, &QCheckBox::toggled, this, [this] {
            m_scaleChosen = true;
            rebuildHistogram();
        });
        header->addWidget(m_logScale);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_histogram, 1);
    layout->addLayout(header);
    // Two boxes a row: four cut points side by side would make three panels too wide.
    layout->addLayout(m_spinGrid);
}

QDoubleSpinBox *CutPanel::spinBox(int line) const
{
    return line >= 0 && line < int(m_spins.size()) ? m_spins[size_t(line)] : nullptr;
}

QString CutPanel::noteText() const
{
    return m_note;
}

void CutPanel::setCurrency(Currency currency)
{
    if (m_dimension == Rfm::Dimension::Monetary)
        setTitle(withCurrency(panelTitle(m_dimension), currency));
}

bool CutPanel::isIntegral() const
{
    // Days are whole by definition; orders unless the frequency is an average of something.
    return m_dimension != Rfm::Dimension::Monetary;
}

void CutPanel::setMetric(std::shared_ptr<const Rfm::RfmResult> result)
{
    m_result = std::move(result);
    if (m_logScale && !m_scaleChosen && m_result) {
        const QSignalBlocker block(m_logScale);
        m_logScale->setChecked(HistogramData::isSkewed(metricOf(m_result->metrics, m_dimension), m_result->metrics.scored));
    }
    rebuildHistogram();
}

void CutPanel::rebuildHistogram()
{
    if (!m_result)
        return;
    const bool log = m_logScale && m_logScale->isChecked();
    // Spend and order counts have long tails; days since the last order do not.
    HistogramData data = HistogramData::build(metricOf(m_result->metrics, m_dimension), m_result->metrics.scored,
                                              m_dimension != Rfm::Dimension::Recency, isIntegral(),
                                              log ? AxisScale::Log : AxisScale::Linear);
    m_histogram->setSnapStep(isIntegral() ? 1.0 : niceStep(data.high() - data.low()));
    const QLocale locale;
    QStringList notes;
    if (data.isClipped()) {
        notes << tr("Axis stops at the 99th percentile (%1); the %2 customers above it are in the hatched last bar.")
                         .arg(cutNumber(data.clipValue, data.integral), locale.toString(data.clippedAbove));
    }
    if (data.negative > 0) {
        notes << tr("%n customer(s) below zero (their returns exceed their purchases) are in the bar left of the axis.",
                    nullptr, int(data.negative));
    }
    // The hatched last bar, its "+" tick and the bar left of zero show it; the words are in the
    // tooltip, where they do not take the histogram's height on a small screen.
    m_note = notes.join(u'\n');
    m_histogram->setToolTip(m_note.isEmpty() ? HistogramWidget::defaultToolTip()
                                             : HistogramWidget::defaultToolTip() + u"\n\n"_s + m_note);
    m_histogram->setData(std::move(data));
    for (CutSpinBox *spin : m_spins)
        spin->setSingleStep(m_histogram->snapStep());
}

void CutPanel::rebuildSpinBoxes(int count)
{
    while (int(m_spins.size()) > count) {
        delete m_spins.back();
        m_spins.pop_back();
    }
    while (int(m_spins.size()) < count) {
        const int line = int(m_spins.size());
        auto *spin = new CutSpinBox(this);
        spin->setIntegral(isIntegral());
        spin->setRange(-1e12, 1e12);
        // Only a finished edit (Enter, focus out, an arrow step) counts: no change per keystroke.
        spin->setKeyboardTracking(false);
        // The range's widest value would size every box for 13 digits: three panels of four
        // boxes would then not fit a laptop screen. Size for a typical cut point instead.
        spin->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u"000,000.00"_s) + 28);
        spin->setAccessibleName(tr("Cut point %1").arg(line + 1));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, line](double value) { Q_EMIT cutEdited(line, value); });
        m_spinGrid->addWidget(spin, line / 2, line % 2);
        m_spins.push_back(spin);
    }
}

void CutPanel::setCuts(const std::vector<double> &cuts)
{
    rebuildSpinBoxes(int(cuts.size()));
    for (size_t i = 0; i < cuts.size(); ++i) {
        const QSignalBlocker block(m_spins[i]);
        m_spins[i]->setSingleStep(m_histogram->snapStep());
        m_spins[i]->setValue(cuts[i]);
    }
    m_histogram->setCuts(cuts);
}

void CutPanel::showDraggedCut(int line, double value)
{
    if (QDoubleSpinBox *spin = spinBox(line)) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
}

} // namespace Portrait::Ui
