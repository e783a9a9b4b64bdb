#pragma once

#include <QString>
#include <QStringView>

namespace Portrait::Clean {

/// One character's half-width form (see toHalfWidth).
constexpr char16_t halfWidthChar(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFF01 + 0x21);
    return c == 0x3000 ? u' ' : c;
}

/// Full-width ASCII forms (U+FF01–U+FF5E, as Chinese input methods type "１３８" or "＠") and the
/// ideographic space turned into their ASCII counterparts; everything else as it is.
QString toHalfWidth(QStringView text);
/// The same, sharing text itself (no copy) when it has no full-width form.
QString toHalfWidth(const QString &text);
bool hasFullWidth(QStringView text);

/// Trimmed, with every run of white space (any Unicode space, the ideographic one included)
/// folded into one ASCII space.
QString simplifySpaces(QStringView text);
/// The same, sharing text itself (no copy) when it is simplified already.
QString simplifySpaces(const QString &text);
bool isSimplified(QStringView text);

/// A CJK ideograph (the scripts Chinese names and places are written in).
bool isHan(char32_t c);

/// text without any white space, lower-cased: how a lookup key is compared ("Inner Mongolia",
/// "inner  mongolia" and "InnerMongolia" are one key).
QString lookupKey(QStringView text);

} // namespace Portrait::Clean
