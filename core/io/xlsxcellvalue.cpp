// Cell values as text: numbers in shortest round-trip form, date serials as ISO dates, booleans,
// shared and inline strings. The text is what the CSV path would have read for the same data.
#include "io/xlsxsheetparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(qint64(yoe) + era * 400 + (month <= 2));
}

/// Writes value as `width` digits at out and moves out past them.
void putDigits(char *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

void putTime(char *&out, qint64 secondsOfDay)
{
    putDigits(out, int(secondsOfDay / 3600), 2);
    *out++ = ':';
    putDigits(out, int(secondsOfDay / 60 % 60), 2);
    *out++ = ':';
    putDigits(out, int(secondsOfDay % 60), 2);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

int xlsxColumnFromRef(QByteArrayView ref)
{
    int column = 0;
    for (char c : ref) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + (c - 'A' + 1);
        if (column > XlsxMaxColumns)
            return -1;
    }
    return column;
}

QString xlsxColumnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

void appendShortestNumber(double value, std::string &out)
{
    char text[400]; // the longest fixed-notation double (a subnormal) needs ~330 characters
    const std::to_chars_result r = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    out.append(text, size_t(r.ptr - text));
}

// Any decimal of at most 15 significant digits reads as a double that no other such decimal reads
// as (DBL_DIG), so no shorter text reads back as it and to_chars() would write the same digits.
// The integer part is limited too: fixed notation writes a large double's exact integer value.
bool isShortestDecimal(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    if (p < end && *p == '-')
        ++p;
    const char *integerStart = p;
    while (p < end && isDigit(*p))
        ++p;
    const qsizetype integerDigits = p - integerStart;
    if (integerDigits == 0 || integerDigits > 15 || (integerDigits > 1 && *integerStart == '0'))
        return false;
    qsizetype significant = *integerStart == '0' ? 0 : integerDigits;
    if (p == end)
        return true;
    if (*p++ != '.')
        return false;
    const char *fractionStart = p;
    while (p < end && isDigit(*p))
        ++p;
    if (p != end || p == fractionStart || end[-1] == '0')
        return false;
    const char *firstSignificant = fractionStart;
    if (significant == 0) {
        while (*firstSignificant == '0')
            ++firstSignificant;
    }
    significant += end - firstSignificant;
    return significant <= 15;
}

/// Excel's 1900 system counts 1900-02-29, a day that never was (Lotus 1-2-3 compatibility):
/// serial 60 is that day, and serials from 61 on are one day ahead of a plain count.
bool appendExcelDate(double serial, bool date1904, XlsxDateKind kind, std::string &out)
{
    if (!(serial >= 0) || serial > 2958465.99999)
        return false;
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 serialDay = seconds / 86400;
    const qint64 secondsOfDay = seconds % 86400;
    char text[24];
    char *at = text;
    if (kind == XlsxDateKind::Time && serialDay == 0) {
        putTime(at, secondsOfDay);
        out.append(text, size_t(at - text));
        return true;
    }
    int year = 1900, month = 2, day = 29;
    if (date1904)
        civilFromDays(daysFromCivil(1904, 1, 1) + serialDay, year, month, day);
    else if (serialDay < 60)
        civilFromDays(daysFromCivil(1899, 12, 31) + serialDay, year, month, day);
    else if (serialDay > 60)
        civilFromDays(daysFromCivil(1899, 12, 30) + serialDay, year, month, day);
    putDigits(at, year, 4);
    *at++ = '-';
    putDigits(at, month, 2);
    *at++ = '-';
    putDigits(at, day, 2);
    if (kind != XlsxDateKind::Date || secondsOfDay != 0) { // a time in a date-only cell is kept
        *at++ = ' ';
        putTime(at, secondsOfDay);
    }
    out.append(text, size_t(at - text));
    return true;
}

void XlsxSheetParser::appendNumber(QByteArrayView text)
{
    const XlsxDateKind kind = m_style >= 0 && size_t(m_style) < m_context.cellStyles.size()
        ? m_context.cellStyles[size_t(m_style)] : XlsxDateKind::None;
    if (kind == XlsxDateKind::None && isShortestDecimal(text)) { // most numbers: kept as written
        m_rowData.append(text.data(), size_t(text.size()));
        return;
    }
    const char *begin = text.data();
    const char *end = begin + text.size();
    while (begin < end && (*begin == ' ' || *begin == '\t' || *begin == '\n' || *begin == '\r'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        --end;
    double value = 0;
    const std::from_chars_result r = std::from_chars(begin, end, value);
    if (begin == end || r.ec != std::errc() || r.ptr != end || !std::isfinite(value)) {
        m_issues.warn(tr("A number cell holds text that is not a number; it is kept as text"),
                      tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        m_rowData.append(text.data(), size_t(text.size()));
        return;
    }
    if (kind != XlsxDateKind::None && appendExcelDate(value, m_context.date1904, kind, m_rowData)) {
        if (!m_context.date1904 && value >= 60 && value < 61 && kind != XlsxDateKind::Time)
            m_issues.warn(tr("A date cell holds 1900-02-29, a day Excel counts but that never was"),
                          tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        return;
    }
    appendShortestNumber(value, m_rowData);
}

/// Appends the value of the current cell, whose text is given, to m_rowData; false (after fail())
/// on a bad cell. Text is checked for UTF-8 once the row is complete (checkRowText()).
bool XlsxSheetParser::appendValue(QByteArrayView text)
{
    switch (m_type) {
    case CellType::Number:
        if (!text.isEmpty())
            appendNumber(text);
        return true;
    case CellType::Shared: {
        qsizetype index = -1;
        const char *end = text.data() + text.size();
        const std::from_chars_result r = std::from_chars(text.data(), end, index);
        const XlsxSharedStrings *strings = m_context.sharedStrings;
        if (r.ec != std::errc() || r.ptr != end || !strings || index < 0 || index >= strings->size()) {
            const QString shown = QString::fromLatin1(text.first(std::min<qsizetype>(text.size(), 20)));
            fail(tr("cell %1%2 refers to shared string \"%3\", which does not exist")
                     .arg(xlsxColumnName(m_column)).arg(m_row).arg(shown),
                 m_column);
            return false;
        }
        const QByteArrayView value = strings->at(index);
        m_rowData.append(value.data(), size_t(value.size()));
        return true;
    }
    case CellType::Boolean: {
        const QByteArrayView value = text == "1" ? QByteArrayView("TRUE")
            : text == "0"                        ? QByteArrayView("FALSE")
                                                 : text;
        m_rowData.append(value.data(), size_t(value.size()));
        return true;
    }
    case CellType::Error:
        if (!text.isEmpty())
            m_issues.warn(tr("Cells with the error value %1 are read as empty").arg(QString::fromUtf8(text)),
                          tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        return true;
    case CellType::Date: {
        // ISO 8601 as written ("2024-01-02T08:30:00Z") in the form the date parser reads.
        const size_t start = m_rowData.size();
        m_rowData.append(text.data(), size_t(std::min<qsizetype>(text.size(), 19)));
        std::replace(m_rowData.begin() + qsizetype(start), m_rowData.end(), 'T', ' ');
        return true;
    }
    case CellType::String:
    case CellType::Inline:
        m_rowData.append(text.data(), size_t(text.size()));
        return true;
    }
    return true;
}

} // namespace Portrait::Io
