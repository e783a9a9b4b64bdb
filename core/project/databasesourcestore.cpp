#include "databasesourcestore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

struct CountField {
    const char16_t* key;
    qint64 SourceRecord::*field;
};

constexpr CountField CountFields[] = {
    { u"rows_read", &SourceRecord::rowsRead },
    { u"rows_accepted", &SourceRecord::rowsAccepted },
    { u"rows_rejected", &SourceRecord::rowsRejected },
    { u"rows_without_customer", &SourceRecord::rowsWithoutCustomer },
    { u"orders_in_file", &SourceRecord::ordersInFile },
    { u"orders_stored", &SourceRecord::ordersStored },
    { u"return_orders", &SourceRecord::returnOrders },
    { u"cancellation_rows", &SourceRecord::cancellationRows },
    { u"return_lines", &SourceRecord::returnLines },
};

} // namespace

QByteArray countsToJson(const SourceRecord& counts)
{
    QJsonObject json;
    for (const CountField& f : CountFields)
        json.insert(QString::fromUtf16(f.key), counts.*(f.field));
    json.insert(u"total_amount"_s, counts.totalAmount);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

SourceRecord countsFromJson(const QByteArray& text)
{
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    SourceRecord counts;
    for (const CountField& f : CountFields)
        counts.*(f.field) = json.value(QString::fromUtf16(f.key)).toInteger();
    counts.totalAmount = json.value(u"total_amount"_s).toDouble();
    return counts;
}

Result<std::optional<DatabaseSourceRecord>> DatabaseSourceStore::find(qint64 sourceId) const
{
    Statement row(m_project.handle(),
        "SELECT uri, table_name, watermark_day, tail FROM database_sources WHERE source_id = ?", m_project.fileName());
    if (!row.ok())
        return row.error();
    row.bind(1, sourceId);
    if (!row.step()) {
        if (row.failed())
            return row.error();
        return std::optional<DatabaseSourceRecord>();
    }
    DatabaseSourceRecord record;
    record.uri = row.text(0);
    record.table = row.text(1);
    record.watermarkDay = row.isNull(2) ? Model::NoDay : Model::Day(row.int64(2));
    record.tail = countsFromJson(row.text(3).toUtf8());
    return std::optional<DatabaseSourceRecord>(record);
}

Status DatabaseSourceStore::save(qint64 sourceId, const DatabaseSourceRecord& record)
{
    Statement save(m_project.handle(),
        "INSERT INTO database_sources(source_id, uri, table_name, watermark_day, tail, pulled_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(source_id) DO UPDATE SET uri = ?2, table_name = ?3, "
        "watermark_day = ?4, tail = ?5, pulled_at = ?6",
        m_project.fileName());
    if (!save.ok())
        return save.error();
    save.bind(1, sourceId);
    save.bind(2, record.uri);
    save.bind(3, record.table);
    if (record.watermarkDay == Model::NoDay)
        save.bindNull(4);
    else
        save.bind(4, qint64(record.watermarkDay));
    save.bind(5, countsToJson(record.tail));
    save.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return save.run();
}

Status DatabaseSourceStore::remove(qint64 sourceId)
{
    Statement remove(m_project.handle(), "DELETE FROM database_sources WHERE source_id = ?", m_project.fileName());
    if (!remove.ok())
        return remove.error();
    remove.bind(1, sourceId);
    return remove.run();
}

Result<SourceRecord> DatabaseSourceStore::counts(qint64 sourceId) const
{
    Statement row(m_project.handle(),
        "SELECT rows_read, rows_accepted, rows_rejected, rows_without_customer, orders_in_file, "
        "orders_stored, return_orders, cancellation_rows, return_lines, total_amount, customers_in_file, "
        "new_customers FROM sources WHERE id = ?",
        m_project.fileName());
    if (!row.ok())
        return row.error();
    row.bind(1, sourceId);
    if (!row.step())
        return row.failed()
            ? row.error()
            : Error { QCoreApplication::translate("Portrait::Project", "The project has no source %1.").arg(sourceId),
                  m_project.fileName(), 0, 0, {} };
    SourceRecord counts;
    int column = 0;
    for (const CountField& f : CountFields)
        counts.*(f.field) = row.int64(column++);
    counts.totalAmount = row.real(column++);
    counts.customersInFile = row.int64(column++);
    counts.newCustomers = row.int64(column++);
    return counts;
}

Result<OrdersFrom> DatabaseSourceStore::takeOrdersFrom(qint64 sourceId, Model::Day day)
{
    Statement rows(m_project.handle(),
        "DELETE FROM orders WHERE source_id = ? AND order_day >= ? RETURNING order_key, customer_id",
        m_project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, sourceId);
    rows.bind(2, qint64(day));
    OrdersFrom out;
    QSet<qint64> customers;
    while (rows.step()) {
        out.keys.insert(rows.utf8(0).toByteArray());
        customers.insert(rows.int64(1));
        ++out.rows;
    }
    if (rows.failed())
        return rows.error();
    out.customers = customers.values();
    return out;
}

Result<qint64> DatabaseSourceStore::number(const char* sql, qint64 sourceId) const
{
    Statement count(m_project.handle(), sql, m_project.fileName());
    if (!count.ok())
        return count.error();
    count.bind(1, sourceId);
    if (!count.step())
        return count.error();
    return count.int64(0);
}

Result<qint64> DatabaseSourceStore::orderCount(qint64 sourceId) const
{
    return number("SELECT count(*) FROM orders WHERE source_id = ?", sourceId);
}

Result<qint64> DatabaseSourceStore::customerCount(qint64 sourceId) const
{
    return number("SELECT count(DISTINCT customer_id) FROM orders WHERE source_id = ?", sourceId);
}

Status DatabaseSourceStore::clearRejected(qint64 sourceId)
{
    Statement remove(m_project.handle(), "DELETE FROM rejected_rows WHERE source_id = ?", m_project.fileName());
    if (!remove.ok())
        return remove.error();
    remove.bind(1, sourceId);
    return remove.run();
}

} // namespace Portrait::Project
