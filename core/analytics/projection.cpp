#include "projection.h"

#include <Eigen/Eigenvalues>

namespace Portrait::Analytics {

std::array<double, 2> Projection::apply(const double *point) const
{
    std::array<double, 2> out { 0, 0 };
    for (size_t axis = 0; axis < 2; ++axis) {
        for (int a = 0; a < dims; ++a)
            out[axis] += axes[axis][size_t(a)] * point[a];
    }
    return out;
}

Projection principalPlane(const PointMatrix &points)
{
    const int d = points.dims;
    Projection projection;
    projection.dims = d;
    for (auto &axis : projection.axes)
        axis.assign(size_t(d), 0.0);
    if (d == 0 || points.rows == 0)
        return projection;
    const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> x(
            points.values.data(), points.rows, d);
    const Eigen::RowVectorXd mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - mean;
    const Eigen::MatrixXd covariance = (centred.transpose() * centred) / double(points.rows);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    const Eigen::VectorXd values = solver.eigenvalues();   // ascending
    const double total = values.sum();
    for (int axis = 0; axis < std::min(2, d); ++axis) {
        const int column = d - 1 - axis;
        Eigen::VectorXd v = solver.eigenvectors().col(column);
        // A fixed orientation (largest component positive), so the picture does not flip between runs.
        Eigen::Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v(largest) < 0)
            v = -v;
        for (int a = 0; a < d; ++a)
            projection.axes[size_t(axis)][size_t(a)] = v(a);
        projection.explained[size_t(axis)] = total > 0 ? std::max(0.0, values(column)) / total : 0;
    }
    return projection;
}

} // namespace Portrait::Analytics
