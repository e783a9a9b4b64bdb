#include "import/importpage.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/previewmodel.h"
#include "import/refreshdialog.h"
#include "import/rejectedrowsmodel.h"
#include "import/sourcepage.h"
#include "import/validationpage.h"
#include "jobs/importjob.h"
#include "project/projectfile.h"
#include "wizardshots.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

// A Chinese shop export as GB18030: a ragged row (a field missing) and a note column the proposal
// leaves unmapped.
const QString ShopOrders = u"订单号,会员编号,下单时间,实付金额,渠道,备注\n"
                           "A1,C001,2024/3/1 10:00,100.00,天猫,张三的首单\n"
                           "A2,C002,2024/3/10 09:30,80,京东,李四\n"
                           "A3,C001,2024/3/20 12:00,66.5,天猫,复购\n"
                           "A4,C003,2024/3/21 12:00,30,门店\n"
                           "A5,C003,2024/3/25 08:00,45,小程序,王五\n"_s;

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as a click would
}

QStringList query(const QString &projectPath, const QString &sql)
{
    auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
    if (!project)
        return { project.error().toString() };
    QSqlQuery q((*project)->database());
    QStringList rows;
    if (!q.exec(sql))
        return { u"failed: "_s + sql };
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

QStringList content(const QString &projectPath)
{
    QStringList all;
    for (const QString &table : { u"sources"_s, u"customers"_s, u"orders"_s, u"rejected_rows"_s })
        all += query(projectPath, u"SELECT count(*) || ':' || coalesce(group_concat(rowid), '') FROM "_s + table);
    return all;
}

QString newProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"p.portrait"_s);
    auto created = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return path;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WizardShots::installTranslator(); }

    void importsAChineseCsvStepByStep()
    {
        QTemporaryDir dir;
        const QString projectPath = newProject(dir);
        const QString csv = dir.filePath(u"订单.csv"_s);
        writeFile(csv, gb18030(ShopOrders));

        Ui::ImportWizard wizard(projectPath);
        wizard.show();
        Ui::SourcePage *source = wizard.sourcePage();
        QAbstractItemModelTester tester(source->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy previewed(source, &Ui::SourcePage::previewUpdated);
        wizard.setFile(csv);
        QTRY_COMPARE(previewed.size(), 1);
        const Ui::PreviewModel &preview = *source->previewModel();
        QCOMPARE(preview.rowCount(), 6);
        QCOMPARE(preview.headerRow(), 1);
        QCOMPARE(preview.index(0, 1).data().toString(), u"会员编号"_s);
        QCOMPARE(preview.index(1, 5).data().toString(), u"张三的首单"_s);
        QVERIFY(source->isComplete());
        WizardShots::save(wizard, u"1-source"_s);

        // Read as UTF-8 the same bytes are not valid text: the preview says so at once.
        auto *encoding = wizard.findChild<QComboBox *>(u"encodingCombo"_s);
        choose(encoding, QByteArray("UTF-8"));
        QTRY_COMPARE(previewed.size(), 2);
        QVERIFY(!source->isComplete());
        QVERIFY(wizard.findChild<QLabel *>(u"previewStatus"_s)->text().contains(u"not valid UTF-8"_s));
        QVERIFY(preview.rowCount() == 0 || preview.index(0, 1).data().toString() != u"会员编号"_s);
        choose(encoding, QByteArray("GB18030"));
        QTRY_COMPARE(previewed.size(), 3);
        QCOMPARE(preview.index(0, 1).data().toString(), u"会员编号"_s);
        QVERIFY(source->isComplete());

        // The mapping page proposes what `portrait inspect` proposes.
        Ui::MappingPage *mapping = wizard.mappingPage();
        QSignalSpy inspected(mapping, &Ui::MappingPage::inspected);
        wizard.next();
        QTRY_COMPARE(inspected.size(), 1);
        Jobs::ImportOptions options;
        CancelToken cancel;
        auto plan = Jobs::planImport(csv, options, nullProgress(), cancel);
        QVERIFY(plan);
        QCOMPARE(wizard.session().mapping.roleColumn, plan->proposed.roleColumn);
        QTableWidget *table = mapping->table();
        QCOMPARE(table->rowCount(), 6);
        auto roleIn = [table](int row) {
            return Io::Role(qobject_cast<QComboBox *>(table->cellWidget(row, Ui::MappingPage::RoleColumn))
                                    ->currentData()
                                    .toInt());
        };
        QCOMPARE(roleIn(0), Io::Role::OrderId);
        QCOMPARE(roleIn(1), Io::Role::CustomerId);
        QCOMPARE(roleIn(5), Io::Role::None);
        QVERIFY(mapping->isComplete());
        WizardShots::save(wizard, u"2-mapping"_s);

        // The analyst maps the note column to the category and keeps the ids as written.
        mapping->setRole(5, Io::Role::Category);
        mapping->setType(1, u"text"_s);
        QCOMPARE(roleIn(5), Io::Role::Category);
        mapping->setRole(1, Io::Role::None);
        QVERIFY(!mapping->isComplete());
        mapping->setRole(1, Io::Role::CustomerId);
        QVERIFY(mapping->isComplete());

        Ui::ValidationPage *validation = wizard.validationPage();
        QAbstractItemModelTester rejectedTester(validation->rejectedModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy validated(validation, &Ui::ValidationPage::validated);
        wizard.next();
        QTRY_COMPARE(validated.size(), 1);
        QVERIFY(validation->isComplete());
        const auto &dryRun = *wizard.session().validation;
        QCOMPARE(dryRun.source.rowsRead, 5);
        QCOMPARE(dryRun.source.rowsAccepted, 4);
        QCOMPARE(dryRun.source.rowsRejected, 1);
        QCOMPARE(dryRun.source.rowsWithoutCustomer, 0);
        QCOMPARE(validation->rejectedModel()->rowCount(), 1);
        QCOMPARE(validation->rejectedModel()->index(0, Ui::RejectedRowsModel::Row).data().toLongLong(), 5);
        QVERIFY(validation->rejectedModel()->index(0, Ui::RejectedRowsModel::Reason).data().toString().contains(u"5 fields"_s));
        QCOMPARE(content(projectPath).first(), u"0:"_s); // a dry run writes nothing
        WizardShots::save(wizard, u"3-validation"_s);

        Ui::ImportPage *importPage = wizard.importPage();
        QSignalSpy finished(importPage, &Ui::ImportPage::importFinished);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.next();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toLongLong(), 1);
        QVERIFY(importPage->isComplete());
        QCOMPARE(importPage->rejectedModel()->rowCount(), 1);
        WizardShots::save(wizard, u"4-result"_s);

        QCOMPARE(query(projectPath, u"SELECT customer_key FROM customers ORDER BY 1"_s),
                 QStringList({ u"C001"_s, u"C002"_s, u"C003"_s }));
        QCOMPARE(query(projectPath, u"SELECT order_key || '=' || category FROM orders ORDER BY 1"_s),
                 QStringList({ u"A1=张三的首单"_s, u"A2=李四"_s, u"A3=复购"_s, u"A5=王五"_s }));
        QCOMPARE(query(projectPath, u"SELECT row_number || ':' || reason FROM rejected_rows"_s),
                 QStringList({ u"5:the row has 5 fields; the header has 6"_s }));
        const QString mappingJson = query(projectPath, u"SELECT mapping FROM sources"_s).value(0);
        QVERIFY2(mappingJson.contains(u"\"category\":\"备注\""_s), qPrintable(mappingJson));
        QVERIFY(mappingJson.contains(u"会员编号=text"_s));
    }

    void cancelledImportLeavesTheProjectUnchanged()
    {
        QTemporaryDir dir;
        const QString projectPath = newProject(dir);
        const QString small = dir.filePath(u"first.csv"_s);
        writeFile(small, "order_id,customer_id,order_date,amount\nX1,K1,2024-01-02,10\n");
        {
            auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            CancelToken cancel;
            QVERIFY(Jobs::importFile(**project, small, {}, nullProgress(), cancel));
        }
        const QStringList before = content(projectPath);

        // Big enough that the import is still running when Cancel is pressed.
        QByteArray big = "order_id,customer_id,order_date,amount\n";
        for (int i = 0; i < 300000; ++i)
            big += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 5000) + ",2024-02-"
                    + QByteArray::number(i % 28 + 1) + "," + QByteArray::number(i % 997) + ".50\n";
        const QString csv = dir.filePath(u"big.csv"_s);
        writeFile(csv, big);

        Ui::ImportWizard wizard(projectPath);
        wizard.show();
        QSignalSpy previewed(wizard.sourcePage(), &Ui::SourcePage::previewUpdated);
        wizard.setFile(csv);
        QTRY_COMPARE(previewed.size(), 1);
        QSignalSpy inspected(wizard.mappingPage(), &Ui::MappingPage::inspected);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(inspected.size(), 1, 30000);
        QSignalSpy validated(wizard.validationPage(), &Ui::ValidationPage::validated);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 30000);
        QCOMPARE(wizard.session().validation->source.rowsAccepted, 300000);

        Ui::ImportPage *importPage = wizard.importPage();
        QSignalSpy finished(importPage, &Ui::ImportPage::importFinished);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.next();
        QVERIFY(importPage->isRunning());
        importPage->cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toLongLong(), 0);
        QCOMPARE(imported.size(), 0);
        QVERIFY(wizard.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"cancelled"_s));
        QCOMPARE(content(projectPath), before);
    }

    void refreshDialogReportsWhatChanged()
    {
        QTemporaryDir dir;
        const QString projectPath = newProject(dir);
        const QString march = dir.filePath(u"三月订单.csv"_s);
        writeFile(march, gb18030(ShopOrders));
        {
            auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            CancelToken cancel;
            QVERIFY(Jobs::importFile(**project, march, {}, nullProgress(), cancel));
        }
        // April: A2 is gone, two new customers, one more order of C001.
        QString april = ShopOrders;
        april.remove(u"A2,C002,2024/3/10 09:30,80,京东,李四\n"_s);
        april += u"A6,C004,2024/4/1 10:00,20,京东,\nA7,C005,2024/4/2 10:00,30,天猫,\nA8,C001,2024/4/3 10:00,40,天猫,\n"_s;
        const QString aprilPath = dir.filePath(u"四月订单.csv"_s);
        writeFile(aprilPath, gb18030(april));

        Ui::RefreshDialog dialog(projectPath, 1);
        dialog.show();
        auto *sourceLabel = dialog.findChild<QLabel *>(u"refreshSource"_s);
        QTRY_VERIFY(sourceLabel->text().contains(u"三月订单.csv"_s));
        dialog.setFile(aprilPath);
        QSignalSpy ended(&dialog, &Ui::RefreshDialog::refreshEnded);
        QSignalSpy refreshed(&dialog, &Ui::RefreshDialog::refreshed);
        dialog.startRefresh();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toBool(), true);
        QCOMPARE(refreshed.size(), 1);
        const QString report = dialog.findChild<QLabel *>(u"refreshReport"_s)->text();
        QVERIFY2(report.contains(u"<b>2</b> new customers, <b>3</b> new orders, <b>1</b> orders no longer"_s)
                         || !qEnvironmentVariableIsEmpty("PORTRAIT_SHOTS_ZH"),
                 qPrintable(report));
        WizardShots::save(dialog, u"5-refresh"_s);
        QCOMPARE(query(projectPath, u"SELECT order_key FROM orders ORDER BY 1"_s),
                 QStringList({ u"A1"_s, u"A3"_s, u"A5"_s, u"A6"_s, u"A7"_s, u"A8"_s }));
        QCOMPARE(query(projectPath, u"SELECT file_name FROM sources"_s), QStringList { u"四月订单.csv"_s });
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
