#pragma once

#include <QByteArray>
#include <QString>

namespace Portrait::Export {

/// A CSV field in UTF-8: quoted when it holds a comma, quote or line break, and defused when a
/// spreadsheet would run it as a formula (a leading = + - @ tab or CR gets a ' in front).
QByteArray csvField(const QString &text);

} // namespace Portrait::Export
