#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace Portrait::Tags {

/// Renders an error for a terminal or a monospaced box: "source:line:column: message", then the
/// offending source line and a caret under the column. Wide (CJK) characters count as two
/// cells, so the caret lines up under Chinese text too; tabs are kept. Without a column, only
/// the first line is given.
QString formatDiagnostic(const Error &error, const QString &sourceLine);

/// Optimal-string-alignment edit distance, ASCII case-insensitive.
int editDistance(const QString &a, const QString &b);

/// The candidate closest to `name` if it is close enough to be a likely typo, else the shortest
/// candidate that starts with `name` (3+ characters); else empty.
QString closestMatch(const QString &name, const QStringList &candidates);

} // namespace Portrait::Tags
