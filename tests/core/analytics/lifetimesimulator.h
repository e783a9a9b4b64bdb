#pragma once

#include "analytics/bgnbd.h"
#include "analytics/gammagamma.h"
#include "model/customerframe.h"

#include <vector>

namespace Portrait::Testing {

/// Customers drawn from the BG/NBD and Gamma-Gamma models themselves, in continuous time: the
/// exact data the models describe, for parameter recovery and Monte Carlo checks.
struct SimulatedCustomers
{
    std::vector<double> x, tx, T;
    std::vector<double> meanSpend;   ///< mean spend of the repeat purchases; NaN when x = 0
    std::vector<double> lambda, p;   ///< each customer's latent purchase rate and dropout probability
    std::vector<quint8> alive;       ///< still alive at T
};

/// n customers, each observed for a T drawn uniformly from [minT, maxT] time units. Purchases come
/// at rate λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability
/// p ~ Beta(a, b). Spend per purchase ~ Gamma(p_s, ν), ν ~ Gamma(q, γ), when spend is given.
SimulatedCustomers simulateCustomers(const Analytics::BgNbdParams &params, const Analytics::GammaGammaParams *spend,
                                     qsizetype n, double minT, double maxT, quint64 seed);

/// Purchases of one customer after T, given her latent state: for Monte Carlo of expectations.
/// Returns the number of purchases in (T, T + t] of a customer alive at T with rate λ, dropout p.
int simulateFuturePurchases(double lambda, double p, double t, quint64 &state);

/// A frame of n customers whose orders follow the models in days: first purchase days uniform over
/// the first firstWindowDays from day0, orders until day0 + periodDays − 1 (times rounded down to
/// whole days; orders on one day merge into one purchase day for the model). Customer ids "S1", …
Model::CustomerFrame simulateFrame(const Analytics::BgNbdParams &dailyParams, const Analytics::GammaGammaParams &spend,
                                   qsizetype n, Model::Day day0, int periodDays, int firstWindowDays, quint64 seed);

} // namespace Portrait::Testing
