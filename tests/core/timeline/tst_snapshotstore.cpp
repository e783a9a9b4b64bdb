// Snapshots and campaigns survive closing and reopening the project, customer by customer;
// names stay unique; deleting removes the rows; a snapshot of a date equals the engine at it.
#include "demoframe.h"

#include "jobs/clusterjob.h"
#include "jobs/rfmsettings.h"
#include "jobs/tagworkspace.h"
#include "project/campaignstore.h"
#include "project/clusterstore.h"
#include "project/snapshotstore.h"
#include "project/tagstore.h"
#include "tags/starterdictionary.h"
#include "timeline/campaignjob.h"
#include "timeline/snapshotjob.h"

#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Timeline;

namespace {

qint64 queryNumber(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

std::unique_ptr<Project::ProjectFile> reopen(const QString &path)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    return project.takeValue();
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoProject> m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = openDemoProject();
        QVERIFY(Project::saveDictionary(*m_demo->project, Tags::starterDictionary()));
    }

    void snapshotSurvivesReopening()
    {
        const Model::Day day = dayOf(2025, 4, 1);
        CancelToken cancel;
        auto info = takeSnapshot(*m_demo->project, m_demo->frame, {}, day, u"April"_s, SnapshotOrigin::Manual,
                                 nullProgress(), cancel);
        QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
        QCOMPARE(info->asOf, day);

        // What it should hold: the engine as of that day and the starter dictionary's tags over it.
        Jobs::RfmSettings settings;
        settings.request.metrics.asOf = day;
        auto rfm = Jobs::runRfmSettings(m_demo->frame, settings);
        QVERIFY(rfm);
        auto tags = Project::loadTagData(*m_demo->project);
        QVERIFY(tags);
        auto workspace = Jobs::computeTagWorkspace(m_demo->frame, *rfm, settings.request.metrics,
                                                   rfm->scheme.preferChinese, tags->dictionary, tags->manual);
        QVERIFY(workspace);

        m_demo->project.reset();
        m_demo->project = reopen(m_demo->path);
        Project::SnapshotStore store(*m_demo->project);
        auto found = store.find(u"April"_s);
        QVERIFY(found && *found);
        auto snapshot = store.load((*found)->id);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
        QCOMPARE(snapshot->size(), m_demo->frame.size());
        QCOMPARE(snapshot->info.scored, rfm->metrics.scoredCount);
        QCOMPARE(snapshot->info.origin, SnapshotOrigin::Manual);
        QCOMPARE(snapshot->scheme, rfm->scheme);
        qint64 tagged = 0;
        for (qsizetype i = 0; i < snapshot->size(); ++i) {
            const auto c = size_t(i);
            QCOMPARE(snapshot->keys.view(i), m_demo->frame.ids.view(i));
            QCOMPARE(snapshot->segment[c], rfm->segment[c]);
            if (rfm->segment[c] >= 0) {
                QCOMPARE(snapshot->recency[c], rfm->metrics.recency[c]);
                QCOMPARE(snapshot->monetary[c], rfm->metrics.monetary[c]);
                QCOMPARE(snapshot->r[c], rfm->scores.r[c]);
                QCOMPARE(snapshot->m[c], rfm->scores.m[c]);
                QCOMPARE(snapshot->rfmScore[c], rfm->rfmScore[c]);
            }
            QStringList want;
            for (const Tags::CustomerTagReason &reason :
                 Tags::tagsOfCustomer(tags->dictionary, workspace->tagging, i))
                want.append(reason.path);
            QCOMPARE(snapshot->tagsOf(i), want);
            tagged += !want.isEmpty();
            QCOMPARE(snapshot->cluster[c], qint16(-1));
        }
        QVERIFY(tagged > 1000);
        auto settingsBack = Jobs::rfmSettingsFromJson(snapshot->info.settingsJson, u"x"_s);
        QVERIFY(settingsBack);
        QCOMPARE(settingsBack->request.metrics.asOf, day);
    }

    void namesStayUniqueAndDeleteRemovesRows()
    {
        CancelToken cancel;
        Project::SnapshotStore store(*m_demo->project);
        auto first = takeSnapshot(*m_demo->project, m_demo->frame, {}, dayOf(2025, 5, 1), u"May"_s,
                                  SnapshotOrigin::Manual, nullProgress(), cancel);
        QVERIFY(first);
        auto taken = takeSnapshot(*m_demo->project, m_demo->frame, {}, dayOf(2025, 5, 2), u"May"_s,
                                  SnapshotOrigin::Manual, nullProgress(), cancel);
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(u"May"_s));
        // Automatic snapshots get a free name instead.
        auto automatic = takeSnapshot(*m_demo->project, m_demo->frame, {}, Model::NoDay, u"May"_s,
                                      SnapshotOrigin::Import, nullProgress(), cancel);
        QVERIFY(automatic);
        QCOMPARE(automatic->name, u"May (2)"_s);
        QCOMPARE(automatic->asOf, dayOf(2026, 1, 1));   // the day after the demo's last order
        QVERIFY(!store.rename(automatic->id, u"May"_s));
        QVERIFY(store.rename(automatic->id, u"New year"_s));
        auto renamed = store.find(u"New year"_s);
        QVERIFY(renamed && *renamed && (*renamed)->id == automatic->id);
        QVERIFY(store.remove(first->id));
        auto gone = store.find(u"May"_s);
        QVERIFY(gone && !*gone);
        const QByteArray sql = "SELECT count(*) FROM snapshot_customers WHERE snapshot_id = "
                + QByteArray::number(first->id);
        QCOMPARE(queryNumber(m_demo->path, sql.constData()), 0);
        QCOMPARE(queryNumber(m_demo->path, "SELECT count(*) FROM snapshot_customers WHERE snapshot_id = (SELECT id "
                                           "FROM snapshots WHERE name = 'New year')"),
                 m_demo->frame.size());
    }

    void campaignSurvivesReopening()
    {
        CampaignRequest request;
        request.name = u"Winter"_s;
        request.asOf = dayOf(2025, 11, 1);
        request.controlPercent = 15;
        request.seed = 2025;
        request.tags = { u"价值等级/高价值"_s };
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
        QVERIFY(draft->campaign.members.size() > 50);
        auto id = Project::CampaignStore(*m_demo->project).save(draft->campaign);
        QVERIFY(id);
        m_demo->project.reset();
        m_demo->project = reopen(m_demo->path);
        Project::CampaignStore store(*m_demo->project);
        auto loaded = store.load(u"Winter"_s);
        QVERIFY(loaded && *loaded);
        const Campaign &c = **loaded;
        QCOMPARE(c.asOf, request.asOf);
        QCOMPARE(c.seed, request.seed);
        QCOMPARE(c.controlPercent, 15.0);
        QCOMPARE(c.members.size(), draft->campaign.members.size());
        for (qsizetype i = 0; i < c.members.size(); ++i) {
            QCOMPARE(c.members.keys.view(i), draft->campaign.members.keys.view(i));
            QCOMPARE(c.members.control[size_t(i)], draft->campaign.members.control[size_t(i)]);
            QCOMPARE(c.members.segmentNames.at(c.members.segment[size_t(i)]),
                     draft->campaign.members.segmentNames.at(draft->campaign.members.segment[size_t(i)]));
        }
        auto list = store.list();
        QVERIFY(list && list->size() == 1);
        QCOMPARE(list->first().control, qint64(draft->controlRows.size()));
        QCOMPARE(list->first().treated, qint64(draft->treatedRows.size()));
        auto twice = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY(!twice);   // the name is taken
        QVERIFY(store.remove(c.id));
        QCOMPARE(queryNumber(m_demo->path, "SELECT count(*) FROM campaign_members"), 0);
    }

    // Last: from here on the project has a saved clustering.
    void snapshotsAndCampaignsFollowTheSavedClustering()
    {
        CancelToken cancel;
        auto rfm = Jobs::runRfmSettings(m_demo->frame, {});
        QVERIFY(rfm);
        Analytics::ClusterSettings settings;
        settings.k = 4;
        settings.seed = 5;
        auto run = Jobs::runClustering(m_demo->frame, *rfm, {}, settings, false, nullProgress(), cancel);
        QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
        Analytics::Clustering clustering = run->best();
        clustering.name = u"Four"_s;
        clustering.clusters[2].name = u"Renamed"_s;   // the names saved, as the analyst set them
        QVERIFY(Project::saveClustering(*m_demo->project, clustering));

        // A snapshot taken by hand and the one an import leaves both carry the clusters.
        auto manual = takeSnapshot(*m_demo->project, m_demo->frame, {}, dayOf(2025, 9, 1), u"September"_s,
                                   SnapshotOrigin::Manual, nullProgress(), cancel);
        QVERIFY(manual);
        IssueList issues;
        snapshotAfterImport(*m_demo->project, u"orders.csv"_s, SnapshotOrigin::Import, issues, nullProgress(), cancel);
        auto automatic = Project::SnapshotStore(*m_demo->project).find(u"orders.csv (import)"_s);
        QVERIFY(automatic && *automatic);
        m_demo->project.reset();
        m_demo->project = reopen(m_demo->path);
        for (const qint64 id : { manual->id, (*automatic)->id }) {
            auto snapshot = Project::SnapshotStore(*m_demo->project).load(id);
            QVERIFY(snapshot);
            QCOMPARE(snapshot->size(), qsizetype(clustering.assignment.size()));
            qint64 clustered = 0;
            for (size_t c = 0; c < clustering.assignment.size(); ++c) {
                const int k = clustering.assignment[c];
                const int kept = snapshot->cluster[c];
                QCOMPARE(kept < 0, k < 0);
                if (k >= 0) {
                    QCOMPARE(snapshot->clusterNames.at(kept), clustering.clusters.at(k).name);
                    ++clustered;
                }
            }
            QCOMPARE(clustered, clustering.clusteredCount());
            QVERIFY(snapshot->clusterNames.contains(u"Renamed"_s));
        }

        // A campaign of cluster "Renamed" and cluster number 1: their customers scored as of its date.
        CampaignRequest request;
        request.name = u"By cluster"_s;
        request.asOf = dayOf(2025, 12, 1);
        request.controlPercent = 20;
        request.seed = 3;
        request.clusters = { u"renamed"_s, u"1"_s };
        auto draft = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
        Jobs::RfmSettings atDate;
        atDate.request.metrics.asOf = request.asOf;
        auto scored = Jobs::runRfmSettings(m_demo->frame, atDate);
        QVERIFY(scored);
        std::vector<qint32> want;
        for (qint32 row = 0; row < qint32(clustering.assignment.size()); ++row) {
            const int k = clustering.assignment[size_t(row)];
            if ((k == 0 || k == 2) && scored->segment[size_t(row)] >= 0)
                want.push_back(row);
        }
        QVERIFY(want.size() > 100);
        QCOMPARE(draft->rows, want);
        QVERIFY(draft->campaign.selectionJson.contains("\"clustering\":\"Four\""));
        // With a segment as well: both must hold.
        request.segments = { rfm->scheme.displayName(0, false) };
        auto narrower = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY(narrower);
        std::erase_if(want, [&](qint32 row) { return scored->segment[size_t(row)] != 0; });
        QCOMPARE(narrower->rows, want);

        request.clusters = { u"Nobody"_s };
        auto unknown = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(u"Renamed"_s), qPrintable(unknown.error().message));
        QVERIFY(Project::setActiveClustering(*m_demo->project, QString()));
        request.clusters = { u"1"_s };
        auto none = draftCampaign(*m_demo->project, m_demo->frame, {}, request);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(u"no saved clusters"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
