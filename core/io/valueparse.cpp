#include "io/valueparse.h"

#include <QDate>

#include <charconv>
#include <cstring>

namespace Portrait::Io {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads up to maxDigits digits at p; returns how many were read (0 = none).
int readNumber(const char *&p, const char *end, int maxDigits, int &value)
{
    int n = 0;
    value = 0;
    while (p < end && n < maxDigits && isDigit(*p)) {
        value = value * 10 + (*p - '0');
        ++p;
        ++n;
    }
    if (p < end && isDigit(*p))
        return 0; // more digits than the part can have
    return n;
}

/// Consumes the UTF-8 literal at p when it is there.
bool accept(const char *&p, const char *end, const char *literal)
{
    const size_t n = std::strlen(literal);
    if (size_t(end - p) < n || std::memcmp(p, literal, n) != 0)
        return false;
    p += n;
    return true;
}

void skipSpaces(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
}

/// The date part: year first (2024-1-2, 2024/1/2, 2024.1.2, 2024年1月2日) or year last (2/1/2024).
bool scanDate(const char *&p, const char *end, DateParts &parts)
{
    int a = 0;
    const int digits = readNumber(p, end, 4, a);
    if (digits == 4) {
        parts.yearFirst = true;
        parts.first = a;
        const bool chinese = accept(p, end, "年");
        const char sep = chinese || p == end ? 0 : *p;
        if (!chinese && sep != '-' && sep != '/' && sep != '.')
            return false;
        if (!chinese)
            ++p;
        if (readNumber(p, end, 2, parts.second) == 0)
            return false;
        if (chinese ? !accept(p, end, "月") : (p == end || *p++ != sep))
            return false;
        if (readNumber(p, end, 2, parts.third) == 0)
            return false;
        if (chinese)
            accept(p, end, "日");
        return true;
    }
    if (digits == 0 || digits > 2 || p == end)
        return false;
    parts.first = a;
    const char sep = *p++;
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    if (readNumber(p, end, 2, parts.second) == 0 || p == end || *p++ != sep)
        return false;
    return readNumber(p, end, 4, parts.third) == 4;
}

/// The time part: 08:26, 8:26:00, 08:26:00.123, 14时5分, 14点05分30秒, with an optional AM/PM or Z.
bool scanTime(const char *&p, const char *end, int &secondsOfDay)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (readNumber(p, end, 2, hour) == 0)
        return false;
    if (accept(p, end, "时") || accept(p, end, "点")) {
        if (p < end && readNumber(p, end, 2, minute) > 0) {
            accept(p, end, "分");
            if (p < end && readNumber(p, end, 2, second) > 0 && !accept(p, end, "秒"))
                return false;
        }
    } else {
        if (p == end || *p++ != ':' || readNumber(p, end, 2, minute) != 2)
            return false;
        if (p < end && *p == ':') {
            ++p;
            if (readNumber(p, end, 2, second) != 2)
                return false;
            if (p < end && *p == '.') {
                ++p;
                while (p < end && isDigit(*p))
                    ++p;
            }
        }
        skipSpaces(p, end);
        const bool pm = accept(p, end, "PM") || accept(p, end, "pm");
        if (pm || accept(p, end, "AM") || accept(p, end, "am")) {
            if (hour < 1 || hour > 12)
                return false;
            hour = hour % 12 + (pm ? 12 : 0);
        }
        accept(p, end, "Z");
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    secondsOfDay = hour * 3600 + minute * 60 + second;
    return true;
}

/// Length of a currency sign at the start (prefix) or end (suffix) of s; 0 when there is none.
qsizetype currencyLength(QByteArrayView s, bool atEnd)
{
    // $ £ € ¥ ￥ 元, and the codes Chinese shop systems write: RMB, CNY, 人民币.
    for (const char *sign : { "$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5", "\xEF\xBF\xA5", "\xE5\x85\x83", "RMB",
                              "rmb", "CNY", "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81" }) {
        const QByteArrayView v(sign);
        if (atEnd ? s.endsWith(v) : s.startsWith(v))
            return v.size();
    }
    return 0;
}

std::optional<double> fromChars(const char *begin, const char *end)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::fixed);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

/// Digits with optional "," thousands groups and a "." fraction; writes them without the commas.
bool plainDigits(QByteArrayView s, char *out, qsizetype &outLength)
{
    qsizetype n = 0;
    int group = 0;
    int digits = 0;
    bool grouped = false;
    const char *p = s.begin();
    const char *end = s.end();
    for (; p < end && (isDigit(*p) || *p == ','); ++p) {
        if (*p == ',') {
            if (grouped ? group != 3 : group == 0 || group > 3)
                return false;
            grouped = true;
            group = 0;
            continue;
        }
        out[n++] = *p;
        ++group;
        ++digits;
    }
    if (grouped && group != 3)
        return false;
    if (p < end && *p == '.') {
        out[n++] = *p++;
        for (; p < end && isDigit(*p); ++p, ++digits)
            out[n++] = *p;
    }
    outLength = n;
    return p == end && digits > 0;
}

/// Full-width ASCII forms (０-９ ． ， － （ ） and the ideographic space) as their ASCII
/// characters; false when s has none, so the caller keeps s as it is.
bool narrowFullWidth(QByteArrayView s, QByteArray &out)
{
    if (!s.contains('\xEF') && !s.contains('\xE3'))
        return false;
    out.clear();
    out.reserve(s.size());
    bool changed = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto lead = uchar(s[i]);
        if (i + 2 < s.size() && lead == 0xEF && (uchar(s[i + 1]) == 0xBC || uchar(s[i + 1]) == 0xBD)) {
            const int trail = uchar(s[i + 2]) - 0x80;
            const int ascii = (uchar(s[i + 1]) == 0xBC ? 0x20 : 0x60) + trail;
            if (trail >= 0 && trail < 0x40 && ascii > 0x20 && ascii < 0x7F) {
                out.append(char(ascii));
                i += 2;
                changed = true;
                continue;
            }
        }
        if (i + 2 < s.size() && lead == 0xE3 && uchar(s[i + 1]) == 0x80 && uchar(s[i + 2]) == 0x80) {
            out.append(' ');
            i += 2;
            changed = true;
            continue;
        }
        out.append(char(lead));
    }
    return changed;
}

} // namespace

QByteArrayView trimmed(QByteArrayView utf8)
{
    qsizetype b = 0;
    qsizetype e = utf8.size();
    while (b < e && (utf8[b] == ' ' || utf8[b] == '\t'))
        ++b;
    while (e > b && (utf8[e - 1] == ' ' || utf8[e - 1] == '\t'))
        --e;
    return utf8.sliced(b, e - b);
}

std::optional<Model::Day> makeDay(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    return Model::Day(date.toJulianDay());
}

std::optional<DateParts> scanDateTime(QByteArrayView utf8)
{
    const QByteArrayView s = trimmed(utf8);
    const char *p = s.begin();
    const char *end = s.end();
    DateParts parts;
    if (!scanDate(p, end, parts))
        return std::nullopt;
    if (p == end)
        return parts;
    // "2024年1月2日14时5分" needs no separator; the other forms need a space or a T.
    const bool afterChineseDay = p - s.begin() >= 3 && std::memcmp(p - 3, "日", 3) == 0;
    const bool separated = *p == 'T' || *p == ' ' || *p == '\t';
    if (!separated && !afterChineseDay)
        return std::nullopt;
    if (*p == 'T')
        ++p;
    skipSpaces(p, end);
    if (!scanTime(p, end, parts.secondsOfDay) || p != end)
        return std::nullopt;
    return parts;
}

std::optional<DateTimeValue> parseDateTime(QByteArrayView utf8, DateOrder order)
{
    const std::optional<DateParts> parts = scanDateTime(utf8);
    if (!parts)
        return std::nullopt;
    std::optional<Model::Day> day;
    if (parts->yearFirst)
        day = makeDay(parts->first, parts->second, parts->third);
    else if (order == DateOrder::MDY)
        day = makeDay(parts->third, parts->first, parts->second);
    else {
        day = makeDay(parts->third, parts->second, parts->first);
        if (!day && order != DateOrder::DMY)
            day = makeDay(parts->third, parts->first, parts->second);
    }
    if (!day)
        return std::nullopt;
    return DateTimeValue { *day, parts->secondsOfDay };
}

std::optional<double> parseNumber(QByteArrayView utf8)
{
    // Fast path: what machine-written files contain, "-12.50" and the like.
    if (!utf8.isEmpty() && (isDigit(utf8.front()) || utf8.front() == '-')
        && (isDigit(utf8.back()) || utf8.back() == '.')) {
        if (const std::optional<double> v = fromChars(utf8.begin(), utf8.end()))
            return v;
    }
    QByteArray narrow;
    if (narrowFullWidth(utf8, narrow))
        return parseNumber(narrow);
    QByteArrayView s = trimmed(utf8);
    bool negative = false;
    bool currencySeen = false;
    // "(12.00)元": an accounting negative with the currency after the parentheses.
    const qsizetype trailingSign = s.startsWith('(') ? currencyLength(s, true) : 0;
    if (trailingSign > 0 && trimmed(s.chopped(trailingSign)).endsWith(')')) {
        s = trimmed(s.chopped(trailingSign));
        currencySeen = true;
    }
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        s = trimmed(s.sliced(1, s.size() - 2));
    }
    bool signSeen = false;
    for (int round = 0; round < 2 && !s.isEmpty(); ++round) {
        if (!signSeen && (s.front() == '-' || s.front() == '+')) {
            negative = negative != (s.front() == '-');
            signSeen = true;
            s = trimmed(s.sliced(1));
        } else if (const qsizetype n = currencySeen ? 0 : currencyLength(s, false)) {
            currencySeen = true;
            s = trimmed(s.sliced(n));
        }
    }
    if (const qsizetype n = currencySeen ? 0 : currencyLength(s, true))
        s = trimmed(s.chopped(n));
    char digits[64];
    qsizetype length = 0;
    if (s.isEmpty() || s.size() >= qsizetype(sizeof digits) || !plainDigits(s, digits, length))
        return std::nullopt;
    const std::optional<double> value = fromChars(digits, digits + length);
    if (!value)
        return std::nullopt;
    return negative && *value != 0 ? -*value : *value;
}

QByteArrayView normalizeId(QByteArrayView utf8)
{
    const QByteArrayView s = trimmed(utf8);
    const qsizetype dot = s.indexOf('.');
    if (dot <= 0 || dot == s.size() - 1)
        return s;
    for (qsizetype i = 0; i < dot; ++i) {
        if (!isDigit(s[i]))
            return s;
    }
    for (qsizetype i = dot + 1; i < s.size(); ++i) {
        if (s[i] != '0')
            return s;
    }
    return s.first(dot);
}

} // namespace Portrait::Io
