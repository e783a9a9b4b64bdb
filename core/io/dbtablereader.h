#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/dbcatalog.h"
#include "io/recordsource.h"
#include "io/typedetect.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Portrait::Io {

class DbConnection;
class DbRows;
struct DbSession;

/// Streams every row of one table or view as UTF-8 text, like the other table readers: one field
/// per column, NULL as empty, dates as YYYY-MM-DD and timestamps as YYYY-MM-DD HH:MM:SS. Used for
/// customers and survey tables (one row per customer or answer) and for the wizard's preview;
/// orders are aggregated on the server instead (DbOrderQuery).
class DbTableReader : public RecordReader {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::DbTableReader)

public:
    DbTableReader();
    ~DbTableReader() override;

    /// Connects to spec.path (a URI) and starts reading spec.sheetOrTable; expectedRows sets
    /// the progress total.
    Status open(const SourceSpec& spec, qint64 expectedRows);

    bool next(CsvRecord& record) override;
    bool failed() const override { return m_failed; }
    const Error& error() const override { return m_error; }
    qint64 progressValue() const override { return m_row; }
    qint64 progressTotal() const override { return m_expectedRows; }
    QByteArray checksum() const override { return {}; }
    QByteArray encoding() const override { return QByteArrayLiteral("UTF-8"); }

private:
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<DbRows> m_rows;
    CancelToken m_never;
    int m_columns = 0;
    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    qint64 m_row = 0;
    qint64 m_expectedRows = 0;
    bool m_failed = false;
    Error m_error;
};

/// The SELECT list that reads every column of a table as text (see DbTableReader).
Result<QString> selectAsText(const DbConnection& connection, const DbTable& table, int limit = 0);

/// What import would make of a table: its columns with the server's types (text columns typed
/// from a sample of their values, as a file's would be), the row count and filled/empty counts.
Result<CsvInspection> inspectDbTable(
    DbConnection& connection, const DbTable& table, ProgressSink& progress, const CancelToken& cancel);

/// Connects to a URI, finds the table (empty: the only one) and inspects it; spec.sheetOrTable
/// is set to the table's display name.
Result<CsvInspection> inspectDatabase(SourceSpec& spec, ProgressSink& progress, const CancelToken& cancel);

/// The display names of the tables and views a URI's user may read.
Result<QStringList> listDatabaseTables(const QString& uri);

/// What a connection test shows: the server's version, the tables and views with their columns,
/// and what was noted on the way (e.g. an unreadable keychain).
struct DbServerCatalog {
    QString version;
    QList<DbTable> tables;
    QStringList notes;
};
/// Connects to uri (password as DbCredentials describes) and lists what its user may read.
Result<DbServerCatalog> readDbServerCatalog(const QString& uri);

} // namespace Portrait::Io
