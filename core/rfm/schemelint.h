#pragma once

#include "rfm/segmentscheme.h"

#include <QList>
#include <QString>

#include <array>

namespace Portrait::Rfm {

/// A problem the scheme editor points out; a scheme with findings still works (first match wins).
struct LintFinding
{
    enum class Kind {
        UnreachableRule,   ///< every cell the rule covers is taken by rules before it
        UncoveredCells,    ///< cells no rule covers: those customers fall to the fallback segment
        EmptyRange         ///< a bound range is empty (lower > upper) or outside 1..bins
    };
    Kind kind = Kind::UncoveredCells;
    int rule = -1;          ///< 0-based rule index; -1 for UncoveredCells (texts count from 1)
    QString text;           ///< translated; names the rule and the cells
    /// The cells concerned, as {r, f, m} scores; under SchemeBasis::RecencyVsFM {r, fm, 0}.
    /// UnreachableRule: the cells the rule covers; UncoveredCells: the uncovered cells.
    QList<std::array<int, 3>> cells;
};

/// Checks all bins³ score cells (bins² R × FM cells for RecencyVsFM): empty ranges first, then
/// unreachable rules in rule order, then one finding listing the uncovered cells, if any.
/// `chinese` names rules by their Chinese names (as displayName() does).
QList<LintFinding> lintScheme(const SegmentScheme &scheme, bool chinese = false);

/// "545" for RFM cells, "R1 FM3" for R × FM cells: how findings and the editor name a cell.
QString cellCode(const std::array<int, 3> &cell, SchemeBasis basis);

} // namespace Portrait::Rfm
