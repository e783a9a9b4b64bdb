#pragma once

#include "io/dburi.h"

#include <QString>

namespace Portrait::Io {

/// The pieces of SQL that differ between PostgreSQL and MariaDB/MySQL, as text around
/// expressions Portrait built itself (quoted identifiers, its own constants): never around text
/// an analyst typed. Patterns are POSIX/PCRE-compatible and free of backslashes and quotes.
class DbSql {
public:
    explicit DbSql(DbDialect dialect) : m_postgres(dialect == DbDialect::PostgreSql) { }

    bool postgres() const { return m_postgres; }
    /// e as text that compares byte by byte whatever its column's collation (MySQL's usual ones
    /// ignore case and accents): ids that differ only so stay apart, as in a file, and grouping
    /// sorts without the locale's rules.
    QString text(const QString& e) const;
    /// Text trimmed of spaces, NULL when nothing is left.
    QString blankToNull(const QString& e) const;
    QString matches(const QString& e, const char* pattern) const;
    /// The Julian day number (QDate::toJulianDay()) of a date or timestamp.
    QString julianDay(const QString& e) const;
    /// "YYYY-MM-DD HH:MM:SS" of a date or timestamp: 19 characters that sort as the time does.
    QString stamp(const QString& e) const;
    /// The same text as stamp() (to the second, rounded on PostgreSQL), made more cheaply: only
    /// for ordering lines, never shown.
    QString orderStamp(const QString& e) const;
    QString concat(const QString& a, const QString& b) const;
    /// A double, as the file import reads numbers.
    QString toNumber(const QString& e) const;
    /// A count small enough for 32 bits, so that sums of it stay cheap on PostgreSQL.
    QString smallCount(const QString& e) const;
    QString toTimestamp(const QString& e) const;
    QString toDate(const QString& e) const;
    QString toInteger(const QString& e) const;
    /// The part of e before its first dot.
    QString beforeDot(const QString& e) const;
    QString nullText() const;
    /// Put after SELECT when its GROUP BY makes hundreds of thousands of groups: MySQL then sorts
    /// instead of filling a temporary table, which spills to disk past 16 MB (4× faster on 2M lines).
    QString manyGroups() const;
    QString nullTimestamp() const;
    /// Whole seconds after midnight of a timestamp, as an integer.
    QString secondsOfDay(const QString& e) const;
    QString nullNumber() const;
    QString nullInteger() const;
    /// "WITH x AS (" opening a common table expression read twice without being stored.
    QString inlineCte(const QString& name) const;

private:
    bool m_postgres;
};

/// Width of stamp(): attribute values travel as stamp + value, so the latest or earliest one of
/// a group is a plain max() or min() on both servers.
constexpr int StampWidth = 19;

} // namespace Portrait::Io
