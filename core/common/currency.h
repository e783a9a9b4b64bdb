#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portrait {

/// The currency a project's amounts are shown in. Amounts are stored as plain numbers (the file's
/// currency); this only says which sign goes beside them in tables, charts, cards, the report and
/// export headers. None shows the numbers bare.
enum class Currency { None, Yuan, Dollar, Euro };

/// Stable key as saved in the project: "none", "CNY", "USD", "EUR".
QString currencyKey(Currency currency);
std::optional<Currency> currencyFromKey(QStringView key);
/// "¥", "$", "€"; empty for None.
QString currencySymbol(Currency currency);
/// The sign and the locale's number: "¥1,234.50", "-$12.00"; just the number for None.
QString formatMoney(double amount, Currency currency, int decimals = 2, const QLocale &locale = QLocale());
/// A header or axis title with the sign: "Spend (¥)"; label unchanged for None.
QString withCurrency(const QString &label, Currency currency);
/// What a locale's money usually is, among ours: Chinese → ¥, the United States → $, the euro
/// area → €, anything else None.
Currency currencyForLocale(const QLocale &locale);

} // namespace Portrait
