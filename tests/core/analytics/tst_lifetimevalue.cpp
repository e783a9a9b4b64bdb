// The lifetime fit on a frame: purchase days as the issue defines them, recovery through orders in
// days, unit invariance, CLV discounting, the holdout check against a direct count, the saved
// model's JSON, the features and the guard rails (never a NaN for a calibration customer).

#include "lifetimesimulator.h"

#include "analytics/lifetimefeatures.h"
#include "analytics/lifetimejson.h"
#include "analytics/lifetimevalue.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Analytics;

namespace {

const BgNbdParams Daily { 0.243, 4.414 * 7, 0.793, 2.426 };
const GammaGammaParams Spend { 6.25, 3.74, 15.44 };

Model::Day day(int y, int m, int d)
{
    return Model::Day(QDate(y, m, d).toJulianDay());
}

const Model::Day Day0 = day(2023, 1, 1);

Model::CustomerFrame simulated(qsizetype customers, quint64 seed)
{
    return Testing::simulateFrame(Daily, Spend, customers, Day0, 730, 365, seed);
}

LifetimeResult fitted(const Model::CustomerFrame &frame, const LifetimeSettings &settings)
{
    CancelToken cancel;
    auto result = fitLifetime(frame, settings, nullProgress(), cancel);
    if (!result)
        qFatal("fit failed: %s", qPrintable(result.error().message));
    return result.takeValue();
}

bool allFinite(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

} // namespace

class TestLifetimeValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purchaseDaysAsDefined()
    {
        // A 273-day calibration period from Day0: a customer whose first purchase is on its first day
        // has T = 273 days = 39 weeks.
        Model::CustomerFrame f;
        const qint32 a = f.addCustomer(u"A"), b = f.addCustomer(u"B"), c = f.addCustomer(u"C"), d = f.addCustomer(u"D");
        f.orders.append(a, Day0, 10, 0, true);
        f.orders.append(a, Day0, 5, 0, true);        // same day: one purchase day
        f.orders.append(a, Day0 + 10, 30, -6, true); // a purchase with a returned line: 24 net
        f.orders.append(a, Day0 + 10, 6, 0, true);   // same day again: the day's spend is 30
        f.orders.append(a, Day0 + 30, 20, 0, true);
        f.orders.append(a, Day0 + 40, 0, -20, false); // a return alone is no purchase day
        f.orders.append(b, Day0 + 280, 50, 0, true);  // first purchase after the calibration end
        f.orders.append(c, Day0 + 100, 8, 0, true);
        f.orders.append(c, Day0 + 280, 8, 0, true);   // in the holdout period
        f.orders.append(c, Day0 + 290, 8, 0, true);
        f.orders.append(d, Day0 + 5, 0, -9, false);   // returns only: not a customer of the model
        const PurchaseHistory h = purchaseHistory(f, Day0 + 272);
        QCOMPARE(h.calibrationEnd, Day0 + 272);
        QCOMPARE(h.holdoutEnd, Day0 + 290);
        QVERIFY(h.hasHoldout());
        QCOMPARE(h.customer, (std::vector<qint32> { a, c }));
        QCOMPARE(h.repeatDays, (std::vector<qint32> { 2, 0 }));
        QCOMPARE(h.lastDay, (std::vector<qint32> { 30, 0 }));
        QCOMPARE(h.observedDays, (std::vector<qint32> { 273, 173 }));
        QCOMPARE(h.observedDays[0] / daysPerUnit(TimeUnit::Weeks), 39.0);
        QCOMPARE(h.meanRepeatSpend[0], 25.0); // (30 + 20) / 2; the first day's 15 left out
        QVERIFY(std::isnan(h.meanRepeatSpend[1]));
        QCOMPARE(h.holdoutDays, (std::vector<qint32> { 0, 2 }));
        QCOMPARE(h.repeatCustomers(), qsizetype(1));
        // Without a calibration end: the whole history, no holdout.
        const PurchaseHistory whole = purchaseHistory(f);
        QCOMPARE(whole.calibrationEnd, Day0 + 290);
        QVERIFY(!whole.hasHoldout());
        QCOMPARE(whole.size(), qsizetype(3));
    }

    void recoversParametersThroughOrders()
    {
        // Orders in whole days (a few same-day purchases merge), 30,000 customers: the weekly
        // parameters come back within 4 standard errors plus 5 % for the rounding to days.
        const Model::CustomerFrame frame = simulated(30000, 8);
        const LifetimeResult result = fitted(frame, {});
        const BgNbdFit &fit = result.model.bgnbd;
        QVERIFY(fit.standardErrors);
        const double estimates[] = { fit.params.r, fit.params.alpha, fit.params.a, fit.params.b };
        const double truth[] = { Daily.r, Daily.alpha / 7, Daily.a, Daily.b };
        for (int k = 0; k < 4; ++k) {
            const double slack = 4 * (*fit.standardErrors)[size_t(k)] + 0.05 * truth[k];
            QVERIFY2(std::abs(estimates[k] - truth[k]) <= slack,
                     qPrintable(u"parameter %1: %2 vs %3"_s.arg(k).arg(estimates[k]).arg(truth[k])));
        }
        QVERIFY(result.model.gammaGamma);
        const GammaGammaFit &spend = *result.model.gammaGamma;
        const double spendEstimates[] = { spend.params.p, spend.params.q, spend.params.gamma };
        const double spendTruth[] = { Spend.p, Spend.q, Spend.gamma };
        for (int k = 0; k < 3; ++k) {
            const double slack = 4 * (*spend.standardErrors)[size_t(k)] + 0.05 * spendTruth[k];
            QVERIFY2(std::abs(spendEstimates[k] - spendTruth[k]) <= slack,
                     qPrintable(u"spend parameter %1: %2 vs %3"_s.arg(k).arg(spendEstimates[k]).arg(spendTruth[k])));
        }
        QCOMPARE(result.model.customers, qint64(30000));
        QCOMPARE(result.model.repeaters, qint64(result.history.repeatCustomers()));
        QVERIFY(result.warnings.isEmpty());
        // Every calibration customer has all five scores, none NaN.
        for (const auto *column : { &result.historyScores.pAlive, &result.historyScores.expected90d,
                                    &result.historyScores.expectedHorizon, &result.historyScores.expectedSpend,
                                    &result.historyScores.clv })
            QVERIFY(allFinite(*column));
    }

    void unitsDoNotChangeTheModel()
    {
        // The same purchases in days or weeks: r, a, b and every prediction agree, α scales by 7.
        const Model::CustomerFrame frame = simulated(8000, 9);
        LifetimeSettings days;
        days.unit = TimeUnit::Days;
        const LifetimeResult inDays = fitted(frame, days);
        const LifetimeResult inWeeks = fitted(frame, {});
        const BgNbdParams &d = inDays.model.bgnbd.params, &w = inWeeks.model.bgnbd.params;
        QVERIFY(std::abs(d.r / w.r - 1) < 1e-3);
        QVERIFY(std::abs(d.alpha / (7 * w.alpha) - 1) < 1e-3);
        QVERIFY(std::abs(d.a / w.a - 1) < 1e-3);
        QVERIFY(std::abs(d.b / w.b - 1) < 1e-3);
        for (size_t i = 0; i < size_t(inDays.history.size()); i += 97) {
            QVERIFY(std::abs(inDays.historyScores.pAlive[i] - inWeeks.historyScores.pAlive[i]) < 1e-3);
            QVERIFY(std::abs(inDays.historyScores.expected90d[i] - inWeeks.historyScores.expected90d[i])
                    < 1e-3 * std::max(1.0, inWeeks.historyScores.expected90d[i]));
        }
    }

    void clvDiscountsMonthByMonth()
    {
        // One history entry scored by hand: CLV = spend · Σ_m P(alive) (E_m − E_{m−1}) / (1+d)^m with
        // E_m the expected purchases while alive by month m (a month = 365.25/12 days).
        PurchaseHistory h;
        h.calibrationEnd = Day0 + 199;
        h.holdoutEnd = h.calibrationEnd;
        h.customer = { 0 };
        h.repeatDays = { 3 };
        h.lastDay = { 120 };
        h.observedDays = { 200 };
        h.meanRepeatSpend = { 40 };
        h.holdoutDays = { 0 };
        const BgNbdParams p { 0.8, 20, 1.6, 3.5 };
        const GammaGammaParams g { 4, 3, 20 };
        const double spend = *gammaGammaExpectedSpend(g, 3, 40);
        const double alive = bgNbdPAlive(p, 3, 120, 200);
        const auto E = [&](int months) { return *bgNbdExpectedIfAlive(p, 3, 200, months * DaysPerMonth); };
        const auto clv = [&](int months, double rate) {
            return scoreHistory(h, p, &g, { TimeUnit::Days, months, rate, 0 }).clv[0];
        };
        QVERIFY(std::abs(clv(1, 0.02) - spend * alive * E(1) / 1.02) < 1e-9 * clv(1, 0.02));
        QVERIFY(std::abs(clv(2, 0.02) - spend * alive * (E(1) / 1.02 + (E(2) - E(1)) / (1.02 * 1.02))) < 1e-9 * clv(2, 0.02));
        // Without discounting: spend times the expected purchases over the horizon.
        const HistoryScores undiscounted = scoreHistory(h, p, &g, { TimeUnit::Days, 12, 0.0, 0 });
        QVERIFY(std::abs(undiscounted.clv[0] - spend * undiscounted.expectedHorizon[0]) < 1e-9 * undiscounted.clv[0]);
        QVERIFY(std::abs(undiscounted.expectedHorizon[0] - alive * E(12)) < 1e-12);
        QVERIFY(clv(12, 0.01) < undiscounted.clv[0]);
        QVERIFY(clv(24, 0.01) > clv(12, 0.01));
        // No spend model: no CLV, but the purchases are still expected.
        const HistoryScores noSpend = scoreHistory(h, p, nullptr, { TimeUnit::Days, 12, 0.01, 0 });
        QVERIFY(std::isnan(noSpend.clv[0]) && std::isfinite(noSpend.expectedHorizon[0]));
    }

    void holdoutAgainstDirectCount()
    {
        const Model::CustomerFrame frame = simulated(6000, 10);
        LifetimeSettings settings;
        settings.calibrationEnd = Day0 + 547;
        const LifetimeResult result = fitted(frame, settings);
        QVERIFY(result.holdout);
        // Count distinct purchase days after the calibration end of customers who bought before it.
        std::map<qint32, Model::Day> first;
        std::map<qint32, std::set<Model::Day>> later;
        for (qsizetype i = 0; i < frame.orders.size(); ++i) {
            const qint32 c = frame.orders.customer[size_t(i)];
            const Model::Day d = frame.orders.day[size_t(i)];
            if (!first.count(c) || d < first[c])
                first[c] = std::min(first.count(c) ? first[c] : d, d);
            if (d > settings.calibrationEnd)
                later[c].insert(d);
        }
        double direct = 0, predicted = 0;
        std::array<double, HoldoutRows> byX {};
        for (const auto &[c, days] : later) {
            if (first[c] <= settings.calibrationEnd)
                direct += double(days.size());
        }
        for (size_t i = 0; i < size_t(result.history.size()); ++i) {
            predicted += result.historyScores.expectedHoldout[i];
            byX[size_t(std::min(result.history.repeatDays[i], HoldoutRows - 1))] += result.history.holdoutDays[i];
        }
        QCOMPARE(result.holdout->actual, direct);
        QVERIFY(std::abs(result.holdout->predicted - predicted) < 1e-6 * predicted);
        for (int k = 0; k < HoldoutRows; ++k)
            QCOMPARE(result.holdout->rows[size_t(k)].actual, byX[size_t(k)]);
        QCOMPARE(result.holdout->firstDay, settings.calibrationEnd + 1);
        // A model that fits predicts the holdout within a few percent.
        QVERIFY2(std::abs(result.holdout->predicted / result.holdout->actual - 1) < 0.1,
                 qPrintable(u"%1 vs %2"_s.arg(result.holdout->predicted).arg(result.holdout->actual)));
    }

    void warnsWhenSpendFollowsFrequency()
    {
        // Spend per order rising with the customer's number of orders: correlation far above 0.3.
        Model::CustomerFrame frame = simulated(6000, 11);
        std::vector<int> orders(size_t(frame.size()), 0);
        for (const qint32 c : frame.orders.customer)
            ++orders[size_t(c)];
        for (size_t i = 0; i < frame.orders.customer.size(); ++i)
            frame.orders.purchase[i] *= orders[size_t(frame.orders.customer[i])];
        const LifetimeResult result = fitted(frame, {});
        QVERIFY2(result.model.gammaGamma, qPrintable(result.model.gammaGammaProblem));
        QVERIFY(*result.model.gammaGamma->frequencySpendCorrelation > 0.3);
        QVERIFY2(result.warnings.join(u' ').contains(u"correlated"_s), qPrintable(result.warnings.join(u' ')));
    }

    void jsonRoundTripAndReapply()
    {
        const Model::CustomerFrame frame = simulated(5000, 12);
        LifetimeSettings settings;
        settings.calibrationEnd = Day0 + 600;
        settings.horizonMonths = 6;
        settings.monthlyDiscount = 0.015;
        const LifetimeResult result = fitted(frame, settings);
        const QByteArray json = QJsonDocument(lifetimeModelToJson(result.model)).toJson();
        auto model = lifetimeModelFromJson(json, u"p.portrait"_s);
        QVERIFY2(model.ok(), model ? "" : qPrintable(model.error().toString()));
        QVERIFY(model->settings == settings);
        QCOMPARE(model->calibrationEnd, result.model.calibrationEnd);
        QCOMPARE(model->bgnbd.params.b, result.model.bgnbd.params.b);
        QCOMPARE(model->bgnbd.logLikelihood, result.model.bgnbd.logLikelihood);
        QCOMPARE((*model->bgnbd.standardErrors)[1], (*result.model.bgnbd.standardErrors)[1]);
        QCOMPARE(model->gammaGamma->params.gamma, result.model.gammaGamma->params.gamma);
        // Applied to the same frame, the saved model scores every customer as the fit did.
        auto again = applyLifetimeModel(frame, *model);
        QVERIFY(again.ok());
        for (size_t row = 0; row < size_t(frame.size()); row += 13) {
            const double a = result.scores.clv[row], b = again->scores.clv[row];
            QVERIFY(a == b || (std::isnan(a) && std::isnan(b)));
        }
        QCOMPARE(again->holdout->predicted, result.holdout->predicted);
        // A damaged field is named.
        QJsonObject broken = lifetimeModelToJson(result.model);
        broken.remove(u"bgnbd"_s);
        auto damaged = lifetimeModelFromJson(QJsonDocument(broken).toJson(), u"p.portrait"_s);
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.error().message.contains(u"bgnbd"_s));
        QCOMPARE(damaged.error().source, u"p.portrait"_s);
        // params.json carries the keys.
        const QJsonObject params = QJsonDocument::fromJson(lifetimeParamsJson(result)).object();
        for (const QString &key : { u"customers"_s, u"repeaters"_s, u"bgnbd"_s, u"gamma_gamma"_s, u"holdout"_s })
            QVERIFY2(params.contains(key), qPrintable(key));
        QCOMPARE(params[u"bgnbd"_s].toObject()[u"alpha"_s].toDouble(), result.model.bgnbd.params.alpha);
        QVERIFY(params[u"bgnbd"_s].toObject()[u"stderr"_s].isObject());
        QCOMPARE(params[u"holdout"_s].toObject()[u"actual"_s].toDouble(), result.holdout->actual);
    }

    void featuresForRules()
    {
        const Model::CustomerFrame frame = simulated(3000, 13);
        const LifetimeResult result = fitted(frame, {});
        Tags::FeatureTable table(frame.size());
        QVERIFY(addLifetimeFeatures(table, &result.scores).ok());
        QCOMPARE(table.columnCount(), 3);
        const int alive = table.indexOf(u"p_alive"_s);
        QVERIFY(alive >= 0 && table.indexOf(u"存活概率"_s) == alive);
        QCOMPARE(table.numbers(alive)[5], result.scores.pAlive[5]);
        QCOMPARE(table.numbers(table.indexOf(u"clv"_s))[7], result.scores.clv[7]);
        QVERIFY(!table.isMissing(table.indexOf(u"expected_purchases_90d"_s), 0));
        // Before any fit the columns exist, missing for everyone.
        Tags::FeatureTable empty(frame.size());
        QVERIFY(addLifetimeFeatures(empty, nullptr).ok());
        QCOMPARE(empty.columnCount(), 3);
        QVERIFY(empty.isMissing(empty.indexOf(u"p_alive"_s), 0));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("one customer") << 0 << u"at least 50"_s;
        QTest::newRow("all bought once") << 1 << u"there are 0"_s;
        QTest::newRow("49 repeat customers") << 2 << u"there are 49"_s;
        QTest::newRow("no purchases") << 3 << u"no purchases"_s;
        QTest::newRow("calibration end before every purchase") << 4 << u"on or before"_s;
    }

    void badInput()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        Model::CustomerFrame f;
        LifetimeSettings settings;
        const int customers = kind == 0 ? 1 : 500;
        for (int i = 0; i < customers; ++i) {
            const qint32 c = f.addCustomer(QString::number(i));
            if (kind == 3)
                continue;
            f.orders.append(c, Day0 + i % 30, 20, 0, true);
            if (kind == 0 || (kind == 2 && i < 49) || kind == 4)
                f.orders.append(c, Day0 + 40 + i % 30, 25, 0, true);
        }
        if (kind == 4)
            settings.calibrationEnd = Day0 - 1;
        CancelToken cancel;
        auto result = fitLifetime(f, settings, nullProgress(), cancel);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message, Qt::CaseInsensitive), qPrintable(result.error().message));
    }

    void zeroAndNegativeSpendRefuseOnlyTheSpendModel()
    {
        // Purchase days but no money (a quantities-only import, or net returns): P(alive) and the
        // expected purchases are given, CLV is missing with a warning, and nothing is NaN that is known.
        Model::CustomerFrame frame = simulated(4000, 14);
        for (size_t i = 0; i < frame.orders.customer.size(); ++i)
            frame.orders.purchase[i] = i % 2 ? 0.0 : -1.0;
        const LifetimeResult result = fitted(frame, {});
        QVERIFY(!result.model.gammaGamma);
        QVERIFY(!result.model.gammaGammaProblem.isEmpty());
        QVERIFY(result.warnings.join(u' ').contains(u"No CLV"_s));
        QVERIFY(allFinite(result.historyScores.pAlive));
        QVERIFY(allFinite(result.historyScores.expected90d));
        for (double clv : result.historyScores.clv)
            QVERIFY(std::isnan(clv)); // missing, never a number made up
    }

    void refusesSettingsOutOfRange()
    {
        const Model::CustomerFrame frame = simulated(500, 15);
        CancelToken cancel;
        LifetimeSettings horizon;
        horizon.horizonMonths = 0;
        QVERIFY(!fitLifetime(frame, horizon, nullProgress(), cancel).ok());
        LifetimeSettings discount;
        discount.monthlyDiscount = -0.1;
        QVERIFY(!fitLifetime(frame, discount, nullProgress(), cancel).ok());
    }
};

QTEST_GUILESS_MAIN(TestLifetimeValue)
#include "tst_lifetimevalue.moc"
