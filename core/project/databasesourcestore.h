#pragma once

#include "common/error.h"
#include "records.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Portrait::Project {

class ProjectFile;

/// What a source read from a database server remembers for its refresh (table database_sources).
struct DatabaseSourceRecord {
    QString uri; ///< without password
    QString table; ///< display name, e.g. "sales.orders"
    Model::Day watermarkDay = Model::NoDay;
    /// The counts the watermark day added to the source's (rows, orders, amounts); a refresh takes
    /// them off before it adds what it pulls from that day on.
    SourceRecord tail;
};

/// The orders a source holds from a day on: what a refresh replaces.
struct OrdersFrom {
    QSet<QByteArray> keys;
    QList<qint64> customers;
    qint64 rows = 0;
};

/// Reads and writes database_sources, and the part of a source's rows a refresh replaces. Writes
/// go into the transaction the caller holds (a ProjectWriter's).
class DatabaseSourceStore {
public:
    explicit DatabaseSourceStore(ProjectFile& project) : m_project(project) { }

    /// nullopt when the source was not read from a database.
    Result<std::optional<DatabaseSourceRecord>> find(qint64 sourceId) const;
    Status save(qint64 sourceId, const DatabaseSourceRecord& record);
    /// Forgets the source's watermark (it was refreshed from a file).
    Status remove(qint64 sourceId);

    /// Every count of the source's row (SourceStore::source() reads fewer).
    Result<SourceRecord> counts(qint64 sourceId) const;
    /// Deletes the source's orders of day and later, and says which they were: one pass over the
    /// orders, which no index orders by source and day.
    Result<OrdersFrom> takeOrdersFrom(qint64 sourceId, Model::Day day);
    Result<qint64> orderCount(qint64 sourceId) const;
    /// Distinct customers with an order from the source.
    Result<qint64> customerCount(qint64 sourceId) const;
    Status clearRejected(qint64 sourceId);

private:
    Result<qint64> number(const char* sql, qint64 sourceId) const;

    ProjectFile& m_project;
};

/// The count fields of a source record as JSON and back (for database_sources.tail).
QByteArray countsToJson(const SourceRecord& counts);
SourceRecord countsFromJson(const QByteArray& json);

} // namespace Portrait::Project
