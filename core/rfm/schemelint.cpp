#include "schemelint.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Portrait::Rfm {

namespace {

class SchemeLint
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Rfm::SchemeLint)
};

QList<std::array<int, 3>> allCells(const SegmentScheme &scheme)
{
    QList<std::array<int, 3>> cells;
    const int n = scheme.bins;
    const int mCount = scheme.basis == SchemeBasis::RFM ? n : 1;
    for (int r = 1; r <= n; ++r) {
        for (int f = 1; f <= n; ++f) {
            for (int m = 1; m <= mCount; ++m)
                cells.append({ r, f, scheme.basis == SchemeBasis::RFM ? m : 0 });
        }
    }
    return cells;
}

/// Whether the rule covers a cell as lintScheme enumerates them ({r, fm, 0} for R × FM).
bool covers(const SegmentRule &rule, SchemeBasis basis, const std::array<int, 3> &c)
{
    const bool rf = c[0] >= rule.rLow && c[0] <= rule.rHigh && c[1] >= rule.fLow && c[1] <= rule.fHigh;
    return basis == SchemeBasis::RecencyVsFM ? rf : rf && c[2] >= rule.mLow && c[2] <= rule.mHigh;
}

QString ruleLabel(const SegmentScheme &scheme, int index, bool chinese)
{
    return SchemeLint::tr("Rule %1 \"%2\"").arg(index + 1).arg(scheme.displayName(index, chinese));
}

QString cellList(const QList<std::array<int, 3>> &cells, SchemeBasis basis)
{
    QStringList codes;
    for (const auto &c : cells)
        codes << cellCode(c, basis);
    return codes.join(u", "_s);
}

/// Empty or out-of-range bounds, naming the dimension; empty text when the ranges are fine.
QString emptyRangeText(const SegmentScheme &scheme, int index, bool chinese)
{
    const SegmentRule &r = scheme.rules.at(index);
    struct Range { QString label; int lo, hi; };
    QList<Range> ranges { { u"R"_s, r.rLow, r.rHigh },
                          { scheme.basis == SchemeBasis::RFM ? u"F"_s : u"FM"_s, r.fLow, r.fHigh } };
    if (scheme.basis == SchemeBasis::RFM)
        ranges.append({ u"M"_s, r.mLow, r.mHigh });
    for (const Range &range : ranges) {
        if (range.lo > range.hi || range.hi < 1 || range.lo > scheme.bins) {
            return SchemeLint::tr("%1 can never match: its %2 range %3–%4 is empty (scores run from 1 to %5)")
                .arg(ruleLabel(scheme, index, chinese), range.label).arg(range.lo).arg(range.hi).arg(scheme.bins);
        }
    }
    return {};
}

/// Index of the first rule covering each cell; rules.size() where none does.
QList<int> firstMatches(const SegmentScheme &scheme, const QList<std::array<int, 3>> &cells)
{
    const auto ruleCount = int(scheme.rules.size());
    QList<int> owner(cells.size(), ruleCount);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        for (int i = 0; i < ruleCount; ++i) {
            if (covers(scheme.rules.at(i), scheme.basis, cells.at(c))) {
                owner[c] = i;
                break;
            }
        }
    }
    return owner;
}

std::optional<LintFinding> unreachableFinding(const SegmentScheme &scheme, int index, bool chinese,
                                              const QList<std::array<int, 3>> &cells, const QList<int> &owner)
{
    QList<std::array<int, 3>> covered;
    QList<int> takers;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (!covers(scheme.rules.at(index), scheme.basis, cells.at(c)))
            continue;
        if (owner[c] == index)
            return std::nullopt;
        covered.append(cells.at(c));
        if (!takers.contains(owner[c]))
            takers.append(owner[c]);
    }
    if (covered.isEmpty())
        return std::nullopt;
    std::sort(takers.begin(), takers.end());
    QStringList names;
    for (int t : takers)
        names << scheme.displayName(t, chinese);
    const QString text = SchemeLint::tr("%1 can never match: every cell it covers is taken by rules before it (%2)")
                             .arg(ruleLabel(scheme, index, chinese), names.join(u", "_s));
    return LintFinding { LintFinding::Kind::UnreachableRule, index, text, covered };
}

} // namespace

QString cellCode(const std::array<int, 3> &cell, SchemeBasis basis)
{
    if (basis == SchemeBasis::RecencyVsFM)
        return u"R"_s + QString::number(cell[0]) + u" FM"_s + QString::number(cell[1]);
    return QString::number(cell[0]) + QString::number(cell[1]) + QString::number(cell[2]);
}

QList<LintFinding> lintScheme(const SegmentScheme &scheme, bool chinese)
{
    QList<LintFinding> findings;
    const auto ruleCount = int(scheme.rules.size());
    QList<bool> empty(ruleCount, false);
    for (int i = 0; i < ruleCount; ++i) {
        const QString text = emptyRangeText(scheme, i, chinese);
        empty[i] = !text.isEmpty();
        if (empty[i])
            findings.append({ LintFinding::Kind::EmptyRange, i, text, {} });
    }

    const QList<std::array<int, 3>> cells = allCells(scheme);
    const QList<int> owner = firstMatches(scheme, cells);
    for (int i = 0; i < ruleCount; ++i) {
        if (empty[i])
            continue;
        if (auto finding = unreachableFinding(scheme, i, chinese, cells, owner))
            findings.append(*finding);
    }

    QList<std::array<int, 3>> uncovered;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (owner[c] == ruleCount)
            uncovered.append(cells.at(c));
    }
    if (!uncovered.isEmpty()) {
        // No %n plural: without a loaded English translation it would print "cell(s)".
        const QString text = SchemeLint::tr("Cells that match no rule and fall to \"%1\" (%2 of %3): %4")
                                 .arg(scheme.displayName(int(scheme.rules.size()), chinese))
                                 .arg(uncovered.size())
                                 .arg(cells.size())
                                 .arg(cellList(uncovered, scheme.basis));
        findings.append({ LintFinding::Kind::UncoveredCells, -1, text, uncovered });
    }
    return findings;
}

} // namespace Portrait::Rfm
