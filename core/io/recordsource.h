#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <memory>

namespace Portrait::Io {

enum class SourceFormat { Csv, Xlsx, SqlDump, Sqlite, Database };
QString sourceFormatKey(SourceFormat format);
/// How a source is recorded in a project: the format key, or for a database "postgresql" or
/// "mysql".
QString sourceFormatKey(SourceFormat format, const QString &path);
/// The name a source goes by in messages and in the project: the file name, or for a database
/// "TABLE @ URI" (the URI without its password).
QString sourceDisplayName(const QString &path, const QString &table);
/// The path the project keeps: the absolute file path, or the URI without its password.
QString sourceStoredPath(const QString &path);

/// Which file, and which part of it, an import reads.
struct SourceSpec
{
    QString path;             ///< a file, or a database URI (postgresql://…, mysql://…)
    QString sheetOrTable;     ///< a workbook's sheet or a dump's/database's table; empty = the first
    QByteArray encoding;      ///< CSV only; empty = detect
    char delimiter = 0;       ///< CSV only; 0 = sniff
};

/// Tells the format from the file's first bytes (and, for SQL text, its extension); a
/// postgresql:// or mysql:// URI is a Database.
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
