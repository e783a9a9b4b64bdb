#pragma once

#include "analytics/bgnbd.h"
#include "analytics/gammagamma.h"
#include "analytics/holdout.h"
#include "analytics/lifetimescores.h"
#include "analytics/purchasehistory.h"
#include "common/error.h"
#include "common/progress.h"
#include "model/customerframe.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Portrait::Analytics {

/// What the analyst chooses for a lifetime fit.
struct LifetimeSettings
{
    /// The last day of the calibration period; NoDay: the last purchase day (no holdout check).
    Model::Day calibrationEnd = Model::NoDay;
    TimeUnit unit = TimeUnit::Weeks;
    int horizonMonths = 12;
    double monthlyDiscount = 0.01;

    bool operator==(const LifetimeSettings &) const = default;
};

/// The fitted models and what they were fitted on: what the project saves.
struct LifetimeModel
{
    LifetimeSettings settings;
    /// The calibration end actually used (settings.calibrationEnd, or the last purchase day).
    Model::Day calibrationEnd = Model::NoDay;
    qint64 customers = 0;     ///< with a purchase in the calibration period
    qint64 repeaters = 0;     ///< of which with a repeat purchase day
    BgNbdFit bgnbd;
    /// Nothing when the spend model was refused (gammaGammaProblem says why): no CLV then.
    std::optional<GammaGammaFit> gammaGamma;
    QString gammaGammaProblem;
};

/// Per frame row; NaN for customers outside the calibration period (and, for spend and CLV, when
/// there is no spend model). Never NaN for a customer who is in it, except when 2F1 failed.
struct LifetimeScores
{
    std::vector<double> pAlive;
    std::vector<double> expectedPurchases90d;
    std::vector<double> expectedPurchases;   ///< over the CLV horizon
    std::vector<double> expectedSpend;
    std::vector<double> clv;
};

/// A fit (or a saved model applied to the frame) with everything the workbench shows.
struct LifetimeResult
{
    LifetimeModel model;
    PurchaseHistory history;
    HistoryScores historyScores;   ///< per history entry
    LifetimeScores scores;         ///< per frame row
    std::optional<HoldoutCheck> holdout;
    /// For the analyst: a strong frequency–spend correlation, a refused spend model, unknown errors.
    QStringList warnings;
};

/// Fits BG/NBD and Gamma-Gamma on the frame's purchase days up to the calibration end, then scores
/// every customer. Refuses (an Error with the reason) with fewer than 50 repeat customers, when the
/// churn model does not converge, or for settings out of range; a refused spend model is a warning.
Result<LifetimeResult> fitLifetime(const Model::CustomerFrame &frame, const LifetimeSettings &settings,
                                   ProgressSink &progress, const CancelToken &cancel);

/// Scores the frame with a model fitted before (a reopened project, `portrait tag`): no fitting.
Result<LifetimeResult> applyLifetimeModel(const Model::CustomerFrame &frame, const LifetimeModel &model);

class LifetimeText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::LifetimeText)
};

} // namespace Portrait::Analytics
