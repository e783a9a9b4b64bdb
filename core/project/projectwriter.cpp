#include "projectwriter.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

void bindNumber(Statement &statement, int index, double value)
{
    if (std::isnan(value))
        statement.bindNull(index);
    else
        statement.bind(index, value);
}

} // namespace

ProjectWriter::ProjectWriter(ProjectFile &project) : m_project(project) { }

ProjectWriter::~ProjectWriter() = default;

Status ProjectWriter::begin()
{
    sqlite3 *db = m_project.handle();
    const QString name = m_project.fileName();
    m_transaction = std::make_unique<Transaction>(db, name);
    if (!m_transaction->ok())
        return m_transaction->error();

    m_insertCustomer = std::make_unique<Statement>(db, "INSERT INTO customers(customer_key) VALUES(?)", name);
    m_updateCustomer = std::make_unique<Statement>(
            db,
            "UPDATE customers SET name = COALESCE(?2, name), gender = COALESCE(?3, gender), "
            "birth_day = COALESCE(?4, birth_day), age = COALESCE(?5, age), phone = COALESCE(?6, phone), "
            "email = COALESCE(?7, email), province = COALESCE(?8, province), city = COALESCE(?9, city), "
            "country = COALESCE(?10, country), signup_day = COALESCE(?11, signup_day), "
            "order_count = COALESCE(?12, order_count), total_amount = COALESCE(?13, total_amount), "
            "last_order_day = COALESCE(?14, last_order_day), source_id = COALESCE(?15, source_id) WHERE id = ?1",
            name);
    m_insertOrder = std::make_unique<Statement>(
            db,
            "INSERT INTO orders(source_id, customer_id, order_key, order_day, order_seconds, purchase_amount, "
            "returned_amount, has_purchase, line_count, quantity, channel, category, payment_method, promo) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            name);
    m_insertRejected = std::make_unique<Statement>(
            db,
            "INSERT INTO rejected_rows(source_id, row_number, column_number, column_name, reason, raw_value) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            name);
    m_insertAnswer = std::make_unique<Statement>(
            db,
            "INSERT INTO survey_answers(source_id, customer_id, answered_day, nps, satisfaction, motivation) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            name);
    for (const auto *statement : { m_insertCustomer.get(), m_updateCustomer.get(), m_insertOrder.get(),
                                   m_insertRejected.get(), m_insertAnswer.get() }) {
        if (!statement->ok())
            return statement->error();
    }

    Statement keys(db, "SELECT id, customer_key FROM customers", name);
    if (!keys.ok())
        return keys.error();
    while (keys.step())
        m_customers.insert(keys.text(1).toUtf8(), keys.int64(0));
    if (keys.failed())
        return keys.error();
    return {};
}

Result<qint64> ProjectWriter::addSource(const SourceRecord &source)
{
    Statement insert(m_project.handle(),
                     "INSERT INTO sources(kind, file_name, file_path, checksum, imported_at, format, encoding, "
                     "delimiter, mapping, rows_read, rows_accepted, rows_rejected, rows_without_customer, "
                     "orders_in_file, orders_stored, return_orders, cancellation_rows, return_lines, "
                     "customers_in_file, new_customers, total_amount) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
                     m_project.fileName());
    if (!insert.ok())
        return insert.error();
    insert.bind(1, source.kind);
    insert.bind(2, source.fileName);
    insert.bind(3, source.filePath);
    insert.bind(4, source.checksum);
    insert.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(6, source.format);
    insert.bind(7, source.encoding);
    insert.bind(8, source.delimiter);
    insert.bind(9, source.mappingJson);
    if (Status status = insert.run(); !status)
        return status.error();
    return qint64(sqlite3_last_insert_rowid(m_project.handle()));
}

Status ProjectWriter::updateSource(qint64 sourceId, const SourceRecord &s)
{
    Statement update(m_project.handle(),
                     "UPDATE sources SET rows_read = ?2, rows_accepted = ?3, rows_rejected = ?4, "
                     "rows_without_customer = ?5, orders_in_file = ?6, orders_stored = ?7, return_orders = ?8, "
                     "cancellation_rows = ?9, return_lines = ?10, customers_in_file = ?11, new_customers = ?12, "
                     "total_amount = ?13 WHERE id = ?1",
                     m_project.fileName());
    if (!update.ok())
        return update.error();
    update.bind(1, sourceId);
    const qint64 counts[] = { s.rowsRead,     s.rowsAccepted,     s.rowsRejected, s.rowsWithoutCustomer,
                              s.ordersInFile, s.ordersStored,     s.returnOrders, s.cancellationRows,
                              s.returnLines,  s.customersInFile, s.newCustomers };
    for (int i = 0; i < int(std::size(counts)); ++i)
        update.bind(i + 2, counts[i]);
    update.bind(13, s.totalAmount);
    return update.run();
}

Result<qint64> ProjectWriter::customerId(const QByteArray &key, bool *created)
{
    if (auto it = m_customers.constFind(key); it != m_customers.constEnd()) {
        if (created)
            *created = false;
        return it.value();
    }
    m_insertCustomer->bind(1, key);
    if (Status status = m_insertCustomer->run(); !status)
        return status.error();
    const auto id = qint64(sqlite3_last_insert_rowid(m_project.handle()));
    m_customers.insert(key, id);
    if (created)
        *created = true;
    return id;
}

Status ProjectWriter::updateCustomer(qint64 customerId, const CustomerRecord &r, qint64 describingSourceId)
{
    Statement &s = *m_updateCustomer;
    s.bind(1, customerId);
    s.bindOptional(2, r.name);
    s.bindOptional(3, r.gender);
    bindDay(s, 4, r.birthDay);
    if (r.age >= 0)
        s.bind(5, qint64(r.age));
    else
        s.bindNull(5);
    s.bindOptional(6, r.phone);
    s.bindOptional(7, r.email);
    s.bindOptional(8, r.province);
    s.bindOptional(9, r.city);
    s.bindOptional(10, r.country);
    bindDay(s, 11, r.signupDay);
    if (r.orderCount >= 0)
        s.bind(12, r.orderCount);
    else
        s.bindNull(12);
    bindNumber(s, 13, r.totalAmount);
    bindDay(s, 14, r.lastOrderDay);
    if (describingSourceId > 0)
        s.bind(15, describingSourceId);
    else
        s.bindNull(15);
    return s.run();
}

Status ProjectWriter::addOrder(qint64 sourceId, const OrderRecord &o)
{
    Statement &s = *m_insertOrder;
    s.bind(1, sourceId);
    s.bind(2, o.customerId);
    s.bind(3, o.orderKey);
    s.bind(4, qint64(o.day));
    if (o.secondsOfDay >= 0)
        s.bind(5, qint64(o.secondsOfDay));
    else
        s.bindNull(5);
    s.bind(6, o.purchase);
    s.bind(7, o.returned);
    s.bind(8, qint64(o.hasPurchase ? 1 : 0));
    s.bind(9, o.lineCount);
    bindNumber(s, 10, o.quantity);
    s.bindOptional(11, o.channel);
    s.bindOptional(12, o.category);
    s.bindOptional(13, o.paymentMethod);
    if (o.promo >= 0)
        s.bind(14, qint64(o.promo));
    else
        s.bindNull(14);
    return s.run();
}

Status ProjectWriter::addRejected(qint64 sourceId, const RejectedRow &r)
{
    Statement &s = *m_insertRejected;
    s.bind(1, sourceId);
    s.bind(2, r.row);
    s.bind(3, qint64(r.column));
    s.bind(4, r.columnName);
    s.bind(5, r.reason);
    s.bind(6, r.rawValue);
    return s.run();
}

Status ProjectWriter::addAnswer(qint64 sourceId, const AnswerRecord &a)
{
    Statement &s = *m_insertAnswer;
    s.bind(1, sourceId);
    s.bind(2, a.customerId);
    bindDay(s, 3, a.day);
    if (a.nps >= 0)
        s.bind(4, qint64(a.nps));
    else
        s.bindNull(4);
    bindNumber(s, 5, a.satisfaction);
    s.bindOptional(6, a.motivation);
    return s.run();
}

Status ProjectWriter::commit()
{
    m_insertCustomer.reset();
    m_updateCustomer.reset();
    m_insertOrder.reset();
    m_insertRejected.reset();
    m_insertAnswer.reset();
    Status status = m_transaction->commit();
    m_transaction.reset();
    return status;
}

void ProjectWriter::rollback()
{
    m_insertCustomer.reset();
    m_updateCustomer.reset();
    m_insertOrder.reset();
    m_insertRejected.reset();
    m_insertAnswer.reset();
    m_transaction.reset();
}

} // namespace Portrait::Project
