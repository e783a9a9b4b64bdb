#include "lifetimevalue.h"

#include <QDate>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();
constexpr int MaxHorizonMonths = 120;

Status checkSettings(const LifetimeSettings &s)
{
    if (s.horizonMonths < 1 || s.horizonMonths > MaxHorizonMonths)
        return Error { LifetimeText::tr("The CLV horizon must be 1 to %1 months.").arg(MaxHorizonMonths), {}, 0, 0, {} };
    if (!(s.monthlyDiscount >= 0) || !(s.monthlyDiscount < 1))
        return Error { LifetimeText::tr("The monthly discount rate must be at least 0 and below 1."), {}, 0, 0, {} };
    return {};
}

Result<PurchaseHistory> calibrationHistory(const Model::CustomerFrame &frame, Model::Day calibrationEnd)
{
    PurchaseHistory history = purchaseHistory(frame, calibrationEnd);
    if (history.size() == 0) {
        if (history.holdoutEnd == Model::NoDay)
            return Error { LifetimeText::tr("The project has no purchases to fit the lifetime models on."), {}, 0, 0, {} };
        return Error { LifetimeText::tr("No customer has a purchase on or before the calibration end %1.")
                               .arg(QDate::fromJulianDay(history.calibrationEnd).toString(Qt::ISODate)),
                       {}, 0, 0, {} };
    }
    return history;
}

Result<BgNbdData> bgNbdData(const PurchaseHistory &h, TimeUnit unit)
{
    const double scale = daysPerUnit(unit);
    const auto n = size_t(h.size());
    std::vector<double> x(n), tx(n), T(n);
    for (size_t i = 0; i < n; ++i) {
        x[i] = h.repeatDays[i];
        tx[i] = h.lastDay[i] / scale;
        T[i] = h.observedDays[i] / scale;
    }
    return groupBgNbdData(x, tx, T);
}

/// The repeat customers with a positive mean spend per repeat purchase day.
Result<GammaGammaData> spendData(const PurchaseHistory &h)
{
    std::vector<double> x, spend;
    for (size_t i = 0; i < size_t(h.size()); ++i) {
        if (h.repeatDays[i] > 0 && h.meanRepeatSpend[i] > 0) {
            x.push_back(h.repeatDays[i]);
            spend.push_back(h.meanRepeatSpend[i]);
        }
    }
    return gammaGammaData(x, spend);
}

void fitSpendModel(const PurchaseHistory &history, LifetimeModel &model, const CancelToken &cancel)
{
    auto data = spendData(history);
    if (!data) {
        model.gammaGammaProblem = data.error().message;
        return;
    }
    auto fit = fitGammaGamma(*data, cancel);
    if (!fit) {
        model.gammaGammaProblem = fit.error().message;
        return;
    }
    if (!(fit->params.q > 1)) {
        model.gammaGammaProblem = LifetimeText::tr("The spend model's fitted q is %1 (at most 1): the average spend it "
                                                   "implies is unbounded, so no CLV is given.")
                                          .arg(fit->params.q, 0, 'g', 4);
        return;
    }
    model.gammaGamma = fit.takeValue();
}

QStringList modelWarnings(const LifetimeModel &model)
{
    QStringList warnings;
    if (!model.bgnbd.standardErrors)
        warnings.append(LifetimeText::tr("The churn model's standard errors are unknown: its likelihood is flat at the "
                                         "optimum, so the parameters are poorly determined."));
    if (!model.gammaGammaProblem.isEmpty())
        warnings.append(LifetimeText::tr("No CLV: %1").arg(model.gammaGammaProblem));
    if (model.gammaGamma && model.gammaGamma->frequencySpendCorrelation
        && std::abs(*model.gammaGamma->frequencySpendCorrelation) > CorrelationWarning) {
        warnings.append(LifetimeText::tr("Purchase frequency and spend per purchase are correlated (r = %1): the spend "
                                         "model assumes they are independent, so read the CLV with care.")
                                .arg(*model.gammaGamma->frequencySpendCorrelation, 0, 'f', 2));
    }
    return warnings;
}

/// Scores the history with the model and spreads the scores to frame rows.
LifetimeResult scored(const Model::CustomerFrame &frame, LifetimeModel model, PurchaseHistory history)
{
    LifetimeResult result;
    ScoreHorizons horizons { model.settings.unit, model.settings.horizonMonths, model.settings.monthlyDiscount,
                             history.hasHoldout() ? double(history.holdoutEnd - history.calibrationEnd) : 0.0 };
    result.historyScores = scoreHistory(history, model.bgnbd.params, model.gammaGamma ? &model.gammaGamma->params : nullptr,
                                        horizons);
    const HistoryScores &h = result.historyScores;
    const auto n = size_t(frame.size());
    LifetimeScores &s = result.scores;
    s = { std::vector<double>(n, Unknown), std::vector<double>(n, Unknown), std::vector<double>(n, Unknown),
          std::vector<double>(n, Unknown), std::vector<double>(n, Unknown) };
    for (size_t i = 0; i < size_t(history.size()); ++i) {
        const auto row = size_t(history.customer[i]);
        s.pAlive[row] = h.pAlive[i];
        s.expectedPurchases90d[row] = h.expected90d[i];
        s.expectedPurchases[row] = h.expectedHorizon[i];
        s.expectedSpend[row] = h.expectedSpend[i];
        s.clv[row] = h.clv[i];
    }
    if (history.hasHoldout())
        result.holdout = holdoutCheck(history, h.expectedHoldout);
    result.warnings = modelWarnings(model);
    if (h.unknownExpectations > 0)
        result.warnings.append(LifetimeText::tr("Expected purchases could not be computed for %n customer(s).", nullptr,
                                                int(h.unknownExpectations)));
    result.model = std::move(model);
    result.history = std::move(history);
    return result;
}

} // namespace

Result<LifetimeResult> fitLifetime(const Model::CustomerFrame &frame, const LifetimeSettings &settings,
                                   ProgressSink &progress, const CancelToken &cancel)
{
    if (Status s = checkSettings(settings); !s)
        return s.error();
    progress.setPhase(LifetimeText::tr("Reading purchase days"));
    auto history = calibrationHistory(frame, settings.calibrationEnd);
    if (!history)
        return history.error();
    auto data = bgNbdData(*history, settings.unit);
    if (!data)
        return data.error();
    progress.setPhase(LifetimeText::tr("Fitting the churn model (BG/NBD)"));
    auto bgnbd = fitBgNbd(*data, cancel);
    if (!bgnbd)
        return bgnbd.error();
    LifetimeModel model;
    model.settings = settings;
    model.calibrationEnd = history->calibrationEnd;
    model.customers = history->size();
    model.repeaters = history->repeatCustomers();
    model.bgnbd = bgnbd.takeValue();
    progress.setPhase(LifetimeText::tr("Fitting the spend model (Gamma-Gamma)"));
    fitSpendModel(*history, model, cancel);
    if (cancel.isCancelled())
        return Error { LifetimeText::tr("The lifetime fit was cancelled."), {}, 0, 0, {} };
    progress.setPhase(LifetimeText::tr("Scoring customers"));
    return scored(frame, std::move(model), history.takeValue());
}

Result<LifetimeResult> applyLifetimeModel(const Model::CustomerFrame &frame, const LifetimeModel &model)
{
    if (Status s = checkSettings(model.settings); !s)
        return s.error();
    auto history = calibrationHistory(frame, model.settings.calibrationEnd);
    if (!history)
        return history.error();
    return scored(frame, model, history.takeValue());
}

} // namespace Portrait::Analytics
