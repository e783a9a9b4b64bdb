#pragma once

#include "clean/customervalues.h"
#include "clean/pipeline.h"
#include "common/error.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Portrait::Project {

class ProjectFile;
class Statement;

/// The settings key the cleaning pipeline is stored under (JSON, docs/cleaning.md).
QString pipelineSettingKey();

/// The project's pipeline; nullopt when the analyst never set one (nothing is cleaned).
Result<std::optional<Clean::Pipeline>> loadPipeline(ProjectFile &project);
/// Stores the pipeline (an empty one too: "clean nothing"); nullopt removes it.
Status savePipeline(ProjectFile &project, const std::optional<Clean::Pipeline> &pipeline);

/// One customer's attributes as the cleaning steps see them.
struct CustomerRow
{
    qint64 rowId = 0;
    QString key;
    Clean::CustomerValues values;
    Model::Day signupDay = Model::NoDay;
};

/// Customers as read, still in UTF-8: reading them only copies bytes, and decoding them is left to
/// whoever cleans them (on other threads than the one that talks to SQLite).
class RawCustomers
{
public:
    /// customer_key, name, gender, phone, email, province, city
    static constexpr int Texts = 7;

    size_t size() const { return m_rows.size(); }
    qint64 rowId(size_t i) const { return m_rows[i].rowId; }
    /// Decodes row i into row, reusing row's string buffers.
    void decode(size_t i, CustomerRow &row) const;

private:
    friend class CustomerRowReader;
    struct Row
    {
        qint64 rowId = 0;
        Model::Day birthDay = Model::NoDay;
        Model::Day signupDay = Model::NoDay;
        qint32 age = -1;
        std::array<quint32, Texts> begin {};
        std::array<quint32, Texts> size {};
    };
    std::vector<Row> m_rows;
    QByteArray m_bytes;
};

/// Appends text's UTF-8 to bytes (an ASCII text without a conversion call).
void appendUtf8(QByteArray &bytes, QStringView text);

/// Reads customers in row id order, a part at a time: a million of them never sit in memory at
/// once. Imported values are what the files gave; current values are the cleaned ones where the
/// pipeline changed something.
class CustomerRowReader
{
public:
    enum class Values { Imported, Current };

    /// Every customer, or only those of ids (in that order).
    CustomerRowReader(ProjectFile &project, Values values, std::optional<std::vector<qint64>> ids = std::nullopt);
    ~CustomerRowReader();

    /// Replaces rows with up to max next customers; false when there are none left or on an
    /// error (see status()).
    bool next(std::vector<CustomerRow> &rows, size_t max);
    /// The same, leaving the text undecoded.
    bool next(RawCustomers &rows, size_t max);
    const Status &status() const { return m_status; }
    /// The largest customer row id (bounds the count; read instantly).
    qint64 rowBound() const { return m_rowBound; }

private:
    bool read(CustomerRow &row);

    ProjectFile &m_project;
    std::unique_ptr<Statement> m_statement;
    std::optional<std::vector<qint64>> m_ids;
    size_t m_nextId = 0;
    bool m_done = false;
    qint64 m_rowBound = 0;
    Status m_status;
};

/// Writes the cleaned values the pipeline changed (customer_clean). Calls run inside the caller's
/// transaction or savepoint. Writes are sent in batches of rows (one statement for many rows is
/// much faster than one each): call flush() before the transaction ends.
class CleanWriter
{
public:
    static constexpr int Batch = 64;

    explicit CleanWriter(ProjectFile &project);
    ~CleanWriter();

    /// Forgets every customer's cleaned values (before a full replay).
    Status clearAll();
    Status clear(qint64 rowId);
    /// Whether any customer has cleaned values (when none has, a replay need not remove any).
    Result<bool> hasAny();
    /// Forgets the customer's cleaned values, in a batch like write() (flush() sends the rest).
    Status remove(qint64 rowId);
    Status write(qint64 rowId, const Clean::CustomerValues &values);
    /// The same with the text columns (name, gender, phone, email, province, city) in UTF-8,
    /// empty for NULL; the bytes are copied.
    Status write(qint64 rowId, Model::Day birthDay, qint32 age, const std::array<QByteArrayView, 6> &texts);
    /// Writes the rows still waiting for a batch to fill.
    Status flush();

private:
    static constexpr int TextColumns = 6;
    struct PendingRow
    {
        qint64 rowId = 0;
        Model::Day birthDay = Model::NoDay;
        qint32 age = -1;
        std::array<bool, TextColumns> hasText {};
    };
    Status writeRows(Statement &statement, int first, int count);

    ProjectFile &m_project;
    std::unique_ptr<Statement> m_insert;      ///< one row
    std::unique_ptr<Statement> m_insertBatch; ///< Batch rows
    std::unique_ptr<Statement> m_delete;
    std::unique_ptr<Statement> m_deleteBatch; ///< Batch rows
    std::vector<qint64> m_pendingRemovals;
    std::array<PendingRow, Batch> m_pending;
    int m_pendingCount = 0;
    std::array<QByteArray, Batch * TextColumns> m_buffers; ///< the text columns' UTF-8, bound without a copy
};

/// An order as the quality report reads it.
struct OrderRow
{
    qint64 rowId = 0;
    qint64 customerRowId = 0;
    Model::Day day = Model::NoDay;
    double purchase = 0;
    double returned = 0;
    bool hasPurchase = false;
};

/// Calls visit for every order, in storage order; stops when it returns false.
Status scanOrders(ProjectFile &project, const std::function<bool(const OrderRow &)> &visit);
/// The order id, the customer id and the day of the order with this row id.
Status describeOrder(ProjectFile &project, qint64 orderRowId, QString &order, QString &customer, Model::Day &day);

/// What `portrait info` says about cleaning.
struct CleaningSummary
{
    std::optional<Clean::Pipeline> pipeline;
    qint64 cleanedCustomers = 0;   ///< customers with at least one cleaned value
    qint64 merges = 0;
    qint64 aliases = 0;
    qint64 accepted = 0;           ///< decisions
    qint64 rejected = 0;
    QList<QPair<QString, qint64>> provinces; ///< the most frequent (current values), with counts
    QList<QPair<QString, qint64>> cities;
};

Result<CleaningSummary> summarizeCleaning(ProjectFile &project, int top = 5);

} // namespace Portrait::Project
