#include "cutspinbox.h"

#include "histogramdata.h"

namespace Portrait::Ui {

CutSpinBox::CutSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setGroupSeparatorShown(true);
    setDecimals(2);
}

void CutSpinBox::setIntegral(bool integral)
{
    // Two decimals are kept either way: a quantile cut between two counts (2.5) must not be rounded
    // by the box; only the text drops what is zero.
    m_integral = integral;
}

QString CutSpinBox::textFromValue(double value) const
{
    return cutNumber(value, m_integral);
}

} // namespace Portrait::Ui
