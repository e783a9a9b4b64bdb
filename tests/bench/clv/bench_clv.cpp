// Benchmark: the lifetime fit the Analytics page and `portrait clv` run — purchase days from the
// frame, BG/NBD and Gamma-Gamma by maximum likelihood, then P(alive), expected purchases and CLV
// for every customer — on simulated customers. Bars (issue 11): < 1 s at 100k customers, < 5 s at
// 1M; the `lifetimes` Python package takes minutes there (not installable offline, so not run).
// Prints the median of 5 runs per size and PASS/FAIL; exits non-zero on a miss.

#include "lifetimesimulator.h"

#include "analytics/lifetimevalue.h"

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Portrait;

namespace {

constexpr int Runs = 5;

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool benchSize(qsizetype customers, double barSeconds)
{
    // CDNOW-like customers in days: first purchases over the first year, two years of orders, the
    // last quarter held out.
    const Analytics::BgNbdParams daily { 0.243, 4.414 * 7, 0.793, 2.426 };
    const Analytics::GammaGammaParams spend { 6.25, 3.74, 15.44 };
    const Model::Day day0 = Model::Day(QDate(2022, 1, 1).toJulianDay());
    const Model::CustomerFrame frame = Testing::simulateFrame(daily, spend, customers, day0, 730, 365, 42);
    Analytics::LifetimeSettings settings;
    settings.calibrationEnd = day0 + 639;
    std::vector<double> seconds;
    std::optional<Analytics::LifetimeResult> last;
    for (int run = 0; run < Runs; ++run) {
        CancelToken cancel;
        QElapsedTimer clock;
        clock.start();
        auto result = Analytics::fitLifetime(frame, settings, nullProgress(), cancel);
        seconds.push_back(double(clock.nsecsElapsed()) / 1e9);
        if (!result) {
            std::printf("%lld customers: fit failed: %s\n", qlonglong(customers), qPrintable(result.error().message));
            return false;
        }
        last = result.takeValue();
    }
    const double median = medianOf(seconds);
    const Analytics::LifetimeModel &m = last->model;
    const Analytics::BgNbdParams &p = m.bgnbd.params;
    std::printf("%lld customers (%lld orders, %lld repeaters): fit + scores median %.3f s of %d runs (min %.3f, "
                "max %.3f); bar %.1f s, ratio %.2f: %s\n",
                qlonglong(customers), qlonglong(frame.orders.size()), qlonglong(m.repeaters), median, Runs,
                *std::min_element(seconds.begin(), seconds.end()), *std::max_element(seconds.begin(), seconds.end()),
                barSeconds, median / barSeconds, median < barSeconds ? "PASS" : "FAIL");
    std::printf("  BG/NBD (weeks) r %.4f alpha %.4f a %.4f b %.4f, %d of %d starts converged, %d evaluations; "
                "Gamma-Gamma %s\n",
                p.r, p.alpha, p.a, p.b, m.bgnbd.converged, m.bgnbd.starts, m.bgnbd.evaluations,
                m.gammaGamma ? qPrintable(QString::asprintf("p %.3f q %.3f gamma %.3f", m.gammaGamma->params.p,
                                                            m.gammaGamma->params.q, m.gammaGamma->params.gamma))
                             : qPrintable(m.gammaGammaProblem));
    if (last->holdout)
        std::printf("  holdout: actual %.0f, predicted %.1f purchase days\n", last->holdout->actual, last->holdout->predicted);
    return median < barSeconds;
}

} // namespace

int main()
{
    const bool small = benchSize(100'000, 1.0);
    const bool large = benchSize(1'000'000, 5.0);
    return small && large ? 0 : 1;
}
