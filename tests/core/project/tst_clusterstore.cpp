// Saving clusterings in the project and reading them back: every figure, cluster and member as
// saved, the active one, renames, replacement, and refusals that leave the file as it was.
#include "common/progress.h"
#include "jobs/clusterjob.h"
#include "jobs/rfmjob.h"
#include "jobs/sampleproject.h"
#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Project;

namespace {

QString describe(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

void execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message);
    sqlite3_close(db);
}

} // namespace

class TestClusterStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_path, nullProgress()));
        auto project = ProjectFile::open(m_path);
        QVERIFY(project);
        CancelToken cancel;
        auto frame = loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        m_frameSize = frame->size();
        Jobs::RfmRequest request;
        auto rfm = Jobs::runRfmRequest(*frame, request);
        QVERIFY(rfm);
        for (int k : { 3, 5 }) {
            Analytics::ClusterSettings settings;
            settings.k = k;
            settings.seed = 9;
            auto run = Jobs::runClustering(*frame, *rfm, request.metrics, settings, true, nullProgress(), cancel);
            QVERIFY2(run, qPrintable(run.ok() ? QString() : run.error().message));
            m_fits.append(run->best());
        }
    }

    void emptyProjectHasNone()
    {
        auto project = ProjectFile::open(m_path);
        QVERIFY(project);
        auto active = loadActiveClustering(**project);
        QVERIFY(active);
        QVERIFY(!active->has_value());
        QCOMPARE(*clusteringNames(**project), QStringList());
    }

    void savesAndReadsBackEverything()
    {
        Analytics::Clustering saved = m_fits.at(0);
        saved.name = u"三群"_s;
        saved.clusters[1].name = u"改过名的群"_s;
        {
            auto project = ProjectFile::open(m_path);
            QVERIFY(project);
            QVERIFY2(saveClustering(**project, saved), qPrintable(describe(saveClustering(**project, saved))));
        }
        auto project = ProjectFile::open(m_path);   // a fresh connection: what the file holds
        QVERIFY(project);
        auto loaded = loadActiveClustering(**project);
        QVERIFY(loaded && loaded->has_value());
        const Analytics::Clustering &back = **loaded;
        QCOMPARE(back.name, saved.name);
        QCOMPARE(back.k, 3);
        QCOMPARE(back.inertia, saved.inertia);
        QCOMPARE(back.silhouette, saved.silhouette);
        QVERIFY(back.settings == saved.settings);
        QVERIFY(back.transforms == saved.transforms);
        QCOMPARE(back.asOf, saved.asOf);
        QCOMPARE(back.silhouetteSample, saved.silhouetteSample);
        QVERIFY(back.candidates == saved.candidates);
        QCOMPARE(back.clusterNames(), saved.clusterNames());
        QCOMPARE(back.clusters.at(1).name, u"改过名的群"_s);
        for (qsizetype c = 0; c < back.clusters.size(); ++c) {
            QCOMPARE(back.clusters.at(c).archetype, saved.clusters.at(c).archetype);
            QCOMPARE(back.clusters.at(c).size, saved.clusters.at(c).size);
            QCOMPARE(back.clusters.at(c).centroid, saved.clusters.at(c).centroid);
        }
        QCOMPARE(qsizetype(back.assignment.size()), m_frameSize);
        QCOMPARE(back.assignment, saved.assignment);
        QCOMPARE(back.distance, saved.distance);
        QVERIFY(back == saved);
        // The member sizes agree with the clusters' sizes as stored.
        std::vector<qint64> sizes(3, 0);
        for (qint16 c : back.assignment) {
            if (c >= 0)
                ++sizes[size_t(c)];
        }
        for (int c = 0; c < 3; ++c)
            QCOMPARE(sizes[size_t(c)], back.clusters.at(c).size);
    }

    void theLastSavedIsActive()
    {
        Analytics::Clustering five = m_fits.at(1);
        five.name = u"五群"_s;
        auto project = ProjectFile::open(m_path);
        QVERIFY(project);
        QVERIFY(saveClustering(**project, five));
        QCOMPARE(*clusteringNames(**project), QStringList({ u"五群"_s, u"三群"_s }));
        QCOMPARE((*loadActiveClustering(**project))->k, 5);
        // Either one can be made the active one again, or none.
        QVERIFY(setActiveClustering(**project, u"三群"_s));
        QCOMPARE((*loadActiveClustering(**project))->name, u"三群"_s);
        QCOMPARE((*loadClustering(**project, u"五群"_s))->k, 5);
        QVERIFY(!setActiveClustering(**project, u"无此名"_s));
        QCOMPARE((*loadActiveClustering(**project))->name, u"三群"_s);   // the failed switch changed nothing
        QVERIFY(setActiveClustering(**project, QString()));
        QVERIFY(!loadActiveClustering(**project)->has_value());
        QCOMPARE(clusteringNames(**project)->size(), 2);
        QVERIFY(setActiveClustering(**project, u"五群"_s));
    }

    void savingUnderANameReplacesIt()
    {
        Analytics::Clustering three = m_fits.at(0);
        three.name = u"五群"_s;   // replaces the five clusters
        auto project = ProjectFile::open(m_path);
        QVERIFY(project);
        QVERIFY(saveClustering(**project, three));
        QCOMPARE(clusteringNames(**project)->size(), 2);
        QCOMPARE((*loadClustering(**project, u"五群"_s))->k, 3);
    }

    void refusesWhatCannotBeUsed()
    {
        auto project = ProjectFile::open(m_path);
        QVERIFY(project);
        const Analytics::Clustering before = **loadActiveClustering(**project);

        Analytics::Clustering twins = m_fits.at(1);
        twins.name = u"同名"_s;
        twins.clusters[2].name = twins.clusters.at(0).name;
        Status s = saveClustering(**project, twins);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(twins.clusters.at(0).name), qPrintable(s.error().message));

        Analytics::Clustering unnamed = m_fits.at(1);
        QVERIFY(!saveClustering(**project, unnamed));

        Analytics::Clustering stale = m_fits.at(1);
        stale.name = u"旧的"_s;
        stale.assignment.pop_back();
        stale.distance.pop_back();
        s = saveClustering(**project, stale);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"customers changed"_s), qPrintable(s.error().message));

        QVERIFY(**loadActiveClustering(**project) == before);
        QCOMPARE(clusteringNames(**project)->size(), 2);
    }

    void damageIsReported()
    {
        const QString copy = m_dir.filePath(u"damaged.portrait"_s);
        QVERIFY(QFile::copy(m_path, copy));
        execSql(copy, "UPDATE cluster_members SET number = 9 WHERE customer_id = (SELECT min(customer_id) FROM cluster_members)");
        auto project = ProjectFile::open(copy);
        QVERIFY(project);
        auto loaded = loadActiveClustering(**project);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"damaged"_s), qPrintable(loaded.error().message));
        QVERIFY(loaded.error().message.contains(u"damaged.portrait"_s));
    }

    void membersFollowDeletedCustomers()
    {
        // A customer removed from the project drops out of the clustering, the others keep theirs.
        const QString copy = m_dir.filePath(u"fewer.portrait"_s);
        QVERIFY(QFile::copy(m_path, copy));
        Analytics::Clustering before;
        {
            auto project = ProjectFile::open(copy);
            QVERIFY(project);
            before = **loadActiveClustering(**project);
        }
        execSql(copy, "PRAGMA foreign_keys = ON; DELETE FROM orders WHERE customer_id = (SELECT min(id) FROM customers);"
                      "DELETE FROM survey_answers WHERE customer_id = (SELECT min(id) FROM customers);"
                      "DELETE FROM customers WHERE id = (SELECT min(id) FROM customers)");
        auto project = ProjectFile::open(copy);
        QVERIFY(project);
        auto after = loadActiveClustering(**project);
        QVERIFY2(after, qPrintable(after.ok() ? QString() : after.error().message));
        QCOMPARE((*after)->assignment.size() + 1, before.assignment.size());
        QVERIFY(std::equal((*after)->assignment.begin(), (*after)->assignment.end(), before.assignment.begin() + 1));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qsizetype m_frameSize = 0;
    QList<Analytics::Clustering> m_fits;
};

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
