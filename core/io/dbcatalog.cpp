#include "dbcatalog.h"

#include "dbconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

struct Catalog {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::DbCatalog)
};

const QString PostgresColumns = uR"(SELECT c.table_schema, c.table_name, t.table_type, c.column_name,
       c.data_type, c.is_nullable, CAST(k.reltuples AS BIGINT)
  FROM information_schema.columns c
  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
  LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = c.table_schema
  LEFT JOIN pg_catalog.pg_class k ON k.relnamespace = n.oid AND k.relname = c.table_name
 WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
 ORDER BY c.table_schema, c.table_name, c.ordinal_position)"_s;

const QString MySqlColumns = uR"(SELECT c.TABLE_SCHEMA, c.TABLE_NAME, t.TABLE_TYPE, c.COLUMN_NAME,
       c.DATA_TYPE, c.IS_NULLABLE, t.TABLE_ROWS
  FROM information_schema.COLUMNS c
  JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
 WHERE c.TABLE_SCHEMA = DATABASE()
 ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION)"_s;

} // namespace

ColumnType columnTypeOfSql(QString sqlType)
{
    sqlType = sqlType.toLower();
    static const QStringList integers { u"smallint"_s, u"integer"_s, u"bigint"_s, u"int"_s, u"tinyint"_s,
        u"mediumint"_s, u"serial"_s, u"bigserial"_s };
    static const QStringList decimals { u"numeric"_s, u"decimal"_s, u"real"_s, u"double precision"_s, u"double"_s,
        u"float"_s, u"money"_s };
    if (integers.contains(sqlType))
        return ColumnType::Integer;
    if (decimals.contains(sqlType))
        return ColumnType::Decimal;
    if (sqlType == u"date"_s)
        return ColumnType::Date;
    if (sqlType.startsWith(u"timestamp"_s) || sqlType == u"datetime"_s)
        return ColumnType::DateTime;
    return ColumnType::Text;
}

QString DbTable::displayName() const
{
    return schema.isEmpty() || schema == u"public"_s ? name : schema + u'.' + name;
}

int DbTable::columnIndex(const QString& column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

Result<QList<DbTable>> listDbTables(DbConnection& connection)
{
    const bool postgres = connection.dialect() == DbDialect::PostgreSql;
    auto rows = connection.select(postgres ? PostgresColumns : MySqlColumns, {}, {});
    if (!rows)
        return rows.error();
    QList<DbTable> tables;
    QSqlQuery& query = *rows;
    while (query.next()) {
        // MySQL names its own database as the schema; leaving it out keeps names short.
        const QString schema = postgres ? query.value(0).toString() : QString();
        const QString name = query.value(1).toString();
        if (tables.isEmpty() || tables.last().schema != schema || tables.last().name != name) {
            DbTable table;
            table.schema = schema;
            table.name = name;
            table.view = query.value(2).toString().contains(u"VIEW"_s, Qt::CaseInsensitive);
            table.estimatedRows = std::max<qint64>(query.value(6).toLongLong(), 0);
            tables.append(table);
        }
        DbColumn column;
        column.name = query.value(3).toString();
        column.sqlType = query.value(4).toString();
        column.type = columnTypeOfSql(column.sqlType);
        column.nullable = query.value(5).toString().compare(u"NO"_s, Qt::CaseInsensitive) != 0;
        tables.last().columns.append(column);
    }
    if (query.lastError().isValid())
        return connection.fetchError(query, {});
    return tables;
}

Result<DbTable> findDbTable(const QList<DbTable>& tables, const QString& name, const QString& server)
{
    QStringList names;
    for (const DbTable& table : tables)
        names.append(table.displayName());
    if (name.isEmpty()) {
        if (tables.size() == 1)
            return tables.first();
        return Error { tables.isEmpty() ? Catalog::tr("The database %1 has no table this user may read.").arg(server)
                                        : Catalog::tr("Say which table of %1 to read with --table; it has: %2.")
                                              .arg(server, names.join(u", "_s)),
            server, 0, 0, {} };
    }
    for (const DbTable& table : tables) {
        if (table.displayName() == name || table.schema + u'.' + table.name == name)
            return table;
    }
    return Error { Catalog::tr("The database %1 has no table or view “%2” this user may read; it has: %3.")
                       .arg(server, name, names.isEmpty() ? Catalog::tr("none") : names.join(u", "_s)),
        server, 0, 0, {} };
}

} // namespace Portrait::Io
