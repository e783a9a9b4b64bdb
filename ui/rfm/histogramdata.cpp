#include "histogramdata.h"

#include <QLocale>

#include <algorithm>

namespace Portrait::Ui {

namespace {

std::vector<double> scoredValues(const std::vector<double> &values, const std::vector<quint8> &scored)
{
    std::vector<double> x;
    x.reserve(values.size());
    for (size_t i = 0; i < values.size() && i < scored.size(); ++i) {
        if (scored[i] && std::isfinite(values[i]))
            x.push_back(values[i]);
    }
    return x;
}

/// The value at quantile p of x, which is reordered (nth_element: O(n), no full sort).
double quantile(std::vector<double> &x, double p)
{
    const auto k = size_t(p * double(x.size() - 1));
    std::nth_element(x.begin(), x.begin() + qsizetype(k), x.end());
    return x[k];
}

/// Edges of `bars` bars evenly spaced on the axis between low and high (values); whole-number metrics
/// get edges half-way between whole numbers, so each bar holds whole values only, the narrow ones
/// at the start of a log axis one value each.
std::vector<double> barEdges(double low, double high, int bars, bool integral, AxisScale scale)
{
    std::vector<double> edges;
    if (integral) {
        const double first = std::floor(low) - 0.5;
        const double last = std::ceil(high) + 0.5;
        if (last - first <= bars || scale == AxisScale::Linear) {
            const double step = std::max(1.0, std::ceil((last - first) / bars));
            for (double e = first; e < last + step / 2; e += step)
                edges.push_back(e);
            if (edges.back() < last)
                edges.push_back(last);
            return edges;
        }
        const double a = HistogramData::toAxis(first, scale), b = HistogramData::toAxis(last, scale);
        for (int k = 0; k <= bars; ++k) {
            const double e = std::round(HistogramData::fromAxis(a + (b - a) * k / bars, scale) - 0.5) + 0.5;
            if (edges.empty() || e > edges.back())
                edges.push_back(e);
        }
        edges.front() = first;
        if (edges.back() < last)
            edges.push_back(last);
        return edges;
    }
    if (!(high > low))
        high = low + 1;
    const double a = HistogramData::toAxis(low, scale), b = HistogramData::toAxis(high, scale);
    for (int k = 0; k <= bars; ++k)
        edges.push_back(HistogramData::fromAxis(a + (b - a) * k / bars, scale));
    edges.front() = low;
    edges.back() = high;
    return edges;
}

} // namespace

qint64 HistogramData::maxCount() const
{
    return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

double HistogramData::toAxis(double value, AxisScale scale)
{
    if (scale == AxisScale::Linear)
        return value;
    return std::copysign(std::log10(1 + std::abs(value)), value);
}

double HistogramData::fromAxis(double coordinate, AxisScale scale)
{
    if (scale == AxisScale::Linear)
        return coordinate;
    return std::copysign(std::pow(10.0, std::abs(coordinate)) - 1, coordinate);
}

bool HistogramData::isSkewed(const std::vector<double> &values, const std::vector<quint8> &scored)
{
    std::vector<double> x = scoredValues(values, scored);
    std::erase_if(x, [](double v) { return v < 0; });
    if (x.size() < 10)
        return false;
    const double lowest = *std::min_element(x.begin(), x.end());
    const double top = quantile(x, 0.99);
    const double median = quantile(x, 0.5);
    return top > lowest && (median - lowest) / (top - lowest) < 0.2;
}

HistogramData HistogramData::build(const std::vector<double> &values, const std::vector<quint8> &scored, bool clipTop,
                                   bool integral, AxisScale scale, int maxBars)
{
    HistogramData h;
    h.integral = integral;
    h.scale = scale;
    std::vector<double> x = scoredValues(values, scored);
    h.total = qint64(x.size());
    h.negative = std::count_if(x.begin(), x.end(), [](double v) { return v < 0; });
    std::erase_if(x, [](double v) { return v < 0; });
    if (x.empty())
        return h;
    const auto [minIt, maxIt] = std::minmax_element(x.begin(), x.end());
    const double lowest = *minIt;
    const double highest = *maxIt;
    double top = highest;
    if (clipTop && scale == AxisScale::Linear) {
        std::vector<double> copy = x;
        if (const double p99 = quantile(copy, 0.99); p99 < highest) {
            top = p99;
            h.clipValue = top;
        }
    }
    h.edges = barEdges(lowest, top, maxBars, integral, scale);
    h.counts.assign(h.edges.size() - 1, 0);
    for (double v : x) {
        if (v > top) {
            ++h.clippedAbove;
            ++h.counts.back();
            continue;
        }
        const auto bar = std::upper_bound(h.edges.begin(), h.edges.end(), v) - h.edges.begin() - 1;
        ++h.counts[size_t(std::clamp<qsizetype>(bar, 0, qsizetype(h.counts.size()) - 1))];
    }
    return h;
}

std::vector<double> HistogramData::logTicks(double low, double high)
{
    std::vector<double> ticks;
    for (const double multiples : { 1.0, 0.0 }) {
        ticks.clear();
        if (low <= 0 && high >= 0)
            ticks.push_back(0);
        for (double decade = 1; decade <= high; decade *= 10) {
            for (double m : { 1.0, 2.0, 5.0 }) {
                if ((m == 1.0 || multiples == 0.0) && decade * m >= low && decade * m <= high)
                    ticks.push_back(decade * m);
            }
        }
        if (ticks.size() >= 3)
            break;
    }
    return ticks;
}

QString cutNumber(double value, bool integral)
{
    const QLocale locale;
    if (integral && std::round(value) == value)
        return locale.toString(value, 'f', 0);
    QString text = locale.toString(value, 'f', 2);
    // "93.10" → "93.1", "400.00" → "400": the digits that say something.
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace Portrait::Ui
