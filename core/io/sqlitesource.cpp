#include "io/sqlitesource.h"

#include "io/encoding.h"
#include "io/inspectpass.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {


QByteArray quoted(const QString &name) { return '"' + name.toUtf8().replace('"', "\"\"") + '"'; }

/// A read-only connection. immutable=1 stops SQLite from creating a -journal or -shm beside the
/// file; it would also hide a write-ahead log, so a database with a -wal file is opened plainly
/// read-only to see its latest rows.
Result<sqlite3 *> openReadOnly(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { SqliteTableReader::tr("Cannot open the file: %1").arg(file.errorString()), name, 0, 0, {} };
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
        return Error { SqliteTableReader::tr("This is not an SQLite database file."), name, 0, 0, {} };
    const QFileInfo wal(path + u"-wal"_s);
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    uri += wal.exists() && wal.size() > 0 ? "?mode=ro" : "?mode=ro&immutable=1";
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error { SqliteTableReader::tr("Cannot open the SQLite database: %1").arg(why), name, 0, 0, {} };
    }
    return db;
}

/// Runs a query that yields rows of one text column and one integer.
bool query(sqlite3 *db, const QByteArray &sql, const QString &bind, QList<QPair<QString, qint64>> &out)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return false;
    const QByteArray b = bind.toUtf8();
    if (!bind.isNull())
        sqlite3_bind_text(stmt, 1, b.constData(), int(b.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out.append({ QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0)), sqlite3_column_int64(stmt, 1) });
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

Error failure(sqlite3 *db, const QString &path)
{
    return Error { SqliteTableReader::tr("Cannot read the SQLite database: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
                   QFileInfo(path).fileName(), 0, 0, {} };
}

/// Columns as SELECT * returns them, and the row count.
bool describe(sqlite3 *db, const QString &table, QStringList &columns, qint64 &rows)
{
    QList<QPair<QString, qint64>> info;
    if (!query(db, "SELECT name, cid FROM pragma_table_info(?) ORDER BY cid", table, info))
        return false;
    columns.clear();
    for (const auto &column : info)
        columns.append(column.first);
    QList<QPair<QString, qint64>> count;
    if (!query(db, "SELECT '', count(*) FROM " + quoted(table), QString(), count) || count.isEmpty())
        return false;
    rows = count.first().second;
    return true;
}

QList<QPair<QString, qint64>> userTables(sqlite3 *db, bool &ok)
{
    QList<QPair<QString, qint64>> names;
    ok = query(db,
               "SELECT name, rowid FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
               "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid",
               QString(), names);
    return names;
}

} // namespace

Result<QList<DumpTable>> listSqliteTables(const QString &path)
{
    auto opened = openReadOnly(path);
    if (!opened)
        return opened.error();
    Connection c { *opened };
    bool ok = false;
    const auto names = userTables(c.db, ok);
    if (!ok)
        return failure(c.db, path);
    QList<DumpTable> tables;
    for (const auto &name : names) {
        DumpTable table { name.first, {}, 0, 0 };
        if (!describe(c.db, name.first, table.columns, table.rows))
            return failure(c.db, path);
        tables.append(table);
    }
    return tables;
}

SqliteTableReader::SqliteTableReader() = default;
SqliteTableReader::~SqliteTableReader() { close(); }

void SqliteTableReader::close()
{
    sqlite3_finalize(m_rows);
    sqlite3_close(m_db);
    m_rows = nullptr;
    m_db = nullptr;
}

Error SqliteTableReader::sqliteError(const QString &what) const
{
    return Error { tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))), m_fileName, m_row, 0, {} };
}

Status SqliteTableReader::open(const QString &path, const QString &table)
{
    close();
    m_fileName = QFileInfo(path).fileName();
    m_row = m_rowCount = 0;
    m_failed = false;
    m_error = {};
    m_columns.clear();
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
        m_checksum = hash.result().toHex();
    auto opened = openReadOnly(path);
    if (!opened)
        return opened.error();
    m_db = *opened;
    bool ok = false;
    QString name;
    for (const auto &t : userTables(m_db, ok))
        if (t.first == table || (name.isEmpty() && t.first.compare(table, Qt::CaseInsensitive) == 0))
            name = t.first;
    if (!ok)
        return sqliteError(tr("Cannot read the SQLite database"));
    if (name.isEmpty())
        return Error { tr("The database has no table named \"%1\".").arg(table), m_fileName, 0, 0, {} };
    if (!describe(m_db, name, m_columns, m_rowCount))
        return sqliteError(tr("Cannot read the table %1").arg(name));
    QByteArray sql = "SELECT ";
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        sql += (i > 0 ? ", " : "") + quoted(m_columns[i]);
    sql += " FROM " + quoted(name);
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_rows, nullptr) != SQLITE_OK)
        return sqliteError(tr("Cannot read the table %1").arg(name));
    return {};
}

bool SqliteTableReader::next(CsvRecord &record)
{
    if (m_rows == nullptr || m_failed)
        return false;
    const int rc = sqlite3_step(m_rows);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE) {
            m_failed = true;
            m_error = sqliteError(tr("Cannot read the SQLite database"));
        }
        sqlite3_finalize(m_rows);
        m_rows = nullptr;
        return false;
    }
    ++m_row;
    m_data.resize(0);
    m_ends.clear();
    const int n = sqlite3_column_count(m_rows);
    for (int i = 0; i < n; ++i) {
        const int type = sqlite3_column_type(m_rows, i);
        if (type == SQLITE_FLOAT) {
            m_data += QByteArray::number(sqlite3_column_double(m_rows, i), 'g', QLocale::FloatingPointShortest);
        } else if (type == SQLITE_BLOB) {
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_rows, i));
            m_data += "\\x" + QByteArray(blob, sqlite3_column_bytes(m_rows, i)).toHex();
        } else if (type != SQLITE_NULL) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_rows, i));
            const QByteArrayView value(text, sqlite3_column_bytes(m_rows, i));
            if (checkUtf8(value).status != Utf8Check::Status::Valid) {
                m_failed = true;
                m_error = Error { tr("The text is not valid UTF-8."), m_fileName, m_row, i + 1, m_columns.value(i) };
                return false;
            }
            m_data += value;
        }
        m_ends.push_back(m_data.size());
    }
    record.fields.clear();
    for (size_t i = 0; i < m_ends.size(); ++i) {
        const qsizetype from = i == 0 ? 0 : m_ends[i - 1];
        record.fields.emplace_back(m_data.constData() + from, m_ends[i] - from);
    }
    record.row = m_row;
    record.line = m_row;
    return true;
}

Result<CsvInspection> inspectSqliteTable(const QString &path, const QString &table, ProgressSink &progress,
                                         const CancelToken &cancel)
{
    SqliteTableReader reader;
    if (const Status s = reader.open(path, table); !s)
        return s.error();
    CsvInspection out;
    out.encoding = "UTF-8";
    auto pass = Inspect::inspectRecords(reader, out, reader.columns(), true, progress, cancel);
    if (!pass)
        return pass.error();
    return pass->inspection;
}

} // namespace Portrait::Io
