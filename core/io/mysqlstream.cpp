#include "mysqlstream.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#if PORTRAIT_HAVE_MARIADB
#include <mysql.h>
#endif

namespace Portrait::Io {

#if PORTRAIT_HAVE_MARIADB

namespace {

MYSQL* connectionOf(const QSqlDatabase& database)
{
    const QSqlDriver* driver = database.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::MySqlServer)
        return nullptr;
    const QVariant handle = driver->handle();
    // The driver hands out the client library's own connection, named by the macro (Qt 5) or
    // by the struct the typedef names (Qt 6).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "MYSQL*") != 0 && qstrcmp(handle.typeName(), "st_mysql*") != 0))
        return nullptr;
    return *static_cast<MYSQL* const*>(handle.constData());
}

QSqlError lastError(MYSQL* mysql, QSqlError::ErrorType type)
{
    return QSqlError(QString(), QString::fromUtf8(mysql_error(mysql)), type, QString::number(mysql_errno(mysql)));
}

} // namespace

struct MySqlStream::Handles {
    MYSQL* mysql = nullptr;
    MYSQL_RES* result = nullptr;
    MYSQL_ROW row = nullptr;
    unsigned long* lengths = nullptr;
    unsigned int columns = 0;
};

MySqlStream::~MySqlStream()
{
    // On a result not read to its end this reads (and drops) the rest; a cancel has already had
    // the server stop the statement.
    mysql_free_result(m_handles->result);
}

bool MySqlStream::available(const QSqlDatabase& database)
{
    return connectionOf(database) != nullptr;
}

std::unique_ptr<MySqlStream> MySqlStream::start(const QSqlDatabase& database, const QString& sql, QSqlError* error)
{
    MYSQL* mysql = connectionOf(database);
    if (!mysql) {
        *error = QSqlError(
            tr("The connection gives no access to the MySQL client library."), QString(), QSqlError::ConnectionError);
        return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    if (mysql_real_query(mysql, text.constData(), static_cast<unsigned long>(text.size())) != 0) {
        *error = lastError(mysql, QSqlError::StatementError);
        return nullptr;
    }
    MYSQL_RES* result = mysql_use_result(mysql);
    if (!result) {
        *error = lastError(mysql, QSqlError::StatementError);
        return nullptr;
    }
    auto handles = std::make_unique<Handles>();
    handles->mysql = mysql;
    handles->result = result;
    handles->columns = mysql_num_fields(result);
    return std::unique_ptr<MySqlStream>(new MySqlStream(std::move(handles)));
}

bool MySqlStream::next()
{
    Handles& h = *m_handles;
    h.row = mysql_fetch_row(h.result);
    if (!h.row) {
        // The end and a failure look alike here; only the connection's error tells them apart.
        if (mysql_errno(h.mysql) != 0)
            m_error = lastError(h.mysql, QSqlError::ConnectionError);
        return false;
    }
    h.lengths = mysql_fetch_lengths(h.result);
    return true;
}

bool MySqlStream::isNull(int column) const
{
    const Handles& h = *m_handles;
    return !h.row || column < 0 || unsigned(column) >= h.columns || !h.row[column];
}

QByteArrayView MySqlStream::bytes(int column) const
{
    if (isNull(column))
        return {};
    const Handles& h = *m_handles;
    return QByteArrayView(h.row[column], qsizetype(h.lengths[column]));
}

#else

struct MySqlStream::Handles { };

MySqlStream::~MySqlStream() = default;

bool MySqlStream::available(const QSqlDatabase&)
{
    return false;
}

std::unique_ptr<MySqlStream> MySqlStream::start(const QSqlDatabase&, const QString&, QSqlError* error)
{
    *error = QSqlError(
        tr("This build of Portrait reads MySQL only through Qt's driver."), QString(), QSqlError::ConnectionError);
    return nullptr;
}

bool MySqlStream::next()
{
    return false;
}

bool MySqlStream::isNull(int) const
{
    return true;
}

QByteArrayView MySqlStream::bytes(int) const
{
    return {};
}

#endif

MySqlStream::MySqlStream(std::unique_ptr<Handles> handles) : m_handles(std::move(handles)) { }

} // namespace Portrait::Io
