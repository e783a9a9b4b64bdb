#pragma once

#include <QString>
#include <QStringView>

namespace Portrait::Clean {

/// Full-width ASCII forms (U+FF01–U+FF5E, as Chinese input methods type "１３８" or "＠") and the
/// ideographic space turned into their ASCII counterparts; everything else as it is.
QString toHalfWidth(QStringView text);
bool hasFullWidth(QStringView text);

/// Trimmed, with every run of white space (any Unicode space, the ideographic one included)
/// folded into one ASCII space.
QString simplifySpaces(QStringView text);

/// A CJK ideograph (the scripts Chinese names and places are written in).
bool isHan(char32_t c);

/// text without any white space, lower-cased: how a lookup key is compared ("Inner Mongolia",
/// "inner  mongolia" and "InnerMongolia" are one key).
QString lookupKey(QStringView text);

} // namespace Portrait::Clean
