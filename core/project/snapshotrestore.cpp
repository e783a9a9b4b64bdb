#include "snapshotrestore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

/// Parents before children: rows are inserted in this order and deleted in the reverse. Every table
/// an import or a source removal writes: its orders at order level, the database source's watermark,
/// the cleaned values the pipeline replays and the snapshot taken after the import.
constexpr const char *RowidTables[] = { "sources",        "database_sources", "order_level",
                                        "customers",      "customer_clean",   "orders",
                                        "survey_answers", "rejected_rows",    "snapshots",
                                        "snapshot_customers" };

QString tr(const char *text)
{
    return QCoreApplication::translate("Portrait::Project", text);
}

struct Columns
{
    QStringList names;
    bool rowidAlias = false;   ///< an INTEGER PRIMARY KEY column is the rowid itself
};

Result<Columns> columnsOf(sqlite3 *db, const char *table, const QString &fileName)
{
    const QByteArray sql = "SELECT name, type, pk FROM pragma_table_info('" + QByteArray(table) + "', 'main')";
    Statement info(db, sql.constData(), fileName);
    if (!info.ok())
        return info.error();
    Columns columns;
    int keys = 0;
    bool integerKey = false;
    while (info.step()) {
        columns.names.append(info.text(0));
        if (info.int64(2) > 0) {
            ++keys;
            integerKey = info.text(1).compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0;
        }
    }
    if (info.failed())
        return info.error();
    columns.rowidAlias = keys == 1 && integerKey;
    return columns;
}

Status run(sqlite3 *db, const QString &sql, const QString &fileName)
{
    return exec(db, sql.toUtf8().constData(), fileName);
}

QString qualified(const QStringList &names, const QString &alias)
{
    QStringList out;
    for (const QString &name : names)
        out.append(alias + u'.' + name);
    return out.join(u", "_s);
}

/// Deletes the rows the snapshot does not have.
Status deleteMissing(sqlite3 *db, const char *table, const QString &fileName)
{
    const QString t = QString::fromLatin1(table);
    return run(db, u"DELETE FROM main.%1 WHERE rowid NOT IN (SELECT rowid FROM snap.%1)"_s.arg(t), fileName);
}

/// Gives the rows both have the snapshot's values where any differs (NULL-aware).
Status updateChanged(sqlite3 *db, const char *table, const Columns &columns, const QString &fileName)
{
    const QString t = QString::fromLatin1(table);
    QStringList sets, differs;
    for (const QString &name : columns.names) {
        sets.append(u"%1 = s.%1"_s.arg(name));
        differs.append(u"main.%1.%2 IS NOT s.%2"_s.arg(t, name));
    }
    return run(db,
               u"UPDATE main.%1 SET %2 FROM snap.%1 AS s WHERE s.rowid = main.%1.rowid AND (%3)"_s.arg(
                       t, sets.join(u", "_s), differs.join(u" OR "_s)),
               fileName);
}

/// Inserts the rows only the snapshot has, with their row ids.
Status insertMissing(sqlite3 *db, const char *table, const Columns &columns, const QString &fileName)
{
    const QString t = QString::fromLatin1(table);
    const QString rowid = columns.rowidAlias ? QString() : u"rowid, "_s;
    return run(db,
               u"INSERT INTO main.%1(%2%3) SELECT %4%5 FROM snap.%1 AS s WHERE s.rowid NOT IN "
               "(SELECT rowid FROM main.%1)"_s.arg(t, rowid, columns.names.join(u", "_s),
                                                   columns.rowidAlias ? QString() : u"s.rowid, "_s,
                                                   qualified(columns.names, u"s"_s)),
               fileName);
}

/// Hand-set tags: their table has no row ids; a row is its (tag, customer) pair.
Status deleteMissingManualTags(sqlite3 *db, const QString &fileName)
{
    return exec(db,
                "DELETE FROM main.manual_tags WHERE (tag_id, customer_id) NOT IN "
                "(SELECT tag_id, customer_id FROM snap.manual_tags)",
                fileName);
}

Status insertMissingManualTags(sqlite3 *db, const QString &fileName)
{
    return exec(db,
                "INSERT INTO main.manual_tags(tag_id, customer_id) SELECT s.tag_id, s.customer_id "
                "FROM snap.manual_tags AS s WHERE s.tag_id IN (SELECT id FROM main.tags) AND NOT EXISTS "
                "(SELECT 1 FROM main.manual_tags AS m WHERE m.tag_id = s.tag_id AND m.customer_id = s.customer_id)",
                fileName);
}

Result<qint64> pragma(sqlite3 *db, const char *sql, const QString &fileName)
{
    Statement statement(db, sql, fileName);
    if (!statement.ok() || !statement.step())
        return statement.error();
    return statement.int64(0);
}

Status checkSameProject(sqlite3 *db, const QString &fileName, const QString &snapshotName)
{
    // A table-valued pragma does not take a schema prefix; the PRAGMA statement does.
    const char *queries[] = { "PRAGMA main.application_id", "PRAGMA main.user_version", "PRAGMA snap.application_id",
                              "PRAGMA snap.user_version" };
    qint64 values[4] = {};
    for (int i = 0; i < 4; ++i) {
        auto value = pragma(db, queries[i], fileName);
        if (!value)
            return value.error();
        values[i] = *value;
    }
    if (values[0] != values[2] || values[1] != values[3]) {
        return Error { tr("%1 is not a snapshot of this project at its schema version.").arg(snapshotName),
                       fileName, 0, 0, {} };
    }
    return {};
}

Status restoreAttached(sqlite3 *db, const QString &fileName)
{
    Transaction transaction(db, fileName);
    if (!transaction.ok())
        return transaction.error();
    // Rows go and come back in whatever order the tables need; references are checked at commit.
    if (Status s = exec(db, "PRAGMA defer_foreign_keys = ON", fileName); !s)
        return s;
    if (Status s = deleteMissingManualTags(db, fileName); !s)
        return s;
    QList<Columns> columns;
    for (const char *table : RowidTables) {
        auto c = columnsOf(db, table, fileName);
        if (!c)
            return c.error();
        columns.append(c.takeValue());
    }
    for (int i = int(std::size(RowidTables)) - 1; i >= 0; --i) {
        if (Status s = deleteMissing(db, RowidTables[i], fileName); !s)
            return s;
    }
    // After the deletions: deleting a source sets its customers' source_id to NULL.
    for (int i = 0; i < int(std::size(RowidTables)); ++i) {
        if (Status s = updateChanged(db, RowidTables[i], columns.at(i), fileName); !s)
            return s;
        if (Status s = insertMissing(db, RowidTables[i], columns.at(i), fileName); !s)
            return s;
    }
    // Hand-set tags of customers that came back with the rows.
    if (Status s = insertMissingManualTags(db, fileName); !s)
        return s;
    return transaction.commit();
}

} // namespace

Status restoreDataTables(ProjectFile &project, const QString &snapshotPath)
{
    sqlite3 *db = project.handle();
    const QString fileName = project.fileName();
    const QString snapshotName = QFileInfo(snapshotPath).fileName();
    if (!QFileInfo(snapshotPath).isFile())
        return Error { tr("The snapshot %1 is gone.").arg(snapshotName), snapshotPath, 0, 0, {} };
    Statement attach(db, "ATTACH DATABASE ? AS snap", fileName);
    if (!attach.ok())
        return attach.error();
    // A file URI would let a name with '?' or '#' mean something else; a plain path is taken as is.
    attach.bind(1, snapshotPath);
    if (Status s = attach.run(); !s)
        return s;
    Status status = checkSameProject(db, fileName, snapshotName);
    if (status)
        status = restoreAttached(db, fileName);
    // DETACH fails inside a transaction; the restore's has ended, committed or rolled back.
    if (Status detached = exec(db, "DETACH DATABASE snap", fileName); !detached && status)
        return detached;
    return status;
}

} // namespace Portrait::Project
