#pragma once

#include "common/error.h"
#include "tags/featuretable.h"

#include <QList>

namespace Portrait::Analytics {

struct LifetimeScores;

/// p_alive, expected_purchases_90d and clv: the features the lifetime model adds for tag rules
/// (e.g. `p_alive < 0.3 and frequency >= 2`), documented in docs/rules.md.
QList<Tags::FeatureInfo> lifetimeFeatures();

/// Adds (or replaces) the lifetime features of table, one row per frame customer. Without scores
/// (no model fitted yet) they are there but missing for everyone, so rules over them still check.
Status addLifetimeFeatures(Tags::FeatureTable &table, const LifetimeScores *scores);

} // namespace Portrait::Analytics
