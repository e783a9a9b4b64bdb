#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Portrait::Io {

enum class DbDialect { PostgreSql, MySql };

/// A database server named like a file: postgresql://user@host:port/db?sslmode=…&host=/socket/dir
/// or mysql://user@host:port/db?socket=/path (mariadb:// is the same). Other query options:
/// connect_timeout=SECONDS and statement_timeout=SECONDS (each statement Portrait sends is stopped
/// by the server after that long). A password written in the URI is used but never kept: the
/// project stores withoutPassword().
struct DbUri {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::DbUri)

public:
    DbDialect dialect = DbDialect::PostgreSql;
    QString user;
    QString password; ///< from the URI only; empty when it had none
    QString host; ///< empty: the driver's default (a local socket)
    QString socket; ///< PostgreSQL: the socket folder; MySQL: the socket file
    int port = -1;
    QString database;
    QString sslMode; ///< PostgreSQL sslmode, as given
    int connectTimeoutSeconds = 0;
    int statementTimeoutSeconds = 0;

    /// Parses a URI; an Error says what is wrong with it (the password is never repeated).
    static Result<DbUri> parse(const QString& text);

    /// The URI as the project stores it and messages show it: every option, no password.
    QString withoutPassword() const;
    /// "PostgreSQL" or "MariaDB/MySQL".
    QString productName() const;
    /// The key a remembered password is filed under: the URI without password and options.
    QString credentialKey() const;
};

/// Whether text names a database server rather than a file.
bool isDatabaseUri(QStringView text);

} // namespace Portrait::Io
