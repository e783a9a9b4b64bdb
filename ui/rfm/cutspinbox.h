#pragma once

#include <QDoubleSpinBox>

namespace Portrait::Ui {

/// A cut point's spin box that writes its value as the histogram's labels do (cutNumber()):
/// "1" for counts, "3,206.58" for amounts, so the box and the line read the same.
class CutSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit CutSpinBox(QWidget *parent = nullptr);

    /// Whole-number metrics (days, orders): whole values are written without decimals.
    void setIntegral(bool integral);
    bool isIntegral() const { return m_integral; }

    QString textFromValue(double value) const override;

private:
    bool m_integral = false;
};

} // namespace Portrait::Ui
