#include "textforms.h"

namespace Portrait::Clean {

namespace {

constexpr char16_t IdeographicSpace = 0x3000;

char16_t halfWidth(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFF01 + 0x21);
    if (c == IdeographicSpace)
        return u' ';
    return c;
}

} // namespace

bool hasFullWidth(QStringView text)
{
    for (QChar c : text) {
        if (halfWidth(c.unicode()) != c.unicode())
            return true;
    }
    return false;
}

QString toHalfWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (QChar c : text)
        *to++ = QChar(halfWidth(c.unicode()));
    return out;
}

QString toHalfWidth(const QString &text)
{
    return hasFullWidth(text) ? toHalfWidth(QStringView(text)) : text;
}

bool isSimplified(QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    bool space = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (space)
                return false;
            space = true;
        } else if (u < 0x80 ? (u >= 0x09 && u <= 0x0D) : c.isSpace()) {
            return false;
        } else {
            space = false;
        }
    }
    return true;
}

QString simplifySpaces(const QString &text)
{
    return isSimplified(text) ? text : simplifySpaces(QStringView(text));
}

QString simplifySpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
            || (c >= 0xF900 && c <= 0xFAFF);
}

QString lookupKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar half(halfWidth(c.unicode()));
        if (!half.isSpace())
            out += half.toLower();
    }
    return out;
}

} // namespace Portrait::Clean
