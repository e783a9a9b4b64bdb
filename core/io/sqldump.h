#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Portrait::Io {

namespace Dump {
class Parser;
struct Event;
}

/// A table found in a dump (or an SQLite file): its name as written ("public.orders" for
/// pg_dump), its columns, how many rows it has and the line where it first appears.
struct DumpTable
{
    QString name;
    QStringList columns;
    qint64 rows = 0;
    qint64 firstLine = 0;
};

/// Reads a plain SQL dump written by sqlite3 .dump, mysqldump/mariadb-dump or pg_dump (COPY or
/// INSERT form) once, and lists its tables. Columns come from CREATE TABLE, else from the first
/// INSERT/COPY column list, else they are named "Column N". SQLite's own sqlite_* tables are left out.
/// Never executes anything in the dump. Cancelling returns the Error "cancelled".
Result<QList<DumpTable>> listDumpTables(const QString &path, ProgressSink &progress, const CancelToken &cancel);

/// Streams the rows of one table of a dump with the same shape as CsvReader: each record is one
/// row, fields as UTF-8 text in columns() order (NULL is empty; numbers as written; binary values
/// as "\x" + hex). There is no header record. The whole dump is read to its end, so a dump cut
/// short anywhere fails even when the table's own rows were complete.
class SqlDumpReader
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::SqlDumpReader)

public:
    SqlDumpReader();
    ~SqlDumpReader();
    SqlDumpReader(const SqlDumpReader &) = delete;
    SqlDumpReader &operator=(const SqlDumpReader &) = delete;

    /// table is a name from listDumpTables(); a name without schema also matches "schema.name".
    Status open(const QString &path, const QString &table);
    bool next(CsvRecord &record);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    qint64 bytesRead() const;
    qint64 fileSize() const;
    /// Hex SHA-256 of the file; valid after the end.
    QByteArray checksum() const;
    QStringList columns() const { return m_columns; }

private:
    bool matches(const QString &table) const;
    bool advance(); ///< to the next row of the table, in m_event
    bool takeRow(CsvRecord &record);
    void fail(const Error &error);

    std::unique_ptr<Dump::Parser> m_parser;
    std::unique_ptr<Dump::Event> m_event;
    QString m_table;
    QStringList m_columns;
    std::vector<int> m_map;          ///< per value of the current statement: its column, -1 = none yet
    std::vector<QByteArrayView> m_slots;
    qint64 m_mappedStatement = -1;
    qint64 m_row = 0;
    bool m_pending = false;          ///< m_event holds a row found while opening
    bool m_failed = false;
    Error m_error;
};

/// inspectCsv() for one table of a dump: headers = columns, hasHeader = false, encoding UTF-8,
/// column types from every row.
Result<CsvInspection> inspectDump(const QString &path, const QString &table, ProgressSink &progress,
                                  const CancelToken &cancel);

} // namespace Portrait::Io
