// Gamma-Gamma: the likelihood against numeric integration over the customers' ν, the gradient
// against finite differences, parameter recovery from the simulator, the conditional expected
// spend on hand cases, the correlation check and the guard rails.

#include "lifetimesimulator.h"

#include "analytics/bgnbd.h"
#include "analytics/gammagamma.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Analytics;

namespace {

/// The published CDNOW spend fit: p 6.25, q 3.74, γ 15.44.
const GammaGammaParams Truth { 6.25, 3.74, 15.44 };
const BgNbdParams Purchases { 0.243, 4.414, 0.793, 2.426 };

double logGammaDensity(double value, double shape, double rate)
{
    return shape * std::log(rate) + (shape - 1) * std::log(value) - rate * value - std::lgamma(shape);
}

/// The density of a mean of x spends, Gamma(px, xν), integrated over ν ~ Gamma(q, γ) by the
/// trapezoidal rule on log ν: no closed form used.
double integratedLogLikelihood(double x, double mean, const GammaGammaParams &p)
{
    const int steps = 40000;
    const double lo = std::log(1e-8), hi = std::log(1e4), h = (hi - lo) / steps;
    double sum = 0;
    for (int k = 0; k <= steps; ++k) {
        const double nu = std::exp(lo + k * h);
        const double f = std::exp(logGammaDensity(mean, p.p * x, x * nu) + logGammaDensity(nu, p.q, p.gamma)) * nu;
        sum += (k == 0 || k == steps ? 0.5 : 1.0) * f;
    }
    return std::log(sum * h);
}

/// The repeat customers of a simulated population, with their mean spends.
GammaGammaData spendData(qsizetype customers, quint64 seed, const GammaGammaParams &params = Truth)
{
    const Testing::SimulatedCustomers s = Testing::simulateCustomers(Purchases, &params, customers, 20, 39, seed);
    std::vector<double> x, spend;
    for (size_t i = 0; i < s.x.size(); ++i) {
        if (s.x[i] > 0) {
            x.push_back(s.x[i]);
            spend.push_back(s.meanSpend[i]);
        }
    }
    auto data = gammaGammaData(x, spend);
    return data ? data.takeValue() : GammaGammaData {};
}

} // namespace

class TestGammaGamma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void likelihoodEqualsNumericIntegration()
    {
        const std::vector<double> x { 1, 2, 5, 12, 1 };
        const std::vector<double> spend { 35.0, 12.5, 48.2, 20.0, 3.1 };
        auto data = gammaGammaData(x, spend);
        QVERIFY(data.ok());
        for (const GammaGammaParams &p : { Truth, GammaGammaParams { 1.5, 2.2, 4.0 } }) {
            double expected = 0;
            for (size_t i = 0; i < x.size(); ++i)
                expected += integratedLogLikelihood(x[i], spend[i], p);
            const double ll = gammaGammaLogLikelihood(*data, p);
            QVERIFY2(std::abs(ll - expected) < 1e-6 * std::abs(expected),
                     qPrintable(u"closed form %1, integrated %2"_s.arg(ll, 0, 'g', 12).arg(expected, 0, 'g', 12)));
        }
    }

    void gradientMatchesFiniteDifferences()
    {
        const GammaGammaData data = spendData(3000, 3);
        const GammaGammaParams p { 4.0, 3.0, 10.0 };
        std::array<double, 3> gradient {};
        gammaGammaLogLikelihood(data, p, &gradient);
        for (int k = 0; k < 3; ++k) {
            GammaGammaParams up = p, down = p;
            double *pu = k == 0 ? &up.p : k == 1 ? &up.q : &up.gamma;
            double *pd = k == 0 ? &down.p : k == 1 ? &down.q : &down.gamma;
            const double h = 1e-6 * *pu;
            *pu += h;
            *pd -= h;
            const double numeric = (gammaGammaLogLikelihood(data, up) - gammaGammaLogLikelihood(data, down)) / (2 * h);
            QVERIFY2(std::abs(gradient[size_t(k)] - numeric) < 1e-5 * std::max(1.0, std::abs(numeric)),
                     qPrintable(u"parameter %1: analytic %2, numeric %3"_s.arg(k).arg(gradient[size_t(k)]).arg(numeric)));
        }
    }

    // Over 20,000 repeat customers per seed; the same tolerance as BG/NBD's: within 4 standard errors,
    // errors under 25 % of the value.
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
        const GammaGammaData data = spendData(60000, seed);
        QVERIFY2(data.customers() > 20000, qPrintable(QString::number(data.customers())));
        CancelToken cancel;
        auto fit = fitGammaGamma(data, cancel);
        QVERIFY2(fit.ok(), fit ? "" : qPrintable(fit.error().message));
        QVERIFY(fit->standardErrors.has_value());
        const double estimates[] = { fit->params.p, fit->params.q, fit->params.gamma };
        const double truth[] = { Truth.p, Truth.q, Truth.gamma };
        for (int k = 0; k < 3; ++k) {
            const double se = (*fit->standardErrors)[size_t(k)];
            const QString what = u"parameter %1: estimate %2, truth %3, se %4"_s.arg(k).arg(estimates[k]).arg(truth[k]).arg(se);
            QVERIFY2(std::abs(estimates[k] - truth[k]) <= 4 * se, qPrintable(what));
            QVERIFY2(se < 0.25 * truth[k], qPrintable(what));
        }
        QVERIFY(fit->logLikelihood >= gammaGammaLogLikelihood(data, Truth));
        // Simulated independently: no correlation worth a warning.
        QVERIFY(fit->frequencySpendCorrelation && std::abs(*fit->frequencySpendCorrelation) < CorrelationWarning);
    }

    void expectedSpendHandCases()
    {
        const GammaGammaParams p { 2, 3, 10 };
        // Population mean pγ/(q−1) = 10; x = 4, mean 20: weight (q−1)/(px+q−1) = 0.2 on it, 0.8 on 20.
        QCOMPARE(*gammaGammaExpectedSpend(p, 4, 20), 18.0);
        QCOMPARE(*gammaGammaExpectedSpend(p, 0, std::nan("")), 10.0);
        QCOMPARE(*gammaGammaExpectedSpend(p, 3, -5), 10.0);     // net returns: the population mean
        QVERIFY(!gammaGammaExpectedSpend({ 2, 1, 10 }, 4, 20)); // q <= 1: no finite mean
        // More purchases, more weight on the customer's own mean.
        QVERIFY(*gammaGammaExpectedSpend(p, 40, 20) > *gammaGammaExpectedSpend(p, 4, 20));
    }

    void correlation()
    {
        QCOMPARE(*pearsonCorrelation({ 1, 2, 3 }, { 2, 4, 6 }), 1.0);
        QVERIFY(std::abs(*pearsonCorrelation({ 1, 2, 3, 4 }, { 1, 3, 2, 4 }) - 0.8) < 1e-12);
        QVERIFY(!pearsonCorrelation({ 1, 1, 1 }, { 2, 4, 6 }));   // no variance
        QVERIFY(!pearsonCorrelation({ 1 }, { 2 }));
    }

    void rejectsZeroAndNegativeSpend_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("spend");
        QTest::newRow("zero spend") << 2.0 << 0.0;
        QTest::newRow("negative spend") << 2.0 << -4.0;
        QTest::newRow("NaN spend") << 2.0 << std::nan("");
        QTest::newRow("no repeat purchase") << 0.0 << 10.0;
    }

    void rejectsZeroAndNegativeSpend()
    {
        QFETCH(double, x);
        QFETCH(double, spend);
        auto data = gammaGammaData({ 1, 3, x }, { 5, 7, spend });
        QVERIFY(!data.ok());
        QCOMPARE(data.error().row, qint64(3));
    }

    void refusesTooFewCustomers()
    {
        auto data = gammaGammaData(std::vector<double>(49, 2), std::vector<double>(49, 10));
        QVERIFY(data.ok());
        CancelToken cancel;
        auto fit = fitGammaGamma(*data, cancel);
        QVERIFY(!fit.ok());
        QVERIFY(fit.error().message.contains(u"49"_s));
    }
};

QTEST_GUILESS_MAIN(TestGammaGamma)
#include "tst_gammagamma.moc"
