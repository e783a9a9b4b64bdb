#include "clusterstore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

class ClusterStore
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::ClusterStore)
};

QByteArray centroidJson(const std::vector<double> &centroid)
{
    QJsonArray array;
    for (double v : centroid)
        array.append(v);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Error damaged(ProjectFile &project, const QString &what)
{
    return Error { ClusterStore::tr("%1: the saved clustering is damaged: %2").arg(project.fileName(), what),
                   project.fileName(), 0, 0, {} };
}

Status readClusters(ProjectFile &project, qint64 id, Analytics::Clustering &clustering)
{
    Statement select(project.handle(),
                     "SELECT number, name, archetype, size, centroid FROM clusters WHERE clustering_id = ? "
                     "ORDER BY number",
                     project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, id);
    while (select.step()) {
        Analytics::ClusterInfo info;
        info.name = select.text(1);
        info.archetype = select.text(2);
        info.size = select.int64(3);
        for (const QJsonValue &v : QJsonDocument::fromJson(select.utf8(4).toByteArray()).array())
            info.centroid.push_back(v.toDouble());
        if (select.int64(0) != clustering.clusters.size() + 1
            || qsizetype(info.centroid.size()) != clustering.transforms.size())
            return damaged(project, ClusterStore::tr("cluster %1").arg(select.int64(0)));
        clustering.clusters.append(info);
    }
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    if (clustering.clusters.size() != clustering.k)
        return damaged(project, ClusterStore::tr("%1 clusters for k = %2").arg(clustering.clusters.size()).arg(clustering.k));
    return {};
}

// One row per customer in row id order, which is the frame's order.
Status readMembers(ProjectFile &project, qint64 id, Analytics::Clustering &clustering)
{
    Statement select(project.handle(),
                     "SELECT m.number, m.distance FROM customers c LEFT JOIN cluster_members m "
                     "ON m.clustering_id = ?1 AND m.customer_id = c.id ORDER BY c.id",
                     project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, id);
    while (select.step()) {
        if (select.isNull(0)) {
            clustering.assignment.push_back(-1);
            clustering.distance.push_back(-1);
            continue;
        }
        const qint64 number = select.int64(0);
        if (number < 1 || number > clustering.k)
            return damaged(project, ClusterStore::tr("a customer in cluster %1").arg(number));
        clustering.assignment.push_back(qint16(number - 1));
        clustering.distance.push_back(float(select.real(1)));
    }
    return select.failed() ? Status(sqliteError(project.handle(), project.fileName())) : Status();
}

Result<std::optional<Analytics::Clustering>> loadWhere(ProjectFile &project, const char *sql, const QString &name)
{
    Statement select(project.handle(), sql, project.fileName());
    if (!select.ok())
        return select.error();
    if (!name.isNull())
        select.bind(1, name);
    if (!select.step()) {
        if (select.failed())
            return sqliteError(project.handle(), project.fileName());
        return std::optional<Analytics::Clustering>();
    }
    Analytics::Clustering clustering;
    const qint64 id = select.int64(0);
    clustering.name = select.text(1);
    if (Status s = Analytics::clusteringSettingsFromJson(select.utf8(2).toByteArray(), clustering, project.fileName()); !s)
        return s.error();
    clustering.k = int(select.int64(3));
    clustering.inertia = select.real(4);
    clustering.silhouette = select.real(5);
    if (Status s = readClusters(project, id, clustering); !s)
        return s.error();
    if (Status s = readMembers(project, id, clustering); !s)
        return s.error();
    return std::optional<Analytics::Clustering>(std::move(clustering));
}

Status checkSavable(ProjectFile &project, const Analytics::Clustering &clustering)
{
    QSet<QString> names;
    for (const Analytics::ClusterInfo &c : clustering.clusters) {
        if (c.name.trimmed().isEmpty())
            return Error { ClusterStore::tr("Every cluster needs a name."), project.fileName(), 0, 0, {} };
        if (names.contains(c.name.toCaseFolded()))
            return Error { ClusterStore::tr("Two clusters are called “%1”; cluster names must differ.").arg(c.name),
                           project.fileName(), 0, 0, {} };
        names.insert(c.name.toCaseFolded());
    }
    if (clustering.name.trimmed().isEmpty())
        return Error { ClusterStore::tr("A saved clustering needs a name."), project.fileName(), 0, 0, {} };
    if (clustering.clusters.size() != clustering.k || clustering.assignment.size() != clustering.distance.size())
        return Error { ClusterStore::tr("The clustering is incomplete."), project.fileName(), 0, 0, {} };
    return {};
}

Result<std::vector<qint64>> customerIds(ProjectFile &project)
{
    Statement select(project.handle(), "SELECT id FROM customers ORDER BY id", project.fileName());
    if (!select.ok())
        return select.error();
    std::vector<qint64> ids;
    while (select.step())
        ids.push_back(select.int64(0));
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    return ids;
}

Result<qint64> insertClustering(ProjectFile &project, const Analytics::Clustering &clustering)
{
    sqlite3 *db = project.handle();
    Statement remove(db, "DELETE FROM clusterings WHERE name = ?", project.fileName());
    if (!remove.ok())
        return remove.error();
    remove.bind(1, clustering.name);
    if (Status s = remove.run(); !s)
        return s.error();
    if (Status s = exec(db, "UPDATE clusterings SET active = 0 WHERE active = 1", project.fileName()); !s)
        return s.error();
    Statement insert(db,
                     "INSERT INTO clusterings(name, saved_at, settings, k, inertia, silhouette, active) "
                     "VALUES(?, ?, ?, ?, ?, ?, 1)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    insert.bind(1, clustering.name);
    insert.bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(3, Analytics::clusteringSettingsToJson(clustering));
    insert.bind(4, qint64(clustering.k));
    insert.bind(5, clustering.inertia);
    insert.bind(6, clustering.silhouette);
    if (Status s = insert.run(); !s)
        return s.error();
    return qint64(sqlite3_last_insert_rowid(db));
}

Status insertClusters(ProjectFile &project, qint64 id, const Analytics::Clustering &clustering)
{
    Statement insert(project.handle(),
                     "INSERT INTO clusters(clustering_id, number, name, archetype, size, centroid) "
                     "VALUES(?, ?, ?, ?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    for (qsizetype c = 0; c < clustering.clusters.size(); ++c) {
        const Analytics::ClusterInfo &info = clustering.clusters.at(c);
        insert.bind(1, id);
        insert.bind(2, qint64(c + 1));
        insert.bind(3, info.name.trimmed());
        insert.bind(4, info.archetype);
        insert.bind(5, info.size);
        insert.bind(6, centroidJson(info.centroid));
        if (Status s = insert.run(); !s)
            return s;
    }
    return {};
}

Status insertMembers(ProjectFile &project, qint64 id, const Analytics::Clustering &clustering)
{
    auto ids = customerIds(project);
    if (!ids)
        return ids.error();
    if (ids->size() != clustering.assignment.size()) {
        return Error { ClusterStore::tr("%1 has %2 customers, the clustering %3: its customers changed since.")
                               .arg(project.fileName())
                               .arg(ids->size())
                               .arg(clustering.assignment.size()),
                       project.fileName(), 0, 0, {} };
    }
    Statement insert(project.handle(),
                     "INSERT INTO cluster_members(clustering_id, customer_id, number, distance) VALUES(?, ?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    for (size_t row = 0; row < clustering.assignment.size(); ++row) {
        const int cluster = clustering.assignment[row];
        if (cluster < 0)
            continue;
        insert.bind(1, id);
        insert.bind(2, (*ids)[row]);
        insert.bind(3, qint64(cluster + 1));
        insert.bind(4, double(clustering.distance[row]));
        if (Status s = insert.run(); !s)
            return s;
    }
    return {};
}

} // namespace

Result<std::optional<Analytics::Clustering>> loadActiveClustering(ProjectFile &project)
{
    return loadWhere(project,
                     "SELECT id, name, settings, k, inertia, silhouette FROM clusterings WHERE active = 1",
                     QString());
}

Result<std::optional<Analytics::Clustering>> loadClustering(ProjectFile &project, const QString &name)
{
    return loadWhere(project, "SELECT id, name, settings, k, inertia, silhouette FROM clusterings WHERE name = ?",
                     name);
}

Result<QStringList> clusteringNames(ProjectFile &project)
{
    Statement select(project.handle(), "SELECT name FROM clusterings ORDER BY active DESC, name", project.fileName());
    if (!select.ok())
        return select.error();
    QStringList names;
    while (select.step())
        names.append(select.text(0));
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    return names;
}

Status saveClustering(ProjectFile &project, const Analytics::Clustering &clustering)
{
    if (Status s = checkSavable(project, clustering); !s)
        return s;
    Transaction transaction(project.handle(), project.fileName());
    if (!transaction.ok())
        return transaction.error();
    auto id = insertClustering(project, clustering);
    if (!id)
        return id.error();
    if (Status s = insertClusters(project, *id, clustering); !s)
        return s;
    if (Status s = insertMembers(project, *id, clustering); !s)
        return s;
    return transaction.commit();
}

Status setActiveClustering(ProjectFile &project, const QString &name)
{
    Transaction transaction(project.handle(), project.fileName());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = exec(project.handle(), "UPDATE clusterings SET active = 0 WHERE active = 1", project.fileName()); !s)
        return s;
    if (!name.isEmpty()) {
        Statement update(project.handle(), "UPDATE clusterings SET active = 1 WHERE name = ?", project.fileName());
        if (!update.ok())
            return update.error();
        update.bind(1, name);
        if (Status s = update.run(); !s)
            return s;
        if (sqlite3_changes(project.handle()) == 0)
            return Error { ClusterStore::tr("%1 has no clustering called “%2”.").arg(project.fileName(), name),
                           project.fileName(), 0, 0, {} };
    }
    return transaction.commit();
}

} // namespace Portrait::Project
