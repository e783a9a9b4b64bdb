#include "cutpanel.h"

#include "histogramwidget.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
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
    case Rfm::Dimension::Recency: return CutPanel::tr("Recency: days since the last purchase");
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

} // namespace

CutPanel::CutPanel(Rfm::Dimension dimension, QWidget *parent)
    : QGroupBox(panelTitle(dimension), parent)
    , m_dimension(dimension)
    , m_histogram(new HistogramWidget(this))
    , m_spinGrid(new QGridLayout)
    , m_note(new QLabel(this))
{
    m_histogram->setMirrored(dimension == Rfm::Dimension::Recency);
    m_histogram->setAccessibleName(title());
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_histogram, 1);
    layout->addWidget(new QLabel(tr("Cut points:"), this));
    // Two boxes a row: four cut points side by side would make three panels too wide.
    layout->addLayout(m_spinGrid);
    layout->addWidget(m_note);
}

QDoubleSpinBox *CutPanel::spinBox(int line) const
{
    return line >= 0 && line < int(m_spins.size()) ? m_spins[size_t(line)] : nullptr;
}

void CutPanel::setData(HistogramData data)
{
    // Day and order counts are whole numbers: any whole-number line splits them differently, and
    // nothing in between does.
    const bool integral = data.integral;
    m_histogram->setSnapStep(integral ? 1.0 : niceStep(data.high - data.low));
    QString note;
    if (data.isClipped()) {
        note = tr("Axis stops at the 99th percentile (%1); the %2 customers above it are in the hatched last bar.")
                   .arg(QLocale().toString(data.clipValue, 'g', 6), QLocale().toString(data.clippedAbove));
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_histogram->setData(std::move(data));
}

void CutPanel::rebuildSpinBoxes(int count)
{
    while (int(m_spins.size()) > count) {
        delete m_spins.back();
        m_spins.pop_back();
    }
    while (int(m_spins.size()) < count) {
        const int line = int(m_spins.size());
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
        // Only a finished edit (Enter, focus out, an arrow step) counts: no change per keystroke.
        spin->setKeyboardTracking(false);
        // The range's widest value would size every box for 13 digits: three panels of four
        // boxes would then not fit a laptop screen. Size for a typical cut point instead.
        spin->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u"000000.00"_s) + 28);
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
