#include "lifetimescores.h"

#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();

/// For one (x, T): expected purchases while alive over the feature, CLV and holdout horizons, and
/// the discounted sum of the monthly increments (CLV per unit of spend and P(alive)).
struct Expectations
{
    double feature = Unknown;
    double horizon = Unknown;
    double holdout = Unknown;
    double discounted = Unknown;
};

Expectations expectationsFor(const BgNbdParams &p, double x, double T, const ScoreHorizons &h)
{
    const double unit = daysPerUnit(h.unit);
    Expectations e;
    auto at = [&](double days) { return bgNbdExpectedIfAlive(p, x, T, days / unit); };
    const auto feature = at(FeatureHorizonDays);
    const auto holdout = at(h.holdoutDays);
    if (!feature || !holdout)
        return e;
    double previous = 0, discounted = 0;
    for (int m = 1; m <= h.months; ++m) {
        const auto cumulative = at(m * DaysPerMonth);
        if (!cumulative)
            return e;
        discounted += (*cumulative - previous) / std::pow(1 + h.monthlyDiscount, m);
        previous = *cumulative;
    }
    return { *feature, previous, *holdout, discounted };
}

} // namespace

QString timeUnitKey(TimeUnit unit)
{
    return unit == TimeUnit::Days ? u"days"_s : u"weeks"_s;
}

std::optional<TimeUnit> timeUnitFromKey(QStringView key)
{
    if (key == u"days")
        return TimeUnit::Days;
    if (key == u"weeks")
        return TimeUnit::Weeks;
    return std::nullopt;
}

double daysPerUnit(TimeUnit unit)
{
    return unit == TimeUnit::Days ? 1.0 : 7.0;
}

HistoryScores scoreHistory(const PurchaseHistory &history, const BgNbdParams &bgnbd,
                           const GammaGammaParams *gammaGamma, const ScoreHorizons &horizons)
{
    const auto n = size_t(history.size());
    const double unit = daysPerUnit(horizons.unit);
    HistoryScores s { std::vector<double>(n, Unknown), std::vector<double>(n, Unknown),
                      std::vector<double>(n, Unknown), std::vector<double>(n, Unknown),
                      std::vector<double>(n, Unknown), std::vector<double>(n, Unknown), 0 };
    QHash<quint64, Expectations> cache;
    for (size_t i = 0; i < n; ++i) {
        const qint32 x = history.repeatDays[i];
        const double tx = history.lastDay[i] / unit, T = history.observedDays[i] / unit;
        const double alive = bgNbdPAlive(bgnbd, x, tx, T);
        s.pAlive[i] = alive;
        const quint64 key = (quint64(quint32(x)) << 32) | quint32(history.observedDays[i]);
        auto found = cache.constFind(key);
        if (found == cache.cend())
            found = cache.insert(key, expectationsFor(bgnbd, x, T, horizons));
        const Expectations &e = *found;
        if (std::isnan(e.horizon)) {
            ++s.unknownExpectations;
            continue;
        }
        s.expected90d[i] = alive * e.feature;
        s.expectedHorizon[i] = alive * e.horizon;
        s.expectedHoldout[i] = alive * e.holdout;
        if (!gammaGamma)
            continue;
        if (const auto spend = gammaGammaExpectedSpend(*gammaGamma, x, history.meanRepeatSpend[i])) {
            s.expectedSpend[i] = *spend;
            s.clv[i] = *spend * alive * e.discounted;
        }
    }
    return s;
}

} // namespace Portrait::Analytics
