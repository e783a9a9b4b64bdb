#pragma once

#include "common/error.h"

#include <QStringList>

#include <array>

namespace Portrait::Project {

class ProjectFile;

/// The kinds of data a customer can appear in. Orders and survey answers carry their source per
/// row; a customer appears in a customers source when one described it (customers.source_id).
enum class CoverageKind { Orders = 0, Customers = 1, Survey = 2 };
constexpr int CoverageKindCount = 3;

/// How the customers of a project spread over its kinds of sources, so that customers present in
/// one kind only (a survey respondent who never ordered, a buyer missing from the CRM export) are
/// reported instead of silently dropping out of joined views.
struct SourceCoverage {
    struct Group {
        qint64 count = 0;
        QStringList examples; ///< the first customer ids in import order, at most the limit asked
    };

    qint64 customers = 0; ///< every customer in the project
    std::array<qint64, CoverageKindCount> inKind {}; ///< customers appearing in that kind
    std::array<Group, CoverageKindCount> onlyInKind {}; ///< appearing in that kind and no other
    Group inAllKinds; ///< appearing in every kind the project has
    qint64 inNoKind = 0; ///< e.g. the demo project's customers without orders

    bool hasKind(CoverageKind kind) const { return inKind[int(kind)] > 0; }
    /// Coverage says something only when customers can be compared across two kinds or more.
    int kindsPresent() const;
};

/// Reads the coverage in one pass over the customers; keeps at most `exampleLimit` ids per group.
Result<SourceCoverage> sourceCoverage(ProjectFile &project, int exampleLimit);

} // namespace Portrait::Project
