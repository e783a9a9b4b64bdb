#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "export/customerlist.h"

namespace Portrait::Export {

/// Most customers one worksheet can hold: Excel's 1,048,576 rows less the header.
constexpr qsizetype XlsxMaxListRows = 1048575;

/// Writes list as one worksheet: a bold, filled header row that stays frozen when scrolling,
/// an autofilter over all columns, column widths fitted to the first rows. Text columns are
/// string cells (ids and phones keep leading zeros; formula-like text defused as in CSV), number
/// columns are number cells with 2 decimals for money and 1 for the RFM score, blank when unknown.
/// Streams rows (libxlsxwriter's constant-memory mode) and is written atomically: on failure or
/// cancel an existing file at path is left as it was.
Status writeXlsxList(const CustomerList &list, const QString &path, ProgressSink &progress,
                     const CancelToken &cancel);

} // namespace Portrait::Export
