#pragma once

#include "analytics/bgnbd.h"
#include "analytics/gammagamma.h"
#include "analytics/purchasehistory.h"

#include <QStringView>

#include <optional>
#include <vector>

namespace Portrait::Analytics {

enum class TimeUnit { Days, Weeks };

QString timeUnitKey(TimeUnit unit);
std::optional<TimeUnit> timeUnitFromKey(QStringView key);
double daysPerUnit(TimeUnit unit);
/// A month of the CLV horizon and discounting: a twelfth of a Julian year.
constexpr double DaysPerMonth = 365.25 / 12;
/// The horizon of the expected_purchases_90d feature.
constexpr double FeatureHorizonDays = 90;

/// What the per-customer outputs are computed over.
struct ScoreHorizons
{
    TimeUnit unit = TimeUnit::Weeks;
    int months = 12;            ///< CLV horizon
    double monthlyDiscount = 0; ///< CLV discount rate per month
    double holdoutDays = 0;     ///< length of the holdout period; 0 without one
};

/// One value per PurchaseHistory entry; NaN where unknown (no spend model, a 2F1 that failed).
struct HistoryScores
{
    std::vector<double> pAlive;
    std::vector<double> expected90d;       ///< expected purchase days in the next 90 days
    std::vector<double> expectedHorizon;   ///< ... over the CLV horizon
    std::vector<double> expectedHoldout;   ///< ... over the holdout period
    std::vector<double> expectedSpend;     ///< Gamma-Gamma expected spend per purchase day
    std::vector<double> clv;               ///< discounted expected spend over the horizon
    qint64 unknownExpectations = 0;        ///< customers whose expected purchases could not be computed
};

/// Scores every history entry with the fitted models; gammaGamma may be null (no spend model: no
/// expected spend, no CLV). CLV = Σ_m spend × (E[purchases by month m] − E[by month m−1]) / (1+d)^m.
/// The hypergeometric part is computed once per (x, T), which customers share by the thousand.
HistoryScores scoreHistory(const PurchaseHistory &history, const BgNbdParams &bgnbd,
                           const GammaGammaParams *gammaGamma, const ScoreHorizons &horizons);

} // namespace Portrait::Analytics
