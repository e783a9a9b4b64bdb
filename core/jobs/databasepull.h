#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/dbcatalog.h"
#include "io/dbquery.h"
#include "project/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Portrait::Io {
class DbConnection;
struct DbDayRow;
} // namespace Portrait::Io

namespace Portrait::Jobs {

/// One pull of an orders table from a database server, inside one read-only snapshot: the day
/// aggregate (rows handed on as they stream in, to the day handler on a thread of its own: one
/// call at a time, in the server's order), the line counts with the rejected ones, up to
/// 100 rejected lines as examples, and the customers' latest attributes. Counts are kept per
/// day, so a refresh can take off what the day it pulls again had added.
class DatabasePull {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::DatabasePull)

public:
    using DayHandler = std::function<Status(const Io::DbDayRow&)>;
    using AttributeHandler = std::function<Status(const QByteArray& customer, const Project::CustomerRecord&)>;

    DatabasePull(
        Io::DbConnection& connection, const Io::DbTable& table, const Io::DbOrderQuery& query, Model::Day fromDay);

    Status run(const DayHandler& onDay, const AttributeHandler& onAttributes, ProgressSink& progress,
        const CancelToken& cancel);

    /// The counts over everything pulled (customersInFile and newCustomers excepted).
    Project::SourceRecord total() const;
    /// The counts of the latest day alone.
    Project::SourceRecord tail() const;
    /// The latest order day pulled; NoDay when no line was accepted.
    Model::Day latestDay() const { return m_latestDay; }
    const QSet<QByteArray>& customers() const { return m_customers; }
    qint64 multiCustomerOrders() const { return m_multiCustomerOrders; }
    const QList<Project::RejectedRow>& rejected() const { return m_rejected; }

private:
    Status pullDays(const DayHandler& onDay, ProgressSink& progress, const CancelToken& cancel);
    Status pullLineCounts(const CancelToken& cancel);
    Status pullRejected(const CancelToken& cancel);
    Status pullAttributes(const AttributeHandler& onAttributes, const CancelToken& cancel);
    Project::RejectedRow describe(int code, const QStringList& values) const;

    Io::DbConnection& m_connection;
    const Io::DbTable& m_table;
    const Io::DbOrderQuery& m_query;
    Model::Day m_fromDay;
    QHash<Model::Day, Project::SourceRecord> m_days; ///< NoDay: lines without a readable date
    Model::Day m_latestDay = Model::NoDay;
    QSet<QByteArray> m_customers;
    qint64 m_multiCustomerOrders = 0;
    QList<Project::RejectedRow> m_rejected;
};

/// Adds b's counts to a (rows, orders, amounts).
void addCounts(Project::SourceRecord& a, const Project::SourceRecord& b);
/// Takes b's counts off a.
void subtractCounts(Project::SourceRecord& a, const Project::SourceRecord& b);

} // namespace Portrait::Jobs
