#pragma once

#include "common/currency.h"
#include "model/customerframe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Portrait::Rfm {
struct SegmentScheme;
}

namespace Portrait::Ui {

/// How the workbench writes numbers, dates and names, in one place: counts with the locale's
/// thousands separators, percentages that never wrap inside the number, dates in ISO form (tables,
/// axes) or the locale's long form (sentences), never "1/1/24".
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::DisplayFormat)

public:
    /// "1,234"
    static QString count(qint64 n);
    /// share 0..1 as "19.1%", the sign glued to the number.
    static QString percent(double share, int decimals = 1);
    /// "2026-01-01"; "—" for NoDay.
    static QString date(Model::Day day);
    static QString date(const QDate &date);
    /// "1 January 2026" / "2026年1月1日"; "—" for NoDay.
    static QString longDate(Model::Day day);
    static QString longDate(const QDate &date);
    /// "2026-01-01 07:05", local time.
    static QString dateTime(const QDateTime &at);
    /// "¥1,234.50" in the given currency.
    static QString money(double amount, Currency currency, int decimals = 2);

    /// Whether the interface is in Chinese (the installed locale).
    static bool chineseUi();
    /// The one name of a scheme shown everywhere (toolbar, RFM page, dashboard, report): Chinese
    /// in the Chinese interface and for schemes written in Chinese, English otherwise.
    static QString schemeTitle(const Rfm::SegmentScheme &scheme);
    /// The same for a preset by id ("cn8").
    static QString presetTitle(const QString &id);
};

} // namespace Portrait::Ui
