#pragma once

#include "common/error.h"
#include "model/customerframe.h"
#include "records.h"

#include <QList>

namespace Portrait::Project {

class ProjectFile;

struct SourceSummary
{
    qint64 id = 0;
    QString importedAt;
    SourceRecord record;
};

/// What a project holds, for `portrait info` and the Data page.
struct ProjectSummary
{
    QString fileName;
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 customersWithOrders = 0;
    qint64 orders = 0;
    qint64 returnOrders = 0;
    qint64 answers = 0;
    qint64 rejectedRows = 0;
    Model::Day firstOrderDay = Model::NoDay;
    Model::Day lastOrderDay = Model::NoDay;
    double purchaseAmount = 0.0;
    double returnedAmount = 0.0;
    QList<SourceSummary> sources;
};

Result<ProjectSummary> summarizeProject(ProjectFile &project);
/// The same summary with the order totals taken from a frame loaded from this project, which saves
/// a pass over the orders table when the frame is at hand anyway.
Result<ProjectSummary> summarizeProject(ProjectFile &project, const Model::CustomerFrame &frame);

/// The rejected rows of one source, in file order (at most `limit`).
Result<QList<RejectedRow>> rejectedRows(ProjectFile &project, qint64 sourceId, int limit);

} // namespace Portrait::Project
