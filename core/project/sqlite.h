#pragma once

#include "common/error.h"
#include "model/customerframe.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

namespace Portrait::Project {

/// Error from the connection's last failure, naming the project file.
Error sqliteError(sqlite3 *db, const QString &fileName);

/// Runs one or more statements without results.
Status exec(sqlite3 *db, const char *sql, const QString &fileName);

/// A prepared statement: bind by 1-based index, step, read columns, reset for the next row.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql, const QString &fileName);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    const Error &error() const { return m_error; }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const QString &text);
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    /// Binds the bytes without copying them: they must stay as they are until the next step.
    void bindStatic(int index, QByteArrayView utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    /// Binds NULL for an empty string, else the text.
    void bindOptional(int index, const QString &text);

    /// Steps once: true when a row is ready; false when done (check failed()).
    bool step();
    /// Steps a statement that returns no rows and resets it for the next use.
    Status run();
    bool failed() const { return m_failed; }
    void reset();

    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int type(int column) const { return sqlite3_column_type(m_stmt, column); }
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step; empty for NULL.
    QByteArrayView utf8(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_fileName;
    Error m_error;
    bool m_failed = false;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    Transaction(sqlite3 *db, const QString &fileName);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_open; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    sqlite3 *m_db;
    QString m_fileName;
    Error m_error;
    bool m_open = false;
};

/// A day as a column: NULL for Model::NoDay.
void bindDay(Statement &statement, int index, Model::Day day);
Model::Day dayAt(const Statement &statement, int column);

} // namespace Portrait::Project
