// `portrait tag` with the project's tag dictionary: --starter, --dictionary, --export-dictionary,
// --governance and --out without --rules, on the demo project.

#include "clirunner.h"

#include "tags/dictionaryjson.h"
#include "tags/starterdictionary.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestCliTagDictionary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    /// tag path → (source, customers, flags) from `--governance`.
    static QHash<QString, QStringList> governanceRows(const QByteArray &out)
    {
        QHash<QString, QStringList> rows;
        const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 6)
                rows.insert(fields[0], { fields[1], fields[2], fields[5] });
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(u"demo.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, m_project });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
    }

    void starterGovernanceAndTagsCsv()
    {
        const CliRun nothing = runPortrait({ u"tag"_s, u"--project"_s, m_project });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains("tag needs --project and --rules"));
        const CliRun none = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--governance"_s });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("no tag dictionary"), none.err.constData());

        const CliRun install = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--starter"_s });
        QVERIFY2(install.exitCode == 0, install.err.constData());
        const QByteArray imported = QStringLiteral("Imported %1 tags and 3 groups").arg(Tags::starterDictionary().size()).toUtf8();
        QVERIFY2(install.err.contains(imported), install.err.constData());
        const CliRun again = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--starter"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("--replace"));

        const CliRun governance = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--governance"_s });
        QVERIFY2(governance.exitCode == 0, governance.err.constData());
        QVERIFY(governance.out.startsWith("tag\tsource\tcustomers\tshare\trevenue_share\tflags\n"));
        const QHash<QString, QStringList> rows = governanceRows(governance.out);
        QCOMPARE(rows.value(u"价值等级/重点客户"_s), QStringList({ u"-"_s, u"0"_s, u"unused"_s }));
        QCOMPARE(rows.value(u"行为特征/消费行为/高频"_s).value(0), u"rule"_s);
        QCOMPARE(rows.value(u"基础属性/性别/男"_s).value(1).toInt() + rows.value(u"基础属性/性别/女"_s).value(1).toInt(), 5000);
        QVERIFY(governance.out.contains("\ngroup:口碑传播者\tgroup\t"));

        const QString out = m_dir.filePath(u"tags.csv"_s);
        const CliRun tag = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--out"_s, out });
        QVERIFY2(tag.exitCode == 0, tag.err.constData());
        const QList<QStringList> csv = readCsv(out);
        QCOMPARE(csv.first(), QStringList({ u"customer_id"_s, u"tag"_s }));
        qsizetype frequent = 0;
        for (const QStringList &row : csv)
            frequent += row.value(1) == u"行为特征/消费行为/高频"_s;
        QCOMPARE(QString::number(frequent), rows.value(u"行为特征/消费行为/高频"_s).value(1));
    }

    void exportEditAndImport()
    {
        const QString json = m_dir.filePath(u"dict.json"_s);
        const CliRun exported = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--export-dictionary"_s, json });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        Result<Tags::TagDictionary> dictionary = Tags::loadDictionaryFile(json);
        QVERIFY(dictionary);
        QCOMPARE(dictionary->size(), Tags::starterDictionary().size());

        // A tag with a typo in its rule, and one that uses it.
        Tags::TagNode broken;
        broken.name = u"坏规则"_s;
        broken.rule = u"frequncy > 1"_s;
        const qint64 top = dictionary->findByPath(u"行为特征"_s)->id;
        QVERIFY(dictionary->addTag(top, broken));
        Tags::TagNode user;
        user.name = u"依赖坏规则"_s;
        user.rule = u"has_tag(\"坏规则\")"_s;
        QVERIFY(dictionary->addTag(top, user));
        QVERIFY(Tags::saveDictionaryFile(*dictionary, json));
        const CliRun refused = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--dictionary"_s, json });
        QCOMPARE(refused.exitCode, 1);
        const CliRun replaced = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--dictionary"_s, json, u"--replace"_s });
        QVERIFY2(replaced.exitCode == 0, replaced.err.constData());

        const QString out = m_dir.filePath(u"broken.csv"_s);
        const CliRun run = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--governance"_s, u"--out"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("行为特征/坏规则:1:1: unknown feature \"frequncy\"; did you mean \"frequency\"?"),
                 run.err.constData());
        QVERIFY(run.err.contains("行为特征/依赖坏规则: uses tag \"行为特征/坏规则\", whose rule has an error"));
        QCOMPARE(governanceRows(run.out).value(u"行为特征/坏规则"_s).value(2), u"rule-error not-in-group"_s);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliTagDictionary)
#include "tst_cli_tagdictionary.moc"
