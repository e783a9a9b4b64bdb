#include "masking.h"

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

// UTF-16 units of the character starting at i: 2 for a surrogate pair (rare CJK names use
// characters outside the BMP), else 1.
qsizetype charLength(const QString &text, qsizetype i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
}

// Digits of a Chinese country prefix in front of the national number, 0 when there is none.
int chinesePrefixDigits(const QString &text, const QString &digits)
{
    const qsizetype rest = digits.size();
    if (digits.startsWith(u"0086"_s) && rest - 4 >= 7)
        return 4;
    if (digits.startsWith(u"86"_s) && rest - 2 >= 7 && text.startsWith(u'+'))
        return 2;
    // Without a "+", "86" is a prefix only in front of a complete mobile number (86 1xx xxxx xxxx).
    if (digits.startsWith(u"86"_s) && rest == 13 && digits.at(2) == u'1')
        return 2;
    return 0;
}

} // namespace

QString maskPhone(const QString &phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return {};
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return u"***"_s;

    const int prefix = chinesePrefixDigits(text, digits);
    const qsizetype national = digits.size() - prefix;
    const qsizetype keepFront = national >= 11 ? 3 : 0;
    const qsizetype keepBack = national >= 7 ? 4 : 0;
    QString masked = text;
    qsizetype digit = 0;
    for (QChar &c : masked) {
        if (!c.isDigit())
            continue;
        const qsizetype position = digit++ - prefix; // negative inside the prefix
        if (position >= keepFront && position < national - keepBack)
            c = u'*';
    }
    return masked;
}

QString maskEmail(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype at = text.lastIndexOf(u'@');
    const QString local = at < 0 ? text : text.left(at);
    const QString first = local.isEmpty() ? QString() : local.left(charLength(local, 0));
    return first + u"***"_s + (at < 0 ? QString() : text.mid(at));
}

QString maskIdNumber(const QString &idNumber)
{
    const QString text = idNumber.trimmed();
    const qsizetype length = text.size();
    if (length <= 10)
        return QString(length, u'*');
    return text.left(6) + QString(length - 10, u'*') + text.right(4);
}

QString maskName(const QString &name)
{
    const QString text = name.trimmed();
    QString masked;
    masked.reserve(text.size());
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = charLength(text, i);
        if (text.at(i).isSpace()) {
            masked += text.at(i);
            wordStart = true;
        } else if (wordStart) {
            masked += QStringView(text).mid(i, length);
            wordStart = false;
        } else {
            masked += u'*';
        }
        i += length;
    }
    return masked;
}

} // namespace Portrait::Export
