#pragma once

#include "common/error.h"
#include "records.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace Portrait::Project {

class ProjectFile;

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

private:
    ProjectFile &m_project;
};

} // namespace Portrait::Project
