#include "explain.h"

namespace Portrait::Rfm {

namespace {

const std::vector<double> &metricValues(const RfmMetrics &metrics, Dimension d)
{
    return d == Dimension::Recency ? metrics.recency : d == Dimension::Frequency ? metrics.frequency : metrics.monetary;
}

ScoreReason explainScore(const RfmResult &result, Dimension d, qsizetype customer)
{
    ScoreReason reason;
    reason.dimension = d;
    reason.value = metricValues(result.metrics, d)[size_t(customer)];
    reason.score = result.scores.of(d)[size_t(customer)];
    reason.ranked = result.scores.method == Method::Ntile;
    const std::vector<double> &cuts = result.scores.cuts[size_t(d)];
    if (reason.score == 0 || reason.ranked || cuts.empty())
        return reason;
    // A value earns one step per cut it is above; recency counts the steps down from the top.
    const int above = d == Dimension::Recency ? result.scores.bins - reason.score : reason.score - 1;
    const bool equalIsAbove = cutIncludesEqualValues(result.scores.method, d);
    if (above > 0 && size_t(above - 1) < cuts.size()) {
        reason.lower = cuts[size_t(above - 1)];
        reason.lowerIncluded = equalIsAbove;
    }
    if (size_t(above) < cuts.size()) {
        reason.upper = cuts[size_t(above)];
        reason.upperIncluded = !equalIsAbove;
    }
    return reason;
}

QList<Dimension> failedDimensions(const SegmentRule &rule, SchemeBasis basis, int r, int f, int m)
{
    QList<Dimension> failed;
    if (r < rule.rLow || r > rule.rHigh)
        failed.append(Dimension::Recency);
    if (basis == SchemeBasis::RecencyVsFM) {
        const int fm = fmScore(f, m);
        if (fm < rule.fLow || fm > rule.fHigh)
            failed.append(Dimension::Frequency);
        return failed;
    }
    if (f < rule.fLow || f > rule.fHigh)
        failed.append(Dimension::Frequency);
    if (m < rule.mLow || m > rule.mHigh)
        failed.append(Dimension::Monetary);
    return failed;
}

} // namespace

CustomerExplanation explainCustomer(const RfmResult &result, qsizetype customer)
{
    CustomerExplanation explanation;
    if (customer < 0 || customer >= result.metrics.size())
        return explanation;
    const size_t i = size_t(customer);
    explanation.scored = result.metrics.scored[i] != 0;
    for (Dimension d : { Dimension::Recency, Dimension::Frequency, Dimension::Monetary })
        explanation.reasons[size_t(d)] = explainScore(result, d, customer);
    explanation.segment = result.segment[i];
    explanation.rfmScore = result.rfmScore[i];
    explanation.tier = result.tier[i];
    if (!explanation.scored)
        return explanation;
    // Scores above the scheme's levels are clamped the way assignSegments clamps them.
    const int top = result.scheme.bins;
    const int r = std::min<int>(result.scores.r[i], top);
    const int f = std::min<int>(result.scores.f[i], top);
    const int m = std::min<int>(result.scores.m[i], top);
    for (int rule = 0; rule < explanation.segment && rule < result.scheme.rules.size(); ++rule) {
        explanation.earlierRules.append(
                { rule, failedDimensions(result.scheme.rules.at(rule), result.scheme.basis, r, f, m) });
    }
    return explanation;
}

} // namespace Portrait::Rfm
