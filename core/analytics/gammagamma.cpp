#include "gammagamma.h"

#include "bgnbd.h"
#include "optimizer.h"

#include "boostmath.h"
#include PORTRAIT_BOOST_DIGAMMA
#include PORTRAIT_BOOST_GAMMA

#include <algorithm>
#include <cmath>

namespace Portrait::Analytics {

namespace {

using boost::math::digamma;
using boost::math::lgamma;

constexpr double ThetaBound = 18.0;

Objective logParameterObjective(const GammaGammaData &data)
{
    return [&data](const std::vector<double> &theta, std::vector<double> &gradient) {
        const GammaGammaParams p { std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]) };
        std::array<double, 3> g {};
        const double ll = gammaGammaLogLikelihood(data, p, &g);
        gradient = { g[0] * p.p, g[1] * p.q, g[2] * p.gamma };
        return ll;
    };
}

} // namespace

Result<GammaGammaData> gammaGammaData(const std::vector<double> &x, const std::vector<double> &meanSpend)
{
    if (x.size() != meanSpend.size())
        return Error { GammaGammaText::tr("x and the mean spends have different lengths"), {}, 0, 0, {} };
    GammaGammaData d;
    d.x = x;
    d.meanSpend = meanSpend;
    for (size_t i = 0; i < x.size(); ++i) {
        if (!(x[i] > 0) || !std::isfinite(x[i]) || !(meanSpend[i] > 0) || !std::isfinite(meanSpend[i]))
            return Error { GammaGammaText::tr("customer %1 of the spend data needs a repeat purchase and a positive "
                                              "mean spend")
                                   .arg(i + 1),
                           {}, qint64(i + 1), 0, {} };
        d.xValues.push_back(x[i]);
    }
    std::sort(d.xValues.begin(), d.xValues.end());
    d.xValues.erase(std::unique(d.xValues.begin(), d.xValues.end()), d.xValues.end());
    d.xCounts.assign(d.xValues.size(), 0.0);
    d.xLogSpend.assign(d.xValues.size(), 0.0);
    d.xIndex.resize(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        const auto k = size_t(std::lower_bound(d.xValues.begin(), d.xValues.end(), x[i]) - d.xValues.begin());
        d.xIndex[i] = qint32(k);
        d.xCounts[k] += 1;
        d.xLogSpend[k] += std::log(meanSpend[i]);
    }
    return d;
}

double gammaGammaLogLikelihood(const GammaGammaData &d, const GammaGammaParams &p, std::array<double, 3> *g)
{
    // Per customer: lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px − 1) ln m + px ln x − (px + q) ln(γ + m x).
    // Everything but the last term depends on x only, so it is summed per distinct x.
    if (g)
        g->fill(0.0);
    const double lgQ = lgamma(p.q), dgQ = digamma(p.q), lnGamma = std::log(p.gamma);
    double ll = 0;
    for (size_t k = 0; k < d.xValues.size(); ++k) {
        const double x = d.xValues[k], n = d.xCounts[k], px = p.p * x;
        ll += n * (lgamma(px + p.q) - lgamma(px) - lgQ + p.q * lnGamma + px * std::log(x)) + (px - 1) * d.xLogSpend[k];
        if (g) {
            (*g)[0] += n * x * (digamma(px + p.q) - digamma(px) + std::log(x)) + x * d.xLogSpend[k];
            (*g)[1] += n * (digamma(px + p.q) - dgQ + lnGamma);
            (*g)[2] += n * p.q / p.gamma;
        }
    }
    double gp = 0, gq = 0, gGamma = 0;
    for (size_t i = 0; i < d.x.size(); ++i) {
        const double x = d.x[i], shape = p.p * x + p.q, scale = p.gamma + d.meanSpend[i] * x;
        const double logScale = std::log(scale);
        ll -= shape * logScale;
        gp -= x * logScale;
        gq -= logScale;
        gGamma -= shape / scale;
    }
    if (g) {
        (*g)[0] += gp;
        (*g)[1] += gq;
        (*g)[2] += gGamma;
    }
    return ll;
}

Result<GammaGammaFit> fitGammaGamma(const GammaGammaData &data, const CancelToken &cancel)
{
    if (data.customers() < MinRepeatCustomers) {
        return Error { GammaGammaText::tr("The spend model needs at least %1 repeat customers with a positive mean "
                                          "spend; there are %2.")
                               .arg(MinRepeatCustomers)
                               .arg(data.customers()),
                       {}, 0, 0, {} };
    }
    double mean = 0;
    for (double m : data.meanSpend)
        mean += m / double(data.customers());
    // γ starts where the population mean pγ/(q−1) equals the observed mean.
    const std::array<std::array<double, 2>, 3> shapes { { { 1, 3 }, { 5, 2 }, { 0.5, 6 } } };
    const Objective objective = logParameterObjective(data);
    const double tolerance = 1e-4 * double(data.customers());
    GammaGammaFit fit;
    fit.customers = data.customers();
    std::optional<OptimumSearch> best;
    for (const auto &shape : shapes) {
        const std::vector<double> start { std::log(shape[0]), std::log(shape[1]), std::log(mean * (shape[1] - 1) / shape[0]) };
        OptimumSearch search = maximizeLbfgs(objective, start, ThetaBound, tolerance, cancel);
        ++fit.starts;
        fit.evaluations += search.evaluations;
        if (search.cancelled)
            return Error { GammaGammaText::tr("The spend model fit was cancelled."), {}, 0, 0, {} };
        if (!search.converged)
            continue;
        ++fit.converged;
        if (!best || search.value > best->value)
            best = std::move(search);
    }
    if (!best) {
        return Error { GammaGammaText::tr("The spend model did not converge from any of %1 starting points.")
                               .arg(fit.starts),
                       {}, 0, 0, {} };
    }
    const std::vector<double> &t = best->theta;
    fit.params = { std::exp(t[0]), std::exp(t[1]), std::exp(t[2]) };
    fit.logLikelihood = best->value;
    if (auto errors = standardErrorsOfExp(objective, t))
        fit.standardErrors = std::array<double, 3> { (*errors)[0], (*errors)[1], (*errors)[2] };
    fit.frequencySpendCorrelation = pearsonCorrelation(data.x, data.meanSpend);
    return fit;
}

std::optional<double> gammaGammaExpectedSpend(const GammaGammaParams &p, double x, double meanSpend)
{
    if (!(p.q > 1))
        return std::nullopt;
    if (!(x > 0) || !(meanSpend > 0))
        return p.p * p.gamma / (p.q - 1);
    return p.p * (p.gamma + x * meanSpend) / (p.p * x + p.q - 1);
}

std::optional<double> pearsonCorrelation(const std::vector<double> &a, const std::vector<double> &b)
{
    const size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return std::nullopt;
    double meanA = 0, meanB = 0;
    for (size_t i = 0; i < n; ++i) {
        meanA += a[i] / double(n);
        meanB += b[i] / double(n);
    }
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < n; ++i) {
        sab += (a[i] - meanA) * (b[i] - meanB);
        saa += (a[i] - meanA) * (a[i] - meanA);
        sbb += (b[i] - meanB) * (b[i] - meanB);
    }
    if (!(saa > 0) || !(sbb > 0))
        return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

} // namespace Portrait::Analytics
