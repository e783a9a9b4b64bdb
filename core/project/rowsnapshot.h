#pragma once

#include "common/error.h"

#include <QJsonObject>

#include <optional>

struct sqlite3;

namespace Portrait::Project {

/// A table row kept as JSON so that it can be put back exactly: every column by name, integers
/// as JSON numbers, reals as {"r": value}, text as strings, NULL as null (the types survive the
/// round trip, and so do the bytes the row is stored as). Used to undo merges.
class RowSnapshot
{
public:
    RowSnapshot(sqlite3 *db, const QString &fileName) : m_db(db), m_fileName(fileName) { }

    /// The row of table whose key column equals key; nullopt when there is none.
    Result<std::optional<QJsonObject>> read(const QString &table, const QString &keyColumn, qint64 key) const;
    /// Inserts the row as it was read.
    Status insert(const QString &table, const QJsonObject &row) const;
    /// Sets every column of the row whose key column equals key to the snapshot's values.
    Status update(const QString &table, const QString &keyColumn, qint64 key, const QJsonObject &row) const;

private:
    /// The table's columns, so that names read back from a stored snapshot are never taken on trust.
    Result<QStringList> columns(const QString &table) const;

    sqlite3 *m_db;
    QString m_fileName;
};

} // namespace Portrait::Project
