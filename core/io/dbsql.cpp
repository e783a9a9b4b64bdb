#include "dbsql.h"

using namespace Qt::StringLiterals;

namespace Portrait::Io {

QString DbSql::text(const QString& e) const
{
    return m_postgres ? u"(CAST("_s + e + u" AS TEXT) COLLATE \"C\")"_s
                      : u"(CAST("_s + e + u" AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin)"_s;
}

QString DbSql::blankToNull(const QString& e) const
{
    return u"NULLIF(TRIM("_s + e + u"), '')"_s;
}

QString DbSql::matches(const QString& e, const char* pattern) const
{
    return u"("_s + e + (m_postgres ? u" ~ '"_s : u" REGEXP '"_s) + QString::fromLatin1(pattern) + u"')"_s;
}

QString DbSql::julianDay(const QString& e) const
{
    // QDate counts Julian days like PostgreSQL's 'J' (2000-01-01 is day 2451545), by date arithmetic
    // rather than to_char, which formats text for every line; MySQL's TO_DAYS starts at year 0,
    // 1721060 days later.
    return m_postgres ? u"(CAST("_s + e + u" AS DATE) - DATE '2000-01-01' + 2451545)"_s
                      : u"(TO_DAYS("_s + e + u") + 1721060)"_s;
}

QString DbSql::stamp(const QString& e) const
{
    return m_postgres ? u"to_char("_s + e + u", 'YYYY-MM-DD HH24:MI:SS')"_s
                      : u"DATE_FORMAT("_s + e + u", '%Y-%m-%d %H:%i:%s')"_s;
}

QString DbSql::orderStamp(const QString& e) const
{
    // The session's DateStyle is ISO (Qt's driver sets it), so a timestamp without fraction is
    // written as stamp() writes it, at a third of to_char's cost.
    return m_postgres ? u"CAST(CAST("_s + e + u" AS TIMESTAMP(0)) AS TEXT)"_s : stamp(e);
}

QString DbSql::concat(const QString& a, const QString& b) const
{
    return m_postgres ? u"("_s + a + u" || "_s + b + u")"_s : u"CONCAT("_s + a + u", "_s + b + u")"_s;
}

QString DbSql::toNumber(const QString& e) const
{
    return m_postgres ? u"CAST("_s + e + u" AS DOUBLE PRECISION)"_s : u"CAST("_s + e + u" AS DOUBLE)"_s;
}

QString DbSql::smallCount(const QString& e) const
{
    // PostgreSQL sums a BIGINT into NUMERIC, an INTEGER into BIGINT: several times faster.
    return m_postgres ? u"CAST("_s + e + u" AS INTEGER)"_s : e;
}

QString DbSql::toTimestamp(const QString& e) const
{
    return m_postgres ? u"CAST("_s + e + u" AS TIMESTAMP)"_s : u"CAST("_s + e + u" AS DATETIME)"_s;
}

QString DbSql::toDate(const QString& e) const
{
    return u"CAST("_s + e + u" AS DATE)"_s;
}

QString DbSql::toInteger(const QString& e) const
{
    return m_postgres ? u"CAST("_s + e + u" AS BIGINT)"_s : u"CAST("_s + e + u" AS SIGNED)"_s;
}

QString DbSql::beforeDot(const QString& e) const
{
    return m_postgres ? u"split_part("_s + e + u", '.', 1)"_s : u"SUBSTRING_INDEX("_s + e + u", '.', 1)"_s;
}

QString DbSql::nullText() const
{
    return text(u"NULL"_s);
}

QString DbSql::manyGroups() const
{
    return m_postgres ? QString() : u"SQL_BIG_RESULT "_s;
}

QString DbSql::nullTimestamp() const
{
    return toTimestamp(u"NULL"_s);
}

QString DbSql::secondsOfDay(const QString& e) const
{
    return m_postgres ? u"CAST(FLOOR(EXTRACT(EPOCH FROM CAST("_s + e + u" AS TIME))) AS INTEGER)"_s
                      : u"FLOOR(TIME_TO_SEC(TIME("_s + e + u")))"_s;
}

QString DbSql::nullNumber() const
{
    return toNumber(u"NULL"_s);
}

QString DbSql::nullInteger() const
{
    return toInteger(u"NULL"_s);
}

QString DbSql::inlineCte(const QString& name) const
{
    // PostgreSQL would otherwise write a CTE used twice to a work table first: millions of lines.
    return u"WITH "_s + name + (m_postgres ? u" AS NOT MATERIALIZED ("_s : u" AS ("_s);
}

} // namespace Portrait::Io
