#include "lifetimejson.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

constexpr int ModelVersion = 1;

QJsonValue dayValue(Model::Day day)
{
    return day == Model::NoDay ? QJsonValue() : QJsonValue(QDate::fromJulianDay(day).toString(Qt::ISODate));
}

bool readDay(const QJsonValue &value, Model::Day &day)
{
    if (value.isNull() || value.isUndefined()) {
        day = Model::NoDay;
        return true;
    }
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    day = date.isValid() ? Model::Day(date.toJulianDay()) : Model::NoDay;
    return date.isValid();
}

QJsonObject errorsObject(const QStringList &names, const double *errors)
{
    QJsonObject object;
    for (int i = 0; i < names.size(); ++i)
        object[names.at(i)] = errors[i];
    return object;
}

QJsonObject bgNbdJson(const BgNbdFit &fit)
{
    const BgNbdParams &p = fit.params;
    return { { u"r"_s, p.r }, { u"alpha"_s, p.alpha }, { u"a"_s, p.a }, { u"b"_s, p.b },
             { u"loglik"_s, fit.logLikelihood },
             { u"stderr"_s, fit.standardErrors ? QJsonValue(errorsObject({ u"r"_s, u"alpha"_s, u"a"_s, u"b"_s },
                                                                         fit.standardErrors->data()))
                                               : QJsonValue() },
             { u"starts"_s, fit.starts }, { u"converged"_s, fit.converged }, { u"evaluations"_s, fit.evaluations } };
}

QJsonObject gammaGammaJson(const GammaGammaFit &fit)
{
    const GammaGammaParams &p = fit.params;
    return { { u"p"_s, p.p }, { u"q"_s, p.q }, { u"gamma"_s, p.gamma }, { u"loglik"_s, fit.logLikelihood },
             { u"stderr"_s, fit.standardErrors ? QJsonValue(errorsObject({ u"p"_s, u"q"_s, u"gamma"_s },
                                                                         fit.standardErrors->data()))
                                               : QJsonValue() },
             { u"customers"_s, fit.customers },
             { u"correlation"_s, fit.frequencySpendCorrelation ? QJsonValue(*fit.frequencySpendCorrelation) : QJsonValue() },
             { u"starts"_s, fit.starts }, { u"converged"_s, fit.converged }, { u"evaluations"_s, fit.evaluations } };
}

/// Reads positive numbers object[names…] into out; false when one is missing or not positive.
bool readPositive(const QJsonObject &object, const QStringList &names, double *out)
{
    for (int i = 0; i < names.size(); ++i) {
        const QJsonValue value = object.value(names.at(i));
        if (!value.isDouble() || !(value.toDouble() > 0))
            return false;
        out[i] = value.toDouble();
    }
    return true;
}

template<size_t N>
bool readErrors(const QJsonValue &value, const QStringList &names, std::optional<std::array<double, N>> &out)
{
    if (value.isNull() || value.isUndefined())
        return true;
    std::array<double, N> errors {};
    if (!readPositive(value.toObject(), names, errors.data()))
        return false;
    out = errors;
    return true;
}

bool readBgNbd(const QJsonObject &o, BgNbdFit &fit)
{
    const QStringList names { u"r"_s, u"alpha"_s, u"a"_s, u"b"_s };
    double p[4];
    if (!readPositive(o, names, p) || !o.value(u"loglik"_s).isDouble())
        return false;
    fit.params = { p[0], p[1], p[2], p[3] };
    fit.logLikelihood = o.value(u"loglik"_s).toDouble();
    fit.starts = o.value(u"starts"_s).toInt();
    fit.converged = o.value(u"converged"_s).toInt();
    fit.evaluations = o.value(u"evaluations"_s).toInt();
    return readErrors(o.value(u"stderr"_s), names, fit.standardErrors);
}

bool readGammaGamma(const QJsonObject &o, GammaGammaFit &fit)
{
    const QStringList names { u"p"_s, u"q"_s, u"gamma"_s };
    double p[3];
    if (!readPositive(o, names, p) || !o.value(u"loglik"_s).isDouble())
        return false;
    fit.params = { p[0], p[1], p[2] };
    fit.logLikelihood = o.value(u"loglik"_s).toDouble();
    fit.customers = o.value(u"customers"_s).toInteger();
    if (o.value(u"correlation"_s).isDouble())
        fit.frequencySpendCorrelation = o.value(u"correlation"_s).toDouble();
    fit.starts = o.value(u"starts"_s).toInt();
    fit.converged = o.value(u"converged"_s).toInt();
    fit.evaluations = o.value(u"evaluations"_s).toInt();
    return readErrors(o.value(u"stderr"_s), names, fit.standardErrors);
}

bool readSettings(const QJsonObject &o, LifetimeSettings &s)
{
    const auto unit = timeUnitFromKey(o.value(u"unit"_s).toString());
    if (!unit || !readDay(o.value(u"calibration_end"_s), s.calibrationEnd))
        return false;
    s.unit = *unit;
    s.horizonMonths = o.value(u"horizon_months"_s).toInt();
    s.monthlyDiscount = o.value(u"discount_monthly"_s).toDouble(-1);
    return s.horizonMonths > 0 && s.monthlyDiscount >= 0;
}

QJsonObject holdoutJson(const HoldoutCheck &check)
{
    QJsonArray rows;
    for (const HoldoutRow &row : check.rows) {
        rows.append(QJsonObject { { u"calibration_purchases"_s, row.calibrationPurchases },
                                  { u"customers"_s, row.customers },
                                  { u"actual"_s, row.actual },
                                  { u"predicted"_s, row.predicted } });
    }
    return { { u"first_day"_s, dayValue(check.firstDay) }, { u"last_day"_s, dayValue(check.lastDay) },
             { u"actual"_s, check.actual }, { u"predicted"_s, check.predicted },
             { u"unpredicted_customers"_s, check.unpredicted }, { u"by_calibration_purchases"_s, rows } };
}

} // namespace

QJsonObject lifetimeModelToJson(const LifetimeModel &model)
{
    const LifetimeSettings &s = model.settings;
    QJsonObject object;
    object[u"version"_s] = ModelVersion;
    object[u"settings"_s] = QJsonObject { { u"calibration_end"_s, dayValue(s.calibrationEnd) },
                                          { u"unit"_s, timeUnitKey(s.unit) },
                                          { u"horizon_months"_s, s.horizonMonths },
                                          { u"discount_monthly"_s, s.monthlyDiscount } };
    object[u"calibration_end"_s] = dayValue(model.calibrationEnd);
    object[u"customers"_s] = model.customers;
    object[u"repeaters"_s] = model.repeaters;
    object[u"bgnbd"_s] = bgNbdJson(model.bgnbd);
    object[u"gamma_gamma"_s] = model.gammaGamma ? QJsonValue(gammaGammaJson(*model.gammaGamma)) : QJsonValue();
    if (!model.gammaGammaProblem.isEmpty())
        object[u"gamma_gamma_problem"_s] = model.gammaGammaProblem;
    return object;
}

Result<LifetimeModel> lifetimeModelFromJson(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &field) {
        return Error { LifetimeText::tr("The saved lifetime model is damaged (field “%1”).").arg(field), sourceName, 0,
                       0, {} };
    };
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return fail(u"{}"_s);
    const QJsonObject o = document.object();
    if (o.value(u"version"_s).toInt() != ModelVersion)
        return Error { LifetimeText::tr("The saved lifetime model was written by a newer Portrait; fit it again."),
                       sourceName, 0, 0, {} };
    LifetimeModel model;
    if (!readSettings(o.value(u"settings"_s).toObject(), model.settings))
        return fail(u"settings"_s);
    if (!readDay(o.value(u"calibration_end"_s), model.calibrationEnd))
        return fail(u"calibration_end"_s);
    model.customers = o.value(u"customers"_s).toInteger(-1);
    model.repeaters = o.value(u"repeaters"_s).toInteger(-1);
    if (model.customers < 0 || model.repeaters < 0)
        return fail(u"customers"_s);
    if (!readBgNbd(o.value(u"bgnbd"_s).toObject(), model.bgnbd))
        return fail(u"bgnbd"_s);
    const QJsonValue spend = o.value(u"gamma_gamma"_s);
    if (!spend.isNull() && !spend.isUndefined()) {
        GammaGammaFit fit;
        if (!readGammaGamma(spend.toObject(), fit))
            return fail(u"gamma_gamma"_s);
        model.gammaGamma = fit;
    }
    model.gammaGammaProblem = o.value(u"gamma_gamma_problem"_s).toString();
    return model;
}

QByteArray lifetimeParamsJson(const LifetimeResult &result)
{
    QJsonObject object = lifetimeModelToJson(result.model);
    if (result.holdout)
        object[u"holdout"_s] = holdoutJson(*result.holdout);
    object[u"warnings"_s] = QJsonArray::fromStringList(result.warnings);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace Portrait::Analytics
