#include "segmentscheme.h"

#include <algorithm>

namespace Portrait::Rfm {

QString SegmentScheme::displayName(int rule, bool chinese) const
{
    if (rule < 0 || rule >= rules.size())
        return chinese && !fallbackNameZh.isEmpty() ? fallbackNameZh : fallbackName;
    const SegmentRule &r = rules.at(rule);
    return chinese && !r.nameZh.isEmpty() ? r.nameZh : r.name;
}

QString SegmentScheme::displayAction(int rule, bool chinese) const
{
    if (rule < 0 || rule >= rules.size())
        return {};
    const SegmentRule &r = rules.at(rule);
    return chinese && !r.actionZh.isEmpty() ? r.actionZh : r.action;
}

QString SegmentScheme::displayTitle(bool chinese) const
{
    return chinese && !nameZh.isEmpty() ? nameZh : name;
}

bool ruleMatches(const SegmentRule &rule, SchemeBasis basis, int r, int f, int m)
{
    if (r < rule.rLow || r > rule.rHigh)
        return false;
    if (basis == SchemeBasis::RecencyVsFM) {
        const int fm = fmScore(f, m);
        return fm >= rule.fLow && fm <= rule.fHigh;
    }
    return f >= rule.fLow && f <= rule.fHigh && m >= rule.mLow && m <= rule.mHigh;
}

int assignSegment(const SegmentScheme &scheme, int r, int f, int m)
{
    for (int i = 0; i < scheme.rules.size(); ++i) {
        if (ruleMatches(scheme.rules.at(i), scheme.basis, r, f, m))
            return i;
    }
    return int(scheme.rules.size());
}

std::vector<qint16> segmentTable(const SegmentScheme &scheme)
{
    const int n = std::max(scheme.bins, 1);
    std::vector<qint16> table(size_t(n * n * n));
    for (int r = 1; r <= n; ++r) {
        for (int f = 1; f <= n; ++f) {
            for (int m = 1; m <= n; ++m)
                table[size_t(((r - 1) * n + (f - 1)) * n + (m - 1))] = qint16(assignSegment(scheme, r, f, m));
        }
    }
    return table;
}

std::vector<qint16> assignSegments(const SegmentScheme &scheme, const Scores &scores)
{
    // At most 125 cells: look each customer up instead of walking the rules per customer.
    const std::vector<qint16> table = segmentTable(scheme);
    const int n = std::max(scheme.bins, 1);
    std::vector<qint16> out(scores.r.size(), qint16(-1));
    for (size_t i = 0; i < out.size(); ++i) {
        const int r = scores.r[i], f = scores.f[i], m = scores.m[i];
        if (r == 0 || f == 0 || m == 0)
            continue;
        const int cell = ((std::min(r, n) - 1) * n + (std::min(f, n) - 1)) * n + (std::min(m, n) - 1);
        out[i] = table[size_t(cell)];
    }
    return out;
}

} // namespace Portrait::Rfm
