#include "cardtext.h"

#include "export/masking.h"
#include "format/displayformat.h"
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

QString dimensionValue(Rfm::Dimension d, double value, Currency currency)
{
    switch (d) {
    case Rfm::Dimension::Recency:
        return CardText::tr("%n day(s) since the last purchase", nullptr, int(value));
    case Rfm::Dimension::Frequency:
        return CardText::tr("%n order(s)", nullptr, int(value));
    case Rfm::Dimension::Monetary:
        return CardText::tr("spend %1").arg(formatMoney(value, currency, value == std::floor(value) ? 0 : 2));
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

/// What a dimension's score measures, in words: "the last purchase", "orders and spend".
QString dimensionWords(Rfm::Dimension d, Rfm::SchemeBasis basis)
{
    if (d == Rfm::Dimension::Recency)
        return CardText::tr("last purchase");
    if (d == Rfm::Dimension::Frequency)
        return basis == Rfm::SchemeBasis::RecencyVsFM ? CardText::tr("orders and spend") : CardText::tr("orders");
    return CardText::tr("spend");
}

/// One word per score level, worst to best: for recency how long ago, for the others how much.
QStringList levelWords(Rfm::Dimension d, int bins)
{
    if (d == Rfm::Dimension::Recency) {
        switch (bins) {
        case 2: return { CardText::tr("long ago"), CardText::tr("recent") };
        case 3: return { CardText::tr("long ago"), CardText::tr("a while ago"), CardText::tr("recent") };
        case 4: return { CardText::tr("longest ago"), CardText::tr("long ago"), CardText::tr("recent"),
                         CardText::tr("most recent") };
        default: return { CardText::tr("longest ago"), CardText::tr("long ago"), CardText::tr("a while ago"),
                          CardText::tr("recent"), CardText::tr("most recent") };
        }
    }
    switch (bins) {
    case 2: return { CardText::tr("low", "score level"), CardText::tr("high", "score level") };
    case 3: return { CardText::tr("low", "score level"), CardText::tr("middle", "score level"),
                     CardText::tr("high", "score level") };
    case 4: return { CardText::tr("low", "score level"), CardText::tr("lower middle", "score level"),
                     CardText::tr("upper middle", "score level"), CardText::tr("high", "score level") };
    default: return { CardText::tr("lowest", "score level"), CardText::tr("low", "score level"),
                      CardText::tr("middle", "score level"), CardText::tr("high", "score level"),
                      CardText::tr("highest", "score level") };
    }
}

QString ruleLink(int rule, const QString &text)
{
    return u"<a href='%1%2' style='color:inherit;text-decoration:none;border-bottom:1px dotted'>%3</a>"_s.arg(
            CardText::RuleLinkPrefix).arg(rule).arg(text.toHtmlEscaped());
}

/// The rules checked before the one that matched, one line each, each name a link to its rule.
QString earlierRules(const Rfm::CustomerExplanation &why, const Rfm::SegmentScheme &scheme, bool chinese)
{
    if (why.earlierRules.isEmpty())
        return {};
    QStringList misses;
    for (const Rfm::RuleMiss &miss : why.earlierRules) {
        QStringList what;
        for (Rfm::Dimension d : miss.failed)
            what.append(dimensionWords(d, scheme.basis));
        // The rule in words and its exact bounds are the link's tooltip.
        misses.append(CardText::tr("%1. %2 — the %3 does not fit")
                              .arg(miss.rule + 1)
                              .arg(ruleLink(miss.rule, scheme.displayName(miss.rule, chinese)),
                                   what.join(CardText::tr(", ", "list separator")).toHtmlEscaped()));
    }
    return u"<p style='color:#666'>"_s + CardText::tr("Rules checked before it:") + u"<br>"_s + misses.join(u"<br>"_s)
            + u"</p>"_s;
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
        // The name, the number and its sign never apart: no space, the pair kept on one line (rich
        // text breaks between any two Chinese characters otherwise).
        parts.append(u"<nobr>%1&nbsp;%2%</nobr>"_s.arg(names.value(code).toHtmlEscaped()).arg(qRound(100.0 * count / known)));
    return parts.join(u" · "_s);
}

} // namespace

QString CardText::scoreWords(Rfm::Dimension d, int low, int high, int bins)
{
    const QStringList words = levelWords(d, std::clamp(bins, 2, 5));
    const auto word = [&](int score) {
        // Levels beyond 5 (thresholds files may have more) fall back to the number.
        return bins <= 5 ? words.value(score - 1, QString::number(score)) : QString::number(score);
    };
    if (low <= 1 && high >= bins)
        return tr("any");
    if (low == high)
        return word(low);
    return tr("%1 to %2", "score range").arg(word(low), word(high));
}

QString CardText::ruleInWords(const Rfm::SegmentRule &rule, Rfm::SchemeBasis basis, int bins)
{
    QStringList parts;
    const auto add = [&](Rfm::Dimension d, int low, int high) {
        if (low > 1 || high < bins)
            parts.append(tr("%1: %2", "dimension: score words").arg(dimensionWords(d, basis), scoreWords(d, low, high, bins)));
    };
    add(Rfm::Dimension::Recency, rule.rLow, rule.rHigh);
    add(Rfm::Dimension::Frequency, rule.fLow, rule.fHigh);
    if (basis != Rfm::SchemeBasis::RecencyVsFM)
        add(Rfm::Dimension::Monetary, rule.mLow, rule.mHigh);
    return parts.isEmpty() ? tr("any scores") : parts.join(u" · "_s);
}

QString CardText::ruleToolTip(const Rfm::SegmentScheme &scheme, int rule)
{
    if (rule < 0 || rule >= scheme.rules.size())
        return {};
    const Rfm::SegmentRule &r = scheme.rules.at(rule);
    QString text = tr("Rule %1 needs %2").arg(rule + 1).arg(ruleInWords(r, scheme.basis, scheme.bins));
    text += u"\n"_s + tr("Exactly: %1").arg(bounds(r, scheme.basis));
    if (scheme.basis == Rfm::SchemeBasis::RecencyVsFM)
        text += u"\n"_s + tr("FM is the mean of the F and M scores, rounded.");
    return text + u"\n"_s + tr("Scores run from 1 to %1; higher is better (R: more recent).").arg(scheme.bins);
}

std::pair<size_t, size_t> orderRange(const Model::OrderTable &orders, qint32 customer)
{
    const auto [first, last] = std::equal_range(orders.customer.begin(), orders.customer.end(), customer);
    return { size_t(first - orders.customer.begin()), size_t(last - orders.customer.begin()) };
}

QString CardText::attributes(const Model::CustomerFrame &frame, qint32 i, Model::Day asOf, bool personalShown)
{
    QString age;
    const int years = frame.ageAt(i, asOf != Model::NoDay ? asOf : Model::Day(QDate::currentDate().toJulianDay()));
    if (frame.birthDays[size_t(i)] != Model::NoDay && years >= 0)
        age = tr("%1 (born %2)").arg(years).arg(DisplayFormat::date(frame.birthDays[size_t(i)]));
    else if (years >= 0)
        age = QString::number(years);
    QString place = frame.provinces.value(i);
    if (!frame.cities.value(i).isEmpty() && frame.cities.value(i) != place)
        place += (place.isEmpty() ? QString() : u" "_s) + frame.cities.value(i);
    const QString phone = frame.phones.value(i);
    const QString email = frame.emails.value(i);
    // Masked on screen as in exports, with one click to show them (for the rest of the session).
    const bool masked = !personalShown && (!phone.isEmpty() || !email.isEmpty());
    const auto contact = [personalShown](const QString &value, QString (*mask)(const QString &)) {
        return value.isEmpty() ? u"—"_s : (personalShown ? value : mask(value)).toHtmlEscaped();
    };
    QString html = u"<table>"_s;
    html += row(tr("Customer"), orDash(frame.ids.value(i)));
    // Ids of duplicates merged into this customer (the Clean page's duplicate review).
    if (const QStringList aliases = frame.aliases.value(i); !aliases.isEmpty())
        html += row(tr("Merged ids"), aliases.join(u", "_s).toHtmlEscaped());
    html += row(tr("Gender"), orDash(frame.genders.value(i)));
    html += row(tr("Age"), orDash(age));
    html += row(tr("Region"), orDash(place));
    html += row(tr("Phone"), contact(phone, &Export::maskPhone)
                                     + (masked ? u"&nbsp;&nbsp;<a href='%1'>%2</a>"_s.arg(RevealLink, tr("Show"))
                                               : QString()));
    html += row(tr("E-mail"), contact(email, &Export::maskEmail));
    html += row(tr("Signed up"), DisplayFormat::date(frame.signupDays[size_t(i)]));
    return html + u"</table>"_s;
}

QString CardText::explanation(const Rfm::RfmResult &result, qint32 i, bool chinese, Currency currency)
{
    const Rfm::CustomerExplanation why = Rfm::explainCustomer(result, i);
    if (!why.scored) {
        return u"<p>%1</p>"_s.arg(tr("Not scored: no purchase before the as-of date %1 (only returns, or orders "
                                     "outside the window).")
                                          .arg(DisplayFormat::date(result.metrics.asOf)));
    }
    QString html = u"<table>"_s;
    for (const Rfm::ScoreReason &reason : why.reasons) {
        const QString letter = dimensionValue(reason.dimension, reason.value, currency);
        QString scoreText = u"<b>%1&nbsp;%2</b>"_s.arg(reason.dimension == Rfm::Dimension::Recency ? u"R"_s
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
    const int bins = result.scores.bins;
    const QString name = scheme.displayName(why.segment, chinese).toHtmlEscaped();
    if (why.segment < scheme.rules.size()) {
        html += u"<p>"_s
                + tr("Placed in <b>%1</b> by rule %2 of %3 (%4): the first rule of the scheme that matches.")
                          .arg(name)
                          .arg(why.segment + 1)
                          .arg(scheme.rules.size())
                          .arg(ruleLink(why.segment, ruleInWords(scheme.rules.at(why.segment), scheme.basis, bins)))
                + u"</p>"_s;
    } else {
        html += u"<p>"_s + tr("No rule of the scheme matches these scores, so the customer falls to <b>%1</b>.").arg(name)
                + u"</p>"_s;
    }
    const QString action = scheme.displayAction(why.segment, chinese);
    if (!action.isEmpty())
        html += u"<p>"_s + tr("Suggested action: %1").arg(action.toHtmlEscaped()) + u"</p>"_s;
    html += u"<p>"_s
            + tr("RFM score %1 of 100 · %2").arg(QLocale().toString(double(why.rfmScore), 'f', 0), Rfm::tierTitle(why.tier))
            + u"</p>"_s;
    // Last: the detail, which may scroll in a small card.
    html += earlierRules(why, scheme, chinese);
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
        html += row(tr("On promotion"), tr("%1% of orders").arg(qRound(100.0 * promo / promoKnown)));
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
