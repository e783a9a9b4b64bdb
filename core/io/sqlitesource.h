#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/sqldump.h"
#include "io/typedetect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Portrait::Io {

/// The user tables of an SQLite database file (.sqlite, .db) with their columns and row counts.
/// The file is opened read-only and, unless it has a write-ahead log, as immutable: nothing is
/// ever written next to it (no -journal, no -shm).
Result<QList<DumpTable>> listSqliteTables(const QString &path);

/// Streams one table of an SQLite file with the same shape as CsvReader. Values are UTF-8 text:
/// NULL is empty, INTEGER in decimal, REAL in the shortest form that reads back the same, BLOB as
/// "\x" + hex. Progress is counted in rows: bytesRead() is the rows read, fileSize() the row count.
class SqliteTableReader
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::SqliteTableReader)

public:
    SqliteTableReader();
    ~SqliteTableReader();
    SqliteTableReader(const SqliteTableReader &) = delete;
    SqliteTableReader &operator=(const SqliteTableReader &) = delete;

    Status open(const QString &path, const QString &table);
    bool next(CsvRecord &record);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    qint64 bytesRead() const { return m_row; }
    qint64 fileSize() const { return m_rowCount; }
    /// Hex SHA-256 of the database file, taken when it was opened.
    QByteArray checksum() const { return m_checksum; }
    QStringList columns() const { return m_columns; }

private:
    void close();
    Error sqliteError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_rows = nullptr;
    QString m_fileName;
    QStringList m_columns;
    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    QByteArray m_checksum;
    qint64 m_row = 0;
    qint64 m_rowCount = 0;
    bool m_failed = false;
    Error m_error;
};

/// inspectCsv() for one table of an SQLite file: headers = columns, hasHeader = false.
Result<CsvInspection> inspectSqliteTable(const QString &path, const QString &table, ProgressSink &progress,
                                         const CancelToken &cancel);

} // namespace Portrait::Io
