#pragma once

#include "common/error.h"
#include "records.h"

#include <QHash>

#include <memory>

namespace Portrait::Project {

class ProjectFile;
class Statement;
class Transaction;

/// Writes one import into a project inside a single transaction: all of it lands on commit(),
/// nothing of it when the writer is destroyed (or rolled back) before. Uses prepared statements on
/// the raw connection because an import may write a million rows.
class ProjectWriter
{
public:
    explicit ProjectWriter(ProjectFile &project);
    ~ProjectWriter();

    /// Starts the transaction, prepares the statements and loads the known customer keys.
    Status begin();
    Result<qint64> addSource(const SourceRecord &source);
    Status updateSource(qint64 sourceId, const SourceRecord &source);

    /// The row id of the customer with this key, created when new (*created tells).
    Result<qint64> customerId(const QByteArray &key, bool *created = nullptr);
    /// A customers source passes its id: customers.source_id then records that the customer
    /// appears in a customers source (orders and surveys have their own source_id per row).
    Status updateCustomer(qint64 customerId, const CustomerRecord &record, qint64 describingSourceId = 0);

    Status addOrder(qint64 sourceId, const OrderRecord &order);
    Status addRejected(qint64 sourceId, const RejectedRow &rejected);
    Status addAnswer(qint64 sourceId, const AnswerRecord &answer);

    Status commit();
    void rollback();

    /// The project written to, for stores that write their own tables inside this transaction.
    ProjectFile &project() { return m_project; }

private:
    ProjectFile &m_project;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Statement> m_insertCustomer;
    std::unique_ptr<Statement> m_updateCustomer;
    std::unique_ptr<Statement> m_insertOrder;
    std::unique_ptr<Statement> m_insertRejected;
    std::unique_ptr<Statement> m_insertAnswer;
    QHash<QByteArray, qint64> m_customers;
};

} // namespace Portrait::Project
