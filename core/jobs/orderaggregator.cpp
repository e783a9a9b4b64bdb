#include "orderaggregator.h"

#include "project/projectwriter.h"
#include "rowreader.h"
#include "rfm/scoring.h"

#include <cmath>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Jobs {

namespace {

// Online Retail and many shop systems mark a cancelled order by a "C" before its number.
bool isCancellationId(QByteArrayView id)
{
    if (id.size() < 2 || (id.front() != 'C' && id.front() != 'c'))
        return false;
    for (char c : id.sliced(1)) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// Amounts are money: a refund within half a cent of the purchase takes all of it.
constexpr double RefundTolerance = 0.005;

QByteArray lookupKey(QByteArrayView view)
{
    return QByteArray::fromRawData(view.data(), view.size());
}

} // namespace

qint32 OrderAggregator::customerIndex(QByteArrayView key)
{
    const auto it = m_customerIndex.constFind(lookupKey(key));
    if (it != m_customerIndex.constEnd())
        return it.value();
    const auto index = qint32(m_customerKeys.size());
    m_customerKeys.emplace_back(key.toByteArray());
    m_attributes.emplace_back();
    m_level.noteCustomer(key);
    m_customerIndex.insert(m_customerKeys.back(), index);
    return index;
}

qint32 OrderAggregator::orderIndex(QByteArrayView key, qint64 rowNumber)
{
    QByteArray ownKey;
    if (key.isEmpty()) {
        // Without an order id each row is one order.
        ownKey = "row:" + QByteArray::number(rowNumber);
        key = ownKey;
    }
    const auto it = m_orderIndex.constFind(lookupKey(key));
    if (it != m_orderIndex.constEnd())
        return it.value();
    const auto index = qint32(m_orders.size());
    m_orders.emplace_back();
    m_orderKeys.emplace_back(ownKey.isEmpty() ? key.toByteArray() : ownKey);
    m_orderIndex.insert(m_orderKeys.back(), index);
    return index;
}

qint32 OrderAggregator::pooled(QByteArrayView value)
{
    if (value.isEmpty())
        return -1;
    const auto it = m_poolIndex.constFind(lookupKey(value));
    if (it != m_poolIndex.constEnd())
        return it.value();
    const auto index = qint32(m_pool.size());
    m_pool.append(QString::fromUtf8(value));
    m_poolIndex.insert(value.toByteArray(), index);
    return index;
}

void OrderAggregator::keepAttributes(RowReader &row, qint32 customer, const Io::Region &region)
{
    static constexpr Role roles[AttributeCount] = { Role::Name,     Role::Phone, Role::Email,  Role::Gender,
                                                    Role::Province, Role::City,  Role::Country };
    auto &attributes = m_attributes[size_t(customer)];
    // Without province and city columns, the shipping address names them.
    if (!region.province.isEmpty())
        attributes[Province] = region.province.toUtf8();
    if (!region.city.isEmpty())
        attributes[City] = region.city.toUtf8();
    for (int i = 0; i < AttributeCount; ++i) {
        if (!row.has(roles[i]))
            continue;
        const QByteArrayView value = row.field(roles[i]);
        // The latest non-empty value wins; comparing bytes first keeps the common case cheap.
        if (!value.isEmpty() && attributes[size_t(i)] != value)
            attributes[size_t(i)] = value.toByteArray();
    }
}

bool OrderAggregator::addNotPurchase(RowReader &row, qint64 rowNumber, const PlatformLine &line,
                                     const std::optional<Io::DateTimeValue> &created)
{
    std::optional<double> amount;
    if (!row.number(Role::Amount, amount))
        return false;
    m_level.addLine(row.id(Role::OrderId), rowNumber, line, created, amount.value_or(0.0), row);
    return true;
}

bool OrderAggregator::addRow(RowReader &row, qint64 rowNumber, Project::SourceRecord &counts)
{
    PlatformLine line;
    if (!m_level.readLine(row, line))
        return false;
    std::optional<Io::DateTimeValue> when;
    if (!row.date(Role::OrderDate, when))
        return false;
    // Unpaid, closed and cancelled orders are kept at order level only: counted, never scored.
    if (!line.isPurchase())
        return addNotPurchase(row, rowNumber, line, when);
    const std::optional<Io::DateTimeValue> created = when;
    if (line.paid)
        when = line.paid; // a purchase dates from its payment
    if (!when) {
        row.reject(Role::OrderDate, RowReader::tr("the order date is empty"));
        return false;
    }
    std::optional<double> amount, quantity, price;
    if (!row.number(Role::Quantity, quantity))
        return false;
    if (row.has(Role::Amount)) {
        if (!row.number(Role::Amount, amount))
            return false;
        if (!amount) {
            row.reject(Role::Amount, RowReader::tr("the amount is empty"));
            return false;
        }
    } else {
        if (!row.number(Role::UnitPrice, price))
            return false;
        if (!quantity || !price) {
            row.reject(quantity ? Role::UnitPrice : Role::Quantity,
                       RowReader::tr("quantity and unit price are both needed for the amount"));
            return false;
        }
        amount = *quantity * *price;
    }
    int promo = -1;
    if (!row.flag(Role::PromoFlag, promo))
        return false;

    const QByteArrayView orderId = row.id(Role::OrderId);
    const bool cancellation = isCancellationId(orderId);
    const bool isReturn = cancellation || *amount < 0;
    counts.totalAmount += *amount;
    counts.cancellationRows += cancellation ? 1 : 0;
    counts.returnLines += isReturn ? 1 : 0;

    PendingOrder &order = m_orders[size_t(orderIndex(orderId, rowNumber))];
    const QByteArrayView customerKey = row.id(Role::CustomerId);
    if (customerKey.isEmpty()) {
        ++counts.rowsWithoutCustomer;
    } else {
        const qint32 customer = customerIndex(customerKey);
        if (order.customer < 0) {
            order.customer = customer;
        } else if (order.customer != customer && m_conflictingLines++ == 0) {
            m_firstConflictRow = rowNumber;
        }
        keepAttributes(row, customer, line.region);
    }
    if (order.lines == 0 || when->day < order.day || (when->day == order.day && when->secondsOfDay < order.seconds)) {
        order.day = when->day;
        order.seconds = when->secondsOfDay;
    }
    ++order.lines;
    if (isReturn) {
        order.returned += *amount > 0 ? -*amount : *amount;
    } else {
        order.purchase += *amount;
        order.hasPurchase = true;
    }
    if (quantity) {
        order.quantity += *quantity;
        order.hasQuantity = true;
    }
    if (order.channel < 0)
        order.channel = pooled(row.field(Role::Channel));
    if (order.category < 0)
        order.category = pooled(row.field(Role::Category));
    if (order.payment < 0)
        order.payment = pooled(row.field(Role::PaymentMethod));
    if (promo >= 0)
        order.promo = qint8(std::max<int>(order.promo, promo));
    order.refunded += line.refund;
    order.refundedInFull = order.refundedInFull || line.state == Io::OrderState::Refunded;
    m_level.addLine(orderId, rowNumber, line, created, *amount, row);
    return true;
}

Status OrderAggregator::write(Project::ProjectWriter &writer, qint64 sourceId, Project::SourceRecord &counts) const
{
    std::vector<qint64> customerIds(m_customerKeys.size(), 0);
    for (size_t i = 0; i < m_customerKeys.size(); ++i) {
        bool created = false;
        auto id = writer.customerId(m_customerKeys[i], &created);
        if (!id)
            return id.error();
        customerIds[i] = *id;
        counts.newCustomers += created ? 1 : 0;
        const auto &a = m_attributes[i];
        if (std::all_of(a.begin(), a.end(), [](const QByteArray &v) { return v.isEmpty(); }))
            continue;
        Project::CustomerRecord record;
        record.name = QString::fromUtf8(a[Name]);
        record.phone = QString::fromUtf8(a[Phone]);
        record.email = QString::fromUtf8(a[Email]);
        record.gender = QString::fromUtf8(a[Gender]);
        record.province = QString::fromUtf8(a[Province]);
        record.city = QString::fromUtf8(a[City]);
        record.country = QString::fromUtf8(a[Country]);
        if (Status status = writer.updateCustomer(*id, record); !status)
            return status;
    }

    for (size_t i = 0; i < m_orders.size(); ++i) {
        const PendingOrder &o = m_orders[i];
        if (o.customer < 0)
            continue;
        Project::OrderRecord record;
        record.customerId = customerIds[size_t(o.customer)];
        record.orderKey = m_orderKeys[i];
        record.day = o.day;
        record.secondsOfDay = o.seconds;
        record.purchase = o.purchase;
        // A platform's refund takes back part of the purchase; taken back in full, the order is a return.
        const bool refundedInFull = o.hasPurchase
                && (o.refundedInFull || (o.refunded > 0 && o.refunded >= o.purchase - RefundTolerance));
        record.returned = o.returned - (refundedInFull ? o.purchase : std::min(o.refunded, o.purchase));
        record.hasPurchase = o.hasPurchase && !refundedInFull;
        record.lineCount = o.lines;
        record.quantity = o.hasQuantity ? o.quantity : Project::NoNumber;
        record.channel = o.channel >= 0 ? m_pool.at(o.channel) : QString();
        record.category = o.category >= 0 ? m_pool.at(o.category) : QString();
        record.paymentMethod = o.payment >= 0 ? m_pool.at(o.payment) : QString();
        record.promo = o.promo;
        if (Status status = writer.addOrder(sourceId, record); !status)
            return status;
        ++counts.ordersStored;
        counts.returnOrders += record.hasPurchase ? 0 : 1;
    }
    return m_level.write(writer.project(), sourceId);
}

SourceProfile OrderAggregator::profile() const
{
    SourceProfile profile;
    std::vector<double> amounts;
    for (const PendingOrder &o : m_orders) {
        if (o.customer < 0)
            continue;   // not stored: no customer to compare
        if (profile.firstOrderDay == Model::NoDay || o.day < profile.firstOrderDay)
            profile.firstOrderDay = o.day;
        profile.lastOrderDay = std::max(profile.lastOrderDay, o.day);
        if (o.hasPurchase)
            amounts.push_back(o.purchase);
    }
    profile.purchaseOrders = qint64(amounts.size());
    profile.medianOrderAmount = Rfm::quantileUnsorted(amounts, 0.5);
    profile.customerKeys.reserve(qsizetype(m_customerKeys.size()));
    for (const QByteArray &key : m_customerKeys)
        profile.customerKeys.append(QString::fromUtf8(key));
    return profile;
}

} // namespace Portrait::Jobs
