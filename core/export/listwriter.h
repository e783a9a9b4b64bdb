#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "export/csvlistwriter.h"
#include "export/customerlist.h"

#include <optional>

namespace Portrait::Export {

enum class ListFormat { Csv, Xlsx };

/// The format a file name asks for: ".csv" or ".xlsx" (any case); nothing for other names.
std::optional<ListFormat> listFormatFromPath(const QString &path);

/// Writes list to path in format (CSV in encoding); see writeCsvList and writeXlsxList.
Status writeCustomerList(const CustomerList &list, const QString &path, ListFormat format, CsvEncoding encoding,
                         ProgressSink &progress, const CancelToken &cancel);

// Shared by the writers.

/// Phase text for a progress bar: "Writing customers.xlsx".
QString writingPhase(const QString &path);
/// The error of a cancelled export; nothing was written.
Error exportCancelled(const QString &path);
/// The error of a file that could not be written, with the reason.
Error cannotWrite(const QString &path, const QString &reason);
/// Progress and the cancel check come every this many rows.
constexpr qint32 ListWriterStride = 4096;

} // namespace Portrait::Export
