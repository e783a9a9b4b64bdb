#include "trend.h"

#include "sortedvalues.h"

#include "common/largepages.h"

#include <QCoreApplication>

#include <algorithm>

namespace Portrait::Timeline {

namespace {

struct TrendText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Trend)
};

constexpr std::array<Rfm::Dimension, 3> Dimensions { Rfm::Dimension::Recency, Rfm::Dimension::Frequency,
                                                     Rfm::Dimension::Monetary };

/// Applies the cut lines set by hand, as Jobs::applyManualOverrides does, then segments.
void applyHandCuts(Rfm::RfmResult &result, const ScoringSpec &spec)
{
    for (const Rfm::Dimension d : Dimensions) {
        const auto &cuts = spec.cuts[size_t(d)];
        if (cuts && int(cuts->size()) == result.scores.bins - 1)
            Rfm::rescoreDimension(result.metrics, d, *cuts, result.scores.method, result.scores.bins, result.scores);
    }
    Rfm::resegment(result, spec.tiers);
}

/// runRfm on one made-up customer: the options' own errors (levels, thresholds, a scheme for other
/// levels, tiers) without measuring anybody.
Status checkSpec(const ScoringSpec &spec)
{
    Rfm::RfmMetrics one;
    one.recency = { 0 };
    one.frequency = { 1 };
    one.monetary = { 1 };
    one.scored = { 1 };
    one.scoredCount = 1;
    auto result = Rfm::runRfm(std::move(one), spec.scoring, spec.scheme, spec.tiers);
    if (!result)
        return result.error();
    return {};
}

class TrendRun
{
public:
    TrendRun(const Model::CustomerFrame &frame, const ScoringSpec &spec) : m_frame(frame), m_spec(spec) { }

    /// dates: how many the trend will score; keeping monetary sorted pays from the third on.
    void prepare(size_t dates);
    /// Moves every customer's metrics to asOf; false when cancelled.
    bool advance(Model::Day asOf, const CancelToken &cancel);
    /// Scores the customers as measured; false when nobody is scored.
    bool score();
    TrendPoint point() const;
    const Rfm::RfmResult &result() const { return m_result; }

private:
    void indexOrders();
    void sortEvents();
    void touch(qint32 customer);
    void remeasure(qint32 customer, Model::Day asOf);
    std::vector<double> cutsFor(Rfm::Dimension d);
    std::vector<double> monetaryQuantiles(const std::vector<double> &ps);
    bool needsRanks(Rfm::Dimension d) const;
    bool handCut(Rfm::Dimension d) const;

    const Model::CustomerFrame &m_frame;
    const ScoringSpec &m_spec;
    Rfm::RfmResult m_result;
    std::vector<size_t> m_orderStart;      ///< per customer, its first order; one more at the end
    std::vector<Model::Day> m_eventDay;    ///< ascending: an order, or customer-level totals
    std::vector<qint32> m_eventCustomer;
    size_t m_entered = 0;
    size_t m_left = 0;
    std::vector<Model::Day> m_lastPurchase;
    std::vector<quint32> m_stamp;          ///< the period that last touched the customer
    quint32 m_period = 0;
    std::vector<qint32> m_touched;
    /// The scored customers' last purchase days and frequencies, counted per value.
    CountedValues m_lastDays, m_frequencies;
    /// Their monetary values kept sorted (with the changes of a period to merge in), when the trend
    /// has enough dates for that to beat a selection per date.
    bool m_keepMonetarySorted = false;
    SortedValues m_monetary;
    std::vector<double> m_removed, m_added;
    std::array<std::vector<double>, 3> m_previousCuts;
    bool m_scoredBefore = false;
};

void TrendRun::prepare(size_t dates)
{
    m_keepMonetarySorted = dates > 2;
    const auto n = size_t(m_frame.size());
    Rfm::RfmMetrics &x = m_result.metrics;
    fillColumn(x.recency, n, 0.0);
    fillColumn(x.frequency, n, 0.0);
    fillColumn(x.monetary, n, 0.0);
    fillColumn<quint8>(x.scored, n, 0);
    fillColumn(m_lastPurchase, n, Model::NoDay);
    fillColumn<quint32>(m_stamp, n, 0);
    m_result.scheme = m_spec.scheme;
    m_result.scores.method = m_spec.scoring.method;
    m_result.scores.bins = Rfm::isTwoLevel(m_spec.scoring.method) ? 2 : m_spec.scoring.bins;
    for (const Rfm::Dimension d : Dimensions)
        fillColumn<quint8>(m_result.scores.of(d), n, 0);
    indexOrders();
    sortEvents();
}

void TrendRun::indexOrders()
{
    // Orders come sorted by customer (FrameLoader): each customer's are one run.
    const auto n = size_t(m_frame.size());
    m_orderStart.assign(n + 1, 0);
    const std::vector<qint32> &owner = m_frame.orders.customer;
    for (const qint32 c : owner)
        ++m_orderStart[size_t(c) + 1];
    for (size_t c = 0; c < n; ++c)
        m_orderStart[c + 1] += m_orderStart[c];
}

void TrendRun::sortEvents()
{
    // One event per order, and one per customer with customer-level totals, by day (a counting
    // sort: the days of a project span a few thousand values).
    const Model::OrderTable &orders = m_frame.orders;
    const Model::CustomerTotals &totals = m_frame.totals;
    std::vector<std::pair<Model::Day, qint32>> extra;
    for (size_t c = 0; c < size_t(m_frame.size()); ++c) {
        if (totals.orderCount[c] > 0 && totals.lastOrderDay[c] != Model::NoDay)
            extra.emplace_back(totals.lastOrderDay[c], qint32(c));
    }
    const size_t count = size_t(orders.size()) + extra.size();
    if (count == 0)
        return;
    Model::Day low = std::numeric_limits<Model::Day>::max(), high = std::numeric_limits<Model::Day>::min();
    for (const Model::Day day : orders.day)
        low = std::min(low, day), high = std::max(high, day);
    for (const auto &[day, c] : extra)
        low = std::min(low, day), high = std::max(high, day);
    const auto span = size_t(qint64(high) - qint64(low)) + 1;
    std::vector<size_t> next(span + 1, 0);
    for (const Model::Day day : orders.day)
        ++next[size_t(day - low) + 1];
    for (const auto &[day, c] : extra)
        ++next[size_t(day - low) + 1];
    for (size_t d = 0; d < span; ++d)
        next[d + 1] += next[d];
    m_eventDay.resize(count);
    m_eventCustomer.resize(count);
    const auto place = [&](Model::Day day, qint32 customer) {
        const size_t at = next[size_t(day - low)]++;
        m_eventDay[at] = day;
        m_eventCustomer[at] = customer;
    };
    for (size_t i = 0; i < size_t(orders.size()); ++i)
        place(orders.day[i], orders.customer[i]);
    for (const auto &[day, c] : extra)
        place(day, c);
}

void TrendRun::touch(qint32 customer)
{
    if (m_stamp[size_t(customer)] == m_period)
        return;
    m_stamp[size_t(customer)] = m_period;
    m_touched.push_back(customer);
}

void TrendRun::remeasure(qint32 customer, Model::Day asOf)
{
    const auto c = size_t(customer);
    Rfm::RfmMetrics &x = m_result.metrics;
    const Rfm::MetricWindow window(m_spec.metrics, asOf);
    const Rfm::CustomerMetrics now = Rfm::measureCustomer(m_frame, window, c, m_orderStart[c], m_orderStart[c + 1]);
    const bool was = x.scored[c];
    if (was && needsRanks(Rfm::Dimension::Recency))
        m_lastDays.add(m_lastPurchase[c], -1);
    if (now.scored() && needsRanks(Rfm::Dimension::Recency))
        m_lastDays.add(now.lastPurchase, 1);
    if (was && needsRanks(Rfm::Dimension::Frequency))
        m_frequencies.add((long long)(x.frequency[c]), -1);
    if (now.scored() && needsRanks(Rfm::Dimension::Frequency))
        m_frequencies.add((long long)(now.frequency), 1);
    if (m_keepMonetarySorted && needsRanks(Rfm::Dimension::Monetary)) {
        if (was)
            m_removed.push_back(x.monetary[c]);
        if (now.scored())
            m_added.push_back(now.monetary);
    }
    x.frequency[c] = now.frequency;
    x.monetary[c] = now.monetary;
    x.scored[c] = now.scored() ? 1 : 0;
    x.scoredCount += (now.scored() ? 1 : 0) - (was ? 1 : 0);
    m_lastPurchase[c] = now.lastPurchase;
    if (!now.scored())
        x.recency[c] = 0;
}

bool TrendRun::advance(Model::Day asOf, const CancelToken &cancel)
{
    ++m_period;
    m_touched.clear();
    while (m_entered < m_eventDay.size() && m_eventDay[m_entered] <= asOf)
        touch(m_eventCustomer[m_entered++]);
    // With a window, an order leaves once the window's first day is past it.
    const int windowDays = m_spec.metrics.windowDays;
    while (windowDays > 0 && m_left < m_entered && qint64(m_eventDay[m_left]) + windowDays <= asOf)
        touch(m_eventCustomer[m_left++]);
    // In frame order, the customers' orders and columns are read front to back rather than at
    // random: most of the time measuring them took went to cache misses.
    std::sort(m_touched.begin(), m_touched.end());
    for (size_t i = 0; i < m_touched.size(); ++i) {
        if ((i & 0xffff) == 0xffff && cancel.isCancelled())
            return false;
        remeasure(m_touched[i], asOf);
    }
    m_monetary.update(m_removed, m_added);
    m_removed.clear();
    m_added.clear();
    m_lastDays.index();
    m_frequencies.index();
    // Everybody ages: recency is the only metric that moves without an order.
    Rfm::RfmMetrics &x = m_result.metrics;
    x.asOf = asOf;
    for (size_t c = 0; c < x.scored.size(); ++c) {
        if (x.scored[c])
            x.recency[c] = double(asOf - m_lastPurchase[c]);
    }
    return !cancel.isCancelled();
}

bool TrendRun::needsRanks(Rfm::Dimension d) const
{
    const auto i = size_t(d);
    const Rfm::ScoringOptions &s = m_spec.scoring;
    if (handCut(d))
        return false;   // hand-set lines replace whatever the method computes
    switch (s.method) {
    case Rfm::Method::Quantile:
    case Rfm::Method::Median:
        return true;
    case Rfm::Method::RfmPkg:
        return s.thresholds[i].empty();
    case Rfm::Method::Thresholds:
    case Rfm::Method::Mean:
    case Rfm::Method::Ntile:
        return false;
    }
    return false;
}

bool TrendRun::handCut(Rfm::Dimension d) const
{
    const Rfm::ScoringOptions &s = m_spec.scoring;
    const int bins = Rfm::isTwoLevel(s.method) ? 2 : s.bins;
    const auto &cuts = m_spec.cuts[size_t(d)];
    return cuts && int(cuts->size()) == bins - 1;
}

std::vector<double> TrendRun::monetaryQuantiles(const std::vector<double> &ps)
{
    const Rfm::RfmMetrics &x = m_result.metrics;
    if (m_keepMonetarySorted) {
        const size_t n = m_monetary.size();
        return type7Quantiles(n, ps, [&](size_t rank) { return m_monetary.at(rank); });
    }
    // A date or two: selecting among the values beats sorting them first.
    m_added.clear();
    for (size_t c = 0; c < x.scored.size(); ++c) {
        if (x.scored[c])
            m_added.push_back(x.monetary[c]);
    }
    std::vector<double> cuts = Rfm::quantilesUnsorted(m_added, ps);
    m_added.clear();
    return cuts;
}

// The cut points Rfm::score computes for d (scoring.cpp, computedCuts), from the sorted values.
std::vector<double> TrendRun::cutsFor(Rfm::Dimension d)
{
    const auto i = size_t(d);
    const Rfm::ScoringOptions &s = m_spec.scoring;
    const Rfm::RfmMetrics &x = m_result.metrics;
    if (s.method == Rfm::Method::Thresholds || (s.method == Rfm::Method::RfmPkg && !s.thresholds[i].empty()))
        return s.thresholds[i];
    const std::vector<double> &values = d == Rfm::Dimension::Recency ? x.recency
            : d == Rfm::Dimension::Frequency                          ? x.frequency
                                                                      : x.monetary;
    if (s.method == Rfm::Method::Mean) {
        double sum = 0;   // in frame order, as std::accumulate over the scored values
        for (size_t c = 0; c < values.size(); ++c) {
            if (x.scored[c])
                sum += values[c];
        }
        return { sum / double(x.scoredCount) };
    }
    std::vector<double> ps;
    if (s.method == Rfm::Method::Median) {
        ps = { 0.5 };
    } else {
        for (int k = 1; k < s.bins; ++k)
            ps.push_back(double(k) / s.bins);
    }
    const double asOf = double(x.asOf);
    std::vector<double> cuts;
    if (d == Rfm::Dimension::Recency) {
        // Ascending recency is descending last-purchase day.
        const size_t n = m_lastDays.size();
        cuts = type7Quantiles(n, ps, [&](size_t rank) { return asOf - m_lastDays.at(n - 1 - rank); });
    } else if (d == Rfm::Dimension::Frequency) {
        cuts = type7Quantiles(m_frequencies.size(), ps, [&](size_t rank) { return m_frequencies.at(rank); });
    } else {
        cuts = monetaryQuantiles(ps);
    }
    if (s.method == Rfm::Method::RfmPkg) {
        for (double &cut : cuts)
            cut += 1.0;
    }
    return cuts;
}

bool TrendRun::score()
{
    const Rfm::RfmMetrics &x = m_result.metrics;
    if (x.scoredCount <= 0)
        return false;
    Rfm::Scores &scores = m_result.scores;
    if (m_spec.scoring.method == Rfm::Method::Ntile) {
        // Ranks by value and frame order: no cut points to keep up to date, so the engine's own.
        auto ranked = Rfm::score(x, m_spec.scoring);
        if (!ranked)
            return false;
        scores = ranked.takeValue();
    } else {
        for (const Rfm::Dimension d : Dimensions) {
            const std::vector<double> cuts = handCut(d) ? *m_spec.cuts[size_t(d)] : cutsFor(d);
            // Frequency and monetary move only for the customers measured again: with the same cut
            // points, only they can change score. Recency moves for everybody.
            const bool same = m_scoredBefore && d != Rfm::Dimension::Recency && cuts == m_previousCuts[size_t(d)];
            const Rfm::Method method = handCut(d) ? scores.method : m_spec.scoring.method;
            if (same)
                Rfm::rescoreCustomers(x, d, cuts, method, scores.bins, scores, m_touched);
            else
                Rfm::rescoreDimension(x, d, cuts, method, scores.bins, scores);
            m_previousCuts[size_t(d)] = cuts;
        }
        scores.method = m_spec.scoring.method;
        m_scoredBefore = true;
        Rfm::resegment(m_result, m_spec.tiers);
        return true;
    }
    applyHandCuts(m_result, m_spec);
    return true;
}

TrendPoint TrendRun::point() const
{
    TrendPoint p;
    p.asOf = m_result.metrics.asOf;
    const auto segments = size_t(m_spec.scheme.rules.size() + 1);
    p.customers.assign(segments, 0);
    p.monetary.assign(segments, 0.0);
    p.scored = m_result.metrics.scoredCount;
    if (p.scored <= 0)
        return p;
    const std::vector<qint16> &segment = m_result.segment;
    const std::vector<double> &monetary = m_result.metrics.monetary;
    for (size_t c = 0; c < segment.size(); ++c) {
        const int s = segment[c];
        if (s < 0 || size_t(s) >= segments)
            continue;
        ++p.customers[size_t(s)];
        p.monetary[size_t(s)] += monetary[c];
    }
    return p;
}

} // namespace

Result<Trend> computeTrend(const Model::CustomerFrame &frame, const ScoringSpec &spec, std::vector<Model::Day> dates,
                           ProgressSink &progress, const CancelToken &cancel, const TrendObserver &observe)
{
    if (Status s = checkSpec(spec); !s)
        return s.error();
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    progress.setPhase(TrendText::tr("Scoring at %n date(s)", nullptr, int(dates.size())));
    progress.setTotal(qint64(dates.size()));
    TrendRun run(frame, spec);
    run.prepare(dates.size());
    Trend trend;
    trend.scheme = spec.scheme;
    for (size_t i = 0; i < dates.size(); ++i) {
        if (!run.advance(dates[i], cancel))
            return Error { TrendText::tr("The trend was cancelled."), {}, 0, 0, {} };
        if (run.score() && observe)
            observe(run.result());
        trend.points.push_back(run.point());
        progress.setValue(qint64(i + 1));
    }
    return trend;
}

Result<Rfm::RfmResult> scoreFromScratch(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day asOf)
{
    Rfm::MetricOptions options = spec.metrics;
    options.asOf = asOf;
    auto result = Rfm::runRfm(Rfm::computeMetrics(frame, options), spec.scoring, spec.scheme, spec.tiers);
    if (result)
        applyHandCuts(*result, spec);
    return result;
}

} // namespace Portrait::Timeline
