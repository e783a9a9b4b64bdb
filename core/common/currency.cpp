#include "currency.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait {

QString currencyKey(Currency currency)
{
    switch (currency) {
    case Currency::None: break;
    case Currency::Yuan: return u"CNY"_s;
    case Currency::Dollar: return u"USD"_s;
    case Currency::Euro: return u"EUR"_s;
    }
    return u"none"_s;
}

std::optional<Currency> currencyFromKey(QStringView key)
{
    for (Currency c : { Currency::None, Currency::Yuan, Currency::Dollar, Currency::Euro }) {
        if (key.compare(currencyKey(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString currencySymbol(Currency currency)
{
    switch (currency) {
    case Currency::None: break;
    case Currency::Yuan: return u"¥"_s;
    case Currency::Dollar: return u"$"_s;
    case Currency::Euro: return u"€"_s;
    }
    return {};
}

QString formatMoney(double amount, Currency currency, int decimals, const QLocale &locale)
{
    const QString number = locale.toString(std::abs(amount), 'f', decimals);
    // The sign goes before the currency: "-¥12.00", as both zh_CN and en_US write it.
    const bool negative = amount < 0 && number != locale.toString(0.0, 'f', decimals);
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency) + number;
}

QString withCurrency(const QString &label, Currency currency)
{
    return currency == Currency::None ? label : u"%1 (%2)"_s.arg(label, currencySymbol(currency));
}

Currency currencyForLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return Currency::Yuan;
    if (locale.territory() == QLocale::UnitedStates)
        return Currency::Dollar;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == u"EUR"_s)
        return Currency::Euro;
    return Currency::None;
}

} // namespace Portrait
