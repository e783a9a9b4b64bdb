#pragma once

#include "common/error.h"
#include "records.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace Portrait::Project {

class ProjectFile;

/// What removing a source deleted.
struct RemovedRows
{
    qint64 orders = 0;
    qint64 answers = 0;
    qint64 rejectedRows = 0;
    qint64 customers = 0;   ///< customers left with no order, no answer and no customers source
};

/// What one source put into a project, read and replaced for a refresh from a newer file. The
/// replacing calls write inside the transaction the caller holds open (a ProjectWriter's), so a
/// refresh lands whole or not at all.
class SourceStore
{
public:
    explicit SourceStore(ProjectFile &project) : m_project(project) { }

    /// The source's row; an Error naming the id when the project has no such source.
    Result<SourceRecord> source(qint64 sourceId) const;
    /// The order ids (order_key) of the orders the source stored.
    Result<QSet<QByteArray>> orderKeys(qint64 sourceId) const;
    Result<qint64> answerCount(qint64 sourceId) const;
    /// Customers with an order or a survey answer from the source.
    Result<QList<qint64>> customersWithRows(qint64 sourceId) const;

    /// Deletes the source's orders, survey answers and rejected rows; the source row stays.
    Status clearRows(qint64 sourceId);
    /// Sets where the source now comes from: file name, path, checksum, format, encoding,
    /// delimiter, mapping and the import time (the counts go through ProjectWriter::updateSource).
    Status updateOrigin(qint64 sourceId, const SourceRecord &record);
    /// Deletes those of the customers that have no order and no survey answer left and that no
    /// customers source describes (customers.source_id); returns how many.
    Result<qint64> removeCustomersWithoutRows(const QList<qint64> &customers);
    /// Deletes the source, its orders, survey answers and rejected rows, and the customers it
    /// leaves with nothing (hand-set tags of those go with them). Attributes a customers source
    /// gave to customers who keep orders from other sources stay. In a transaction of its own:
    /// all of it or, on an error, nothing.
    Result<RemovedRows> removeSource(qint64 sourceId);

private:
    ProjectFile &m_project;
};

} // namespace Portrait::Project
