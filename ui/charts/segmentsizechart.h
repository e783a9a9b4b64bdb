#pragma once

#include "chartdata.h"
#include "qtchartschart.h"

namespace Portrait::Ui {

/// Customers per segment: one horizontal bar per segment in its colour, the first rule on top.
class SegmentSizeChart : public QtChartsChart
{
    Q_OBJECT

public:
    explicit SegmentSizeChart(SegmentData data, QObject *parent = nullptr);

    QString title() const override;
    const SegmentData &data() const { return m_data; }

protected:
    QChart *buildChart() override;

private:
    SegmentData m_data;
};

} // namespace Portrait::Ui
