#include "lifetimesimulator.h"

#include <QString>

#include <cmath>
#include <limits>
#include <random>

namespace Portrait::Testing {

namespace {

double gammaDraw(std::mt19937_64 &rng, double shape, double rate)
{
    return std::gamma_distribution<double>(shape, 1.0 / rate)(rng);
}

double betaDraw(std::mt19937_64 &rng, double a, double b)
{
    const double x = gammaDraw(rng, a, 1.0), y = gammaDraw(rng, b, 1.0);
    return x / (x + y);
}

/// One customer's purchase times after the first (at 0), up to T: exponential gaps at rate λ, a
/// dropout with probability p after each. Returns whether the customer is still alive at T.
bool purchaseTimes(std::mt19937_64 &rng, double lambda, double p, double T, std::vector<double> &times)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::exponential_distribution<double> gap(lambda);
    times.clear();
    double t = 0;
    for (;;) {
        t += gap(rng);
        if (t > T)
            return true;
        times.push_back(t);
        if (unit(rng) < p)
            return false;
    }
}

} // namespace

SimulatedCustomers simulateCustomers(const Analytics::BgNbdParams &params, const Analytics::GammaGammaParams *spend,
                                     qsizetype n, double minT, double maxT, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> observed(minT, maxT);
    SimulatedCustomers s;
    std::vector<double> times;
    for (qsizetype i = 0; i < n; ++i) {
        const double lambda = gammaDraw(rng, params.r, params.alpha);
        const double p = betaDraw(rng, params.a, params.b);
        const double T = observed(rng);
        const bool alive = purchaseTimes(rng, lambda, p, T, times);
        s.x.push_back(double(times.size()));
        s.tx.push_back(times.empty() ? 0.0 : times.back());
        s.T.push_back(T);
        s.lambda.push_back(lambda);
        s.p.push_back(p);
        s.alive.push_back(alive ? 1 : 0);
        double mean = std::numeric_limits<double>::quiet_NaN();
        if (spend) {
            const double nu = gammaDraw(rng, spend->q, spend->gamma);
            if (!times.empty()) {
                double total = 0;
                for (size_t k = 0; k < times.size(); ++k)
                    total += gammaDraw(rng, spend->p, nu);
                mean = total / double(times.size());
            }
        }
        s.meanSpend.push_back(mean);
    }
    return s;
}

int simulateFuturePurchases(double lambda, double p, double t, quint64 &state)
{
    std::mt19937_64 rng(state);
    state = rng();
    std::vector<double> times;
    // Memorylessness: the future of a customer alive at T is a fresh run over (0, t].
    purchaseTimes(rng, lambda, p, t, times);
    return int(times.size());
}

Model::CustomerFrame simulateFrame(const Analytics::BgNbdParams &dailyParams, const Analytics::GammaGammaParams &spend,
                                   qsizetype n, Model::Day day0, int periodDays, int firstWindowDays, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> firstDay(0, firstWindowDays - 1);
    Model::CustomerFrame frame;
    frame.reserve(n);
    std::vector<double> times;
    for (qsizetype i = 0; i < n; ++i) {
        const qint32 c = frame.addCustomer(QString::number(i + 1).prepend(u'S'));
        const double lambda = gammaDraw(rng, dailyParams.r, dailyParams.alpha);
        const double p = betaDraw(rng, dailyParams.a, dailyParams.b);
        const double nu = gammaDraw(rng, spend.q, spend.gamma);
        const int first = firstDay(rng);
        // Observed until the end of the period's last day.
        purchaseTimes(rng, lambda, p, double(periodDays - first), times);
        frame.orders.append(c, day0 + first, gammaDraw(rng, spend.p, nu), 0.0, true);
        for (double t : times)
            frame.orders.append(c, day0 + first + Model::Day(std::floor(t)), gammaDraw(rng, spend.p, nu), 0.0, true);
        frame.latestOrderDay = std::max(frame.latestOrderDay, frame.orders.day.back());
    }
    return frame;
}

} // namespace Portrait::Testing
