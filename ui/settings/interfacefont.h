#pragma once

#include <QLocale>
#include <QStringList>

namespace Portrait::Ui {

/// The font families Chinese is set in, first that is installed wins: Simplified Chinese glyph
/// shapes. Fontconfig's default for "sans-serif" on a machine not set to Chinese is often the
/// Japanese cut of the same typeface (Noto Sans CJK JP), whose 直, 骨 and 没 read as foreign.
QStringList chineseFamilies();

/// Makes the application's font follow the interface's language: for Chinese the SC families
/// first (then the system's font for anything they lack), else the system's font. Call after
/// QLocale::setDefault, before any window is built; the report and presentation use it too.
void applyInterfaceFont(const QLocale &locale);

} // namespace Portrait::Ui
