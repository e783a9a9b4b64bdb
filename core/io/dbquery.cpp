#include "dbquery.h"

#include "dbconnection.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr const char* NumberPattern = "^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$";
// A whole date with an optional time, fields in range: anything else is rejected as "not a date"
// before the server casts it, since a failed cast would stop the whole statement.
constexpr const char* DatePattern = "^[0-9]{4}[-/](0?[1-9]|1[0-2])[-/](0?[1-9]|[12][0-9]|3[01])"
                                    "([ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?)?$";
constexpr const char* IntegralPattern = "^[0-9]+[.]0+$";
constexpr const char* CancellationPattern = "^[Cc][0-9]+$";

// The words RowReader::flag() reads as yes and no, as SQL lists. Portrait's own constants.
const QString YesWords = u"('1', 'y', 'yes', 'true', '是', '促销', 't')"_s;
const QString NoWords = u"('0', 'n', 'no', 'false', '否', 'f', '非促销')"_s;

constexpr Role AttributeRoles[]
    = { Role::Name, Role::Phone, Role::Email, Role::Gender, Role::Province, Role::City, Role::Country };

bool numeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal;
}

bool temporal(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

} // namespace

QString dbIdExpression(const DbSql& sql, const QString& column, ColumnType type)
{
    // An integer is an id as it stands: no text to make, hash or trim.
    if (type == ColumnType::Integer)
        return column;
    if (type == ColumnType::Decimal) {
        return u"CASE WHEN "_s + column + u" = FLOOR("_s + column + u") THEN "_s + sql.text(sql.toInteger(column))
            + u" ELSE "_s + sql.text(column) + u" END"_s;
    }
    // The pattern only where a dot could make it match: most ids have none, and LIKE is cheap.
    const QString text = sql.text(column);
    const QString trimmed = u"TRIM("_s + text + u')';
    return u"CASE WHEN "_s + text + u" LIKE '%.%' AND "_s + sql.matches(trimmed, IntegralPattern) + u" THEN "_s
        + sql.beforeDot(trimmed) + u" ELSE NULLIF("_s + trimmed + u", '') END"_s;
}

Result<DbOrderQuery> DbOrderQuery::create(
    const DbConnection& connection, const DbTable& table, const ColumnMapping& mapping)
{
    DbOrderQuery query(connection.dialect());
    if (Status status = query.build(connection, table, mapping); !status)
        return status.error();
    return query;
}

Status DbOrderQuery::build(const DbConnection& connection, const DbTable& table, const ColumnMapping& mapping)
{
    auto quotedTable = connection.quote(table.name, true);
    if (!quotedTable)
        return quotedTable.error();
    m_table = *quotedTable;
    if (!table.schema.isEmpty()) {
        auto schema = connection.quote(table.schema, true);
        if (!schema)
            return schema.error();
        m_table = *schema + u'.' + m_table;
    }
    m_placeholder = connection.placeholder(1);
    m_column = QList<QString>(RoleCount);
    m_type = QList<ColumnType>(RoleCount, ColumnType::Text);
    m_nullable = QList<bool>(RoleCount, true);
    m_index = QList<int>(RoleCount, -1);
    m_names = QList<QString>(RoleCount);
    for (int r = 1; r < RoleCount; ++r) {
        const int index = mapping.column(Role(r));
        if (index < 0 || index >= table.columns.size())
            continue;
        const DbColumn& column = table.columns.at(index);
        auto quoted = connection.quote(column.name, false);
        if (!quoted)
            return quoted.error();
        m_column[r] = *quoted;
        m_type[r] = column.type;
        m_nullable[r] = column.nullable;
        m_index[r] = index;
        m_names[r] = column.name;
        m_sampleRoles.append(Role(r));
    }
    for (Role role : AttributeRoles) {
        if (!m_column[int(role)].isEmpty())
            m_attributeRoles.append(role);
    }

    const QString date = m_column[int(Role::OrderDate)];
    const ColumnType dateType = m_type[int(Role::OrderDate)];
    if (temporal(dateType)) {
        m_dateValue = date;
        m_dateEmpty = date + u" IS NULL"_s;
        m_dateBad = u"FALSE"_s;
    } else {
        const QString trimmed = u"TRIM("_s + m_sql.text(date) + u')';
        m_dateValue = u"CASE WHEN "_s + m_sql.matches(trimmed, DatePattern) + u" THEN "_s + m_sql.toTimestamp(trimmed)
            + u" END"_s;
        m_dateEmpty = m_sql.blankToNull(m_sql.text(date)) + u" IS NULL"_s;
        m_dateBad = u"NOT "_s + m_sql.matches(trimmed, DatePattern);
    }
    m_customer = dbIdExpression(m_sql, m_column[int(Role::CustomerId)], m_type[int(Role::CustomerId)]);
    if (!m_column[int(Role::OrderId)].isEmpty()) {
        const ColumnType type = m_type[int(Role::OrderId)];
        m_order = dbIdExpression(m_sql, m_column[int(Role::OrderId)], type);
        m_orderAlwaysSet = numeric(type) && !m_nullable[int(Role::OrderId)];
    }
    const bool hasAmount = !m_column[int(Role::Amount)].isEmpty();
    m_amount = hasAmount ? numberOf(Role::Amount)
                         : u"("_s + numberOf(Role::Quantity) + u" * "_s + numberOf(Role::UnitPrice) + u')';

    // The file import's checks, in its order: date, quantity, amount (or quantity × unit price), promo.
    // m_accept says the same as "none of them", as conditions the planner can estimate (a typed
    // column's is a plain IS NOT NULL); IS NOT TRUE, as a check on NULL is no failure.
    QStringList cases { m_dateEmpty + u" THEN 1"_s, m_dateBad + u" THEN 2"_s };
    QStringList accept { temporal(dateType) ? date + u" IS NOT NULL"_s
                                            : m_sql.matches(u"TRIM("_s + m_sql.text(date) + u')', DatePattern) };
    auto acceptNot = [&accept](const QString& bad) {
        if (bad != u"FALSE"_s)
            accept.append(u"("_s + bad + u") IS NOT TRUE"_s);
    };
    if (!m_column[int(Role::Quantity)].isEmpty()) {
        cases.append(numberBad(Role::Quantity) + u" THEN 3"_s);
        acceptNot(numberBad(Role::Quantity));
    }
    if (hasAmount) {
        cases.append(numberBad(Role::Amount) + u" THEN 5"_s);
        cases.append(numberOf(Role::Amount) + u" IS NULL THEN 4"_s);
    } else {
        cases.append(numberBad(Role::UnitPrice) + u" THEN 7"_s);
        cases.append(m_amount + u" IS NULL THEN 6"_s);
    }
    // An amount that is a number is neither empty nor bad.
    accept.append((hasAmount && numeric(m_type[int(Role::Amount)]) ? m_column[int(Role::Amount)] : m_amount)
        + u" IS NOT NULL"_s);
    if (!m_column[int(Role::PromoFlag)].isEmpty()) {
        const QString word = u"LOWER(TRIM("_s + m_sql.text(m_column[int(Role::PromoFlag)]) + u"))"_s;
        const QString bad = word + u" <> '' AND "_s + word + u" NOT IN "_s + YesWords + u" AND "_s + word
            + u" NOT IN "_s + NoWords;
        cases.append(u"("_s + bad + u") THEN 8"_s);
        acceptNot(bad);
    }
    m_rejectCode = u"CASE WHEN "_s + cases.join(u" WHEN "_s) + u" ELSE 0 END"_s;
    m_accept = accept.join(u" AND "_s);
    return {};
}

QString DbOrderQuery::numberOf(Role role) const
{
    const QString column = m_column[int(role)];
    if (column.isEmpty())
        return m_sql.nullNumber();
    if (numeric(m_type[int(role)]))
        return m_sql.toNumber(column);
    const QString trimmed = u"TRIM("_s + m_sql.text(column) + u')';
    return u"CASE WHEN "_s + m_sql.matches(trimmed, NumberPattern) + u" THEN "_s + m_sql.toNumber(trimmed) + u" END"_s;
}

QString DbOrderQuery::numberBad(Role role) const
{
    const QString column = m_column[int(role)];
    if (column.isEmpty() || numeric(m_type[int(role)]))
        return u"FALSE"_s;
    const QString trimmed = u"TRIM("_s + m_sql.text(column) + u')';
    return u"("_s + trimmed + u" <> '' AND NOT "_s + m_sql.matches(trimmed, NumberPattern) + u')';
}

QString DbOrderQuery::rangeFilter(Model::Day fromDay, QVariantList& values) const
{
    if (fromDay == Model::NoDay)
        return {};
    // On the column itself, so that an index on it serves a refresh.
    values.append(QDate::fromJulianDay(fromDay).toString(Qt::ISODate));
    const QString column = m_column[int(Role::OrderDate)];
    const QString value = temporal(m_type[int(Role::OrderDate)]) ? column : m_dateValue;
    return value + u" >= "_s + m_sql.toDate(m_placeholder);
}

QString DbOrderQuery::loneLine() const
{
    // A line without an order id is an order of its own (see ordersCte()).
    const QString orderColumn = m_column[int(Role::OrderId)];
    if (m_order.isEmpty())
        return u"TRUE"_s;
    if (numeric(m_type[int(Role::OrderId)]))
        return orderColumn + u" IS NULL"_s;
    // Blank: NULL, empty or only spaces; only a value starting with a space is trimmed to see.
    const QString text = m_sql.text(orderColumn);
    return u"("_s + text + u" IS NULL OR "_s + text + u" = '' OR ("_s + text + u" LIKE ' %' AND TRIM("_s + text
        + u") = ''))"_s;
}

std::optional<DbStatement> DbOrderQuery::loneLineProbe(Model::Day fromDay) const
{
    // A refresh sums a few days, where grouping lone lines apart costs next to nothing; the probe
    // would read the whole table when no line is lone (0.65 s of a 6 s refresh on 10M lines).
    if (m_order.isEmpty() || m_orderAlwaysSet || fromDay != Model::NoDay)
        return std::nullopt;
    return DbStatement { u"SELECT 1 FROM "_s + m_table + u" WHERE "_s + loneLine() + u" LIMIT 1"_s, {} };
}

QString DbOrderQuery::linesCte(Model::Day fromDay, QVariantList& values) const
{
    const QString range = rangeFilter(fromDay, values);
    const QString order = m_order.isEmpty() ? m_sql.nullText() : m_order;
    const QString lone = loneLine();
    const bool firsts = !m_column[int(Role::Channel)].isEmpty() || !m_column[int(Role::Category)].isEmpty()
        || !m_column[int(Role::PaymentMethod)].isEmpty();
    auto textOf = [this](Role role) {
        const QString column = m_column[int(role)];
        return column.isEmpty() ? m_sql.nullText() : m_sql.blankToNull(m_sql.text(column));
    };
    const QString promoColumn = m_column[int(Role::PromoFlag)];
    const QString word = u"LOWER(TRIM("_s + m_sql.text(promoColumn) + u"))"_s;
    const QString promo = promoColumn.isEmpty() ? m_sql.smallCount(u"NULL"_s)
                                                : u"CASE WHEN "_s + word + u" IN "_s + YesWords + u" THEN 1 WHEN "_s
            + word + u" IN "_s + NoWords + u" THEN 0 END"_s;
    return m_sql.inlineCte(u"order_lines"_s) + u"SELECT "_s + m_customer + u" AS c, "_s + order + u" AS o, "_s
        + lone + u" AS lone, "_s + m_sql.julianDay(m_dateValue) + u" AS d, "_s
        + (firsts ? m_sql.orderStamp(m_dateValue) : m_sql.nullText()) + u" AS t, "_s + m_amount + u" AS a, "_s
        + numberOf(Role::Quantity) + u" AS q, "_s + textOf(Role::Channel) + u" AS ch, "_s + textOf(Role::Category)
        + u" AS ca, "_s + textOf(Role::PaymentMethod) + u" AS pm, "_s + promo + u" AS pr, "_s
        // A time of day only from a timestamp column: a text one's lines may or may not have one.
        + (m_type[int(Role::OrderDate)] == ColumnType::DateTime ? m_dateValue : m_sql.nullTimestamp()) + u" AS e FROM "_s + m_table
        + u" WHERE "_s + m_accept + (range.isEmpty() ? QString() : u" AND "_s + range) + u')';
}

QString DbOrderQuery::ordersCte(bool everyLineHasAnOrder) const
{
    // One row per order: lines sharing an order id; lines without one (lone) are grouped by
    // customer and day, each still counted as an order, as in a file. Per line only sums and
    // minimums are taken; whether an order is a cancellation is asked once per order, and what
    // follows from it (which lines are returns) from the sums of negative lines.
    const QString cancellation = m_order.isEmpty() || numeric(m_type[int(Role::OrderId)])
        ? u"0"_s
        : u"CASE WHEN "_s + m_sql.matches(u"o"_s, CancellationPattern) + u" THEN 1 ELSE 0 END"_s;
    // Grouping by the lone lines' customer and day costs a sixth of the statement: left out when
    // no line can be lone.
    const QString keys = m_orderAlwaysSet || everyLineHasAnOrder
        ? u"o"_s
        : u"o, CASE WHEN lone THEN c END, CASE WHEN lone THEN d END"_s;
    // The first channel, category and payment of an order, by its lines' times; NULL for a role
    // not mapped, which MySQL would otherwise work out line by line.
    auto firstOf = [this](Role role, const QString& name) {
        return m_column[int(role)].isEmpty() ? m_sql.nullText() : u"MIN("_s + m_sql.concat(u"t"_s, name) + u')';
    };
    return uR"(, line_orders AS (SELECT %11o, MIN(c) AS c, MIN(d) AS d, %1 AS n, %2 AS nc, SUM(a) AS ta,
       SUM(CASE WHEN a < 0 THEN a ELSE 0 END) AS na, %3 AS nl, SUM(q) AS q, %4 AS ps, %5 AS pk,
       CASE WHEN MIN(c) <> MAX(c) THEN 1 ELSE 0 END AS mc, %6 AS k,
       %7 AS ch, %8 AS ca, %9 AS pm, MIN(e) AS e
  FROM order_lines GROUP BY %10))"_s
        .arg(m_sql.smallCount(u"COUNT(*)"_s), m_sql.smallCount(u"COUNT(*) - COUNT(c)"_s),
            m_sql.smallCount(u"SUM(CASE WHEN a < 0 THEN 1 ELSE 0 END)"_s), m_sql.smallCount(u"COALESCE(SUM(pr), 0)"_s),
            m_sql.smallCount(u"COUNT(pr)"_s), cancellation, firstOf(Role::Channel, u"ch"_s),
            firstOf(Role::Category, u"ca"_s), firstOf(Role::PaymentMethod, u"pm"_s), keys, m_sql.manyGroups());
}

DbStatement DbOrderQuery::dayAggregate(Model::Day fromDay, bool everyLineHasAnOrder) const
{
    DbStatement statement;
    // An order is a return when all its lines are: a cancellation's all are (its amount taken
    // back in full: -Σ|a| = 2·Σnegative − Σall), else the negative ones.
    statement.sql = linesCte(fromDay, statement.values) + ordersCte(everyLineHasAnOrder && !m_order.isEmpty())
        + uR"( SELECT %2c, d, SUM(n), SUM(nc), SUM(po), SUM(orders - po), SUM(pa), SUM(ra), SUM(ta), SUM(rl), SUM(kl),
       SUM(q), SUM(pp), SUM(pkn), SUM(mc), MIN(ch), MIN(ca), MIN(pm), %1
  FROM (SELECT c, d, n, nc, ta, q, mc, ch, ca, pm, e,
               CASE WHEN o IS NULL THEN n ELSE 1 END AS orders,
               CASE WHEN o IS NULL THEN n - nl WHEN k = 1 THEN 0 WHEN n > nl THEN 1 ELSE 0 END AS po,
               CASE WHEN k = 1 THEN 0 ELSE ta - na END AS pa, CASE WHEN k = 1 THEN 2 * na - ta ELSE na END AS ra,
               CASE WHEN k = 1 THEN n ELSE nl END AS rl, CASE WHEN k = 1 THEN n ELSE 0 END AS kl,
               CASE WHEN o IS NULL THEN ps WHEN ps > 0 THEN 1 ELSE 0 END AS pp,
               CASE WHEN o IS NULL THEN pk WHEN pk > 0 THEN 1 ELSE 0 END AS pkn
          FROM line_orders) AS orders GROUP BY c, d)"_s.arg(m_sql.secondsOfDay(u"MIN(e)"_s), m_sql.manyGroups());
    return statement;
}

DbStatement DbOrderQuery::lineCounts(Model::Day fromDay) const
{
    DbStatement statement;
    const QString range = rangeFilter(fromDay, statement.values);
    const QString day = u"CASE WHEN NOT ("_s + m_dateEmpty + u") AND NOT ("_s + m_dateBad + u") THEN "_s
        + m_sql.julianDay(m_dateValue) + u" END"_s;
    // Accepted lines are counted by the day aggregate; here only the others, found by the plain
    // conditions (a typed table's are two IS NULL tests per line).
    statement.sql = u"SELECT r, d, COUNT(*) FROM (SELECT "_s + m_rejectCode + u" AS r, "_s + day + u" AS d FROM "_s
        + m_table + u" WHERE ("_s + m_accept + u") IS NOT TRUE"_s + (range.isEmpty() ? QString() : u" AND "_s + range)
        + u") AS checked GROUP BY r, d"_s;
    return statement;
}

DbStatement DbOrderQuery::rejectedLines(Model::Day fromDay, int limit) const
{
    DbStatement statement;
    const QString range = rangeFilter(fromDay, statement.values);
    QStringList columns { m_rejectCode + u" AS r"_s };
    for (int i = 0; i < m_sampleRoles.size(); ++i)
        columns.append(m_sql.text(m_column[int(m_sampleRoles.at(i))]) + u" AS v"_s + QString::number(i));
    statement.sql = u"SELECT * FROM (SELECT "_s + columns.join(u", "_s) + u" FROM "_s + m_table
        + (range.isEmpty() ? QString() : u" WHERE "_s + range) + u") AS checked WHERE r <> 0 LIMIT "_s
        + QString::number(limit);
    return statement;
}

std::optional<DbStatement> DbOrderQuery::customerAttributes(Model::Day fromDay) const
{
    if (m_attributeRoles.isEmpty())
        return std::nullopt;
    DbStatement statement;
    const QString range = rangeFilter(fromDay, statement.values);
    QStringList values { m_customer + u" AS c"_s, m_sql.orderStamp(m_dateValue) + u" AS t"_s };
    QStringList latest { u"c"_s };
    for (int i = 0; i < m_attributeRoles.size(); ++i) {
        const QString name = u"v"_s + QString::number(i);
        values.append(m_sql.blankToNull(m_sql.text(m_column[int(m_attributeRoles.at(i))])) + u" AS "_s + name);
        latest.append(u"MAX("_s + m_sql.concat(u"t"_s, name) + u')');
    }
    statement.sql = u"SELECT "_s + m_sql.manyGroups() + latest.join(u", "_s) + u" FROM (SELECT "_s
        + values.join(u", "_s) + u" FROM "_s
        + m_table + u" WHERE "_s + m_accept + (range.isEmpty() ? QString() : u" AND "_s + range)
        + u") AS accepted WHERE c IS NOT NULL GROUP BY c"_s;
    return statement;
}

} // namespace Portrait::Io
