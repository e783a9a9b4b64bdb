#include "common/progress.h"
#include "jobs/importjob.h"
#include "project/projectfile.h"
#include "project/sourcecoverage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Project;

namespace {

// Orders for A, B, C (C twice); a CRM export describing B, C, D; a survey answered by C and E.
const QByteArray OrdersCsv = "customer_id,order_id,order_date,amount\n"
                             "A,o1,2024-01-05,10.00\n"
                             "B,o2,2024-01-06,20.00\n"
                             "C,o3,2024-01-07,30.00\n"
                             "C,o4,2024-02-01,5.50\n";
const QByteArray CustomersCsv = "customer_id,name,city\n"
                                "B,Bo,杭州\n"
                                "C,Cai,上海\n"
                                "D,Du,北京\n";
const QByteArray SurveyCsv = "customer_id,nps\n"
                             "C,9\n"
                             "E,3\n";

struct Source {
    const char *name;
    QByteArray bytes;
    Jobs::SourceKind kind;
};

void importAll(const QTemporaryDir &dir, ProjectFile &project, const QList<Source> &sources)
{
    for (const Source &source : sources) {
        const QString path = dir.filePath(QString::fromLatin1(source.name));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.bytes);
        file.close();
        Jobs::ImportOptions options;
        options.kind = source.kind;
        CancelToken cancel;
        const auto report = Jobs::importFile(project, path, options, nullProgress(), cancel);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->source.rowsRejected, 0);
    }
}

SourceCoverage coverageOf(const QList<Source> &sources, int exampleLimit)
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(u"p.portrait"_s));
    if (!project)
        qFatal("cannot create project: %s", qPrintable(project.error().message));
    importAll(dir, **project, sources);
    auto coverage = sourceCoverage(**project, exampleLimit);
    if (!coverage)
        qFatal("coverage failed: %s", qPrintable(coverage.error().message));
    return *coverage;
}

const Source Orders { "orders.csv", OrdersCsv, Jobs::SourceKind::Orders };
const Source Customers { "customers.csv", CustomersCsv, Jobs::SourceKind::Customers };
const Source Survey { "survey.csv", SurveyCsv, Jobs::SourceKind::Survey };

} // namespace

Q_DECLARE_METATYPE(Source)

class TestSourceCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The order of the imports must not matter: a customer first created by the CRM export and
    // later seen in orders still counts for both.
    void threeKinds_data()
    {
        QTest::addColumn<QList<Source>>("sources");
        QTest::newRow("orders, customers, survey") << QList<Source> { Orders, Customers, Survey };
        QTest::newRow("survey, customers, orders") << QList<Source> { Survey, Customers, Orders };
        QTest::newRow("customers, orders, survey") << QList<Source> { Customers, Orders, Survey };
    }

    void threeKinds()
    {
        QFETCH(QList<Source>, sources);
        const SourceCoverage c = coverageOf(sources, 5);
        QCOMPARE(c.customers, 5);
        QCOMPARE(c.kindsPresent(), 3);
        QCOMPARE(c.inKind[int(CoverageKind::Orders)], 3);
        QCOMPARE(c.inKind[int(CoverageKind::Customers)], 3);
        QCOMPARE(c.inKind[int(CoverageKind::Survey)], 2);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Orders)].count, 1);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Orders)].examples, QStringList { u"A"_s });
        QCOMPARE(c.onlyInKind[int(CoverageKind::Customers)].count, 1);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Customers)].examples, QStringList { u"D"_s });
        QCOMPARE(c.onlyInKind[int(CoverageKind::Survey)].count, 1);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Survey)].examples, QStringList { u"E"_s });
        QCOMPARE(c.inAllKinds.count, 1);
        QCOMPARE(c.inAllKinds.examples, QStringList { u"C"_s });
        QCOMPARE(c.inNoKind, 0);
    }

    // Without a survey, "in all kinds" means in orders and in the customers source: B and C.
    void twoKinds()
    {
        const SourceCoverage c = coverageOf({ Orders, Customers }, 5);
        QCOMPARE(c.customers, 4);
        QCOMPARE(c.kindsPresent(), 2);
        QVERIFY(!c.hasKind(CoverageKind::Survey));
        QCOMPARE(c.onlyInKind[int(CoverageKind::Orders)].examples, QStringList { u"A"_s });
        QCOMPARE(c.onlyInKind[int(CoverageKind::Customers)].examples, QStringList { u"D"_s });
        QCOMPARE(c.onlyInKind[int(CoverageKind::Survey)].count, 0);
        QCOMPARE(c.inAllKinds.count, 2);
        QCOMPARE(c.inAllKinds.examples, (QStringList { u"B"_s, u"C"_s }));
    }

    void examplesAreLimitedButCountsAreNot()
    {
        const Source moreCustomers { "crm.csv", CustomersCsv + "F,Fu,成都\nG,Gao,武汉\n", Jobs::SourceKind::Customers };
        const SourceCoverage c = coverageOf({ Orders, moreCustomers }, 2);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Customers)].count, 3);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Customers)].examples, (QStringList { u"D"_s, u"F"_s }));
        const SourceCoverage none = coverageOf({ Orders, moreCustomers }, 0);
        QCOMPARE(none.onlyInKind[int(CoverageKind::Customers)].count, 3);
        QVERIFY(none.onlyInKind[int(CoverageKind::Customers)].examples.isEmpty());
    }

    // Names and cities in an orders file describe customers too, but do not make the orders file a
    // customers source.
    void ordersWithAttributesStayOrders()
    {
        const Source ordersWithNames { "named.csv",
            "customer_id,name,order_id,order_date,amount\nA,Ann,o1,2024-01-05,10\n", Jobs::SourceKind::Orders };
        const SourceCoverage c = coverageOf({ ordersWithNames }, 5);
        QCOMPARE(c.customers, 1);
        QCOMPARE(c.kindsPresent(), 1);
        QCOMPARE(c.inKind[int(CoverageKind::Customers)], 0);
        QCOMPARE(c.onlyInKind[int(CoverageKind::Orders)].count, 1);
    }
};

QTEST_GUILESS_MAIN(TestSourceCoverage)
#include "tst_sourcecoverage.moc"
