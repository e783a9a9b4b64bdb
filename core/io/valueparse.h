#pragma once

#include "model/customerframe.h"

#include <QByteArrayView>

#include <optional>

namespace Portrait::Io {

/// How a date without a four-digit year in front orders its parts.
enum class DateOrder { Unknown, YMD, DMY, MDY };

struct DateTimeValue
{
    Model::Day day = 0;
    int secondsOfDay = -1; ///< -1 = the value has no time
};

/// The parts of a date (and time) as written, before a day/month order is applied.
struct DateParts
{
    int first = 0;      ///< year when yearFirst, else the first of day/month
    int second = 0;
    int third = 0;      ///< day when yearFirst, else the year
    bool yearFirst = false;
    int secondsOfDay = -1;
};

/// Splits "2024-01-02", "2024/1/2 08:26", "2024年1月2日 14时5分", "02/01/2024 8:26:00" ... into
/// parts without deciding the order; nullopt when the text is not shaped like a date.
std::optional<DateParts> scanDateTime(QByteArrayView utf8);

/// Parses a date with optional time. Year-first dates are always read as year-month-day; others
/// follow order (DMY or MDY; Unknown reads them as DMY unless only MDY gives a valid date).
/// Impossible dates such as 30 February give nullopt.
std::optional<DateTimeValue> parseDateTime(QByteArrayView utf8, DateOrder order);

/// Day of a year/month/day, or nullopt when there is no such day.
std::optional<Model::Day> makeDay(int year, int month, int day);

/// Parses a number as people write it in order exports: "-12.5", "+3", "1,234,567.89", currency
/// symbols ¥ ￥ $ £ € or 元 (and RMB, CNY, 人民币) before or after, spaces around, "(12.50)" for a
/// negative, full-width digits ("１２.５０"). Bad digit grouping ("1,23"), exponents and other text
/// give nullopt.
std::optional<double> parseNumber(QByteArrayView utf8);

/// The id as text: spaces trimmed and an integral float written by a spreadsheet ("17850.0")
/// back to "17850". Leading zeros are part of an id and are kept. Returns a view into utf8.
QByteArrayView normalizeId(QByteArrayView utf8);

/// utf8 without ASCII spaces and tabs around it.
QByteArrayView trimmed(QByteArrayView utf8);

} // namespace Portrait::Io
