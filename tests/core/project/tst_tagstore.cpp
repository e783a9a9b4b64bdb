#include "common/progress.h"
#include "jobs/sampleproject.h"
#include "jobs/tagworkspace.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"
#include "project/schema.h"
#include "project/tagstore.h"
#include "jobs/rfmjob.h"
#include "tags/starterdictionary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Project;

namespace {

/// Replays tests/data/projects/project-v1.sql: a file as schema version 1 wrote it.
void writeVersion1File(const QString &path, const QByteArray &extraSql = {})
{
    QFile fixture(QStringLiteral(PORTRAIT_TEST_DATA_DIR "/projects/project-v1.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray sql = fixture.readAll() + extraSql;
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message);
    sqlite3_close(db);
}

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

QString describe(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

} // namespace

class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAVersion1File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.portrait"_s);
        writeVersion1File(path);
        QCOMPARE(queryNumber(path, "PRAGMA user_version"), 1);
        {
            auto project = ProjectFile::open(path);
            QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error().message));
            QCOMPARE((*project)->schemaVersion(), SchemaVersion);
            auto tags = loadTagData(**project);
            QVERIFY(tags);
            QVERIFY(tags->dictionary.isEmpty());
            QVERIFY(tags->manual.isEmpty());
            // Everything version 1 had is still there.
            auto summary = summarizeProject(**project);
            QVERIFY(summary);
            QCOMPARE(summary->customers, 2);
            QCOMPARE(summary->orders, 3);
            QCOMPARE((*project)->setting(u"rfm.scheme"_s), u"cn8"_s);
        }
        QCOMPARE(queryNumber(path, "PRAGMA user_version"), SchemaVersion);
        QCOMPARE(queryNumber(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('tags', 'manual_tags', 'tag_groups')"), 3);
        QCOMPARE(queryNumber(path, "SELECT count(*) FROM pragma_table_list WHERE name = 'tags' AND strict = 1"), 1);
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.portrait"_s);
        // A version-1 file that somehow has a table in the way of version 2's.
        writeVersion1File(path, "\nCREATE TABLE tag_groups (x);");
        auto project = ProjectFile::open(path);
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(u"tag_groups"_s), qPrintable(project.error().message));
        // All or nothing: no v2 table was left behind, the version is still 1.
        QCOMPARE(queryNumber(path, "PRAGMA user_version"), 1);
        QCOMPARE(queryNumber(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('tags', 'manual_tags')"), 0);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.portrait"_s);
        writeVersion1File(path);
        TagData data;
        data.dictionary = Tags::starterDictionary();
        const qint64 keyAccount = data.dictionary.findByPath(u"价值等级/重点客户"_s)->id;
        const qint64 frequent = data.dictionary.findByPath(u"行为特征/消费行为/高频"_s)->id;
        QVERIFY(data.dictionary.moveTag(frequent, data.dictionary.find(frequent)->parentId, 0));
        data.manual[keyAccount] = { u"C001"_s, u"C002"_s };
        {
            auto project = ProjectFile::open(path);
            QVERIFY(project);
            const Status saved = saveTagData(**project, data);
            QVERIFY2(saved, qPrintable(describe(saved)));
        }
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        auto loaded = loadTagData(**project);
        QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(loaded->dictionary == data.dictionary);
        QCOMPARE(loaded->dictionary.find(keyAccount)->name, u"重点客户"_s);   // ids survive
        QCOMPARE(loaded->manual, data.manual);
        QCOMPARE(loaded->dictionary.groups().size(), 3);

        // Saving the dictionary alone keeps the manual tags of the tags that remain.
        Tags::TagDictionary edited = loaded->dictionary;
        QVERIFY(edited.renameTag(keyAccount, u"大客户"_s));
        QVERIFY(saveDictionary(**project, edited));
        QCOMPARE(loadTagData(**project)->manual, data.manual);
        edited.removeTag(keyAccount);
        QVERIFY(saveDictionary(**project, edited));
        QVERIFY(loadTagData(**project)->manual.isEmpty());
        QCOMPARE(queryNumber(path, "SELECT count(*) FROM manual_tags"), 0);
    }

    void unknownCustomerRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.portrait"_s);
        writeVersion1File(path);
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        TagData first { Tags::starterDictionary(), {} };
        QVERIFY(saveTagData(**project, first));
        TagData bad { Tags::TagDictionary(), {} };
        Tags::TagNode only;
        only.name = u"唯一"_s;
        const qint64 id = bad.dictionary.addTag(0, only).value();
        bad.manual[id] = { u"C001"_s, u"NOBODY"_s };
        const Status saved = saveTagData(**project, bad);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"\"NOBODY\" is not in the project"_s), qPrintable(saved.error().message));
        // Nothing of the failed save is visible: the first dictionary is intact.
        QVERIFY(loadTagData(**project)->dictionary == first.dictionary);
    }

    void starterOnTheDemoProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(path, nullProgress()));
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        CancelToken cancel;
        auto frame = loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        Jobs::RfmRequest request;
        auto rfm = Jobs::runRfmRequest(*frame, request);
        QVERIFY(rfm);
        const Tags::TagDictionary starter = Tags::starterDictionary();
        auto workspace = Jobs::computeTagWorkspace(*frame, *rfm, request.metrics, false, starter, {});
        QVERIFY(workspace);
        QVERIFY(workspace->tagging.errors.isEmpty());
        QCOMPARE(workspace->tagging.customers, frame->size());
        // The demo data has every kind of customer the starter describes: only the tag set by hand
        // (nobody yet) and the tags for data the demo lacks are flagged.
        QStringList emptyOrUnused;
        for (const Tags::TagGovernanceRow &row : workspace->governance.rows) {
            if (row.flags & (Tags::FlagEmpty | Tags::FlagUnused))
                emptyOrUnused.append(row.path);
        }
        QVERIFY2(emptyOrUnused.size() <= 4, qPrintable(emptyOrUnused.join(u", "_s)));
        QVERIFY(emptyOrUnused.contains(u"价值等级/重点客户"_s));
        // Value tiers partition the scored customers.
        const auto count = [&](const QString &p) { return workspace->tagging.findPath(p)->count; };
        QCOMPARE(count(u"价值等级/高价值"_s) + count(u"价值等级/中价值"_s) + count(u"价值等级/低价值"_s),
                 qint64(rfm->metrics.scoredCount));
        QCOMPARE(count(u"基础属性/性别/男"_s) + count(u"基础属性/性别/女"_s), frame->size());
        for (const Tags::GroupResult &g : workspace->groups)
            QVERIFY2(!g.failed && g.count > 0, qPrintable(g.name));
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
