#include "customervalues.h"

#include <QDate>

namespace Portrait::Clean {

QString &CustomerValues::text(Field field)
{
    switch (field) {
    case Field::Name:
        return name;
    case Field::Gender:
        return gender;
    case Field::Phone:
        return phone;
    case Field::Email:
        return email;
    case Field::Province:
        return province;
    case Field::City:
    case Field::BirthDay:
    case Field::Age:
        break;
    }
    Q_ASSERT(field == Field::City);
    return city;
}

const QString &CustomerValues::text(Field field) const
{
    return const_cast<CustomerValues *>(this)->text(field);
}

bool CustomerValues::isMissing(Field field) const
{
    if (field == Field::BirthDay)
        return birthDay == Model::NoDay;
    if (field == Field::Age)
        return age < 0;
    return text(field).isEmpty();
}

QString CustomerValues::display(Field field) const
{
    if (field == Field::BirthDay)
        return birthDay == Model::NoDay ? QString() : QDate::fromJulianDay(birthDay).toString(Qt::ISODate);
    if (field == Field::Age)
        return age < 0 ? QString() : QString::number(age);
    return text(field);
}

} // namespace Portrait::Clean
