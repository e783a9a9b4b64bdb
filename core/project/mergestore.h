#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portrait::Project {

class ProjectFile;

/// The analyst's word on a candidate group of duplicate customers, replayed after every import
/// and refresh: accepted groups are merged again when one of their customers comes back, rejected
/// ones are not proposed again.
struct DedupeDecision
{
    qint64 id = 0;
    bool accepted = false;
    QStringList customers;   ///< customer ids as imported; for an accepted group the survivor first
    QByteArray evidence;     ///< JSON: the links that formed the group
    QString decidedAt;       ///< ISO 8601, UTC
};

Result<QList<DedupeDecision>> loadDecisions(ProjectFile &project);
/// Records a decision; returns its id. Runs inside the caller's transaction or savepoint.
Result<qint64> addDecision(ProjectFile &project, const DedupeDecision &decision);
Status removeDecision(ProjectFile &project, qint64 decisionId);

/// A customer's row id by its id as imported, or, when it was merged away, the row id of the
/// customer it was merged into; 0 when neither.
Result<qint64> resolveCustomer(ProjectFile &project, const QString &customerKey, bool followAliases = true);

/// Merges customers into survivor: their orders, survey answers and hand-set tags move to the
/// survivor, attributes the survivor lacks are taken from them (totals of customer-level data are
/// added), their ids become the survivor's aliases, and they are deleted. Everything the undo
/// needs is kept with the merge. Runs inside the caller's transaction or savepoint; returns the
/// merge's id.
Result<qint64> mergeCustomers(ProjectFile &project, qint64 survivorId, const QList<qint64> &mergedIds,
                              qint64 decisionId = 0);

/// Puts back exactly what the merge changed. Refused when the project changed since in a way that
/// makes that impossible (a later merge into the same customer not undone first, a merged
/// customer's id in use again, its orders gone with a refresh).
Status undoMerge(ProjectFile &project, qint64 mergeId);

/// The merges recorded for a decision, newest first.
Result<QList<qint64>> mergesOfDecision(ProjectFile &project, qint64 decisionId);

/// Every customer's aliases (the ids of the customers merged into it), by customer row id.
Result<QHash<qint64, QStringList>> loadAliases(ProjectFile &project);

} // namespace Portrait::Project
