#include "sqlite.h"

#include <QCoreApplication>

namespace Portrait::Project {

Error sqliteError(sqlite3 *db, const QString &fileName)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    return Error { QCoreApplication::translate("Portrait::Project", "Database error: %1").arg(detail), fileName,
                   0, 0, {} };
}

Status exec(sqlite3 *db, const char *sql, const QString &fileName)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error { QCoreApplication::translate("Portrait::Project", "Database error: %1").arg(detail),
                       fileName, 0, 0, {} };
    }
    return {};
}

Statement::Statement(sqlite3 *db, const char *sql, const QString &fileName) : m_db(db), m_fileName(fileName)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqliteError(db, fileName);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void Statement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = sqliteError(m_db, m_fileName);
    }
    return false;
}

Status Statement::run()
{
    step();
    sqlite3_reset(m_stmt);
    if (m_failed)
        return m_error;
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

Transaction::Transaction(sqlite3 *db, const QString &fileName) : m_db(db), m_fileName(fileName)
{
    Status status = exec(db, "BEGIN IMMEDIATE", fileName);
    m_open = status.ok();
    if (!m_open)
        m_error = status.error();
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    Status status = exec(m_db, "COMMIT", m_fileName);
    if (status)
        m_open = false;
    return status;
}

void bindDay(Statement &statement, int index, Model::Day day)
{
    if (day == Model::NoDay)
        statement.bindNull(index);
    else
        statement.bind(index, qint64(day));
}

Model::Day dayAt(const Statement &statement, int column)
{
    return statement.isNull(column) ? Model::NoDay : Model::Day(statement.int64(column));
}

} // namespace Portrait::Project
