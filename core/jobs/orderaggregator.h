#pragma once

#include "common/error.h"
#include "importmismatch.h"
#include "orderlevel.h"
#include "project/records.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace Portrait::Project {
class ProjectWriter;
}

namespace Portrait::Jobs {

class RowReader;

/// Collects the accepted lines of an orders file into orders (lines sharing an order id are one
/// order) and their customers, then writes them. Lines are held as compact aggregates, so memory
/// grows with orders and customers, not with lines.
class OrderAggregator
{
public:
    explicit OrderAggregator(const Io::ColumnMapping &mapping) : m_level(mapping) { }

    /// Adds one row; false (see RowReader::rejection()) when a field is bad.
    bool addRow(RowReader &row, qint64 rowNumber, Project::SourceRecord &counts);

    qint64 ordersInFile() const { return qint64(m_orders.size()); }
    qint64 customersInFile() const { return qint64(m_customerKeys.size()); }
    /// Lines whose customer differs from the customer of their order's first line (kept with
    /// the order's first customer), and the first such row.
    qint64 conflictingLines() const { return m_conflictingLines; }
    qint64 firstConflictRow() const { return m_firstConflictRow; }
    /// Orders as the file had them (purchases or not) and the customer ids' masking.
    const OrderLevelCollector &orderLevel() const { return m_level; }

    Status write(Project::ProjectWriter &writer, qint64 sourceId, Project::SourceRecord &counts) const;
    /// Dates, amounts and customer ids of the orders read so far (orders of identified customers).
    SourceProfile profile() const;

private:
    enum Attribute { Name, Phone, Email, Gender, Province, City, Country, AttributeCount };

    struct PendingOrder
    {
        qint32 customer = -1;
        Model::Day day = Model::NoDay;
        qint32 seconds = -1;
        double purchase = 0.0;
        double returned = 0.0;
        double refunded = 0.0;     ///< a platform's refund column (退款金额), summed over lines
        double quantity = 0.0;
        qint32 lines = 0;
        qint32 channel = -1;
        qint32 category = -1;
        qint32 payment = -1;
        qint8 promo = -1;
        bool hasPurchase = false;
        bool hasQuantity = false;
        bool refundedInFull = false;
    };

    qint32 customerIndex(QByteArrayView key);
    qint32 orderIndex(QByteArrayView key, qint64 rowNumber);
    qint32 pooled(QByteArrayView value);
    void keepAttributes(RowReader &row, qint32 customer, const Io::Region &region);
    bool addNotPurchase(RowReader &row, qint64 rowNumber, const PlatformLine &line,
                        const std::optional<Io::DateTimeValue> &created);

    QHash<QByteArray, qint32> m_customerIndex;
    std::vector<QByteArray> m_customerKeys;
    std::vector<std::array<QByteArray, AttributeCount>> m_attributes;
    QHash<QByteArray, qint32> m_orderIndex;
    std::vector<PendingOrder> m_orders;
    std::vector<QByteArray> m_orderKeys;
    QHash<QByteArray, qint32> m_poolIndex;
    QList<QString> m_pool;
    qint64 m_conflictingLines = 0;
    qint64 m_firstConflictRow = 0;
    OrderLevelCollector m_level;
};

} // namespace Portrait::Jobs
