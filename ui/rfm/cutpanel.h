#pragma once

#include "rfm/scoring.h"

#include <QGroupBox>

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace Portrait::Ui {

class HistogramWidget;
struct HistogramData;

/// One RFM dimension on the RFM page: the histogram of its metric with the cut lines, and a spin
/// box per cut point. Dragging reports through the histogram's gesture; typing into a spin box
/// reports cutEdited (a finished change, never a preview).
class CutPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CutPanel(Rfm::Dimension dimension, QWidget *parent = nullptr);

    Rfm::Dimension dimension() const { return m_dimension; }
    HistogramWidget *histogram() const { return m_histogram; }
    /// The spin box of cut point `line`, or nullptr.
    QDoubleSpinBox *spinBox(int line) const;

    void setData(HistogramData data);
    /// Shows the cut points on the lines and in the spin boxes (one spin box per cut).
    void setCuts(const std::vector<double> &cuts);
    /// Shows a line's position while it is dragged, without rebuilding the spin boxes.
    void showDraggedCut(int line, double value);

Q_SIGNALS:
    void cutEdited(int line, double value);

private:
    void rebuildSpinBoxes(int count);

    Rfm::Dimension m_dimension;
    HistogramWidget *m_histogram = nullptr;
    QGridLayout *m_spinGrid = nullptr;
    std::vector<QDoubleSpinBox *> m_spins;
    QLabel *m_note = nullptr;
};

} // namespace Portrait::Ui
