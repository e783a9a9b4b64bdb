#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace Portrait::Analytics {

/// Gamma-Gamma spend model (Fader, Hardie & Lee 2005; Colombo & Jiang 1999): a customer's spend per
/// purchase is Gamma(p, ν), her ν ~ Gamma(q, γ) over the customers. γ is in money.
struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

/// The customers of a fit: x repeat purchases (> 0) and their mean spend (> 0) each.
struct GammaGammaData
{
    std::vector<double> xValues;     ///< distinct x, ascending
    std::vector<double> xCounts;     ///< customers per distinct x
    std::vector<double> xLogSpend;   ///< per distinct x: sum of log(mean spend) of its customers
    std::vector<qint32> xIndex;      ///< per customer, into xValues
    std::vector<double> x;           ///< per customer
    std::vector<double> meanSpend;   ///< per customer
    qsizetype customers() const { return qsizetype(x.size()); }
};

/// Checks and groups the entries; errors name the first (1-based) entry with x <= 0 or a mean spend
/// that is not positive.
Result<GammaGammaData> gammaGammaData(const std::vector<double> &x, const std::vector<double> &meanSpend);

/// Log-likelihood of the mean spends given x, with its analytic derivatives by p, q, γ.
double gammaGammaLogLikelihood(const GammaGammaData &data, const GammaGammaParams &params,
                               std::array<double, 3> *gradient = nullptr);

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    std::optional<std::array<double, 3>> standardErrors;
    qsizetype customers = 0;
    /// Pearson correlation of x and mean spend: the model assumes they are independent.
    std::optional<double> frequencySpendCorrelation;
    int starts = 0;
    int converged = 0;
    int evaluations = 0;
};

/// Above this correlation (in absolute value) of frequency and spend, a warning: the model's
/// independence assumption does not hold well.
constexpr double CorrelationWarning = 0.3;

/// Maximum likelihood over log-parameters from several starts. Refuses with fewer than
/// MinRepeatCustomers customers or when no run converges.
Result<GammaGammaFit> fitGammaGamma(const GammaGammaData &data, const CancelToken &cancel);

/// E[spend per purchase | x, mean spend]: the population mean pγ/(q−1) shrunk towards the
/// customer's own mean by her x. Without repeat purchases (or with a mean spend that is not
/// positive) the population mean. Nothing when q <= 1 (the population mean is infinite).
std::optional<double> gammaGammaExpectedSpend(const GammaGammaParams &params, double x, double meanSpend);

/// Pearson correlation; nothing when either side has no variance.
std::optional<double> pearsonCorrelation(const std::vector<double> &a, const std::vector<double> &b);

class GammaGammaText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::GammaGammaText)
};

} // namespace Portrait::Analytics
