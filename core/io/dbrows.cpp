#include "dbrows.h"

#include "dbquery.h"
#include "dbsql.h"
#include "valueparse.h"

#include <QSqlError>

#include <cmath>
#include <limits>

namespace Portrait::Io {

DbRows::DbRows(
    DbConnection& connection, const DbStatement& statement, const DbContext& context, const CancelToken& cancel)
    : m_connection(connection), m_cancel(cancel), m_context(context)
{
    if (cancel.isCancelled()) {
        m_status = connection.cancelledError(context);
        return;
    }
    auto query = connection.select(statement.sql, statement.values, context);
    if (!query) {
        m_status = query.error();
        return;
    }
    m_query = query.takeValue();
    m_open = true;
}

bool DbRows::next()
{
    if (!m_open)
        return false;
    if (m_query.next()) {
        ++m_rows;
        return true;
    }
    m_open = false;
    if (m_query.lastError().isValid())
        m_status = m_connection.fetchError(m_query, m_context);
    else if (m_cancel.isCancelled())
        m_status = m_connection.cancelledError(m_context);
    return false;
}

double DbRows::number(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}

QByteArray DbRows::id(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return {};
    const QByteArray utf8 = value.toString().toUtf8();
    return normalizeId(utf8).toByteArray();
}

QString DbRows::stamped(int column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? QString() : value.toString().mid(StampWidth);
}

DbDayRow readDayRow(const DbRows& rows)
{
    using C = DayColumn;
    DbDayRow row;
    row.customer = rows.id(int(C::Customer));
    row.day = Model::Day(rows.integer(int(C::Day)));
    row.lines = rows.integer(int(C::Lines));
    row.linesWithoutCustomer = rows.integer(int(C::LinesWithoutCustomer));
    row.purchaseOrders = rows.integer(int(C::PurchaseOrders));
    row.returnOrders = rows.integer(int(C::ReturnOrders));
    row.purchase = rows.number(int(C::Purchase));
    row.returned = rows.number(int(C::Returned));
    row.total = rows.number(int(C::Total));
    row.returnLines = rows.integer(int(C::ReturnLines));
    row.cancellationLines = rows.integer(int(C::CancellationLines));
    row.quantity = rows.number(int(C::Quantity));
    row.promoOrders = rows.integer(int(C::PromoOrders));
    row.promoKnownOrders = rows.integer(int(C::PromoKnownOrders));
    row.multiCustomerOrders = rows.integer(int(C::MultiCustomerOrders));
    row.channel = rows.stamped(int(C::Channel));
    row.category = rows.stamped(int(C::Category));
    row.payment = rows.stamped(int(C::Payment));
    row.firstSeconds = rows.isNull(int(C::FirstSeconds)) ? -1 : int(rows.integer(int(C::FirstSeconds)));
    return row;
}

} // namespace Portrait::Io
