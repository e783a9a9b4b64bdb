#include "snapshotstore.h"

#include "projectfile.h"
#include "sqlite.h"

#include "rfm/schemefile.h"

#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

// Column order of snapshots as read here.
enum InfoColumn { Id, Name, AsOf, TakenAt, Origin, Settings, Customers, Scored, Scheme };

constexpr const char *SelectInfo = "SELECT id, name, as_of_day, taken_at, origin, settings, customers, scored, scheme "
                                   "FROM snapshots";

Timeline::SnapshotInfo readInfo(const Statement &row)
{
    Timeline::SnapshotInfo info;
    info.id = row.int64(Id);
    info.name = row.text(Name);
    info.asOf = Model::Day(row.int64(AsOf));
    info.takenAt = QDateTime::fromString(row.text(TakenAt), Qt::ISODate);
    info.origin = Timeline::originFromKey(row.text(Origin)).value_or(Timeline::SnapshotOrigin::Manual);
    info.settingsJson = row.utf8(Settings).toByteArray();
    info.customers = row.int64(Customers);
    info.scored = row.int64(Scored);
    return info;
}

/// The index of a text among a few distinct ones, looked up by its UTF-8 bytes: a million rows name
/// a dozen segments or a few dozen tags.
class TextIndex
{
public:
    explicit TextIndex(QStringList &names) : m_names(names)
    {
        for (qsizetype i = 0; i < names.size(); ++i)
            m_index.insert(names.at(i).toUtf8(), qint32(i));
    }
    /// -1 for an empty text; appends a text not seen yet when adding, else -1 for it.
    qint32 indexOf(QByteArrayView bytes, bool adding)
    {
        if (bytes.isEmpty())
            return -1;
        const auto it = m_index.constFind(bytes.toByteArray());
        if (it != m_index.constEnd())
            return it.value();
        if (!adding)
            return -1;
        const auto index = qint32(m_names.size());
        m_names.append(QString::fromUtf8(bytes));
        m_index.insert(bytes.toByteArray(), index);
        return index;
    }

private:
    QStringList &m_names;
    QHash<QByteArray, qint32> m_index;
};

QByteArray tagText(const Timeline::Snapshot &s, size_t customer)
{
    QByteArray text;
    for (qint32 k = s.tagStart[customer]; k < s.tagStart[customer + 1]; ++k) {
        if (!text.isEmpty())
            text += '\n';
        text += s.tagPaths.at(s.tagOf[size_t(k)]).toUtf8();
    }
    return text;
}

} // namespace

Result<QList<Timeline::SnapshotInfo>> SnapshotStore::list()
{
    const QByteArray sql = QByteArray(SelectInfo) + " ORDER BY as_of_day, id";
    Statement select(m_project.handle(), sql.constData(), m_project.fileName());
    if (!select.ok())
        return select.error();
    QList<Timeline::SnapshotInfo> out;
    while (select.step())
        out.append(readInfo(select));
    if (select.failed())
        return select.error();
    return out;
}

Result<std::optional<Timeline::SnapshotInfo>> SnapshotStore::find(const QString &nameOrId)
{
    auto all = list();
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    for (const Timeline::SnapshotInfo &info : *all) {
        if (info.name == nameOrId)
            return std::optional(info);
    }
    for (const Timeline::SnapshotInfo &info : *all) {
        if (isNumber && info.id == id)
            return std::optional(info);
    }
    return std::optional<Timeline::SnapshotInfo>();
}

Result<Timeline::Snapshot> SnapshotStore::load(qint64 id, const CancelToken &cancel)
{
    const QByteArray sql = QByteArray(SelectInfo) + " WHERE id = ?";
    Statement select(m_project.handle(), sql.constData(), m_project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, id);
    if (!select.step()) {
        if (select.failed())
            return select.error();
        return Error { tr("%1 has no snapshot %2.").arg(m_project.fileName()).arg(id), m_project.fileName(), 0, 0,
                       {} };
    }
    Timeline::Snapshot snapshot;
    snapshot.info = readInfo(select);
    auto scheme = Rfm::schemeFromJson(select.utf8(Scheme).toByteArray(), m_project.fileName());
    if (!scheme)
        return scheme.error();
    snapshot.scheme = scheme.takeValue();
    if (Status s = readRows(id, snapshot, cancel); !s)
        return s.error();
    return snapshot;
}

Status SnapshotStore::readRows(qint64 id, Timeline::Snapshot &s, const CancelToken &cancel)
{
    Statement rows(m_project.handle(),
                   "SELECT customer_key, segment, recency_days, frequency, monetary, r_score, f_score, m_score, "
                   "rfm_score, tags, cluster FROM snapshot_customers WHERE snapshot_id = ? ORDER BY rowid",
                   m_project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, id);
    QStringList segmentNames;
    for (int rule = 0; rule <= s.scheme.rules.size(); ++rule)
        segmentNames.append(s.scheme.displayName(rule, false));
    TextIndex segments(segmentNames), tags(s.tagPaths), clusters(s.clusterNames);
    const auto reserve = size_t(s.info.customers);
    s.keys.reserve(qsizetype(reserve));
    s.tagStart.reserve(reserve + 1);
    s.tagStart.push_back(0);
    const float noScore = std::numeric_limits<float>::quiet_NaN();
    while (rows.step()) {
        const QByteArrayView key = rows.utf8(0);
        s.keys.append(QUtf8StringView(key.data(), key.size()));
        const qint32 segment = segments.indexOf(rows.utf8(1), false);
        s.segment.push_back(qint16(segment));
        const bool scored = segment >= 0;
        s.recency.push_back(scored ? rows.real(2) : 0.0);
        s.frequency.push_back(scored ? rows.real(3) : 0.0);
        s.monetary.push_back(scored ? rows.real(4) : 0.0);
        s.r.push_back(quint8(scored ? rows.int64(5) : 0));
        s.f.push_back(quint8(scored ? rows.int64(6) : 0));
        s.m.push_back(quint8(scored ? rows.int64(7) : 0));
        s.rfmScore.push_back(scored ? float(rows.real(8)) : noScore);
        for (const QByteArrayView path : QByteArrayView(rows.utf8(9)).toByteArray().split('\n')) {
            if (const qint32 tag = tags.indexOf(path, true); tag >= 0)
                s.tagOf.push_back(tag);
        }
        s.tagStart.push_back(qint32(s.tagOf.size()));
        s.cluster.push_back(qint16(clusters.indexOf(rows.utf8(10), true)));
        if ((s.keys.size() & 0xffff) == 0 && cancel.isCancelled())
            return Error { tr("Reading the snapshot was cancelled."), m_project.fileName(), 0, 0, {} };
    }
    if (rows.failed())
        return rows.error();
    return {};
}

Result<qint64> SnapshotStore::save(const Timeline::Snapshot &s, ProgressSink &progress)
{
    sqlite3 *db = m_project.handle();
    const QString file = m_project.fileName();
    Transaction transaction(db, file);
    if (!transaction.ok())
        return transaction.error();
    Statement taken(db, "SELECT 1 FROM snapshots WHERE name = ?", file);
    taken.bind(1, s.info.name);
    if (taken.step())
        return Error { tr("There is already a snapshot named “%1”.").arg(s.info.name), file, 0, 0, {} };
    Statement insert(db,
                     "INSERT INTO snapshots(name, as_of_day, taken_at, origin, settings, scheme, customers, scored) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     file);
    if (!insert.ok())
        return insert.error();
    insert.bind(1, s.info.name);
    insert.bind(2, qint64(s.info.asOf));
    insert.bind(3, s.info.takenAt.toString(Qt::ISODate));
    insert.bind(4, Timeline::originKey(s.info.origin));
    insert.bind(5, s.info.settingsJson);
    insert.bind(6, Rfm::schemeToJson(s.scheme));
    insert.bind(7, qint64(s.size()));
    insert.bind(8, s.info.scored);
    if (Status status = insert.run(); !status)
        return status.error();
    const qint64 id = sqlite3_last_insert_rowid(db);

    Statement row(db,
                  "INSERT INTO snapshot_customers(snapshot_id, customer_key, segment, recency_days, frequency, "
                  "monetary, r_score, f_score, m_score, rfm_score, tags, cluster) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  file);
    if (!row.ok())
        return row.error();
    std::vector<QByteArray> segmentNames;
    for (int rule = 0; rule <= s.scheme.rules.size(); ++rule)
        segmentNames.push_back(s.scheme.displayName(rule, false).toUtf8());
    progress.setTotal(s.size());
    for (size_t i = 0; i < size_t(s.size()); ++i) {
        row.bind(1, id);
        row.bind(2, s.keys.view(qsizetype(i)).toUtf8());
        const int segment = s.segment[i];
        if (segment >= 0 && size_t(segment) < segmentNames.size()) {
            row.bind(3, segmentNames[size_t(segment)]);
            row.bind(4, qint64(s.recency[i]));
            row.bind(5, s.frequency[i]);
            row.bind(6, s.monetary[i]);
            row.bind(7, qint64(s.r[i]));
            row.bind(8, qint64(s.f[i]));
            row.bind(9, qint64(s.m[i]));
            row.bind(10, double(s.rfmScore[i]));
        } else {
            for (int column = 3; column <= 10; ++column)
                row.bindNull(column);
        }
        row.bind(11, tagText(s, i));
        const int cluster = s.cluster.empty() ? -1 : s.cluster[i];
        if (cluster >= 0)
            row.bind(12, s.clusterNames.at(cluster));
        else
            row.bindNull(12);
        if (Status status = row.run(); !status)
            return status.error();
        if ((i & 0x3fff) == 0)
            progress.setValue(qint64(i));
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status SnapshotStore::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error { tr("A snapshot needs a name."), m_project.fileName(), 0, 0, {} };
    Statement taken(m_project.handle(), "SELECT 1 FROM snapshots WHERE name = ? AND id <> ?", m_project.fileName());
    taken.bind(1, name);
    taken.bind(2, id);
    if (taken.step())
        return Error { tr("There is already a snapshot named “%1”.").arg(name), m_project.fileName(), 0, 0, {} };
    Statement update(m_project.handle(), "UPDATE snapshots SET name = ? WHERE id = ?", m_project.fileName());
    update.bind(1, name);
    update.bind(2, id);
    return update.run();
}

Status SnapshotStore::remove(qint64 id)
{
    Transaction transaction(m_project.handle(), m_project.fileName());
    if (!transaction.ok())
        return transaction.error();
    Statement remove(m_project.handle(), "DELETE FROM snapshots WHERE id = ?", m_project.fileName());
    remove.bind(1, id);
    if (Status status = remove.run(); !status)
        return status;
    return transaction.commit();
}

Result<QString> SnapshotStore::freeName(const QString &base)
{
    auto all = list();
    if (!all)
        return all.error();
    QSet<QString> names;
    for (const Timeline::SnapshotInfo &info : *all)
        names.insert(info.name);
    QString name = base;
    for (int n = 2; names.contains(name); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}

} // namespace Portrait::Project
