#include "jobs/importjob.h"
#include "jobs/sourcerefresh.h"
#include "project/projectfile.h"
#include "project/records.h"
#include "projectcontent.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

// Last month's export: five customers, eight orders (O2 has two lines).
const QByteArray OldOrders = "订单号,会员编号,下单时间,实付金额,渠道\n"
                             "O1,C001,2024-03-01 10:00,100.00,天猫\n"
                             "O2,C002,2024-03-02 11:00,80.00,京东\n"
                             "O2,C002,2024-03-02 11:00,20.00,京东\n"
                             "O3,C003,2024-03-03 12:00,55.50,门店\n"
                             "O4,C003,2024-03-04 09:00,60.00,门店\n"
                             "O5,C004,2024-03-05 09:30,70.00,小程序\n"
                             "O6,C005,2024-03-06 18:00,90.00,天猫\n"
                             "O7,C001,2024-03-07 20:00,-30.00,天猫\n"
                             "O8,C002,2024-03-08 08:00,45.00,京东\n";

// This month's export: O3 is gone, O9 and O10 come from two new customers, O11 from a known one,
// O8's amount was corrected and one row has an unreadable amount.
const QByteArray NewOrders = "订单号,会员编号,下单时间,实付金额,渠道\n"
                             "O1,C001,2024-03-01 10:00,100.00,天猫\n"
                             "O2,C002,2024-03-02 11:00,80.00,京东\n"
                             "O2,C002,2024-03-02 11:00,20.00,京东\n"
                             "O4,C003,2024-03-04 09:00,60.00,门店\n"
                             "O5,C004,2024-03-05 09:30,70.00,小程序\n"
                             "O6,C005,2024-03-06 18:00,90.00,天猫\n"
                             "O7,C001,2024-03-07 20:00,-30.00,天猫\n"
                             "O8,C002,2024-03-08 08:00,48.00,京东\n"
                             "O9,C006,2024-04-01 10:00,120.00,天猫\n"
                             "O10,C007,2024-04-02 10:00,35.00,京东\n"
                             "O11,C004,2024-04-03 10:00,66.00,小程序\n"
                             "O12,C004,2024-04-04 10:00,n/a,小程序\n";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

std::unique_ptr<Project::ProjectFile> importInto(const QString &projectPath, const QString &csv,
                                                 const Jobs::ImportOptions &options = {})
{
    auto project = Project::ProjectFile::create(projectPath);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    CancelToken cancel;
    auto report = Jobs::importFile(**project, csv, options, nullProgress(), cancel);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return project.takeValue();
}

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestSourceRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsWhatChangedAndEqualsAFreshImport()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        write(csv, OldOrders);
        auto project = importInto(dir.filePath(u"p.portrait"_s), csv);

        write(csv, NewOrders); // the analyst saved the newer export over the old one
        CancelToken cancel;
        auto report = Jobs::refreshSource(*project, 1, csv, nullProgress(), cancel);
        QVERIFY2(report, errorText(report).constData());
        QCOMPARE(report->newCustomers, 2);
        QCOMPARE(report->newOrders, 3);
        QCOMPARE(report->removedOrders, 1);
        QCOMPARE(report->ordersBefore, 8);
        QCOMPARE(report->ordersAfter, 10);
        QCOMPARE(report->rowsRejected, 1);
        QCOMPARE(report->removedCustomers, 0);
        QCOMPARE(report->firstRejected.size(), 1);
        QCOMPARE(report->firstRejected.first().row, 13);
        QCOMPARE(report->firstRejected.first().columnName, u"实付金额"_s);

        auto fresh = importInto(dir.filePath(u"fresh.portrait"_s), csv);
        QCOMPARE(ProjectContent::meaning(*project), ProjectContent::meaning(*fresh));
        QCOMPARE(ProjectContent::rows(*project, u"SELECT id FROM sources"_s), QStringList { u"1"_s });
    }

    void customerOnlyInTheOldFileIsRemoved()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        write(csv, OldOrders);
        auto project = importInto(dir.filePath(u"p.portrait"_s), csv);
        QByteArray withoutC005 = OldOrders;
        withoutC005.replace("O6,C005,2024-03-06 18:00,90.00,天猫\n", "");
        const QString newer = dir.filePath(u"newer.csv"_s);
        write(newer, withoutC005);
        CancelToken cancel;
        auto report = Jobs::refreshSource(*project, 1, newer, nullProgress(), cancel);
        QVERIFY2(report, errorText(report).constData());
        QCOMPARE(report->removedOrders, 1);
        QCOMPARE(report->removedCustomers, 1);
        auto fresh = importInto(dir.filePath(u"fresh.portrait"_s), newer);
        QCOMPARE(ProjectContent::meaning(*project), ProjectContent::meaning(*fresh));
    }

    void failedOrCancelledRefreshChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("newer");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("message");
        QByteArray badText = NewOrders;
        badText.insert(badText.indexOf("O9,"), QByteArray("O8b,C002,2024-03-08,\xff\xfe,x\n"));
        QTest::newRow("text invalid in the saved encoding") << badText << false << u"newer.csv:10"_s;
        QByteArray renamed = NewOrders;
        renamed.replace("实付金额", "金额合计");
        QTest::newRow("mapped column renamed") << renamed << false << u"实付金额"_s;
        QTest::newRow("cancelled") << NewOrders << true << u"cancelled"_s;
    }

    void failedOrCancelledRefreshChangesNothing()
    {
        QFETCH(QByteArray, newer);
        QFETCH(bool, cancelled);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        write(csv, OldOrders);
        Jobs::ImportOptions options;
        options.encoding = "UTF-8"; // chosen, so saved with the mapping and held to on refresh
        auto project = importInto(dir.filePath(u"p.portrait"_s), csv, options);
        const QStringList before = ProjectContent::everything(*project);
        QVERIFY(before.size() >= 14); // 1 source, 5 customers, 8 orders
        QVERIFY(!before.join(u"\n"_s).contains(u"query failed"_s));

        const QString newerPath = dir.filePath(u"newer.csv"_s);
        write(newerPath, newer);
        CancelToken cancel;
        if (cancelled)
            cancel.cancel();
        auto report = Jobs::refreshSource(*project, 1, newerPath, nullProgress(), cancel);
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains(message), qPrintable(report.error().toString()));
        QCOMPARE(ProjectContent::everything(*project), before);
    }

    void savedOptionsReadBack()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orders.csv"_s);
        write(csv, "说明：三月导出\n\n订单号;会员编号;下单时间;实付金额\nO1;00017;2024-03-01;100\nO2;00018;2024-03-02;80\n");
        Jobs::ImportOptions options;
        options.delimiter = ';';
        options.headerRow = 2; // the blank line is skipped by the reader: the header is record 2
        options.typeOverrides = { u"会员编号=text"_s };
        auto project = importInto(dir.filePath(u"p.portrait"_s), csv, options);
        Project::SourceRecord source;
        source.kind = u"orders"_s;
        source.mappingJson = ProjectContent::rows(*project, u"SELECT mapping FROM sources"_s).first().toUtf8();
        auto saved = Jobs::savedImportOptions(source);
        QVERIFY2(saved, errorText(saved).constData());
        QCOMPARE(saved->headerRow, 2);
        QCOMPARE(saved->delimiter, ';');
        QCOMPARE(saved->typeOverrides, QStringList { u"会员编号=text"_s });
        QVERIFY(saved->mapOverrides.contains(u"customer_id=会员编号"_s));
        QVERIFY(saved->mapOverrides.contains(u"phone="_s));
        QCOMPARE(ProjectContent::rows(*project, u"SELECT customer_key FROM customers"_s),
                 QStringList({ u"00017"_s, u"00018"_s }));

        // A mapping saved before the options were kept still reads, with everything detected.
        source.mappingJson = R"({"customer_id":"会员编号","order_id":"订单号"})";
        saved = Jobs::savedImportOptions(source);
        QVERIFY(saved);
        QCOMPARE(saved->headerRow, -1);
        QCOMPARE(saved->delimiter, char(0));
        QVERIFY(saved->mapOverrides.contains(u"order_id=订单号"_s));
    }

    void sampleSourceCannotBeRefreshed()
    {
        Project::SourceRecord source;
        source.kind = u"sample"_s;
        source.mappingJson = "{}";
        QVERIFY(!Jobs::savedImportOptions(source));
    }
};

QTEST_GUILESS_MAIN(TestSourceRefresh)
#include "tst_sourcerefresh.moc"
