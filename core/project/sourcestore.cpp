#include "sourcestore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QDateTime>

namespace Portrait::Project {

Result<SourceRecord> SourceStore::source(qint64 sourceId) const
{
    Statement row(m_project.handle(),
                  "SELECT kind, file_name, file_path, checksum, format, encoding, delimiter, mapping, rows_read, "
                  "rows_accepted, rows_rejected, rows_without_customer, orders_in_file, orders_stored, "
                  "customers_in_file, new_customers, total_amount FROM sources WHERE id = ?",
                  m_project.fileName());
    if (!row.ok())
        return row.error();
    row.bind(1, sourceId);
    if (!row.step()) {
        if (row.failed())
            return row.error();
        return Error { QCoreApplication::translate("Portrait::Project", "The project has no source %1.").arg(sourceId),
                       m_project.fileName(), 0, 0, {} };
    }
    SourceRecord r;
    r.kind = row.text(0);
    r.fileName = row.text(1);
    r.filePath = row.text(2);
    r.checksum = row.text(3);
    r.format = row.text(4);
    r.encoding = row.text(5);
    r.delimiter = row.text(6);
    r.mappingJson = row.text(7).toUtf8();
    qint64 *counts[] = { &r.rowsRead,     &r.rowsAccepted, &r.rowsRejected,    &r.rowsWithoutCustomer,
                         &r.ordersInFile, &r.ordersStored, &r.customersInFile, &r.newCustomers };
    for (int i = 0; i < int(std::size(counts)); ++i)
        *counts[i] = row.int64(8 + i);
    r.totalAmount = row.real(16);
    return r;
}

Result<QSet<QByteArray>> SourceStore::orderKeys(qint64 sourceId) const
{
    Statement rows(m_project.handle(), "SELECT order_key FROM orders WHERE source_id = ?", m_project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, sourceId);
    QSet<QByteArray> keys;
    while (rows.step())
        keys.insert(rows.text(0).toUtf8());
    if (rows.failed())
        return rows.error();
    return keys;
}

Result<qint64> SourceStore::answerCount(qint64 sourceId) const
{
    Statement count(m_project.handle(), "SELECT count(*) FROM survey_answers WHERE source_id = ?",
                    m_project.fileName());
    if (!count.ok())
        return count.error();
    count.bind(1, sourceId);
    if (!count.step())
        return count.error();
    return count.int64(0);
}

Result<QList<qint64>> SourceStore::customersWithRows(qint64 sourceId) const
{
    Statement rows(m_project.handle(),
                   "SELECT customer_id FROM orders WHERE source_id = ?1 "
                   "UNION SELECT customer_id FROM survey_answers WHERE source_id = ?1",
                   m_project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, sourceId);
    QList<qint64> ids;
    while (rows.step())
        ids.append(rows.int64(0));
    if (rows.failed())
        return rows.error();
    return ids;
}

Status SourceStore::clearRows(qint64 sourceId)
{
    for (const char *sql : { "DELETE FROM orders WHERE source_id = ?", "DELETE FROM survey_answers WHERE source_id = ?",
                             "DELETE FROM rejected_rows WHERE source_id = ?" }) {
        Statement remove(m_project.handle(), sql, m_project.fileName());
        if (!remove.ok())
            return remove.error();
        remove.bind(1, sourceId);
        if (Status status = remove.run(); !status)
            return status;
    }
    return {};
}

Status SourceStore::updateOrigin(qint64 sourceId, const SourceRecord &r)
{
    Statement update(m_project.handle(),
                     "UPDATE sources SET file_name = ?2, file_path = ?3, checksum = ?4, imported_at = ?5, "
                     "format = ?6, encoding = ?7, delimiter = ?8, mapping = ?9 WHERE id = ?1",
                     m_project.fileName());
    if (!update.ok())
        return update.error();
    update.bind(1, sourceId);
    update.bind(2, r.fileName);
    update.bind(3, r.filePath);
    update.bind(4, r.checksum);
    update.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    update.bind(6, r.format);
    update.bind(7, r.encoding);
    update.bind(8, r.delimiter);
    update.bind(9, r.mappingJson);
    return update.run();
}

Result<qint64> SourceStore::removeCustomersWithoutRows(const QList<qint64> &customers)
{
    Statement remove(m_project.handle(),
                     "DELETE FROM customers WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = ?1) "
                     "AND NOT EXISTS (SELECT 1 FROM survey_answers WHERE customer_id = ?1) AND source_id IS NULL",
                     m_project.fileName());
    if (!remove.ok())
        return remove.error();
    qint64 removed = 0;
    for (qint64 id : customers) {
        remove.bind(1, id);
        if (Status status = remove.run(); !status)
            return status.error();
        removed += sqlite3_changes(m_project.handle());
    }
    return removed;
}

Result<RemovedRows> SourceStore::removeSource(qint64 sourceId)
{
    auto customers = customersWithRows(sourceId);
    if (!customers)
        return customers.error();
    sqlite3 *db = m_project.handle();
    const QString name = m_project.fileName();
    Transaction transaction(db, name);
    if (!transaction.ok())
        return transaction.error();
    Statement described(db, "SELECT id FROM customers WHERE source_id = ?", name);
    if (!described.ok())
        return described.error();
    described.bind(1, sourceId);
    while (described.step())
        customers->append(described.int64(0));
    if (described.failed())
        return described.error();

    RemovedRows removed;
    const std::pair<const char *, qint64 *> deletions[] = {
        { "DELETE FROM orders WHERE source_id = ?", &removed.orders },
        { "DELETE FROM survey_answers WHERE source_id = ?", &removed.answers },
        { "DELETE FROM rejected_rows WHERE source_id = ?", &removed.rejectedRows },
        { "DELETE FROM sources WHERE id = ?", nullptr },   // its customers' source_id becomes NULL
    };
    for (const auto &[sql, count] : deletions) {
        Statement remove(db, sql, name);
        if (!remove.ok())
            return remove.error();
        remove.bind(1, sourceId);
        if (Status status = remove.run(); !status)
            return status.error();
        if (count)
            *count = sqlite3_changes64(db);
        else if (sqlite3_changes64(db) == 0)
            return Error { QCoreApplication::translate("Portrait::Project", "The project has no source %1.")
                                   .arg(sourceId),
                           name, 0, 0, {} };
    }
    auto gone = removeCustomersWithoutRows(*customers);
    if (!gone)
        return gone.error();
    removed.customers = *gone;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return removed;
}

} // namespace Portrait::Project
