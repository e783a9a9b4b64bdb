#include "displayformat.h"

#include "rfm/presets.h"
#include "rfm/segmentscheme.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString DisplayFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DisplayFormat::percent(double share, int decimals)
{
    // No space before the sign: a line break cannot fall inside "19.1%".
    return QLocale().toString(share * 100, 'f', decimals) + u"%"_s;
}

QString DisplayFormat::date(Model::Day day)
{
    return day == Model::NoDay ? u"—"_s : date(QDate::fromJulianDay(day));
}

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"—"_s;
}

QString DisplayFormat::longDate(Model::Day day)
{
    return day == Model::NoDay ? u"—"_s : longDate(QDate::fromJulianDay(day));
}

QString DisplayFormat::longDate(const QDate &date)
{
    if (!date.isValid())
        return u"—"_s;
    //: A long date without the weekday, as QDate::toString() patterns: Chinese "yyyy年M月d日".
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

QString DisplayFormat::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s;
}

QString DisplayFormat::money(double amount, Currency currency, int decimals)
{
    return formatMoney(amount, currency, decimals);
}

bool DisplayFormat::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString DisplayFormat::schemeTitle(const Rfm::SegmentScheme &scheme)
{
    return scheme.displayTitle(chineseUi() || scheme.preferChinese);
}

QString DisplayFormat::presetTitle(const QString &id)
{
    return schemeTitle(Rfm::presetScheme(id));
}

} // namespace Portrait::Ui
