// Which number formats turn a cell's number into a date or a time.
#include "io/xlsxworkbook.h"

namespace Portrait::Io {

XlsxDateKind builtinDateKind(int id)
{
    switch (id) {
    case 14: case 15: case 16: case 17:
    case 27: case 28: case 29: case 30: case 31: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
        return XlsxDateKind::Date;
    case 22:
        return XlsxDateKind::DateTime;
    case 18: case 19: case 20: case 21:
    case 32: case 33: case 34: case 35:
    case 45: case 46: case 47: case 55: case 56:
        return XlsxDateKind::Time;
    default:
        return XlsxDateKind::None;
    }
}

/// Looks at the first section only (the one for positive numbers) and skips what a format shows
/// literally: "quoted text", [colours/locales/elapsed], \x escapes, _x padding, *x fills, AM/PM.
XlsxDateKind formatCodeDateKind(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false; // "m" is minutes after h or before s, months otherwise
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code[i].unicode());
        if (c == u';') {
            break;
        } else if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (code.sliced(i).startsWith(u"am/pm", Qt::CaseInsensitive)) {
            i += 4;
        } else if (code.sliced(i).startsWith(u"a/p", Qt::CaseInsensitive)) {
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    if (month && !time)
        date = true;
    if (date)
        return time ? XlsxDateKind::DateTime : XlsxDateKind::Date;
    return time ? XlsxDateKind::Time : XlsxDateKind::None;
}

} // namespace Portrait::Io
