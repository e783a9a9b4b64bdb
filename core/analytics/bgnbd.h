#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace Portrait::Analytics {

/// BG/NBD (Fader, Hardie & Lee 2005): while alive a customer buys at rate λ ~ Gamma(r, α); after
/// each repeat purchase she drops out with probability p ~ Beta(a, b). α is in the time unit of the
/// data; r, a and b have none.
struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

/// The customers of a fit, grouped by identical (x, t_x, T): at a million customers with times in
/// whole days most of them share their triple with others, and the likelihood is summed per group.
struct BgNbdData
{
    struct Group
    {
        qint32 x;            ///< index into xValues
        qint32 lastTime;     ///< t_x, index into times
        qint32 observedTime; ///< T, index into times
        double weight;       ///< customers in the group
    };

    std::vector<double> times;     ///< distinct t_x and T values, ascending
    std::vector<double> xValues;   ///< distinct x values, ascending
    std::vector<double> xWeights;  ///< customers per x value
    std::vector<Group> groups;
    double customers = 0;
    double repeatCustomers = 0;    ///< customers with x > 0
    double totalRepeats = 0;       ///< sum of x
    double totalObserved = 0;      ///< sum of T
};

/// Groups one entry per customer: x repeat purchases (a whole number >= 0), the time t_x of the last
/// one and the observed time T since the first purchase, 0 <= t_x <= T, T > 0, t_x = 0 when x = 0.
/// Errors name the first customer (0-based entry) that breaks these rules.
Result<BgNbdData> groupBgNbdData(const std::vector<double> &x, const std::vector<double> &tx,
                                 const std::vector<double> &T);

/// The log-likelihood of the data at params, summed over the customers; with gradient, also its
/// derivatives by r, α, a and b (in that order), analytic.
double bgNbdLogLikelihood(const BgNbdData &data, const BgNbdParams &params, std::array<double, 4> *gradient = nullptr);

/// A maximum-likelihood fit.
struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0;
    /// Of r, α, a, b, from the observed information; nothing when it is not positive definite.
    std::optional<std::array<double, 4>> standardErrors;
    int starts = 0;        ///< L-BFGS runs from different starting points
    int converged = 0;     ///< of which converged
    int evaluations = 0;   ///< likelihood evaluations over all runs
};

/// Fewer customers with a repeat purchase than this, and the fit is refused: the dropout process
/// cannot be told apart from the purchase rate.
constexpr int MinRepeatCustomers = 50;

/// Fits by maximum likelihood over log-parameters, from several starting points, keeping the best
/// converged run. Refuses with a message when fewer than MinRepeatCustomers repeat customers or no
/// run converges; an error "cancelled" when cancel is raised.
Result<BgNbdFit> fitBgNbd(const BgNbdData &data, const CancelToken &cancel);

/// P(alive at T | x, t_x, T): 1 for x = 0 (a customer drops out only after a repeat purchase).
double bgNbdPAlive(const BgNbdParams &params, double x, double tx, double T);

/// E[purchases in (T, T + t] | x, t_x, T] = P(alive) × bgNbdExpectedIfAlive(x, T, t), split so that
/// the hypergeometric part is computed once per (x, T). Nothing when Gauss's 2F1 cannot be
/// evaluated (a = 1 exactly, or the series fails).
std::optional<double> bgNbdExpectedIfAlive(const BgNbdParams &params, double x, double T, double t);
std::optional<double> bgNbdExpected(const BgNbdParams &params, double x, double tx, double T, double t);

class BgNbdText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::BgNbdText)
};

} // namespace Portrait::Analytics
