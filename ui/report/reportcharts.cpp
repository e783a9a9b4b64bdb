#include "reportcharts.h"

#include "charts/chartdata.h"
#include "charts/heatmapchart.h"
#include "charts/histogramchart.h"
#include "charts/medianchart.h"
#include "charts/scatterchart.h"
#include "charts/segmentsharechart.h"
#include "charts/segmentsizechart.h"
#include "charts/tierchart.h"
#include "charts/treemapchart.h"

namespace Portrait::Ui {

std::vector<std::unique_ptr<DashboardChart>> createDashboardCharts(const Rfm::RfmResult &result, bool chineseNames,
                                                                   Currency currency)
{
    SegmentData segments = segmentData(result, chineseNames);
    segments.currency = currency;
    RfHeatmapData heatmap = rfHeatmapData(result);
    heatmap.currency = currency;
    std::vector<std::unique_ptr<DashboardChart>> charts;
    charts.push_back(std::make_unique<SegmentSizeChart>(segments));
    charts.push_back(std::make_unique<TreemapChart>(segments));
    charts.push_back(std::make_unique<SegmentShareChart>(segments));
    charts.push_back(std::make_unique<TierChart>(tierData(result)));
    charts.push_back(std::make_unique<HeatmapChart>(heatmap));
    charts.push_back(std::make_unique<MedianChart>(segments));
    for (Rfm::Dimension dimension : { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary }) {
        MetricHistogram histogram = metricHistogram(result, dimension);
        histogram.currency = currency;
        charts.push_back(std::make_unique<HistogramChart>(std::move(histogram)));
    }
    charts.push_back(std::make_unique<ScatterChart>(scatterSample(result), segments));
    return charts;
}

} // namespace Portrait::Ui
