#pragma once

#include "common/error.h"
#include "io/columnmapping.h"
#include "io/dbcatalog.h"
#include "io/dbsql.h"
#include "model/customerframe.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Portrait::Io {

class DbConnection;

/// SQL text and the values bound to it.
struct DbStatement {
    QString sql;
    QVariantList values;
};

/// Why the server counts a line as rejected: the checks the file import makes on each line, in
/// the same order (see Jobs::OrderAggregator::addRow).
enum class DbReject { None, DateEmpty, DateBad, QuantityBad, AmountEmpty, AmountBad, PriceMissing, PriceBad, PromoBad };

/// Columns of the day aggregate, in order. Each row is one customer (NULL: lines without one) on
/// one day (the day of each order's first line), summed over that day's orders.
enum class DayColumn {
    Customer,
    Day,
    Lines,
    LinesWithoutCustomer,
    PurchaseOrders,
    ReturnOrders,
    Purchase,
    Returned,
    Total,
    ReturnLines,
    CancellationLines,
    Quantity,
    PromoOrders,
    PromoKnownOrders,
    MultiCustomerOrders,
    Channel,
    Category,
    Payment,
    FirstSeconds, ///< seconds after midnight of the day's earliest line; NULL without a time of day
    Count
};

/// The statements an orders import sends, built from the table's catalog entry and the column
/// mapping. Identifiers are quoted by the driver (DbConnection::quote()); the only values are
/// the refresh's first day, bound. The aggregate reproduces the file import: lines sharing an
/// order id are one order (without an order id each line is one); an order is a return when all
/// its lines are (negative amount, or a cancellation id like C536379); its day is its first
/// line's; then the orders of one customer on one day are summed. Channel, category and payment
/// are the day's earliest line's.
class DbOrderQuery {
public:
    static Result<DbOrderQuery> create(
        const DbConnection& connection, const DbTable& table, const ColumnMapping& mapping);

    /// One row per (customer, day); fromDay limits the lines to that day and later (NoDay: all).
    /// everyLineHasAnOrder (see loneLineProbe()) lets the server group lines by order id alone.
    DbStatement dayAggregate(Model::Day fromDay, bool everyLineHasAnOrder = false) const;
    /// One row when some line has no order id; none when every line has one. Empty when that is
    /// known without asking (no order id mapped, or a numeric NOT NULL one) or not worth asking
    /// (fromDay set: a refresh's few days).
    std::optional<DbStatement> loneLineProbe(Model::Day fromDay) const;
    /// (reject code, Julian day or NULL, line count) over the rejected lines of the range.
    DbStatement lineCounts(Model::Day fromDay) const;
    /// Up to limit rejected lines: the reject code, then the mapped columns as text.
    DbStatement rejectedLines(Model::Day fromDay, int limit) const;
    /// One row per customer: the id, then per attributeRoles() the latest non-empty value,
    /// prefixed by its line's stamp (StampWidth characters). Empty when no attribute is mapped.
    std::optional<DbStatement> customerAttributes(Model::Day fromDay) const;

    QList<Role> attributeRoles() const { return m_attributeRoles; }
    /// The mapped columns rejectedLines() returns, in order (roles, column names).
    QList<Role> sampleRoles() const { return m_sampleRoles; }
    /// The table's column a role is mapped to (its 0-based index, its name): -1 and empty when unmapped.
    int columnIndex(Role role) const { return m_index.at(int(role)); }
    QString columnName(Role role) const { return m_names.at(int(role)); }

private:
    explicit DbOrderQuery(DbDialect dialect) : m_sql(dialect) { }
    Status build(const DbConnection& connection, const DbTable& table, const ColumnMapping& mapping);
    QString numberOf(Role role) const;
    QString numberBad(Role role) const;
    QString rangeFilter(Model::Day fromDay, QVariantList& values) const;
    QString linesCte(Model::Day fromDay, QVariantList& values) const;
    QString ordersCte(bool everyLineHasAnOrder) const;
    QString loneLine() const;

    DbSql m_sql;
    QString m_table;
    QString m_placeholder;
    QList<QString> m_column; ///< quoted column per role, empty when unmapped
    QList<ColumnType> m_type; ///< its type per role
    QList<bool> m_nullable;
    QList<int> m_index; ///< the table's column per role, -1 when unmapped
    QList<QString> m_names;
    QString m_customer, m_order, m_dateValue, m_dateEmpty, m_dateBad, m_amount, m_rejectCode, m_accept;
    bool m_orderAlwaysSet = false;
    QList<Role> m_attributeRoles;
    QList<Role> m_sampleRoles;
};

/// Text of a normalised id, as Io::normalizeId() makes it: spaces trimmed, "17850.0" → "17850",
/// NULL when empty. Integers are written plainly; integral decimals lose their fraction.
QString dbIdExpression(const DbSql& sql, const QString& column, ColumnType type);

} // namespace Portrait::Io
