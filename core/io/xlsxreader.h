#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/typedetect.h"
#include "io/xlsxworkbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Portrait::Io {

class XlsxArchive;
class XlsxSheetParser;

/// Reads one worksheet of an .xlsx file as records of UTF-8 text, in the same shape as CsvReader,
/// so the import runs the same type detection and parsing on both. The sheet part is inflated
/// and parsed chunk by chunk (memory does not grow with the row count); the shared strings are
/// held in memory because any cell may refer to any of them.
///
/// Values: numbers in shortest round-trip form ("17850", "2.55"), dates by the cell's number
/// format as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", booleans "TRUE"/"FALSE", formulas by their
/// cached value; error cells are empty and reported in issues(). record.row and record.line are
/// the sheet's row number; blank rows give no record.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::XlsxReader)

public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /// Opens the named sheet, or the first one when sheetName is empty.
    Status open(const QString &path, const QString &sheetName = {}, const XlsxLimits &limits = {});
    /// Reads the next record; false at the end of the sheet or on error (see failed()).
    bool next(CsvRecord &record);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    /// Findings that do not stop reading (error cells, text in number cells).
    const IssueList &issues() const;
    /// Progress: inflated bytes of the sheet part so far, against its uncompressed size.
    qint64 bytesRead() const;
    qint64 fileSize() const { return m_sheetSize; }
    /// Hex SHA-256 of the whole .xlsx file, computed on the first call: inspecting a file never
    /// needs it, and hashing it costs as much as inflating a fair part of the sheet.
    QByteArray checksum() const;
    QString sheetName() const { return m_sheetName; }

private:
    bool feed();

    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxWorkbook> m_workbook;
    std::unique_ptr<XlsxSheetParser> m_parser;
    QByteArray m_chunk;
    QString m_path;
    mutable QByteArray m_checksum;
    QString m_sheetName;
    qint64 m_sheetSize = 0;
    bool m_failed = false;
    bool m_atEnd = false;
    Error m_error;
};

/// Like inspectCsv for one worksheet: header, column types from a full pass, row counts. The
/// encoding is always "UTF-8" and the delimiter 0. Cancelling returns the Error "cancelled".
Result<CsvInspection> inspectXlsx(const QString &path, const QString &sheetName, ProgressSink &progress,
                                  const CancelToken &cancel);

} // namespace Portrait::Io
