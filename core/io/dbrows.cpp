#include "dbrows.h"

#include "dbquery.h"
#include "dbsql.h"
#include "mysqlstream.h"
#include "valueparse.h"

#include <QSqlError>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace Portrait::Io {

DbRows::DbRows(DbConnection& connection, const DbStatement& statement, const DbContext& context,
    const CancelToken& cancel, DbRead read)
    : m_connection(connection), m_cancel(cancel), m_context(context)
{
    if (cancel.isCancelled()) {
        m_status = connection.cancelledError(context);
        return;
    }
    if (read == DbRead::Streamed && connection.canStream()) {
        auto stream = connection.stream(statement.sql, statement.values, context);
        if (!stream) {
            m_status = stream.error();
            return;
        }
        m_stream = stream.takeValue();
        m_open = true;
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

DbRows::~DbRows() = default;

bool DbRows::next()
{
    if (!m_open)
        return false;
    if (m_stream ? m_stream->next() : m_query.next()) {
        ++m_rows;
        return true;
    }
    m_open = false;
    if (m_stream && m_stream->error().isValid())
        m_status = m_connection.error(m_stream->error(), m_context);
    else if (!m_stream && m_query.lastError().isValid())
        m_status = m_connection.fetchError(m_query, m_context);
    else if (m_cancel.isCancelled())
        m_status = m_connection.cancelledError(m_context);
    return false;
}

bool DbRows::isNull(int column) const
{
    return m_stream ? m_stream->isNull(column) : m_query.isNull(column);
}

qint64 DbRows::integer(int column) const
{
    if (!m_stream)
        return m_query.value(column).toLongLong();
    const QByteArrayView text = m_stream->bytes(column);
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.begin(), text.end(), value);
    if (error == std::errc() && end == text.end())
        return value;
    // A sum the server wrote as a decimal ("12.0000"), read as the typed route reads it.
    const double decimal = number(column);
    return std::isfinite(decimal) ? qint64(std::llround(decimal)) : 0;
}

double DbRows::number(int column) const
{
    if (m_stream) {
        if (m_stream->isNull(column))
            return std::numeric_limits<double>::quiet_NaN();
        const QByteArrayView text = m_stream->bytes(column);
        double value = 0.0;
        // from_chars, not strtod: the C locale's decimal point may be a comma.
        const auto [end, error] = std::from_chars(text.begin(), text.end(), value);
        return error == std::errc() ? value : std::numeric_limits<double>::quiet_NaN();
    }
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}

QString DbRows::text(int column) const
{
    return m_stream ? QString::fromUtf8(m_stream->bytes(column)) : m_query.value(column).toString();
}

QByteArray DbRows::id(int column) const
{
    if (m_stream)
        return m_stream->isNull(column) ? QByteArray() : normalizeId(m_stream->bytes(column)).toByteArray();
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return {};
    const QByteArray utf8 = value.toString().toUtf8();
    return normalizeId(utf8).toByteArray();
}

QString DbRows::stamped(int column) const
{
    if (m_stream) {
        const QByteArrayView text = m_stream->bytes(column);
        // The stamp is ASCII: as many bytes as characters.
        return m_stream->isNull(column) ? QString()
                                        : QString::fromUtf8(text.sliced(std::min<qsizetype>(StampWidth, text.size())));
    }
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
