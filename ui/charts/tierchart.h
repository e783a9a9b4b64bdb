#pragma once

#include "chartdata.h"
#include "qtchartschart.h"

namespace Portrait::Ui {

/// Scored customers per value tier (高 / 中 / 低 by the RFM score) as a ring.
class TierChart : public QtChartsChart
{
    Q_OBJECT

public:
    explicit TierChart(TierData data, QObject *parent = nullptr);

    QString title() const override;
    /// "High value" / "Middle value" / "Low value" (translated) for tier 2, 1, 0.

protected:
    QChart *buildChart() override;

private:
    TierData m_data;
};

} // namespace Portrait::Ui
