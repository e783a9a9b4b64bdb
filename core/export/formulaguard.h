#pragma once

#include <QString>
#include <QStringView>

namespace Portrait::Export {

/// Whether a spreadsheet would take text as a formula or a command: it starts with = + - @, a
/// tab or a carriage return (the OWASP list for CSV injection).
bool looksLikeFormula(QStringView text);

/// Text a spreadsheet shows but never runs: formula-like text gets a ' in front, other text is
/// returned as it is. Used for text cells of every export, CSV and XLSX alike.
QString defuseFormula(const QString &text);

} // namespace Portrait::Export
