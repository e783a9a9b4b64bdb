// `portrait export --tag PATH --group NAME` on the demo project with the starter dictionary: the
// customers exported are the ones `portrait tag --out tags.csv` gives the tag, computed apart.

#include "clirunner.h"

#include "project/projectfile.h"
#include "project/tagstore.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

using Ids = QSet<QString>;

/// The customer ids (first column) of an exported list, header and byte-order mark dropped.
Ids exportedIds(const QString &path)
{
    const QList<QStringList> rows = readCsv(path);
    Ids ids;
    for (const QStringList &row : rows.mid(1))
        ids.insert(row.value(0));
    return ids;
}

} // namespace

class TestCliExportTags : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QHash<QString, Ids> m_tagged;   ///< tag path → customer ids, from tags.csv

    /// Runs `portrait export` with extra arguments into a new file; returns the ids written.
    Ids exportWith(const QStringList &filter, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const CliRun run = runPortrait(QStringList { u"export"_s, u"--project"_s, m_project, u"--out"_s, out } + filter);
        [&] { QVERIFY2(run.exitCode == 0, run.err.constData()); }();
        return exportedIds(out);
    }

    void readTagsCsv()
    {
        const QString out = m_dir.filePath(u"tags.csv"_s);
        const CliRun tag = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--out"_s, out });
        QVERIFY2(tag.exitCode == 0, tag.err.constData());
        m_tagged.clear();
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first(), QStringList({ u"customer_id"_s, u"tag"_s }));
        for (const QStringList &row : rows.mid(1))
            m_tagged[row.value(1)].insert(row.value(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"demo.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, m_project });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        const CliRun starter = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--starter"_s });
        QVERIFY2(starter.exitCode == 0, starter.err.constData());
        readTagsCsv();
    }

    void oneTagIsWhatTagsCsvSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("value tier") << u"价值等级/高价值"_s;
        QTest::newRow("frequent") << u"行为特征/消费行为/高频"_s;
        QTest::newRow("spaces around /") << u"行为特征 / 活跃度 / 沉睡"_s;
    }

    void oneTagIsWhatTagsCsvSays()
    {
        QFETCH(QString, path);
        const QString canonical = QString(path).remove(u' ');
        const Ids expected = m_tagged.value(canonical);
        QVERIFY2(!expected.isEmpty(), qPrintable(canonical));
        QCOMPARE(exportWith({ u"--tag"_s, path }, u"one.csv"_s), expected);
    }

    void severalTagsMeanAllOfThem()
    {
        const QStringList paths { u"价值等级/高价值"_s, u"基础属性/性别/女"_s, u"需求偏好/渠道偏好/线上"_s };
        Ids all = m_tagged.value(paths.first());
        QStringList arguments;
        for (const QString &path : paths) {
            all.intersect(m_tagged.value(path));
            arguments << u"--tag"_s << path;
        }
        // Each tag narrows the list: the test would not see "any of" for "all of" otherwise.
        QVERIFY(!all.isEmpty());
        for (const QString &path : paths)
            QVERIFY2(all.size() < m_tagged.value(path).size(), qPrintable(path));
        QCOMPARE(exportWith(arguments, u"all.csv"_s), all);
    }

    void groupIsItsExpressionOverTheTags()
    {
        // 口碑传播者 = has_tag("推荐者") and (has_tag("高价值") or has_tag("高频")), from tags.csv.
        const Ids promoters = m_tagged.value(u"态度/NPS/推荐者"_s);
        const Ids expected = Ids(promoters).intersect(Ids(m_tagged.value(u"价值等级/高价值"_s))
                                                              .unite(m_tagged.value(u"行为特征/消费行为/高频"_s)));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(exportWith({ u"--group"_s, u"口碑传播者"_s }, u"group.csv"_s), expected);
        // A group and a tag together: both must hold.
        const Ids dormant = m_tagged.value(u"行为特征/活跃度/沉睡"_s);
        QCOMPARE(exportWith({ u"--group"_s, u"口碑传播者"_s, u"--tag"_s, u"行为特征/活跃度/沉睡"_s }, u"mixed.csv"_s),
                 Ids(expected).intersect(dormant));
    }

    void handSetTagIsExported()
    {
        // Three customers of the demo, set by hand on the starter's 重点客户 through the project file.
        const QStringList keys = QStringList(m_tagged.value(u"行为特征/消费行为/高频"_s).values()).mid(0, 3);
        QCOMPARE(keys.size(), 3);
        {
            auto project = Project::ProjectFile::open(m_project, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            auto data = Project::loadTagData(**project);
            QVERIFY(data);
            const Tags::TagNode *key = data->dictionary.findByPath(u"价值等级/重点客户"_s);
            QVERIFY(key && !key->hasRule());
            data->manual[key->id] = Ids(keys.begin(), keys.end());
            QVERIFY(Project::saveTagData(**project, *data));
        }
        readTagsCsv();
        QCOMPARE(m_tagged.value(u"价值等级/重点客户"_s), Ids(keys.begin(), keys.end()));
        QCOMPARE(exportWith({ u"--tag"_s, u"价值等级/重点客户"_s }, u"key.csv"_s), m_tagged.value(u"价值等级/重点客户"_s));
    }

    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo in a tag") << QStringList { u"--tag"_s, u"价值等级/高价直"_s }
                                       << u"portrait: error: unknown tag \"价值等级/高价直\"; did you mean \"价值等级/高价值\"?"_s;
        QTest::newRow("last level only") << QStringList { u"--tag"_s, u"重点客户"_s }
                                         << u"unknown tag \"重点客户\"; did you mean \"价值等级/重点客户\"?"_s;
        QTest::newRow("nothing close") << QStringList { u"--tag"_s, u"Zzzzzz/Qqqq"_s }
                                       << u"portrait: error: unknown tag \"Zzzzzz/Qqqq\""_s;
        QTest::newRow("category") << QStringList { u"--tag"_s, u"价值等级"_s }
                                  << u"\"价值等级\" is a category, not a tag a customer has; name one of its tags: "
                                     "价值等级/高价值"_s;
        QTest::newRow("typo in a group") << QStringList { u"--group"_s, u"口碑传播"_s }
                                         << u"portrait: error: unknown group \"口碑传播\"; did you mean \"口碑传播者\"?"_s;
        QTest::newRow("good tag, bad group")
                << QStringList { u"--tag"_s, u"价值等级/高价值"_s, u"--group"_s, u"nobody"_s }
                << u"unknown group \"nobody\""_s;
    }

    void unknownNamesAreRefused()
    {
        QFETCH(QStringList, filter);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(u"refused.csv"_s);
        QFile::remove(out);
        const CliRun run = runPortrait(QStringList { u"export"_s, u"--project"_s, m_project, u"--out"_s, out } + filter);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void projectWithoutDictionary()
    {
        const QString bare = m_dir.filePath(u"bare.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, bare });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        const QString out = m_dir.filePath(u"bare.csv"_s);
        const CliRun run = runPortrait({ u"export"_s, u"--project"_s, bare, u"--out"_s, out, u"--tag"_s, u"a/b"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("the project has no tag dictionary"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliExportTags)
#include "tst_cli_exporttags.moc"
