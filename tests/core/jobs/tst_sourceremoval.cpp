// Removing a source and undoing an import or a removal: what goes is exactly what the source alone
// brought, and an undo or a redo gives back every table byte for byte (row ids, storage classes,
// the sign of a zero), including the customer attributes a later import overwrote.
#include "jobs/importjob.h"
#include "jobs/sourceremoval.h"
#include "project/projectfile.h"
#include "project/snapshotrestore.h"
#include "projectcontent.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

// Source 1: six customers, a cancellation (C-prefixed), a return-only order, a row without a
// customer and one with an unreadable amount.
const QByteArray FirstOrders = "order_id,customer_id,order_date,amount,name\n"
                               "O1,C001,2024-03-01,100.00,Ann\n"
                               "O2,C002,2024-03-02,80.00,\n"
                               "O2,C002,2024-03-02,20.00,\n"
                               "O3,C003,2024-03-03,55.50,\n"
                               "C4,C003,2024-03-04,-55.50,\n"
                               "O5,C004,2024-03-05,70.00,\n"
                               "O6,C005,2024-03-06,90.00,Eve\n"
                               "O7,,2024-03-06,12.00,\n"
                               "O8,C006,2024-03-07,-30.00,\n"
                               "O9,C006,2024-03-08,n/a,\n";
// Source 2, customers: describes C001 and C003, and C007, who has no orders at all.
const QByteArray Customers = "customer_id,name,phone,city\n"
                             "C001,,13800000001,Shanghai\n"
                             "C003,Cai,,Beijing\n"
                             "C007,Gu,13800000007,Hangzhou\n";
// Source 3: two known customers (C002 gets a name), two new ones, one rejected row.
const QByteArray SecondOrders = "order_id,customer_id,order_date,amount,name\n"
                                "P1,C001,2024-04-01,40.00,\n"
                                "P2,C002,2024-04-02,35.00,Bo\n"
                                "P3,C008,2024-04-03,66.00,Hu\n"
                                "P4,C009,2024-04-04,12.25,\n"
                                "P5,C009,2024-04-05,n/a,\n";
// Source 4, survey: a known customer and a new one.
const QByteArray Survey = "customer_id,nps,answered\n"
                          "C002,9,2024-04-10\n"
                          "C010,3,2024-04-11\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

qint64 importInto(Project::ProjectFile &project, const QString &path, Jobs::SourceKind kind)
{
    Jobs::ImportOptions options;
    options.kind = kind;
    CancelToken cancel;
    auto report = Jobs::importFile(project, path, options, nullProgress(), cancel);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return report->sourceId;
}

QStringList column(Project::ProjectFile &project, const QString &sql)
{
    QSqlQuery query(project.database());
    if (!query.exec(sql))
        return { u"failed: "_s + sql };
    QStringList out;
    while (query.next())
        out.append(query.value(0).isNull() ? u"NULL"_s : query.value(0).toString());
    return out;
}

void exec(Project::ProjectFile &project, const QString &sql)
{
    QSqlQuery query(project.database());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

} // namespace

class TestSourceRemoval : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first, m_customers, m_second, m_survey;

    /// A project with sources 1–4 and a hand-set tag on C005 (source 1's only) and on C001.
    std::unique_ptr<Project::ProjectFile> fullProject(const QString &name)
    {
        auto project = Project::ProjectFile::create(m_dir.filePath(name), Project::ProjectFile::Lock::None);
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        importInto(**project, m_first, Jobs::SourceKind::Orders);
        importInto(**project, m_customers, Jobs::SourceKind::Customers);
        importInto(**project, m_second, Jobs::SourceKind::Orders);
        importInto(**project, m_survey, Jobs::SourceKind::Survey);
        exec(**project, u"INSERT INTO tags(id, parent_id, level, name, position) VALUES(1, NULL, 1, 'VIP', 0)"_s);
        exec(**project, u"INSERT INTO manual_tags(tag_id, customer_id) SELECT 1, id FROM customers "
                        "WHERE customer_key IN ('C001', 'C005')"_s);
        return project.takeValue();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = write(m_dir, u"march.csv"_s, FirstOrders);
        m_customers = write(m_dir, u"members.csv"_s, Customers);
        m_second = write(m_dir, u"april.csv"_s, SecondOrders);
        m_survey = write(m_dir, u"survey.csv"_s, Survey);
    }

    void undoOfAnImportRestoresEveryTableExactly()
    {
        auto created = Project::ProjectFile::create(m_dir.filePath(u"undo.portrait"_s), Project::ProjectFile::Lock::None);
        QVERIFY(created);
        Project::ProjectFile &project = **created;
        importInto(project, m_first, Jobs::SourceKind::Orders);
        importInto(project, m_customers, Jobs::SourceKind::Customers);
        const QStringList before = ProjectContent::exactly(project);
        const QString beforeSnapshot = m_dir.filePath(u"undo-before.portrait"_s);
        QVERIFY(project.snapshot(beforeSnapshot));

        importInto(project, m_second, Jobs::SourceKind::Orders);
        const QStringList afterImport = ProjectContent::exactly(project);
        QVERIFY(afterImport != before);
        // The import changed a customer who was there before, not only added rows.
        QCOMPARE(column(project, u"SELECT name FROM customers WHERE customer_key = 'C002'"_s), QStringList { u"Bo"_s });

        const QString afterSnapshot = m_dir.filePath(u"undo-after.portrait"_s);
        QVERIFY(Jobs::restoreSnapshot(project, beforeSnapshot, afterSnapshot, nullProgress()));
        QCOMPARE(ProjectContent::exactly(project), before);
        QCOMPARE(column(project, u"SELECT name FROM customers WHERE customer_key = 'C002'"_s), QStringList { u"NULL"_s });
        // Redo, undo again: each lands on the same bytes.
        QVERIFY(Jobs::restoreSnapshot(project, afterSnapshot, QString(), nullProgress()));
        QCOMPARE(ProjectContent::exactly(project), afterImport);
        QVERIFY(Jobs::restoreSnapshot(project, beforeSnapshot, QString(), nullProgress()));
        QCOMPARE(ProjectContent::exactly(project), before);
    }

    void removalTakesWhatTheSourceAloneBrought()
    {
        auto project = fullProject(u"remove.portrait"_s);
        const QStringList before = ProjectContent::exactly(*project);
        const QStringList customersBefore = column(*project, u"SELECT customer_key FROM customers ORDER BY 1"_s);
        const QString snapshot = Jobs::removalSnapshotPath(project->path(), 3);
        QVERIFY(snapshot.startsWith(m_dir.filePath(u"remove.snapshots/before-removing-source-3-"_s)));

        auto report = Jobs::removeSource(*project, 3, snapshot, nullProgress());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        // april.csv: four orders (P5's amount is unreadable), one rejected row; C008 and C009 were
        // only there, C001 and C002 keep orders of march.csv.
        QCOMPARE(report->removed.orders, 4);
        QCOMPARE(report->removed.answers, 0);
        QCOMPARE(report->removed.rejectedRows, 1);
        QCOMPARE(report->removed.customers, 2);
        QCOMPARE(report->source.fileName, u"april.csv"_s);
        QStringList expected = customersBefore;
        expected.removeAll(u"C008"_s);
        expected.removeAll(u"C009"_s);
        QCOMPARE(column(*project, u"SELECT customer_key FROM customers ORDER BY 1"_s), expected);
        QCOMPARE(column(*project, u"SELECT count(*) FROM orders WHERE source_id = 3"_s), QStringList { u"0"_s });
        QCOMPARE(column(*project, u"SELECT count(*) FROM rejected_rows WHERE source_id = 3"_s), QStringList { u"0"_s });
        QCOMPARE(column(*project, u"SELECT id FROM sources ORDER BY id"_s),
                 QStringList({ u"1"_s, u"2"_s, u"4"_s }));

        // The copy taken first is the project as it was.
        {
            auto copy = Project::ProjectFile::open(snapshot, Project::ProjectFile::Lock::None);
            QVERIFY(copy);
            QCOMPARE(ProjectContent::exactly(**copy), before);
        }
        const QStringList afterRemoval = ProjectContent::exactly(*project);
        const QString redo = m_dir.filePath(u"remove-redo.portrait"_s);
        QVERIFY(Jobs::restoreSnapshot(*project, snapshot, redo, nullProgress()));
        QCOMPARE(ProjectContent::exactly(*project), before);
        QVERIFY(Jobs::restoreSnapshot(*project, redo, QString(), nullProgress()));
        QCOMPARE(ProjectContent::exactly(*project), afterRemoval);
    }

    void removalTakesHandSetTagsAndUndoBringsThemBack()
    {
        auto project = fullProject(u"tags.portrait"_s);
        const QStringList before = ProjectContent::exactly(*project);
        const QString snapshot = Jobs::removalSnapshotPath(project->path(), 1);
        auto report = Jobs::removeSource(*project, 1, snapshot, nullProgress());
        QVERIFY(report);
        // march.csv alone had C004, C005 and C006; C001, C002 and C003 stay (april.csv, the
        // customers source and the survey have them). C005's tag goes with C005.
        QCOMPARE(report->removed.customers, 3);
        QCOMPARE(report->removed.orders, 7);
        QCOMPARE(report->removed.rejectedRows, 1);
        QCOMPARE(column(*project, u"SELECT c.customer_key FROM manual_tags t JOIN customers c ON c.id = t.customer_id"_s),
                 QStringList { u"C001"_s });
        QVERIFY(Jobs::restoreSnapshot(*project, snapshot, QString(), nullProgress()));
        QCOMPARE(ProjectContent::exactly(*project), before);
    }

    void removingACustomersSourceKeepsCustomersWithOrders()
    {
        auto project = fullProject(u"members.portrait"_s);
        auto report = Jobs::removeSource(*project, 2, Jobs::removalSnapshotPath(project->path(), 2), nullProgress());
        QVERIFY(report);
        // C007 was only described; C001 and C003 have orders and keep the attributes they were given.
        QCOMPARE(report->removed.customers, 1);
        QCOMPARE(column(*project, u"SELECT count(*) FROM customers WHERE customer_key = 'C007'"_s), QStringList { u"0"_s });
        QCOMPARE(column(*project, u"SELECT city FROM customers WHERE customer_key = 'C003'"_s), QStringList { u"Beijing"_s });
        QCOMPARE(column(*project, u"SELECT count(*) FROM customers WHERE source_id IS NOT NULL"_s), QStringList { u"0"_s });
    }

    void restoreRefusesWhatIsNoSnapshotOfTheProject()
    {
        auto project = fullProject(u"refuse.portrait"_s);
        const QStringList before = ProjectContent::exactly(*project);

        const Status missing = Project::restoreDataTables(*project, m_dir.filePath(u"nothing-here.portrait"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"nothing-here.portrait"_s), qPrintable(missing.error().message));

        const Status text = Project::restoreDataTables(*project, m_first);
        QVERIFY(!text);

        // A copy at another schema version is not taken for this project's.
        const QString older = m_dir.filePath(u"older.portrait"_s);
        QVERIFY(project->snapshot(older));
        {
            auto copy = Project::ProjectFile::open(older, Project::ProjectFile::Lock::None);
            QVERIFY(copy);
            exec(**copy, u"DELETE FROM orders"_s);
            exec(**copy, u"PRAGMA user_version = 1"_s);
        }
        const Status version = Project::restoreDataTables(*project, older);
        QVERIFY(!version);
        QVERIFY2(version.error().message.contains(u"schema version"_s), qPrintable(version.error().message));
        QCOMPARE(ProjectContent::exactly(*project), before);
        // The project is usable afterwards: the snapshot was detached.
        QVERIFY(Jobs::removeSource(*project, 4, Jobs::removalSnapshotPath(project->path(), 4), nullProgress()));
    }

    void removingAnUnknownSourceChangesNothing()
    {
        auto project = fullProject(u"unknown.portrait"_s);
        const QStringList before = ProjectContent::exactly(*project);
        auto report = Jobs::removeSource(*project, 99, Jobs::removalSnapshotPath(project->path(), 99), nullProgress());
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"99"_s), qPrintable(report.error().message));
        QCOMPARE(ProjectContent::exactly(*project), before);
    }
};

QTEST_GUILESS_MAIN(TestSourceRemoval)
#include "tst_sourceremoval.moc"
