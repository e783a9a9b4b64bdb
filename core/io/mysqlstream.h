#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace Portrait::Io {

/// The rows of one statement read straight from the MariaDB/MySQL client library as the server
/// sends them (mysql_use_result), values as the server's text. Qt 6.4's driver stores a whole
/// result before handing over its first row: the day aggregate of ten million lines would sit in
/// memory whole. Uses the driver's own connection, so session variables and the snapshot hold.
class MySqlStream {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::MySqlStream)

public:
    ~MySqlStream();
    MySqlStream(const MySqlStream&) = delete;
    MySqlStream& operator=(const MySqlStream&) = delete;

    /// Whether this build reads MySQL results itself (it was built with the client library the
    /// Qt driver uses) and database's driver hands out its connection.
    static bool available(const QSqlDatabase& database);
    /// Sends sql and starts reading its rows; nullptr with *error set when the server refused it.
    static std::unique_ptr<MySqlStream> start(const QSqlDatabase& database, const QString& sql, QSqlError* error);

    /// The next row; false at the end or on a failure (then error() is valid).
    bool next();
    QSqlError error() const { return m_error; }

    bool isNull(int column) const;
    /// The column's text as the server wrote it; empty for NULL.
    QByteArrayView bytes(int column) const;

private:
    struct Handles;
    explicit MySqlStream(std::unique_ptr<Handles> handles);

    std::unique_ptr<Handles> m_handles;
    QSqlError m_error;
};

} // namespace Portrait::Io
