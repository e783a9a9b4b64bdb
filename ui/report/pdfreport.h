#pragma once

#include "common/error.h"
#include "slides.h"

namespace Portrait::Ui::PdfReport {

/// Writes every slide as one A4-landscape page of a vector PDF (text stays text, charts stay
/// lines), with a page number below. The file at path is replaced only once the whole report was
/// written. Errors name the file and say why.
Status write(const SlideList &slides, const QString &path, const QString &documentTitle);

} // namespace Portrait::Ui::PdfReport
