#pragma once

// Imports into fresh projects and reads them back as sorted text, customer by customer, so a
// database import can be compared with the import of a dump of the same table.
#include "jobs/importjob.h"
#include "project/projectfile.h"
#include "rfm/metrics.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace DbTest {

struct Imported
{
    std::unique_ptr<Portrait::Project::ProjectFile> project;
    Portrait::Jobs::ImportReport report;
    QString error;   ///< the import's error, empty when it worked
};

/// Creates the project at path and imports source (a file or a URI) into it.
Imported importInto(const QString &projectPath, const QString &source, const Portrait::Jobs::ImportOptions &options);

/// Rows of a query on the project, fields joined by '|', sorted.
QStringList rows(Portrait::Project::ProjectFile &project, const QString &sql);

/// Per customer: orders, purchase orders, purchase days, first and last day, purchase and returned
/// sums, promotion orders (yes / known), lines and quantity.
QStringList ordersByCustomer(Portrait::Project::ProjectFile &project);
/// Per customer and purchase day: the time of day of its earliest order (NULL: none has one).
QStringList firstTimes(Portrait::Project::ProjectFile &project);
/// Per customer: key, name, city, phone, order count, last order day, total amount.
QStringList customers(Portrait::Project::ProjectFile &project);
/// The source's counts (rows read, accepted, rejected, without customer, orders, customers,
/// returns, cancellations, return lines, total amount).
QStringList sourceCounts(Portrait::Project::ProjectFile &project);
/// Every rejected row as column name, reason and value (no row numbers: a table has none).
QStringList rejected(Portrait::Project::ProjectFile &project);
/// rfm.csv's rows for these options (shop11, quantile unless the options say otherwise).
QStringList rfmRows(Portrait::Project::ProjectFile &project, const Portrait::Rfm::MetricOptions &metrics,
                    const QString &scheme = QStringLiteral("shop11"));
/// Every row of every table, ids and times included: "the project did not change".
QStringList everything(Portrait::Project::ProjectFile &project);
/// Empty when two lists of rfm.csv rows agree: every field equal but monetary, which may differ
/// by rounding (an average of 626.015 is written 626.01 or 626.02 as the sums' last bits fall);
/// else the first difference.
QString rfmDifference(const QStringList &actual, const QStringList &expected);
/// The role → column pairs of a report's mapping.
QStringList mappingOf(const Portrait::Jobs::ImportReport &report);

} // namespace DbTest
