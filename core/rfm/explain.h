#pragma once

#include "rfm/rfmresult.h"

#include <QList>

#include <array>
#include <optional>

namespace Portrait::Rfm {

/// Why a customer got its score on one dimension: its value and the interval of values that
/// gives that score under the cut points used.
struct ScoreReason
{
    Dimension dimension = Dimension::Recency;
    double value = 0;
    int score = 0;                      ///< 0: unscored
    std::optional<double> lower;        ///< no bound below when empty
    bool lowerIncluded = false;         ///< lower <= value (else lower < value)
    std::optional<double> upper;        ///< no bound above when empty
    bool upperIncluded = false;         ///< value <= upper (else value < upper)
    /// Ntile ranks customers: equal values may get different scores, so no interval explains it.
    bool ranked = false;
};

/// A rule tried before the one that placed the customer, and the dimensions it failed on.
struct RuleMiss
{
    int rule = 0;
    QList<Dimension> failed;            ///< under RecencyVsFM, Frequency stands for the FM score
};

/// "Why is this customer here?": scores with their intervals, the first rule that matched and
/// the earlier rules that did not, in the scheme's order.
struct CustomerExplanation
{
    bool scored = false;
    std::array<ScoreReason, 3> reasons;
    int segment = -1;                   ///< rule index; rules.size() = fallback; -1 unscored
    QList<RuleMiss> earlierRules;
    float rfmScore = 0;
    int tier = -1;
};

CustomerExplanation explainCustomer(const RfmResult &result, qsizetype customer);

} // namespace Portrait::Rfm
