#include "databasesource.h"

#include "databasepull.h"
#include "dayorders.h"
#include "io/dbrows.h"
#include "project/projectwriter.h"
#include "sourceread.h"

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

Result<std::unique_ptr<DatabaseSource>> connectSource(const QString& uri, const QString& tableName)
{
    auto session = Io::connectDatabase(uri);
    if (!session)
        return session.error();
    auto source = std::make_unique<DatabaseSource>();
    source->session = session.takeValue();
    auto tables = Io::listDbTables(*source->session.connection);
    if (!tables)
        return tables.error();
    auto table = Io::findDbTable(*tables, tableName, source->session.connection->server());
    if (!table)
        return table.error();
    source->table = table.takeValue();
    source->name = Io::sourceDisplayName(uri, source->table.displayName());
    return source;
}

Status prepareQuery(DatabaseSource& source, SourceKind kind)
{
    QStringList headers;
    for (const Io::DbColumn& column : std::as_const(source.table.columns))
        headers.append(column.name);
    if (Status status = checkRequiredRoles(kind, source.mapping, headers, source.name); !status)
        return status;
    auto query = Io::DbOrderQuery::create(*source.session.connection, source.table, source.mapping);
    if (!query)
        return query.error();
    source.query = query.takeValue();
    return {};
}

Project::SourceRecord describeSource(const DatabaseSource& source, const QString& uri, SourceKind kind)
{
    Project::SourceRecord record;
    record.kind = sourceKindKey(kind);
    record.fileName = source.name;
    record.filePath = Io::sourceStoredPath(uri);
    record.format = Io::sourceFormatKey(Io::SourceFormat::Database, uri);
    record.encoding = u"UTF-8"_s;
    return record;
}

void addClosingIssues(
    const DatabasePull& pull, const Project::SourceRecord& counts, const QStringList& notes, IssueList& issues)
{
    for (const QString& note : notes)
        issues.info(note);
    if (counts.rowsRejected > 0) {
        issues.warn(DatabaseImport::tr("%1 lines were rejected; the first %2 are listed with their reasons.")
                        .arg(counts.rowsRejected)
                        .arg(pull.rejected().size()));
    }
    if (pull.multiCustomerOrders() > 0) {
        issues.warn(DatabaseImport::tr("%1 orders have lines that name more than one customer; each was counted "
                                       "with the smallest customer id.")
                        .arg(pull.multiCustomerOrders()));
    }
    if (counts.rowsWithoutCustomer > 0)
        issues.warn(SourceRead::tr("%1 rows have no customer id; they are counted but belong to no customer.")
                        .arg(counts.rowsWithoutCustomer));
}

Status DatabaseWriting::day(const Io::DbDayRow& row)
{
    bool created = false;
    auto id = writer.customerId(row.customer, &created);
    if (!id)
        return id.error();
    newCustomers += created ? 1 : 0;
    for (const Project::OrderRecord& order : dayOrders(row, *id)) {
        if (Status status = writer.addOrder(sourceId, order); !status)
            return status;
        ++ordersWritten;
        if (writtenKeys)
            writtenKeys->insert(order.orderKey);
    }
    return {};
}

Status DatabaseWriting::attributes(const QByteArray& customer, const Project::CustomerRecord& record)
{
    auto id = writer.customerId(customer);
    if (!id)
        return id.error();
    return writer.updateCustomer(*id, record);
}

} // namespace Portrait::Jobs
