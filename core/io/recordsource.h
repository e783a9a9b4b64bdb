#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <memory>

namespace Portrait::Io {

enum class SourceFormat { Csv, Xlsx, SqlDump, Sqlite };
QString sourceFormatKey(SourceFormat format);

/// Which file, and which part of it, an import reads.
struct SourceSpec
{
    QString path;
    QString sheetOrTable;     ///< a workbook's sheet or a dump's/database's table; empty = the first
    QByteArray encoding;      ///< CSV only; empty = detect
    char delimiter = 0;       ///< CSV only; 0 = sniff
};

/// Tells the format from the file's first bytes (and, for SQL text, its extension).
SourceFormat detectFormat(const QString &path);

/// Rows of any source as UTF-8 text fields, so type detection and import treat all formats alike.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    virtual bool next(CsvRecord &record) = 0;
    virtual bool failed() const = 0;
    virtual const Error &error() const = 0;
    /// Progress in the reader's own units, out of progressTotal().
    virtual qint64 progressValue() const = 0;
    virtual qint64 progressTotal() const = 0;
    /// Hex SHA-256 of the file; for CSV valid at the end of the read.
    virtual QByteArray checksum() const = 0;
    virtual QByteArray encoding() const = 0;
    virtual char delimiter() const { return 0; }
};

/// Inspects any source: what import would make of it (a full pass). For a dump or a database an
/// empty table name is resolved to the first table, in spec.
Result<CsvInspection> inspectSource(SourceSpec &spec, ProgressSink &progress, const CancelToken &cancel);

/// Opens a reader on the source as inspected (encoding and delimiter decided).
Result<std::unique_ptr<RecordReader>> openRecordReader(const SourceSpec &spec, const CsvInspection &inspection);

} // namespace Portrait::Io
