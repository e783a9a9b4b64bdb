#pragma once

#include "kmeans.h"

#include <array>
#include <vector>

namespace Portrait::Analytics {

/// The plane that shows most of the spread of standardised points: their first two principal
/// components, for the scatter of clusters.
struct Projection
{
    int dims = 0;
    std::array<std::vector<double>, 2> axes;   ///< unit vectors, dims long; the second is 0 for dims = 1
    std::array<double, 2> explained { 0, 0 };  ///< share of the total variance along each axis, 0–1

    /// The point (dims values) in plane coordinates.
    std::array<double, 2> apply(const double *point) const;
};

/// Principal components of the points (centred on their mean; standardised points already are).
Projection principalPlane(const PointMatrix &points);

} // namespace Portrait::Analytics
