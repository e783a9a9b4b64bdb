#pragma once

#include "chartdata.h"
#include "qtchartschart.h"

namespace Portrait::Ui {

/// Share of revenue against share of customers, a pair of bars per segment: which segments carry
/// more of the revenue than their head count.
class SegmentShareChart : public QtChartsChart
{
    Q_OBJECT

public:
    explicit SegmentShareChart(SegmentData data, QObject *parent = nullptr);

    QString title() const override;

protected:
    QChart *buildChart() override;

private:
    SegmentData m_data;
};

} // namespace Portrait::Ui
