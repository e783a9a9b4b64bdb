#pragma once

#include "model/customerframe.h"
#include "pipeline.h"

#include <QString>

namespace Portrait::Clean {

/// The attributes of one customer that cleaning works on: the raw imported ones going in, the
/// cleaned ones coming out. Empty text, NoDay and -1 mean "not given".
struct CustomerValues
{
    QString name;
    QString gender;
    Model::Day birthDay = Model::NoDay;
    qint32 age = -1;
    QString phone;
    QString email;
    QString province;
    QString city;

    /// The text field's value; fields that are no text (birth date, age) have none.
    QString &text(Field field);
    const QString &text(Field field) const;
    bool isMissing(Field field) const;
    /// The field's value as shown in samples and reports ("1990-05-01" for a birth date).
    QString display(Field field) const;
    bool operator==(const CustomerValues &other) const = default;
};

} // namespace Portrait::Clean
