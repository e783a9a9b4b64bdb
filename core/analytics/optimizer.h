#pragma once

#include "common/progress.h"

#include <functional>
#include <optional>
#include <vector>

namespace Portrait::Analytics {

/// A function to maximise over log-parameters θ: returns its value and writes the gradient (same
/// size as θ). Models keep their parameters positive by fitting θ = log(parameter).
using Objective = std::function<double(const std::vector<double> &theta, std::vector<double> &gradient)>;

/// Where one L-BFGS run ended.
struct OptimumSearch
{
    std::vector<double> theta;
    double value = 0;
    int evaluations = 0;
    /// The optimiser stopped on its tolerances (not on the evaluation limit), the gradient there is
    /// below gradientTolerance and no parameter sits on the search bounds.
    bool converged = false;
    bool cancelled = false;
};

/// NLopt's L-BFGS with the analytic gradient, from start, with every θ kept inside
/// [-thetaBound, thetaBound]; the best point seen is returned even when the run fails. cancel is
/// checked at every evaluation.
OptimumSearch maximizeLbfgs(const Objective &objective, const std::vector<double> &start, double thetaBound,
                            double gradientTolerance, const CancelToken &cancel);

/// Standard errors of the parameters exp(θ) at a maximum θ of objective: the inverse of the observed
/// information (minus the Hessian, by central differences of the analytic gradient) with the delta
/// method. Nothing when that information is not positive definite (the maximum is flat or a saddle).
std::optional<std::vector<double>> standardErrorsOfExp(const Objective &objective, const std::vector<double> &theta);

} // namespace Portrait::Analytics
