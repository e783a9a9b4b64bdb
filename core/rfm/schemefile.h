#pragma once

#include "common/error.h"
#include "rfm/segmentscheme.h"

#include <QByteArray>
#include <QString>

namespace Portrait::Rfm {

/// Scheme files: UTF-8 JSON, {"format": "portrait-scheme", "version": 1, ...}; the format is
/// documented for analysts in docs/schemes.md.
inline constexpr int SchemeFileVersion = 1;

/// Reads and checks a scheme file; errors carry the path and, for JSON syntax errors, the line and
/// column, and name the rule number and the field that is wrong.
Result<SegmentScheme> loadSchemeFile(const QString &path);

/// Parses a scheme; sourceName is what errors name as their source (a path, "clipboard", ...).
/// A missing id is taken from sourceName's base name.
Result<SegmentScheme> schemeFromJson(const QByteArray &json, const QString &sourceName);

/// Indented JSON, keys in the documented order; schemeFromJson(schemeToJson(s)) == s.
QByteArray schemeToJson(const SegmentScheme &scheme);

/// Writes schemeToJson(scheme) atomically (QSaveFile).
Status saveSchemeFile(const SegmentScheme &scheme, const QString &path);

} // namespace Portrait::Rfm
