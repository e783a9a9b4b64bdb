#include "histogramdata.h"

#include <algorithm>

namespace Portrait::Ui {

qint64 HistogramData::maxCount() const
{
    return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

HistogramData HistogramData::build(const std::vector<double> &values, const std::vector<quint8> &scored, bool clipTop,
                                   bool integral, int maxBars)
{
    HistogramData h;
    h.integral = integral;
    std::vector<double> x;
    x.reserve(values.size());
    for (size_t i = 0; i < values.size() && i < scored.size(); ++i) {
        if (scored[i] && std::isfinite(values[i]))
            x.push_back(values[i]);
    }
    h.total = qint64(x.size());
    if (x.empty()) {
        h.counts.assign(1, 0);
        return h;
    }
    const auto [minIt, maxIt] = std::minmax_element(x.begin(), x.end());
    const double lowest = *minIt;
    const double highest = *maxIt;
    double top = highest;
    if (clipTop) {
        // nth_element is O(n); the bars only need the percentile's position, not a full sort.
        std::vector<double> copy = x;
        const auto k = size_t(0.99 * double(copy.size() - 1));
        std::nth_element(copy.begin(), copy.begin() + qsizetype(k), copy.end());
        if (copy[k] < highest) {
            top = copy[k];
            h.clipValue = top;
        }
    }

    if (integral && top - lowest + 1 <= maxBars) {
        h.low = std::floor(lowest) - 0.5;
        h.high = std::ceil(top) + 0.5;
        h.binWidth = 1;
    } else {
        h.low = lowest;
        h.high = top > lowest ? top : lowest + 1;
        h.binWidth = (h.high - h.low) / maxBars;
    }
    const auto bars = std::max<qsizetype>(1, qsizetype(std::lround((h.high - h.low) / h.binWidth)));
    h.counts.assign(size_t(bars), 0);
    for (double v : x) {
        if (v > top) {
            ++h.clippedAbove;
            ++h.counts.back();
            continue;
        }
        const auto bar = qsizetype((v - h.low) / h.binWidth);
        ++h.counts[size_t(std::clamp<qsizetype>(bar, 0, bars - 1))];
    }
    return h;
}

} // namespace Portrait::Ui
