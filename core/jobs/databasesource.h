#pragma once

// What the database import and refresh share: the connection and table of one orders pull, and
// the writing of what it delivers. Internal to core/jobs.
#include "common/error.h"
#include "common/issuelist.h"
#include "importjob.h"
#include "io/dbcredentials.h"
#include "io/dbquery.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>
#include <optional>

namespace Portrait::Io {
struct DbDayRow;
}

namespace Portrait::Project {
class ProjectWriter;
}

namespace Portrait::Jobs {

class DatabasePull;

struct DatabaseImport {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::DatabaseImport)
};

/// The server, the table and the statements of one orders pull.
struct DatabaseSource {
    Io::DbSession session;
    Io::DbTable table;
    Io::ColumnMapping mapping;
    std::optional<Io::DbOrderQuery> query;
    QString name; ///< "TABLE @ URI", for messages and the project
};

/// Connects to uri and finds the table (its display name; empty: the only one).
Result<std::unique_ptr<DatabaseSource>> connectSource(const QString& uri, const QString& tableName);
/// Checks the mapping has what an orders source needs and builds the statements.
Status prepareQuery(DatabaseSource& source, SourceKind kind);
/// The source's description for the project: name, URI without password, format.
Project::SourceRecord describeSource(const DatabaseSource& source, const QString& uri, SourceKind kind);
/// The notes, rejected lines, orders with several customers and lines without one, as warnings.
void addClosingIssues(
    const DatabasePull& pull, const Project::SourceRecord& counts, const QStringList& notes, IssueList& issues);

/// Writes what a pull delivers into an open writer: each day row as its orders, each customer's
/// latest details.
struct DatabaseWriting {
    Project::ProjectWriter& writer;
    qint64 sourceId;
    qint64 newCustomers = 0;
    qint64 ordersWritten = 0;
    /// When set, the key of every order written is added to it.
    QSet<QByteArray>* writtenKeys = nullptr;

    Status day(const Io::DbDayRow& row);
    Status attributes(const QByteArray& customer, const Project::CustomerRecord& record);
};

} // namespace Portrait::Jobs
