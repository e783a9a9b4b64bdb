// Cell values as text: numbers in shortest round-trip form, date serials as ISO dates, booleans,
// shared and inline strings. The text is what the CSV path would have read for the same data.
#include "io/xlsxsheetparser.h"

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

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

void appendTime(QByteArray &out, qint64 secondsOfDay)
{
    appendDigits(out, int(secondsOfDay / 3600), 2);
    out.append(':');
    appendDigits(out, int(secondsOfDay / 60 % 60), 2);
    out.append(':');
    appendDigits(out, int(secondsOfDay % 60), 2);
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

void appendShortestNumber(double value, QByteArray &out)
{
    char text[400]; // the longest fixed-notation double (a subnormal) needs ~330 characters
    const std::to_chars_result r = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    out.append(text, r.ptr - text);
}

/// Excel's 1900 system counts 1900-02-29, a day that never was (Lotus 1-2-3 compatibility):
/// serial 60 is that day, and serials from 61 on are one day ahead of a plain count.
bool appendExcelDate(double serial, bool date1904, XlsxDateKind kind, QByteArray &out)
{
    if (!(serial >= 0) || serial > 2958465.99999)
        return false;
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 serialDay = seconds / 86400;
    const qint64 secondsOfDay = seconds % 86400;
    if (kind == XlsxDateKind::Time && serialDay == 0) {
        appendTime(out, secondsOfDay);
        return true;
    }
    int year = 1900, month = 2, day = 29;
    if (date1904)
        civilFromDays(daysFromCivil(1904, 1, 1) + serialDay, year, month, day);
    else if (serialDay < 60)
        civilFromDays(daysFromCivil(1899, 12, 31) + serialDay, year, month, day);
    else if (serialDay > 60)
        civilFromDays(daysFromCivil(1899, 12, 30) + serialDay, year, month, day);
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    if (kind != XlsxDateKind::Date || secondsOfDay != 0) { // a time in a date-only cell is kept
        out.append(' ');
        appendTime(out, secondsOfDay);
    }
    return true;
}

bool XlsxSheetParser::appendNumber()
{
    const char *begin = m_text.constData();
    const char *end = begin + m_text.size();
    while (begin < end && (*begin == ' ' || *begin == '\t' || *begin == '\n' || *begin == '\r'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        --end;
    double value = 0;
    const std::from_chars_result r = std::from_chars(begin, end, value);
    const qsizetype outStart = m_rowData.size();
    if (begin == end || r.ec != std::errc() || r.ptr != end || !std::isfinite(value)) {
        m_issues.warn(tr("A number cell holds text that is not a number; it is kept as text"),
                      tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        m_rowData.append(m_text);
        return QUtf8StringView(m_rowData.sliced(outStart)).isValidUtf8();
    }
    const XlsxDateKind kind = m_style >= 0 && size_t(m_style) < m_context.cellStyles.size()
        ? m_context.cellStyles[size_t(m_style)] : XlsxDateKind::None;
    if (kind != XlsxDateKind::None && appendExcelDate(value, m_context.date1904, kind, m_rowData)) {
        if (!m_context.date1904 && value >= 60 && value < 61 && kind != XlsxDateKind::Time)
            m_issues.warn(tr("A date cell holds 1900-02-29, a day Excel counts but that never was"),
                          tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        return true;
    }
    appendShortestNumber(value, m_rowData);
    return true;
}

/// Appends the current cell's value to m_rowData; false (after fail()) on a bad cell.
bool XlsxSheetParser::appendValue()
{
    switch (m_type) {
    case CellType::Number:
        if (m_text.isEmpty())
            return true;
        if (!appendNumber()) {
            fail(tr("cell %1%2 holds text that is not valid UTF-8").arg(xlsxColumnName(m_column)).arg(m_row),
                 m_column);
            return false;
        }
        return true;
    case CellType::Shared: {
        qsizetype index = -1;
        const char *end = m_text.constData() + m_text.size();
        const std::from_chars_result r = std::from_chars(m_text.constData(), end, index);
        const XlsxSharedStrings *strings = m_context.sharedStrings;
        if (r.ec != std::errc() || r.ptr != end || !strings || index < 0 || index >= strings->size()) {
            fail(tr("cell %1%2 refers to shared string \"%3\", which does not exist")
                     .arg(xlsxColumnName(m_column)).arg(m_row).arg(QString::fromLatin1(m_text.left(20))),
                 m_column);
            return false;
        }
        m_rowData.append(strings->at(index));
        return true;
    }
    case CellType::Boolean:
        m_rowData.append(m_text == "1" ? QByteArrayView("TRUE") : m_text == "0" ? QByteArrayView("FALSE")
                                                                                 : QByteArrayView(m_text));
        break;
    case CellType::Error:
        if (!m_text.isEmpty())
            m_issues.warn(tr("Cells with the error value %1 are read as empty").arg(QString::fromUtf8(m_text)),
                          tr("cell %1%2").arg(xlsxColumnName(m_column)).arg(m_row));
        return true;
    case CellType::Date:
        // ISO 8601 as written ("2024-01-02T08:30:00Z") in the form the date parser reads.
        m_text.replace('T', ' ');
        m_text.truncate(std::min<qsizetype>(m_text.size(), 19));
        m_rowData.append(m_text);
        break;
    case CellType::String:
    case CellType::Inline:
        m_rowData.append(m_text);
        break;
    }
    if (!QUtf8StringView(m_text).isValidUtf8()) {
        fail(tr("cell %1%2 holds text that is not valid UTF-8").arg(xlsxColumnName(m_column)).arg(m_row), m_column);
        return false;
    }
    return true;
}

} // namespace Portrait::Io
