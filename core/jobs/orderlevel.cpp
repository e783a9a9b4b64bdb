#include "orderlevel.h"

#include "rowreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Portrait::Io::OrderState;
using Portrait::Io::Role;

namespace Portrait::Jobs {

namespace {

constexpr int MaskedExamples = 3;
constexpr int UnknownStatusesListed = 5;
/// Amounts are money: a refund within half a cent of the amount takes all of it.
constexpr double Cent = 0.005;

/// The state a line's status, payment time and refund give it (see docs/platforms.md).
OrderState lineState(const Io::StatusReading &status, Io::RefundStatus refundStatus, bool paidDateMapped,
                     bool paid, double refund)
{
    OrderState state = status.state;
    // No payment time is no purchase, unless the status says the order was paid (cash on delivery).
    if (!status.known && paidDateMapped && !paid)
        state = OrderState::Unpaid;
    // Taobao closes, and JD cancels, a paid order when it is refunded in full.
    if ((state == OrderState::Closed || state == OrderState::Cancelled) && (paid || refund > 0))
        state = OrderState::Refunded;
    if (state == OrderState::Purchase && refundStatus == Io::RefundStatus::Full)
        state = OrderState::Refunded;
    return state;
}

} // namespace

OrderLevelCollector::OrderLevelCollector(const Io::ColumnMapping &mapping)
{
    m_collecting = !mapping.has(Role::CustomerId) || mapping.has(Role::OrderStatus) || mapping.has(Role::PaidDate)
            || mapping.has(Role::RefundAmount) || mapping.has(Role::RefundStatus);
}

bool OrderLevelCollector::readLine(RowReader &row, PlatformLine &line)
{
    line = PlatformLine();
    if (!row.date(Role::PaidDate, line.paid))
        return false;
    std::optional<double> refund;
    if (!row.number(Role::RefundAmount, refund))
        return false;
    line.refund = refund ? std::abs(*refund) : 0.0;
    if (row.has(Role::Address) && !row.has(Role::Province))
        line.region = Io::regionFromAddress(row.text(Role::Address));
    if (!m_collecting)
        return true;
    line.statusText = row.text(Role::OrderStatus);
    const Io::StatusReading status = Io::readOrderStatus(line.statusText);
    line.statusKnown = status.known || line.statusText.isEmpty();
    if (!line.statusKnown) {
        ++m_unknownStatusLines;
        ++m_unknownStatuses[line.statusText];
    }
    line.state = lineState(status, Io::readRefundStatus(row.text(Role::RefundStatus)), row.has(Role::PaidDate),
                           line.paid.has_value(), line.refund);
    return true;
}

void OrderLevelCollector::addLine(QByteArrayView orderKey, qint64 rowNumber, const PlatformLine &line,
                                  const std::optional<Io::DateTimeValue> &created, double amount, RowReader &row)
{
    if (!m_collecting)
        return;
    const QByteArray key = orderKey.isEmpty() ? "row:" + QByteArray::number(rowNumber) : orderKey.toByteArray();
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        it = m_index.insert(key, qsizetype(m_orders.size()));
        PendingOrder order;
        order.record.orderKey = key;
        order.record.customerKey = row.id(Role::CustomerId).toByteArray();
        order.record.state = line.state;
        order.record.statusText = line.statusText;
        order.record.firstRow = rowNumber;
        const Io::Region region = row.has(Role::Province)
                ? Io::shortRegion(row.text(Role::Province), row.text(Role::City))
                : line.region;
        order.record.province = region.province;
        order.record.city = region.city;
        order.record.product = row.text(Role::Product);
        m_orders.push_back(std::move(order));
    }
    PendingOrder &order = m_orders[size_t(*it)];
    Project::OrderLevelRecord &r = order.record;
    ++r.lineCount;
    if (created && (r.createdDay == Model::NoDay || created->day < r.createdDay))
        r.createdDay = created->day;
    if (line.paid && (r.paidDay == Model::NoDay || line.paid->day < r.paidDay))
        r.paidDay = line.paid->day;
    r.amount += amount;
    r.refundAmount += line.refund;
    if (line.isPurchase()) {
        // A purchase line makes the order a purchase, whatever its other lines said.
        if (!order.anyPurchase)
            r.statusText = line.statusText;
        order.anyPurchase = true;
        order.refundedInFull = order.refundedInFull || line.state == OrderState::Refunded;
    }
}

void OrderLevelCollector::noteCustomer(QByteArrayView key)
{
    ++m_customers;
    if (!Io::looksMaskedId(key))
        return;
    if (m_maskedCustomers++ < MaskedExamples)
        m_maskedExamples.append(QString::fromUtf8(key));
}

OrderState OrderLevelCollector::stateOf(const PendingOrder &order) const
{
    if (!order.anyPurchase)
        return order.record.state;
    const Project::OrderLevelRecord &r = order.record;
    const bool full = order.refundedInFull || (r.refundAmount > 0 && r.refundAmount >= r.amount - Cent);
    return full ? OrderState::Refunded : OrderState::Purchase;
}

double OrderLevelCollector::refundOf(const PendingOrder &order, OrderState state)
{
    // A refund cannot take back more than the order's amount (the rest was postage); an order
    // refunded in full by its status gave back all of it.
    const Project::OrderLevelRecord &r = order.record;
    return state == OrderState::Refunded ? r.amount : std::min(r.refundAmount, r.amount);
}

PlatformCounts OrderLevelCollector::counts() const
{
    PlatformCounts counts;
    counts.collected = m_collecting;
    counts.customers = m_customers;
    counts.maskedCustomers = m_maskedCustomers;
    counts.maskedExamples = m_maskedExamples;
    counts.unknownStatusLines = m_unknownStatusLines;
    QList<QPair<qint64, QString>> unknown;
    for (auto it = m_unknownStatuses.cbegin(); it != m_unknownStatuses.cend(); ++it)
        unknown.append({ -it.value(), it.key() });
    std::sort(unknown.begin(), unknown.end());
    for (const auto &[count, status] : unknown.mid(0, UnknownStatusesListed))
        counts.unknownStatuses.append(status);
    for (const PendingOrder &order : m_orders) {
        const OrderState state = stateOf(order);
        ++counts.orders;
        ++counts.byState[int(state)];
        if (!order.anyPurchase)
            continue;
        counts.paidAmount += order.record.amount;
        counts.refundAmount += refundOf(order, state);
        counts.partlyRefunded += state == OrderState::Purchase && order.record.refundAmount > 0 ? 1 : 0;
    }
    return counts;
}

Status OrderLevelCollector::write(Project::ProjectFile &project, qint64 sourceId) const
{
    if (!m_collecting)
        return {};
    std::vector<Project::OrderLevelRecord> records;
    records.reserve(m_orders.size());
    for (const PendingOrder &order : m_orders) {
        records.push_back(order.record);
        records.back().state = stateOf(order);
        if (order.anyPurchase)
            records.back().refundAmount = refundOf(order, records.back().state);
    }
    return Project::writeOrderLevel(project, sourceId, records);
}

} // namespace Portrait::Jobs
