#pragma once

#include "common/error.h"
#include "io/typedetect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Portrait::Io {

class DbConnection;

struct DbColumn {
    QString name;
    QString sqlType; ///< as the server's catalog names it: "integer", "varchar", …
    ColumnType type = ColumnType::Text;
    bool nullable = true;
};

/// A table or view the signed-in user may read, with its columns in their order.
struct DbTable {
    QString schema;
    QString name;
    bool view = false;
    QList<DbColumn> columns;
    /// The server's statistics on the row count (0 when it has none, as for views): for progress.
    qint64 estimatedRows = 0;

    /// The name the analyst sees and types: "orders", or "sales.orders" outside PostgreSQL's
    /// public schema.
    QString displayName() const;
    int columnIndex(const QString& column) const;
};

/// The tables and views of the connection's database (PostgreSQL: every schema but the system
/// ones), read from information_schema, so only what the user may see is listed.
Result<QList<DbTable>> listDbTables(DbConnection& connection);

/// The table called name (its display name, or schema.name); an empty name picks the only table
/// there is. The Error names the server and lists the tables.
Result<DbTable> findDbTable(const QList<DbTable>& tables, const QString& name, const QString& server);

/// The column type Portrait reads a server type as: integers, decimals, dates, timestamps; the
/// rest (text, booleans, …) as text.
ColumnType columnTypeOfSql(QString sqlType);

} // namespace Portrait::Io
