#include "dbtablereader.h"

#include "dbconnection.h"
#include "dbcredentials.h"
#include "dbquery.h"
#include "dbrows.h"
#include "dbsql.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr int SampleRows = 1000;

Result<QString> quotedTable(const DbConnection& connection, const DbTable& table)
{
    auto name = connection.quote(table.name, true);
    if (!name || table.schema.isEmpty())
        return name;
    auto schema = connection.quote(table.schema, true);
    if (!schema)
        return schema;
    return QString(*schema + u'.' + *name);
}

} // namespace

Result<QString> selectAsText(const DbConnection& connection, const DbTable& table, int limit)
{
    const DbSql sql(connection.dialect());
    QStringList columns;
    for (const DbColumn& column : table.columns) {
        auto quoted = connection.quote(column.name, false);
        if (!quoted)
            return quoted.error();
        columns.append(column.type == ColumnType::DateTime ? sql.stamp(*quoted) : sql.text(*quoted));
    }
    auto from = quotedTable(connection, table);
    if (!from)
        return from.error();
    return QString(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + *from
        + (limit > 0 ? u" LIMIT "_s + QString::number(limit) : QString()));
}

DbTableReader::DbTableReader() = default;
DbTableReader::~DbTableReader()
{
    m_rows.reset();
}

Status DbTableReader::open(const SourceSpec& spec, qint64 expectedRows)
{
    auto session = connectDatabase(spec.path);
    if (!session)
        return session.error();
    m_session = std::make_unique<DbSession>(session.takeValue());
    DbConnection& connection = *m_session->connection;
    auto tables = listDbTables(connection);
    if (!tables)
        return tables.error();
    auto table = findDbTable(*tables, spec.sheetOrTable, connection.server());
    if (!table)
        return table.error();
    auto select = selectAsText(connection, *table);
    if (!select)
        return select.error();
    m_columns = int(table->columns.size());
    m_expectedRows = expectedRows;
    // Every column comes as the server's text already, so reading past MySQL's driver changes no
    // value and keeps a table of millions of customers out of memory.
    m_rows = std::make_unique<DbRows>(
        connection, DbStatement { *select, {} }, DbContext { table->displayName() }, m_never, DbRead::Streamed);
    return m_rows->status();
}

bool DbTableReader::next(CsvRecord& record)
{
    if (m_failed || !m_rows || !m_rows->next()) {
        if (m_rows && !m_rows->status()) {
            m_failed = true;
            m_error = m_rows->status().error();
        }
        return false;
    }
    m_data.clear();
    m_ends.clear();
    for (int i = 0; i < m_columns; ++i) {
        m_data.append(m_rows->text(i).toUtf8());
        m_ends.push_back(m_data.size());
    }
    record.fields.clear();
    qsizetype start = 0;
    for (qsizetype end : m_ends) {
        record.fields.emplace_back(m_data.constData() + start, end - start);
        start = end;
    }
    record.row = ++m_row;
    record.line = m_row;
    return true;
}

Result<CsvInspection> inspectDbTable(
    DbConnection& connection, const DbTable& table, ProgressSink& progress, const CancelToken& cancel)
{
    const DbContext context { table.displayName() };
    progress.setPhase(DbTableReader::tr("Reading the columns of %1").arg(quotedName(table.displayName())));
    QStringList counts { u"COUNT(*)"_s };
    QStringList names;
    for (const DbColumn& column : table.columns) {
        auto quoted = connection.quote(column.name, false);
        if (!quoted)
            return quoted.error();
        counts.append(u"COUNT("_s + *quoted + u')');
        names.append(column.name);
    }
    auto from = quotedTable(connection, table);
    if (!from)
        return from.error();
    CsvInspection inspection;
    inspection.encoding = QByteArrayLiteral("UTF-8");
    inspection.delimiter = 0;
    inspection.headers = names;
    {
        DbRows rows(
            connection, DbStatement { u"SELECT "_s + counts.join(u", "_s) + u" FROM "_s + *from, {} }, context, cancel);
        if (!rows.next()) {
            if (!rows.status())
                return rows.status().error();
            return Error { DbTableReader::tr("%1 returned no count.").arg(quotedName(table.displayName())),
                connection.server(), 0, 0, {} };
        }
        inspection.records = rows.integer(0);
        for (int i = 0; i < table.columns.size(); ++i) {
            ColumnProfile profile;
            profile.name = names.at(i);
            profile.filled = rows.integer(i + 1);
            profile.empty = inspection.records - profile.filled;
            inspection.columns.append(profile);
        }
    }
    auto sample = selectAsText(connection, table, SampleRows);
    if (!sample)
        return sample.error();
    DbRows rows(connection, DbStatement { *sample, {} }, context, cancel);
    TypeDetector detector;
    QList<QSet<QString>> seen(table.columns.size());
    while (rows.next()) {
        for (int i = 0; i < table.columns.size(); ++i) {
            const QString value = rows.text(i);
            detector.observe(i, value.toUtf8());
            ColumnProfile& profile = inspection.columns[i];
            if (!value.isEmpty() && profile.samples.size() < 5 && !seen[i].contains(value)) {
                seen[i].insert(value);
                profile.samples.append(value);
            }
        }
    }
    if (!rows.status())
        return rows.status().error();
    const QList<ColumnProfile> detected = detector.profiles(names);
    for (int i = 0; i < table.columns.size(); ++i) {
        ColumnProfile& profile = inspection.columns[i];
        const ColumnType serverType = table.columns.at(i).type;
        // The server's type is the truth; a text column is typed from its values, as in a file.
        profile.type = serverType != ColumnType::Text ? serverType
            : i < detected.size()                     ? detected.at(i).type
                                                      : ColumnType::Text;
        if (inspection.records > 0 && profile.filled == 0)
            profile.type = ColumnType::Empty;
        profile.dateOrder = DateOrder::YMD;
        if (serverType == ColumnType::Text && i < detected.size()) {
            profile.dateOrder = detected.at(i).dateOrder;
            profile.keepAsText = detected.at(i).keepAsText;
        }
    }
    return inspection;
}

Result<CsvInspection> inspectDatabase(SourceSpec& spec, ProgressSink& progress, const CancelToken& cancel)
{
    auto session = connectDatabase(spec.path);
    if (!session)
        return session.error();
    DbConnection& connection = *session->connection;
    auto tables = listDbTables(connection);
    if (!tables)
        return tables.error();
    auto table = findDbTable(*tables, spec.sheetOrTable, connection.server());
    if (!table)
        return table.error();
    spec.sheetOrTable = table->displayName();
    CancelGuard guard(connection, cancel);
    auto inspection = inspectDbTable(connection, *table, progress, cancel);
    if (inspection) {
        for (const QString& note : std::as_const(session->notes))
            inspection->issues.info(note);
    }
    return inspection;
}

Result<QStringList> listDatabaseTables(const QString& uri)
{
    auto catalog = readDbServerCatalog(uri);
    if (!catalog)
        return catalog.error();
    QStringList names;
    for (const DbTable& table : std::as_const(catalog->tables))
        names.append(table.displayName());
    return names;
}

Result<DbServerCatalog> readDbServerCatalog(const QString& uri)
{
    auto session = connectDatabase(uri);
    if (!session)
        return session.error();
    auto tables = listDbTables(*session->connection);
    if (!tables)
        return tables.error();
    return DbServerCatalog { session->connection->version(), tables.takeValue(), session->notes };
}

} // namespace Portrait::Io
