#include "optimizer.h"

#include <Eigen/Dense>
#include <nlopt.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace Portrait::Analytics {

namespace {

constexpr int MaxEvaluations = 2000;

struct Search
{
    const Objective *objective;
    const CancelToken *cancel;
    nlopt::opt *optimizer;
    OptimumSearch best;
    std::vector<double> gradient;
    std::vector<double> bestGradient;
};

double evaluate(const std::vector<double> &theta, std::vector<double> &gradient, void *data)
{
    auto *search = static_cast<Search *>(data);
    if (search->cancel->isCancelled()) {
        search->best.cancelled = true;
        search->optimizer->force_stop();
        return -std::numeric_limits<double>::infinity();
    }
    ++search->best.evaluations;
    search->gradient.assign(theta.size(), 0.0);
    const double value = (*search->objective)(theta, search->gradient);
    if (!std::isfinite(value)) {
        // A point where the likelihood underflows or overflows: tell L-BFGS to step back.
        if (!gradient.empty())
            gradient.assign(theta.size(), 0.0);
        return -std::numeric_limits<double>::max();
    }
    if (!gradient.empty())
        gradient = search->gradient;
    if (search->best.theta.empty() || value > search->best.value) {
        search->best.theta = theta;
        search->best.value = value;
        search->bestGradient = search->gradient;
    }
    return value;
}

bool onBounds(const std::vector<double> &theta, double bound)
{
    for (double t : theta) {
        if (std::abs(t) >= bound * (1 - 1e-9))
            return true;
    }
    return false;
}

} // namespace

OptimumSearch maximizeLbfgs(const Objective &objective, const std::vector<double> &start, double thetaBound,
                            double gradientTolerance, const CancelToken &cancel)
{
    const auto n = unsigned(start.size());
    nlopt::opt optimizer(nlopt::LD_LBFGS, n);
    Search search { &objective, &cancel, &optimizer, {}, {}, {} };
    optimizer.set_max_objective(evaluate, &search);
    optimizer.set_lower_bounds(std::vector<double>(n, -thetaBound));
    optimizer.set_upper_bounds(std::vector<double>(n, thetaBound));
    optimizer.set_ftol_rel(1e-12);
    optimizer.set_xtol_rel(1e-10);
    optimizer.set_maxeval(MaxEvaluations);
    std::vector<double> theta = start;
    double value = 0;
    bool stoppedOnTolerance = false;
    try {
        const nlopt::result result = optimizer.optimize(theta, value);
        stoppedOnTolerance = result == nlopt::SUCCESS || result == nlopt::FTOL_REACHED || result == nlopt::XTOL_REACHED;
    } catch (const nlopt::roundoff_limited &) {
        // L-BFGS cannot improve further in double precision: at the optimum, if the gradient agrees.
        stoppedOnTolerance = true;
    } catch (const std::exception &) {
        stoppedOnTolerance = false; // forced stop (cancel), bad numbers: the best point says the rest
    }
    OptimumSearch out = search.best;
    if (out.theta.empty() || out.cancelled)
        return out;
    double largest = 0;
    for (double g : search.bestGradient)
        largest = std::max(largest, std::abs(g));
    out.converged = stoppedOnTolerance && largest <= gradientTolerance && !onBounds(out.theta, thetaBound);
    return out;
}

std::optional<std::vector<double>> standardErrorsOfExp(const Objective &objective, const std::vector<double> &theta)
{
    const auto n = Eigen::Index(theta.size());
    constexpr double Step = 1e-5;
    Eigen::MatrixXd hessian(n, n);
    std::vector<double> up(theta.size()), down(theta.size());
    for (Eigen::Index j = 0; j < n; ++j) {
        std::vector<double> plus = theta, minus = theta;
        plus[size_t(j)] += Step;
        minus[size_t(j)] -= Step;
        objective(plus, up);
        objective(minus, down);
        for (Eigen::Index i = 0; i < n; ++i)
            hessian(i, j) = (up[size_t(i)] - down[size_t(i)]) / (2 * Step);
    }
    const Eigen::MatrixXd information = -(hessian + hessian.transpose()) / 2;
    if (!information.allFinite())
        return std::nullopt;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(information);
    if (eigen.info() != Eigen::Success || eigen.eigenvalues().minCoeff() <= 0)
        return std::nullopt;
    const Eigen::MatrixXd covariance = eigen.eigenvectors() * eigen.eigenvalues().cwiseInverse().asDiagonal()
            * eigen.eigenvectors().transpose();
    std::vector<double> errors(theta.size());
    for (Eigen::Index j = 0; j < n; ++j)
        errors[size_t(j)] = std::exp(theta[size_t(j)]) * std::sqrt(covariance(j, j));
    return errors;
}

} // namespace Portrait::Analytics
