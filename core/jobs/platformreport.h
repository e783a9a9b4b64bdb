#pragma once

// What an import of a shop-platform export (or of orders without customer ids) tells the analyst
// beyond the counts: for the CLI's summary, the wizard's result page and the issue list.
#include "importjob.h"

#include <QStringList>

namespace Portrait::Jobs {

/// Adds the platform findings to report.issues: a file without customer ids, the orders that are
/// not purchases, refunds, status values the vocabulary does not know, masked customer ids.
/// `written` says whether the import is in the project (else it was a dry run).
void addPlatformIssues(ImportReport &report, bool written);

/// "Looks like a Taobao / Tmall order export …" and the order-level line (payment conversion,
/// refund share); empty when the import kept nothing at order level and knew no platform.
QStringList platformSummaryLines(const ImportReport &report);

} // namespace Portrait::Jobs
