#pragma once

#include "common/error.h"

#include <QSize>
#include <QString>

#include <optional>

namespace Portrait::Ui {

class DashboardChart;

/// Writes dashboard charts to files. PNG is drawn at twice the logical size (sharp on high-DPI
/// screens and in slides); SVG and PDF are vector, drawn through DashboardChart::render().
namespace ChartExport {

enum class Format { Png, Svg, Pdf };

/// "png", "svg", "pdf".
QString suffix(Format format);
/// The format a file name's suffix asks for, if any.
std::optional<Format> formatOf(const QString &fileName);
/// A file dialog filter for the format ("PNG image (*.png)"), translated.
QString filter(Format format);

/// Writes chart at logicalSize (its preferredSize() when empty) to path, replacing the file only
/// once the whole output was written. Errors name the file and say why.
Status write(DashboardChart &chart, const QString &path, Format format, QSize logicalSize = {});

} // namespace ChartExport

} // namespace Portrait::Ui
