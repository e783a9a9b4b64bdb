#include "periods.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

QString everyKey(Every every)
{
    switch (every) {
    case Every::Week:
        return u"week"_s;
    case Every::Month:
        return u"month"_s;
    case Every::Quarter:
        return u"quarter"_s;
    }
    return {};
}

std::optional<Every> everyFromKey(QStringView key)
{
    for (Every every : { Every::Week, Every::Month, Every::Quarter }) {
        if (key.compare(everyKey(every), Qt::CaseInsensitive) == 0)
            return every;
    }
    return std::nullopt;
}

Model::Day periodStart(Model::Day day, Every every)
{
    const QDate date = QDate::fromJulianDay(day);
    switch (every) {
    case Every::Week:
        return day - (date.dayOfWeek() - 1);
    case Every::Month:
        return Model::Day(QDate(date.year(), date.month(), 1).toJulianDay());
    case Every::Quarter:
        return Model::Day(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).toJulianDay());
    }
    return day;
}

Model::Day nextPeriodStart(Model::Day start, Every every)
{
    const QDate date = QDate::fromJulianDay(start);
    switch (every) {
    case Every::Week:
        return start + 7;
    case Every::Month:
        return Model::Day(date.addMonths(1).toJulianDay());
    case Every::Quarter:
        return Model::Day(date.addMonths(3).toJulianDay());
    }
    return start + 1;
}

std::vector<Model::Day> periodStarts(Model::Day from, Model::Day to, Every every)
{
    std::vector<Model::Day> starts;
    if (to < from)
        return starts;
    for (Model::Day day = periodStart(from, every); day <= to; day = nextPeriodStart(day, every))
        starts.push_back(day);
    return starts;
}

} // namespace Portrait::Timeline
