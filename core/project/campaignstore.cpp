#include "campaignstore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

enum Column { Id, Name, AsOf, CreatedAt, ControlPercent, Seed, Selection, Settings, Scheme };

constexpr const char *SelectCampaign = "SELECT id, name, as_of_day, created_at, control_percent, seed, selection, "
                                       "settings, scheme FROM campaigns";

Timeline::Campaign readCampaign(const Statement &row)
{
    Timeline::Campaign c;
    c.id = row.int64(Id);
    c.name = row.text(Name);
    c.asOf = Model::Day(row.int64(AsOf));
    c.createdAt = QDateTime::fromString(row.text(CreatedAt), Qt::ISODate);
    c.controlPercent = row.real(ControlPercent);
    c.seed = quint64(row.int64(Seed));
    c.selectionJson = row.utf8(Selection).toByteArray();
    c.settingsJson = row.utf8(Settings).toByteArray();
    c.schemeJson = row.utf8(Scheme).toByteArray();
    return c;
}

} // namespace

Result<QList<CampaignStore::Summary>> CampaignStore::list()
{
    const QByteArray sql = QByteArray(SelectCampaign) + " ORDER BY id DESC";
    Statement select(m_project.handle(), sql.constData(), m_project.fileName());
    Statement counts(m_project.handle(),
                     "SELECT count(*) - total(control), total(control) FROM campaign_members WHERE campaign_id = ?",
                     m_project.fileName());
    if (!select.ok() || !counts.ok())
        return !select.ok() ? select.error() : counts.error();
    QList<Summary> out;
    while (select.step()) {
        Summary summary { readCampaign(select), 0, 0 };
        counts.bind(1, summary.campaign.id);
        if (counts.step()) {
            summary.treated = counts.int64(0);
            summary.control = counts.int64(1);
        }
        counts.reset();
        out.append(summary);
    }
    if (select.failed())
        return select.error();
    return out;
}

Result<std::optional<Timeline::Campaign>> CampaignStore::load(const QString &name)
{
    const QByteArray sql = QByteArray(SelectCampaign) + " WHERE name = ?";
    Statement select(m_project.handle(), sql.constData(), m_project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, name);
    if (!select.step()) {
        if (select.failed())
            return select.error();
        return std::optional<Timeline::Campaign>();
    }
    Timeline::Campaign campaign = readCampaign(select);
    if (Status s = readMembers(campaign); !s)
        return s.error();
    return std::optional(std::move(campaign));
}

Status CampaignStore::readMembers(Timeline::Campaign &campaign)
{
    Statement rows(m_project.handle(),
                   "SELECT customer_key, segment, control FROM campaign_members WHERE campaign_id = ? ORDER BY rowid",
                   m_project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, campaign.id);
    Timeline::CampaignMembers &m = campaign.members;
    // A dozen segments name a million members: look them up by their bytes, the last one first.
    QHash<QByteArray, qint16> segmentIndex;
    QByteArray lastSegment;
    qint16 last = -1;
    while (rows.step()) {
        const QByteArrayView key = rows.utf8(0);
        m.keys.append(QUtf8StringView(key.data(), key.size()));
        const QByteArrayView segment = rows.utf8(1);
        if (last < 0 || segment != QByteArrayView(lastSegment)) {
            lastSegment = segment.toByteArray();
            auto it = segmentIndex.constFind(lastSegment);
            if (it == segmentIndex.constEnd()) {
                it = segmentIndex.insert(lastSegment, qint16(m.segmentNames.size()));
                m.segmentNames.append(QString::fromUtf8(lastSegment));
            }
            last = it.value();
        }
        m.segment.push_back(last);
        m.control.push_back(quint8(rows.int64(2) != 0));
    }
    if (rows.failed())
        return rows.error();
    return {};
}

Result<qint64> CampaignStore::save(const Timeline::Campaign &c)
{
    sqlite3 *db = m_project.handle();
    const QString file = m_project.fileName();
    Transaction transaction(db, file);
    if (!transaction.ok())
        return transaction.error();
    Statement taken(db, "SELECT 1 FROM campaigns WHERE name = ?", file);
    taken.bind(1, c.name);
    if (taken.step())
        return Error { tr("There is already a campaign named “%1”.").arg(c.name), file, 0, 0, {} };
    Statement insert(db,
                     "INSERT INTO campaigns(name, as_of_day, created_at, control_percent, seed, selection, settings, "
                     "scheme) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     file);
    if (!insert.ok())
        return insert.error();
    insert.bind(1, c.name);
    insert.bind(2, qint64(c.asOf));
    insert.bind(3, c.createdAt.toString(Qt::ISODate));
    insert.bind(4, c.controlPercent);
    insert.bind(5, qint64(c.seed));
    insert.bind(6, c.selectionJson);
    insert.bind(7, c.settingsJson);
    insert.bind(8, c.schemeJson);
    if (Status status = insert.run(); !status)
        return status.error();
    const qint64 id = sqlite3_last_insert_rowid(db);
    Statement member(db, "INSERT INTO campaign_members(campaign_id, customer_key, segment, control) VALUES(?, ?, ?, ?)",
                     file);
    if (!member.ok())
        return member.error();
    std::vector<QByteArray> segments;
    for (const QString &name : c.members.segmentNames)
        segments.push_back(name.toUtf8());
    for (size_t i = 0; i < size_t(c.members.size()); ++i) {
        member.bind(1, id);
        member.bind(2, c.members.keys.view(qsizetype(i)).toUtf8());
        member.bind(3, segments[size_t(c.members.segment[i])]);
        member.bind(4, qint64(c.members.control[i]));
        if (Status status = member.run(); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status CampaignStore::remove(qint64 id)
{
    Transaction transaction(m_project.handle(), m_project.fileName());
    if (!transaction.ok())
        return transaction.error();
    Statement remove(m_project.handle(), "DELETE FROM campaigns WHERE id = ?", m_project.fileName());
    remove.bind(1, id);
    if (Status status = remove.run(); !status)
        return status;
    return transaction.commit();
}

} // namespace Portrait::Project
