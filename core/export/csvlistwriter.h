#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "export/customerlist.h"

namespace Portrait::Export {

/// UTF-8 with a byte-order mark is what Excel needs to open a CSV file as UTF-8 on a Chinese
/// Windows; GB18030 is what older Chinese software expects. GB18030 encodes all of Unicode, so
/// nothing is lost either way.
enum class CsvEncoding { Utf8Bom, Gb18030 };

/// Writes list as CSV: a header row, then one row per customer; comma-separated, "\n" line ends,
/// fields quoted when needed and formula-like text defused (csvField). Numbers are plain
/// ("1234.50"), empty when unknown. Written atomically: on failure or cancel an existing file at
/// path is left as it was.
Status writeCsvList(const CustomerList &list, const QString &path, CsvEncoding encoding, ProgressSink &progress,
                    const CancelToken &cancel);

} // namespace Portrait::Export
