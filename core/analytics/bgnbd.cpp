#include "bgnbd.h"

#include "optimizer.h"

#include "boostmath.h"
#include PORTRAIT_BOOST_DIGAMMA
#include PORTRAIT_BOOST_GAMMA
#include PORTRAIT_BOOST_HYPERGEOMETRIC_PFQ

#include <algorithm>
#include <cmath>
#include <exception>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

using boost::math::digamma;
using boost::math::lgamma;

/// Parameters stay within e^±18 (1.5e-8 … 6.6e7): beyond that a fit has run off to a boundary
/// (no dropout at all, or a purchase rate the data cannot see), which is reported as not converged.
constexpr double ThetaBound = 18.0;

struct Triple
{
    double x, tx, T;
    auto operator<=>(const Triple &) const = default;
};

qint32 indexIn(const std::vector<double> &sorted, double value)
{
    return qint32(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

Error invalidCustomer(size_t i, const QString &why)
{
    return Error { BgNbdText::tr("customer %1 of the BG/NBD data: %2").arg(i + 1).arg(why), {}, qint64(i + 1), 0, {} };
}

std::optional<Error> checkCustomer(size_t i, double x, double tx, double T)
{
    if (!std::isfinite(x) || x < 0 || x != std::floor(x))
        return invalidCustomer(i, BgNbdText::tr("x must be a whole number of repeat purchases"));
    if (!std::isfinite(T) || T <= 0)
        return invalidCustomer(i, BgNbdText::tr("T must be positive"));
    if (!std::isfinite(tx) || tx < 0 || tx > T || (x == 0 && tx != 0))
        return invalidCustomer(i, BgNbdText::tr("t_x must lie between 0 and T, and be 0 without repeat purchases"));
    return std::nullopt;
}

/// Per distinct x, the terms of the likelihood that depend on x and the parameters only.
struct XTerms
{
    std::vector<double> logK;      ///< log(a / (b + x − 1)), for x > 0
    std::vector<double> invBx1;    ///< 1 / (b + x − 1)
};

double xPartAndGradient(const BgNbdData &d, const BgNbdParams &p, std::array<double, 4> *g, XTerms &terms)
{
    const double lnAlpha = std::log(p.alpha);
    const double lgR = lgamma(p.r), lgAB = lgamma(p.a + p.b), lgB = lgamma(p.b);
    const double dgR = digamma(p.r), dgAB = digamma(p.a + p.b), dgB = digamma(p.b);
    terms.logK.assign(d.xValues.size(), 0.0);
    terms.invBx1.assign(d.xValues.size(), 0.0);
    double ll = 0;
    for (size_t k = 0; k < d.xValues.size(); ++k) {
        const double x = d.xValues[k], w = d.xWeights[k];
        ll += w * (lgamma(p.r + x) - lgR + p.r * lnAlpha + lgAB + lgamma(p.b + x) - lgB - lgamma(p.a + p.b + x));
        if (g) {
            (*g)[0] += w * (digamma(p.r + x) - dgR + lnAlpha);
            (*g)[1] += w * p.r / p.alpha;
            (*g)[2] += w * (dgAB - digamma(p.a + p.b + x));
            (*g)[3] += w * (dgAB + digamma(p.b + x) - dgB - digamma(p.a + p.b + x));
        }
        if (x > 0) {
            terms.logK[k] = std::log(p.a) - std::log(p.b + x - 1);
            terms.invBx1[k] = 1 / (p.b + x - 1);
        }
    }
    return ll;
}

Objective logParameterObjective(const BgNbdData &data)
{
    return [&data](const std::vector<double> &theta, std::vector<double> &gradient) {
        const BgNbdParams p { std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3]) };
        std::array<double, 4> g {};
        const double ll = bgNbdLogLikelihood(data, p, &g);
        gradient = { g[0] * p.r, g[1] * p.alpha, g[2] * p.a, g[3] * p.b };
        return ll;
    };
}

std::vector<double> logOf(const BgNbdParams &p)
{
    return { std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b) };
}

} // namespace

Result<BgNbdData> groupBgNbdData(const std::vector<double> &x, const std::vector<double> &tx,
                                 const std::vector<double> &T)
{
    if (x.size() != tx.size() || x.size() != T.size())
        return Error { BgNbdText::tr("x, t_x and T have different lengths"), {}, 0, 0, {} };
    std::vector<Triple> triples(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        if (auto problem = checkCustomer(i, x[i], tx[i], T[i]))
            return *problem;
        triples[i] = { x[i], tx[i], T[i] };
    }
    std::sort(triples.begin(), triples.end());
    BgNbdData d;
    d.times.reserve(2 * triples.size());
    for (const Triple &t : triples) {
        d.times.push_back(t.tx);
        d.times.push_back(t.T);
    }
    std::sort(d.times.begin(), d.times.end());
    d.times.erase(std::unique(d.times.begin(), d.times.end()), d.times.end());
    for (size_t i = 0; i < triples.size();) {
        size_t j = i;
        while (j < triples.size() && triples[j] == triples[i])
            ++j;
        const Triple &t = triples[i];
        const double weight = double(j - i);
        if (d.xValues.empty() || d.xValues.back() != t.x) {
            d.xValues.push_back(t.x);
            d.xWeights.push_back(0);
        }
        d.xWeights.back() += weight;
        d.groups.push_back({ qint32(d.xValues.size() - 1), indexIn(d.times, t.tx), indexIn(d.times, t.T), weight });
        d.customers += weight;
        d.repeatCustomers += t.x > 0 ? weight : 0;
        d.totalRepeats += weight * t.x;
        d.totalObserved += weight * t.T;
        i = j;
    }
    return d;
}

double bgNbdLogLikelihood(const BgNbdData &d, const BgNbdParams &p, std::array<double, 4> *g)
{
    if (g)
        g->fill(0.0);
    XTerms terms;
    double ll = xPartAndGradient(d, p, g, terms);
    std::vector<double> logTime(d.times.size()), invTime(d.times.size());
    for (size_t k = 0; k < d.times.size(); ++k) {
        logTime[k] = std::log(p.alpha + d.times[k]);
        invTime[k] = 1 / (p.alpha + d.times[k]);
    }
    double gr = 0, gAlpha = 0, ga = 0, gb = 0;
    for (const BgNbdData::Group &group : d.groups) {
        const double x = d.xValues[size_t(group.x)], w = group.weight, s = p.r + x;
        const double logT = logTime[size_t(group.observedTime)], invT = invTime[size_t(group.observedTime)];
        const double l1 = -s * logT;   // alive all through T
        if (x == 0) {
            ll += w * l1;
            gr -= w * logT;
            gAlpha -= w * s * invT;
            continue;
        }
        // ... or dropped out right after the last purchase at t_x: log(e^l1 + e^l2), kept finite.
        const double logTx = logTime[size_t(group.lastTime)], invTx = invTime[size_t(group.lastTime)];
        const double l2 = terms.logK[size_t(group.x)] - s * logTx;
        const double e = std::exp(-std::abs(l2 - l1));
        const double dropped = l2 > l1 ? 1 / (1 + e) : e / (1 + e); // share of the second term
        const double alive = 1 - dropped;
        ll += w * (std::max(l1, l2) + std::log1p(e));
        gr -= w * (alive * logT + dropped * logTx);
        gAlpha -= w * s * (alive * invT + dropped * invTx);
        ga += w * dropped / p.a;
        gb -= w * dropped * terms.invBx1[size_t(group.x)];
    }
    if (g) {
        (*g)[0] += gr;
        (*g)[1] += gAlpha;
        (*g)[2] += ga;
        (*g)[3] += gb;
    }
    return ll;
}

Result<BgNbdFit> fitBgNbd(const BgNbdData &data, const CancelToken &cancel)
{
    if (data.repeatCustomers < MinRepeatCustomers) {
        return Error { BgNbdText::tr("The churn model needs at least %1 customers with a repeat purchase in the "
                                     "calibration period; there are %2.")
                               .arg(MinRepeatCustomers)
                               .arg(qint64(data.repeatCustomers)),
                       {}, 0, 0, {} };
    }
    // The purchase rate r/α starts at the observed repeat rate; r, a and b from a few shapes.
    const double rate = std::max(data.totalRepeats, 1.0) / data.totalObserved;
    const std::array<std::array<double, 3>, 4> shapes { { { 1, 1, 1 }, { 0.5, 0.5, 2 }, { 2, 1, 5 }, { 0.25, 2, 8 } } };
    const Objective objective = logParameterObjective(data);
    // The gradient by log-parameters is a sum over customers: small per customer at the optimum.
    const double tolerance = 1e-4 * std::max(data.customers, 1.0);
    BgNbdFit fit;
    std::optional<OptimumSearch> best;
    for (const auto &shape : shapes) {
        const BgNbdParams start { shape[0], shape[0] / rate, shape[1], shape[2] };
        OptimumSearch search = maximizeLbfgs(objective, logOf(start), ThetaBound, tolerance, cancel);
        ++fit.starts;
        fit.evaluations += search.evaluations;
        if (search.cancelled)
            return Error { BgNbdText::tr("The churn model fit was cancelled."), {}, 0, 0, {} };
        if (!search.converged)
            continue;
        ++fit.converged;
        if (!best || search.value > best->value)
            best = std::move(search);
    }
    if (!best) {
        return Error { BgNbdText::tr("The churn model did not converge from any of %1 starting points: the purchases "
                                     "may not follow the model (for example almost nobody stops buying). Try a "
                                     "longer calibration period or the other time unit.")
                               .arg(fit.starts),
                       {}, 0, 0, {} };
    }
    const std::vector<double> &t = best->theta;
    fit.params = { std::exp(t[0]), std::exp(t[1]), std::exp(t[2]), std::exp(t[3]) };
    fit.logLikelihood = best->value;
    if (auto errors = standardErrorsOfExp(objective, t))
        fit.standardErrors = std::array<double, 4> { (*errors)[0], (*errors)[1], (*errors)[2], (*errors)[3] };
    return fit;
}

double bgNbdPAlive(const BgNbdParams &p, double x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    // 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), computed in logs so that a long silence
    // gives a probability near 0 rather than an overflow.
    const double logOdds = std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1 / (1 + std::exp(logOdds));
}

std::optional<double> bgNbdExpectedIfAlive(const BgNbdParams &p, double x, double T, double t)
{
    if (t <= 0)
        return 0.0;
    if (p.a == 1)
        return std::nullopt;
    const double z = t / (p.alpha + T + t);
    try {
        const double f = boost::math::hypergeometric_pFq({ p.r + x, p.b + x }, { p.a + p.b + x - 1 }, z);
        const double shrink = std::exp((p.r + x) * std::log1p(-z)); // ((α+T)/(α+T+t))^(r+x)
        const double value = (p.a + p.b + x - 1) / (p.a - 1) * (1 - shrink * f);
        if (!std::isfinite(value))
            return std::nullopt;
        return std::max(value, 0.0);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<double> bgNbdExpected(const BgNbdParams &p, double x, double tx, double T, double t)
{
    const auto ifAlive = bgNbdExpectedIfAlive(p, x, T, t);
    if (!ifAlive)
        return std::nullopt;
    return bgNbdPAlive(p, x, tx, T) * *ifAlive;
}

} // namespace Portrait::Analytics
