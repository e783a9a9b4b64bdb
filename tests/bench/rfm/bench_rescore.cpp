// Benchmark: the drag-a-cut-line path (rescoreDimension + resegment) on synthetic customers.
// Bars: < 16 ms at 100k customers (one frame at 60 Hz), < 100 ms at 1M. Prints the median of
// 9 runs per size and a PASS/FAIL line each; exits non-zero on a miss. A full runRfm with
// quantile scoring is timed for information only.

#include "rfm/presets.h"
#include "rfm/rfmresult.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

constexpr int Runs = 9;

/// Shop-like skew: ~60 % bought once, a geometric tail of repeat buyers, lognormal order values,
/// recency spread over two years with more recent buyers among the frequent ones; ~2 % returns-only.
RfmMetrics syntheticMetrics(qsizetype customers)
{
    std::mt19937_64 rng(20240601);
    std::geometric_distribution<int> extraOrders(0.45);
    std::lognormal_distribution<double> orderValue(3.6, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    RfmMetrics m;
    const auto n = size_t(customers);
    m.recency.resize(n);
    m.frequency.resize(n);
    m.monetary.resize(n);
    m.scored.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extraOrders(rng);
        double amount = 0;
        for (int k = 0; k < std::min(orders, 8); ++k)
            amount += orderValue(rng);
        m.frequency[i] = orders;
        m.monetary[i] = amount * std::max(1.0, orders / 8.0);
        m.recency[i] = std::floor(730.0 * std::pow(unit(rng), 1.0 + 0.3 * orders));
        m.scored[i] = unit(rng) >= 0.02;
        m.scoredCount += m.scored[i];
    }
    return m;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Returns true when the drag path meets its bar.
bool benchSize(qsizetype customers, double barMs)
{
    const RfmMetrics metrics = syntheticMetrics(customers);
    const SegmentScheme scheme = presetScheme(u"rfm10");

    std::vector<double> fullMs;
    Result<RfmResult> run = Error {};
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        run = runRfm(metrics, ScoringOptions {}, scheme);
        fullMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!run) {
            std::fprintf(stderr, "runRfm failed: %s\n", qPrintable(run.error().toString()));
            return false;
        }
    }

    std::vector<double> dragMs;
    std::vector<double> cuts = run->scores.cuts[size_t(Dimension::Monetary)];
    for (int i = 0; i < Runs; ++i) {
        // The analyst drags the second monetary cut line back and forth.
        cuts[1] = cuts[0] + (cuts[2] - cuts[0]) * (0.25 + 0.05 * (i % 5));
        QElapsedTimer t;
        t.start();
        rescoreDimension(run->metrics, Dimension::Monetary, cuts, Method::Thresholds, run->scores.bins, run->scores);
        resegment(*run);
        dragMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const double drag = medianOf(dragMs);
    const bool pass = drag < barMs;
    std::printf("bench_rescore customers=%lld scored=%lld full_runRfm_quantile_median_ms=%.2f (info)\n",
                static_cast<long long>(customers), static_cast<long long>(metrics.scoredCount), medianOf(fullMs));
    std::printf("bench_rescore customers=%lld rescore+resegment median_ms=%.3f (min %.3f, max %.3f, %d runs) bar<%.0f ms: %s\n",
                static_cast<long long>(customers), drag, *std::min_element(dragMs.begin(), dragMs.end()),
                *std::max_element(dragMs.begin(), dragMs.end()), Runs, barMs, pass ? "PASS" : "FAIL");
    return pass;
}

} // namespace

int main()
{
    bool ok = benchSize(100'000, 16.0);
    ok = benchSize(1'000'000, 100.0) && ok;
    return ok ? 0 : 1;
}
