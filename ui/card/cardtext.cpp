#include "cardtext.h"

#include "rfm/explain.h"

#include <QDate>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(label, value);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString dimensionValue(Rfm::Dimension d, double value)
{
    switch (d) {
    case Rfm::Dimension::Recency:
        return CardText::tr("%n day(s) since the last purchase", nullptr, int(value));
    case Rfm::Dimension::Frequency:
        return CardText::tr("%n order(s)", nullptr, int(value));
    case Rfm::Dimension::Monetary:
        return CardText::tr("spend %1").arg(number(value));
    }
    return {};
}

QString interval(const Rfm::ScoreReason &reason)
{
    if (reason.ranked)
        return CardText::tr("ranked into equal-count groups (ntile)");
    if (!reason.lower && !reason.upper)
        return {};
    const QString v = reason.dimension == Rfm::Dimension::Recency ? CardText::tr("days")
            : reason.dimension == Rfm::Dimension::Frequency       ? CardText::tr("orders")
                                                                  : CardText::tr("spend");
    QString text;
    if (reason.lower)
        text += number(*reason.lower) + (reason.lowerIncluded ? u" ≤ "_s : u" < "_s);
    text += v;
    if (reason.upper)
        text += (reason.upperIncluded ? u" ≤ "_s : u" < "_s) + number(*reason.upper);
    return text;
}

QString bounds(const Rfm::SegmentRule &rule, Rfm::SchemeBasis basis)
{
    const auto range = [](int low, int high) { return low == high ? QString::number(low) : u"%1–%2"_s.arg(low).arg(high); };
    if (basis == Rfm::SchemeBasis::RecencyVsFM)
        return u"R %1 · FM %2"_s.arg(range(rule.rLow, rule.rHigh), range(rule.fLow, rule.fHigh));
    return u"R %1 · F %2 · M %3"_s.arg(range(rule.rLow, rule.rHigh), range(rule.fLow, rule.fHigh),
                                       range(rule.mLow, rule.mHigh));
}

QString dimensionLetter(Rfm::Dimension d, Rfm::SchemeBasis basis)
{
    if (d == Rfm::Dimension::Recency)
        return u"R"_s;
    if (d == Rfm::Dimension::Frequency)
        return basis == Rfm::SchemeBasis::RecencyVsFM ? u"FM"_s : u"F"_s;
    return u"M"_s;
}

/// "天猫 62 % · 京东 38 %" over the orders that name a value; empty when none does.
QString shares(const Model::OrderTable &orders, size_t first, size_t last, const std::vector<qint16> &codes,
               const QStringList &names)
{
    QMap<qint16, int> counts;
    int known = 0;
    for (size_t i = first; i < last; ++i) {
        if (codes[i] >= 0 && orders.hasPurchase[i]) {
            ++counts[codes[i]];
            ++known;
        }
    }
    if (known == 0)
        return {};
    QList<std::pair<int, qint16>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.append({ it.value(), it.key() });
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[count, code] : ranked)
        parts.append(u"%1 %2 %"_s.arg(names.value(code).toHtmlEscaped()).arg(qRound(100.0 * count / known)));
    return parts.join(u" · "_s);
}

} // namespace

std::pair<size_t, size_t> orderRange(const Model::OrderTable &orders, qint32 customer)
{
    const auto [first, last] = std::equal_range(orders.customer.begin(), orders.customer.end(), customer);
    return { size_t(first - orders.customer.begin()), size_t(last - orders.customer.begin()) };
}

QString CardText::attributes(const Model::CustomerFrame &frame, qint32 i, Model::Day asOf)
{
    const QLocale locale;
    QString age;
    if (frame.birthDays[size_t(i)] != Model::NoDay) {
        const QDate birth = QDate::fromJulianDay(frame.birthDays[size_t(i)]);
        const QDate today = asOf != Model::NoDay ? QDate::fromJulianDay(asOf) : QDate::currentDate();
        int years = today.year() - birth.year();
        if (today < birth.addYears(years))
            --years;
        age = tr("%1 (born %2)").arg(years).arg(locale.toString(birth, QLocale::ShortFormat));
    } else if (frame.ages[size_t(i)] >= 0) {
        age = QString::number(frame.ages[size_t(i)]);
    }
    QString place = frame.provinces.value(i);
    if (!frame.cities.value(i).isEmpty() && frame.cities.value(i) != place)
        place += (place.isEmpty() ? QString() : u" "_s) + frame.cities.value(i);
    const Model::Day signup = frame.signupDays[size_t(i)];
    QString html = u"<table>"_s;
    html += row(tr("Customer"), orDash(frame.ids.value(i)));
    html += row(tr("Gender"), orDash(frame.genders.value(i)));
    html += row(tr("Age"), orDash(age));
    html += row(tr("Region"), orDash(place));
    html += row(tr("Phone"), orDash(frame.phones.value(i)));
    html += row(tr("E-mail"), orDash(frame.emails.value(i)));
    html += row(tr("Signed up"), signup == Model::NoDay ? u"—"_s
                                                        : locale.toString(QDate::fromJulianDay(signup), QLocale::ShortFormat));
    return html + u"</table>"_s;
}

QString CardText::explanation(const Rfm::RfmResult &result, qint32 i, bool chinese)
{
    const Rfm::CustomerExplanation why = Rfm::explainCustomer(result, i);
    if (!why.scored) {
        return u"<p>%1</p>"_s.arg(tr("Not scored: no purchase before the as-of date %1 (only returns, or orders "
                                     "outside the window).")
                                          .arg(QLocale().toString(QDate::fromJulianDay(result.metrics.asOf),
                                                                  QLocale::ShortFormat)));
    }
    QString html = u"<table>"_s;
    for (const Rfm::ScoreReason &reason : why.reasons) {
        const QString letter = dimensionValue(reason.dimension, reason.value);
        QString scoreText = u"<b>%1 %2</b>"_s.arg(reason.dimension == Rfm::Dimension::Recency ? u"R"_s
                                                          : reason.dimension == Rfm::Dimension::Frequency ? u"F"_s
                                                                                                        : u"M"_s)
                                   .arg(reason.score);
        const QString range = interval(reason);
        if (!range.isEmpty())
            scoreText += u"&nbsp;&nbsp;<span style='color:#666'>%1</span>"_s.arg(range.toHtmlEscaped());
        html += row(letter.toHtmlEscaped(), scoreText);
    }
    html += u"</table>"_s;

    const Rfm::SegmentScheme &scheme = result.scheme;
    const QString name = scheme.displayName(why.segment, chinese).toHtmlEscaped();
    if (why.segment < scheme.rules.size()) {
        html += u"<p>"_s
                + tr("Placed in <b>%1</b> by rule %2 of %3 (%4): the first rule of the scheme that matches.")
                          .arg(name)
                          .arg(why.segment + 1)
                          .arg(scheme.rules.size())
                          .arg(bounds(scheme.rules.at(why.segment), scheme.basis))
                + u"</p>"_s;
    } else {
        html += u"<p>"_s + tr("No rule of the scheme matches these scores, so the customer falls to <b>%1</b>.").arg(name)
                + u"</p>"_s;
    }
    if (!why.earlierRules.isEmpty()) {
        html += u"<p style='color:#666'>"_s + tr("Rules checked before it:") + u"<br>"_s;
        QStringList misses;
        for (const Rfm::RuleMiss &miss : why.earlierRules) {
            QStringList letters;
            for (Rfm::Dimension d : miss.failed)
                letters.append(dimensionLetter(d, scheme.basis));
            misses.append(tr("%1. %2 needs %3 — %4 does not fit")
                                  .arg(miss.rule + 1)
                                  .arg(scheme.displayName(miss.rule, chinese).toHtmlEscaped(),
                                       bounds(scheme.rules.at(miss.rule), scheme.basis), letters.join(u", "_s)));
        }
        html += misses.join(u"<br>"_s) + u"</p>"_s;
    }
    const QString action = scheme.displayAction(why.segment, chinese);
    if (!action.isEmpty())
        html += u"<p>"_s + tr("Suggested action: %1").arg(action.toHtmlEscaped()) + u"</p>"_s;
    html += u"<p>"_s
            + tr("RFM score %1 of 100 · %2").arg(QLocale().toString(double(why.rfmScore), 'f', 0), Rfm::tierTitle(why.tier))
            + u"</p>"_s;
    return html;
}

QString CardText::preferences(const Model::CustomerFrame &frame, qint32 i)
{
    const Model::OrderTable &orders = frame.orders;
    const auto [first, last] = orderRange(orders, i);
    QString html = u"<table>"_s;
    const QString channels = shares(orders, first, last, orders.channel, frame.channels);
    const QString categories = shares(orders, first, last, orders.category, frame.categories);
    const QString payments = shares(orders, first, last, orders.payment, frame.paymentMethods);
    if (!channels.isEmpty())
        html += row(tr("Channels"), channels);
    if (!categories.isEmpty())
        html += row(tr("Categories"), categories);
    if (!payments.isEmpty())
        html += row(tr("Payment"), payments);
    int promoKnown = 0, promo = 0;
    for (size_t o = first; o < last; ++o) {
        if (orders.promo[o] >= 0 && orders.hasPurchase[o]) {
            ++promoKnown;
            promo += orders.promo[o];
        }
    }
    if (promoKnown > 0)
        html += row(tr("On promotion"), tr("%1 % of orders").arg(qRound(100.0 * promo / promoKnown)));
    const int nps = frame.latestNps[size_t(i)];
    if (nps >= 0) {
        const QString kind = nps >= 9 ? tr("promoter") : nps >= 7 ? tr("passive") : tr("detractor");
        html += row(tr("NPS"), tr("%1 (%2)").arg(nps).arg(kind));
    }
    const float satisfaction = frame.satisfaction[size_t(i)];
    if (!std::isnan(satisfaction))
        html += row(tr("Satisfaction"), QLocale().toString(double(satisfaction), 'g', 3));
    html += u"</table>"_s;
    return html == u"<table></table>"_s ? u"<p style='color:#666'>%1</p>"_s.arg(tr("The data has no channel, category, "
                                                                                    "payment or survey details for "
                                                                                    "this customer."))
                                        : html;
}

QString CardText::lifetime(const Analytics::LifetimeResult *lifetime, qint32 i)
{
    const auto grey = [](const QString &text) { return u"<p style='color:#666'>%1</p>"_s.arg(text.toHtmlEscaped()); };
    if (!lifetime)
        return grey(tr("No lifetime model yet: fit one on the Analytics page to see churn risk and value."));
    const Analytics::LifetimeScores &s = lifetime->scores;
    const QLocale locale;
    const QString end = locale.toString(QDate::fromJulianDay(lifetime->model.calibrationEnd), QLocale::ShortFormat);
    if (size_t(i) >= s.pAlive.size() || std::isnan(s.pAlive[size_t(i)]))
        return grey(tr("No purchase on or before %1, the lifetime model's calibration end: no churn or value estimate.")
                            .arg(end));
    QString html = u"<p>"_s
            + tr("<b>P(alive) %1 %</b>: the churn model's chance that this customer still buys, as of %2.")
                      .arg(locale.toString(100 * s.pAlive[size_t(i)], 'f', 0), end)
            + u"</p>"_s;
    const double expected = s.expectedPurchases90d[size_t(i)];
    if (!std::isnan(expected))
        html += u"<p>"_s
                + tr("<b>%1 purchases</b> expected in the 90 days after %2 (purchase days, several orders on one day "
                     "count once).")
                          .arg(locale.toString(expected, 'f', 1), end)
                + u"</p>"_s;
    const double clv = s.clv[size_t(i)];
    const Analytics::LifetimeSettings &settings = lifetime->model.settings;
    if (!std::isnan(clv))
        html += u"<p>"_s
                + tr("<b>CLV %1</b>: the spend expected over the next %n month(s), discounted %2 % a month.", nullptr,
                     settings.horizonMonths)
                          .arg(locale.toString(clv, 'f', 2), locale.toString(100 * settings.monthlyDiscount, 'g', 3))
                + u"</p>"_s;
    else
        html += grey(tr("No CLV: the spend model was not fitted (%1).").arg(lifetime->model.gammaGammaProblem));
    return html;
}

} // namespace Portrait::Ui
