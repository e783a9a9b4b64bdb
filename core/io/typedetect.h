#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/valueparse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Portrait::Io {

enum class ColumnType { Empty, Integer, Decimal, Date, DateTime, Text };

/// "empty", "integer", "decimal", "date", "datetime", "text": stable keys for files and the CLI.
QString columnTypeKey(ColumnType type);
std::optional<ColumnType> columnTypeFromKey(QStringView key);

struct ColumnProfile
{
    QString name;
    ColumnType type = ColumnType::Empty;
    DateOrder dateOrder = DateOrder::Unknown;
    /// Every day and month part is 12 or less, so the data cannot tell DMY from MDY; dateOrder is
    /// then DMY as a fallback the import must warn about.
    bool dateOrderAmbiguous = false;
    /// Numeric-looking ids with leading zeros or phone-number length: never convert to a number
    /// (type is then Text).
    bool keepAsText = false;
    /// The analyst set the type (a type override): the import then holds every value of a mapped
    /// column to it, and a text column's ids are kept exactly as written.
    bool typeFixed = false;
    qint64 filled = 0;
    qint64 empty = 0;
    QStringList samples; ///< up to 5 distinct values, in order of appearance
};

/// Decides each column's type from every value of the column (a full pass, not a sample): a column
/// is numeric only when every non-empty value parses, a date column only when all values are
/// dates in one day/month order.
class TypeDetector
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::TypeDetector)

public:
    TypeDetector();
    ~TypeDetector();

    void observe(int column, QByteArrayView utf8Field);
    /// One profile per column seen, or per name when there are more names; columns without a name
    /// are called "Column N".
    QList<ColumnProfile> profiles(const QStringList &names) const;

private:
    struct State;
    std::vector<State> m_columns;
};

/// Whether the first record reads as column names for the records that follow: no name is a
/// number or a date, and either some column below holds numbers or dates, or the names are distinct
/// and do not recur in their columns.
bool looksLikeHeader(const QList<QByteArray> &first, const QList<QList<QByteArray>> &following);

struct CsvInspection
{
    QByteArray encoding;
    char delimiter = ',';
    bool hasHeader = false;
    qint64 leadingRows = 0;       ///< records above the header (or the data) that import skips
    QStringList headers;          ///< "Column 1", "Column 2" ... for a file without a header
    QList<ColumnProfile> columns;
    qint64 records = 0;           ///< data rows, header excluded
    qint64 raggedRows = 0;        ///< rows with another number of fields than the first row
    qint64 firstRaggedLine = 0;   ///< physical line of the first of them
    IssueList issues;
};

class RecordReader;

/// The 1-based record holding the column names as import reads it: 0 when there is none.
inline qint64 headerRowOf(const CsvInspection &inspection)
{
    return inspection.hasHeader ? inspection.leadingRows + 1 : 0;
}

/// Reads every record of an opened reader again as if record `headerRow` (1-based; 0 = none) held
/// the column names: records above it are skipped and the types are detected from the records
/// below. Encoding and delimiter are kept from `base`.
Result<CsvInspection> inspectWithHeaderRow(RecordReader &reader, const CsvInspection &base, qint64 headerRow,
                                           ProgressSink &progress, const CancelToken &cancel);

/// Applies "column=type" overrides (column by header name or 1-based number; type one of text,
/// integer, decimal, date, datetime) and marks those columns typeFixed.
Status applyTypeOverrides(QList<ColumnProfile> &columns, const QStringList &overrides);

/// Reads the whole file once: encoding, delimiter, header, column types and row counts. Cancelling
/// returns the Error "cancelled".
Result<CsvInspection> inspectCsv(const QString &path, const CsvOptions &options, ProgressSink &progress,
                                 const CancelToken &cancel);

} // namespace Portrait::Io
