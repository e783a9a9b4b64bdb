// BG/NBD: the likelihood against a term-by-term evaluation written from the paper's equation (6),
// its gradient against finite differences, parameter recovery from the model's own simulator,
// P(alive) on hand cases, expected purchases against a Monte Carlo, and the guard rails.

#include "lifetimesimulator.h"

#include "analytics/bgnbd.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Analytics;

namespace {

/// CDNOW-like parameters in weeks (the published fit is r 0.243, α 4.414, a 0.793, b 2.426).
const BgNbdParams Truth { 0.243, 4.414, 0.793, 2.426 };

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

/// Equation (6) of Fader, Hardie & Lee (2005), evaluated as written, one customer at a time:
/// L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
///   + [x > 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
double directLogLikelihood(const std::vector<double> &x, const std::vector<double> &tx, const std::vector<double> &T,
                           const BgNbdParams &p)
{
    double total = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        const double gammaPart = std::exp(std::lgamma(p.r + x[i]) - std::lgamma(p.r) + p.r * std::log(p.alpha));
        double likelihood = std::exp(logBeta(p.a, p.b + x[i]) - logBeta(p.a, p.b)) * gammaPart
                / std::pow(p.alpha + T[i], p.r + x[i]);
        if (x[i] > 0)
            likelihood += std::exp(logBeta(p.a + 1, p.b + x[i] - 1) - logBeta(p.a, p.b)) * gammaPart
                    / std::pow(p.alpha + tx[i], p.r + x[i]);
        total += std::log(likelihood);
    }
    return total;
}

BgNbdData grouped(const Testing::SimulatedCustomers &s)
{
    auto data = groupBgNbdData(s.x, s.tx, s.T);
    return data ? data.takeValue() : BgNbdData {};
}

} // namespace

class TestBgNbd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void likelihoodEqualsDirectEvaluation_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::newRow("cdnow") << 0.243 << 4.414 << 0.793 << 2.426;
        QTest::newRow("frequent") << 2.0 << 3.0 << 1.5 << 6.0;
        QTest::newRow("b below 1") << 0.8 << 12.0 << 0.4 << 0.6;
    }

    void likelihoodEqualsDirectEvaluation()
    {
        QFETCH(double, r);
        QFETCH(double, alpha);
        QFETCH(double, a);
        QFETCH(double, b);
        const Testing::SimulatedCustomers s = Testing::simulateCustomers(Truth, nullptr, 500, 10, 40, 7);
        // Repeat some customers: grouping must weight them, not drop them.
        std::vector<double> x = s.x, tx = s.tx, T = s.T;
        for (size_t i = 0; i < 100; ++i) {
            x.push_back(s.x[i]);
            tx.push_back(s.tx[i]);
            T.push_back(s.T[i]);
        }
        const BgNbdParams p { r, alpha, a, b };
        auto data = groupBgNbdData(x, tx, T);
        QVERIFY(data.ok());
        QCOMPARE(data->customers, 600.0);
        QVERIFY(data->groups.size() < 600);
        const double expected = directLogLikelihood(x, tx, T, p);
        QVERIFY(std::abs(bgNbdLogLikelihood(*data, p) - expected) < 1e-9 * std::abs(expected));
    }

    void gradientMatchesFiniteDifferences()
    {
        const BgNbdData data = grouped(Testing::simulateCustomers(Truth, nullptr, 2000, 10, 40, 11));
        const BgNbdParams p { 0.5, 6.0, 1.2, 3.0 };
        std::array<double, 4> gradient {};
        bgNbdLogLikelihood(data, p, &gradient);
        for (int k = 0; k < 4; ++k) {
            BgNbdParams up = p, down = p;
            double *pu = k == 0 ? &up.r : k == 1 ? &up.alpha : k == 2 ? &up.a : &up.b;
            double *pd = k == 0 ? &down.r : k == 1 ? &down.alpha : k == 2 ? &down.a : &down.b;
            const double h = 1e-6 * *pu;
            *pu += h;
            *pd -= h;
            const double numeric = (bgNbdLogLikelihood(data, up) - bgNbdLogLikelihood(data, down)) / (2 * h);
            QVERIFY2(std::abs(gradient[size_t(k)] - numeric) < 1e-5 * std::max(1.0, std::abs(numeric)),
                     qPrintable(u"parameter %1: analytic %2, numeric %3"_s.arg(k).arg(gradient[size_t(k)]).arg(numeric)));
        }
    }

    // 20,000 simulated customers per seed. Tolerance: each estimate within 4 of its own standard
    // errors of the truth. The MLE is asymptotically normal with those errors, so a correct fit
    // misses this with probability ~6e-5 per parameter; a wrong likelihood, gradient or optimiser
    // misses it by far. The errors themselves must be small (< 25 % of the value) so that the
    // check has teeth, and the fit's likelihood must beat the truth's (it is the maximum).
    void recoversParameters_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 3") << quint64(3);
    }

    void recoversParameters()
    {
        QFETCH(quint64, seed);
        const BgNbdData data = grouped(Testing::simulateCustomers(Truth, nullptr, 20000, 20, 39, seed));
        QCOMPARE(data.customers, 20000.0);
        CancelToken cancel;
        auto fit = fitBgNbd(data, cancel);
        QVERIFY2(fit.ok(), fit ? "" : qPrintable(fit.error().message));
        QVERIFY(fit->standardErrors.has_value());
        const double estimates[] = { fit->params.r, fit->params.alpha, fit->params.a, fit->params.b };
        const double truth[] = { Truth.r, Truth.alpha, Truth.a, Truth.b };
        for (int k = 0; k < 4; ++k) {
            const double se = (*fit->standardErrors)[size_t(k)];
            const QString what = u"parameter %1: estimate %2, truth %3, se %4"_s.arg(k).arg(estimates[k]).arg(truth[k]).arg(se);
            QVERIFY2(std::abs(estimates[k] - truth[k]) <= 4 * se, qPrintable(what));
            QVERIFY2(se < 0.25 * truth[k], qPrintable(what));
        }
        QVERIFY(fit->logLikelihood >= bgNbdLogLikelihood(data, Truth));
        QCOMPARE(fit->logLikelihood, bgNbdLogLikelihood(data, fit->params));
        QVERIFY(fit->converged >= 1);
    }

    void standardErrorsShrinkWithData()
    {
        // Four times the customers, half the standard error (1/√n), within Monte Carlo slack.
        CancelToken cancel;
        auto small = fitBgNbd(grouped(Testing::simulateCustomers(Truth, nullptr, 5000, 20, 39, 21)), cancel);
        auto large = fitBgNbd(grouped(Testing::simulateCustomers(Truth, nullptr, 20000, 20, 39, 22)), cancel);
        QVERIFY(small.ok() && large.ok() && small->standardErrors && large->standardErrors);
        for (size_t k = 0; k < 4; ++k) {
            const double ratio = (*small->standardErrors)[k] / (*large->standardErrors)[k];
            QVERIFY2(ratio > 1.5 && ratio < 2.7, qPrintable(QString::number(ratio)));
        }
    }

    void pAliveHandCases()
    {
        // x = 0: nobody drops out before a repeat purchase.
        QCOMPARE(bgNbdPAlive(Truth, 0, 0, 30), 1.0);
        // r = α = a = b = 1, x = 1, t_x = 1, T = 3: odds a/(b+x−1) · ((α+T)/(α+t_x))^(r+x) = 1 · 2² = 4.
        QVERIFY(std::abs(bgNbdPAlive({ 1, 1, 1, 1 }, 1, 1, 3) - 0.2) < 1e-15);
        // Bought at T: odds 0.5/2.5 · 1⁴ = 0.2, P = 1/1.2.
        QVERIFY(std::abs(bgNbdPAlive({ 2, 3, 0.5, 1.5 }, 2, 5, 5) - 1 / 1.2) < 1e-15);
        // A long silence drives it to 0 without overflow or NaN.
        const double silent = bgNbdPAlive(Truth, 200, 1, 1e6);
        QVERIFY(silent >= 0 && silent < 1e-300);
        // Later last purchase, same x and T: more likely alive.
        QVERIFY(bgNbdPAlive(Truth, 3, 30, 39) > bgNbdPAlive(Truth, 3, 10, 39));
    }

    void expectedPurchasesMatchMonteCarlo_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::newRow("13 weeks") << 13.0;
        QTest::newRow("52 weeks") << 52.0;
    }

    void expectedPurchasesMatchMonteCarlo()
    {
        // E[Σ Y_i(t)] = Σ E[Y_i(t) | x_i, t_x_i, T_i]: the simulated customers' actual futures (from
        // their latent λ, p and alive state) must add up to the model's conditional expectations.
        QFETCH(double, horizon);
        const Testing::SimulatedCustomers s = Testing::simulateCustomers(Truth, nullptr, 20000, 20, 39, 5);
        quint64 state = 99;
        std::array<double, 3> predicted {}, actual {}, squaredGaps {};
        for (size_t i = 0; i < s.x.size(); ++i) {
            const auto expected = bgNbdExpected(Truth, s.x[i], s.tx[i], s.T[i], horizon);
            QVERIFY(expected.has_value());
            const size_t group = s.x[i] == 0 ? 0 : s.x[i] <= 3 ? 1 : 2;
            // Several futures per customer shrink the part of the noise that is not her latent state.
            double future = 0;
            for (int draw = 0; draw < 20; ++draw)
                future += s.alive[i] ? Testing::simulateFuturePurchases(s.lambda[i], s.p[i], horizon, state) / 20.0 : 0;
            predicted[group] += *expected;
            actual[group] += future;
            squaredGaps[group] += (future - *expected) * (future - *expected);
        }
        for (size_t g = 0; g < 3; ++g) {
            // The gaps are independent with mean 0 when the expectation is right: their sum has
            // variance Σ gap², estimated from the gaps themselves.
            const double se = std::sqrt(squaredGaps[g]);
            QVERIFY2(std::abs(actual[g] - predicted[g]) < 4 * se,
                     qPrintable(u"group %1: actual %2, predicted %3, se %4"_s.arg(g).arg(actual[g]).arg(predicted[g]).arg(se)));
            QVERIFY(se < 0.05 * predicted[g]);
        }
        QVERIFY(*bgNbdExpected(Truth, 2, 30, 39, 0) == 0);
    }

    void refusesTooFewRepeatCustomers()
    {
        // 49 repeat customers among 2,000: refused, and the message says how many there are.
        std::vector<double> x(2000, 0), tx(2000, 0), T(2000, 30);
        for (size_t i = 0; i < 49; ++i) {
            x[i] = 2;
            tx[i] = 10;
        }
        CancelToken cancel;
        auto fit = fitBgNbd(*groupBgNbdData(x, tx, T), cancel);
        QVERIFY(!fit.ok());
        QVERIFY2(fit.error().message.contains(u"50"_s) && fit.error().message.contains(u"49"_s),
                 qPrintable(fit.error().message));
        // Everybody bought once: no repeat customer at all.
        auto once = fitBgNbd(*groupBgNbdData(std::vector<double>(500, 0), std::vector<double>(500, 0),
                                             std::vector<double>(500, 20)), cancel);
        QVERIFY(!once.ok());
        QVERIFY(once.error().message.contains(u" 0."_s));
    }

    void refusesWhenItCannotConverge()
    {
        // Every repeat customer bought on the last day, at a steady pace: nobody ever drops out, so the
        // likelihood keeps rising as b/a → ∞ and there is no optimum to report.
        std::vector<double> x, tx, T;
        for (int i = 0; i < 400; ++i) {
            x.push_back(1 + i % 5);
            tx.push_back(30);
            T.push_back(30);
        }
        CancelToken cancel;
        auto fit = fitBgNbd(*groupBgNbdData(x, tx, T), cancel);
        QVERIFY(!fit.ok());
        QVERIFY2(fit.error().message.contains(u"converge"_s), qPrintable(fit.error().message));
    }

    void cancels()
    {
        CancelToken cancel;
        cancel.cancel();
        auto fit = fitBgNbd(grouped(Testing::simulateCustomers(Truth, nullptr, 1000, 20, 39, 4)), cancel);
        QVERIFY(!fit.ok());
        QVERIFY(fit.error().message.contains(u"cancel"_s));
    }

    void rejectsImpossibleCustomers_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("T");
        QTest::newRow("negative x") << -1.0 << 0.0 << 10.0;
        QTest::newRow("fractional x") << 1.5 << 2.0 << 10.0;
        QTest::newRow("t_x after T") << 2.0 << 11.0 << 10.0;
        QTest::newRow("T zero") << 0.0 << 0.0 << 0.0;
        QTest::newRow("NaN") << 1.0 << std::nan("") << 10.0;
        QTest::newRow("t_x without repeats") << 0.0 << 3.0 << 10.0;
    }

    void rejectsImpossibleCustomers()
    {
        QFETCH(double, x);
        QFETCH(double, tx);
        QFETCH(double, T);
        auto data = groupBgNbdData({ 1, x }, { 1, tx }, { 5, T });
        QVERIFY(!data.ok());
        QCOMPARE(data.error().row, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "tst_bgnbd.moc"
