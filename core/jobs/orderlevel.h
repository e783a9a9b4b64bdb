#pragma once

#include "common/error.h"
#include "io/addressregion.h"
#include "io/columnmapping.h"
#include "io/orderstatus.h"
#include "io/valueparse.h"
#include "project/orderlevelstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Jobs {

class RowReader;

/// What one line of a shop-platform export says besides its amount: whether it is a purchase at
/// all, when it was paid, what was refunded, and the region its shipping address names.
struct PlatformLine
{
    Io::OrderState state = Io::OrderState::Purchase; ///< Refunded: a purchase refunded in full
    QString statusText;
    bool statusKnown = true;
    std::optional<Io::DateTimeValue> paid;
    double refund = 0.0;
    Io::Region region;         ///< from the address, when the file has no province column

    bool isPurchase() const { return state == Io::OrderState::Purchase || state == Io::OrderState::Refunded; }
};

/// The order-level counts of an import, for the CLI's summary and the wizard's result page.
struct PlatformCounts
{
    bool collected = false;    ///< the import kept its orders at order level (table order_level)
    qint64 orders = 0;
    std::array<qint64, Io::OrderStateCount> byState {};
    qint64 partlyRefunded = 0;
    double paidAmount = 0.0;
    double refundAmount = 0.0;
    QStringList unknownStatuses; ///< status values not in the vocabulary (read as purchases)
    qint64 unknownStatusLines = 0;
    qint64 customers = 0;      ///< distinct customer ids
    qint64 maskedCustomers = 0;
    QStringList maskedExamples;

    qint64 paidOrders() const
    {
        return byState[int(Io::OrderState::Purchase)] + byState[int(Io::OrderState::Refunded)];
    }
    qint64 notPurchases() const { return orders - paidOrders(); }
};

/// Reads the platform roles of each line (order status, payment time, refund, address) and, for
/// a platform export or a file without customer ids, keeps every order at order level: purchase
/// or not, with or without customer. Memory grows with orders, not lines.
class OrderLevelCollector
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::OrderLevel)

public:
    explicit OrderLevelCollector(const Io::ColumnMapping &mapping);

    /// Whether orders are kept at order level (some platform role is mapped, or no customer id).
    bool collecting() const { return m_collecting; }

    /// Reads the line's platform fields; false (see RowReader::rejection()) when a payment time or
    /// a refund does not parse.
    bool readLine(RowReader &row, PlatformLine &line);

    /// Adds a line to its order. orderKey may be empty (each row is then its own order).
    void addLine(QByteArrayView orderKey, qint64 rowNumber, const PlatformLine &line,
                 const std::optional<Io::DateTimeValue> &created, double amount, RowReader &row);

    /// Called once per distinct customer id: counts the masked ones.
    void noteCustomer(QByteArrayView key);

    PlatformCounts counts() const;
    Status write(Project::ProjectFile &project, qint64 sourceId) const;

private:
    struct PendingOrder
    {
        Project::OrderLevelRecord record;
        bool anyPurchase = false;
        bool refundedInFull = false;
    };

    Io::OrderState stateOf(const PendingOrder &order) const;
    static double refundOf(const PendingOrder &order, Io::OrderState state);

    bool m_collecting = false;
    QHash<QByteArray, qsizetype> m_index;
    std::vector<PendingOrder> m_orders;
    QHash<QString, qint64> m_unknownStatuses;
    qint64 m_unknownStatusLines = 0;
    qint64 m_customers = 0;
    qint64 m_maskedCustomers = 0;
    QStringList m_maskedExamples;
};

} // namespace Portrait::Jobs
