#pragma once

#include "common/currency.h"
#include "histogramdata.h"
#include "rfm/rfmresult.h"

#include <QGroupBox>

#include <memory>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace Portrait::Ui {

class CutSpinBox;
class HistogramWidget;

/// One RFM dimension on the RFM page: the histogram of its metric with the cut lines, and a spin
/// box per cut point. Dragging reports through the histogram's gesture; typing into a spin box
/// reports cutEdited (a finished change, never a preview). Frequency and spend offer a log axis,
/// on by itself when their values are skewed.
class CutPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CutPanel(Rfm::Dimension dimension, QWidget *parent = nullptr);

    Rfm::Dimension dimension() const { return m_dimension; }
    HistogramWidget *histogram() const { return m_histogram; }
    /// The spin box of cut point `line`, or nullptr.
    QDoubleSpinBox *spinBox(int line) const;
    /// The log-axis toggle; nullptr for recency, whose days are not skewed.
    QCheckBox *logScaleBox() const { return m_logScale; }
    /// What the histogram's tooltip explains (clipped tail, customers below zero); empty when nothing.
    QString noteText() const;

    /// Bins the metric of result's scored customers. The axis starts logarithmic when the values are
    /// skewed, unless the analyst has chosen otherwise for this panel.
    void setMetric(std::shared_ptr<const Rfm::RfmResult> result);
    /// Shows the cut points on the lines and in the spin boxes (one spin box per cut).
    void setCuts(const std::vector<double> &cuts);
    /// Shows a line's position while it is dragged, without rebuilding the spin boxes.
    void showDraggedCut(int line, double value);
    /// Names the currency in the title of the spend panel: "Monetary (¥)".
    void setCurrency(Currency currency);
    /// Whether the metric is a whole number (days, orders): cut points are then whole numbers too.
    bool isIntegral() const;

Q_SIGNALS:
    void cutEdited(int line, double value);

private:
    void rebuildHistogram();
    void rebuildSpinBoxes(int count);

    Rfm::Dimension m_dimension;
    std::shared_ptr<const Rfm::RfmResult> m_result;
    bool m_scaleChosen = false;   ///< the analyst toggled the log axis: no more automatic choice
    HistogramWidget *m_histogram = nullptr;
    QCheckBox *m_logScale = nullptr;
    QGridLayout *m_spinGrid = nullptr;
    std::vector<CutSpinBox *> m_spins;
    QString m_note;
};

} // namespace Portrait::Ui
