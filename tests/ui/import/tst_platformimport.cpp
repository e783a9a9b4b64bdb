// A shop-platform export through the import wizard and onto the Data page, as an analyst meets it:
// the platform named with its preset mapping, masked ids and a report without customer ids said
// plainly, and the order-level analysis the report still allows.
#include "../../core/io/platformexports.h"
#include "import/importpage.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/platformnotice.h"
#include "import/sourcepage.h"
#include "import/validationpage.h"
#include "pages/datapage.h"
#include "pages/orderlevelpanel.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"
#include "wizardshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QString newProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"p.portrait"_s);
    auto created = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return path;
}

/// Opens the wizard on a file and goes on to the mapping page once its inspection finished.
void openOnMapping(Ui::ImportWizard &wizard, const QString &file)
{
    wizard.show();
    QSignalSpy previewed(wizard.sourcePage(), &Ui::SourcePage::previewUpdated);
    wizard.setFile(file);
    QTRY_COMPARE(previewed.size(), 1);
    QSignalSpy inspected(wizard.mappingPage(), &Ui::MappingPage::inspected);
    wizard.next();
    QTRY_COMPARE(inspected.size(), 1);
}

Io::Role roleIn(Ui::MappingPage *mapping, const QString &header)
{
    QTableWidget *table = mapping->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Ui::MappingPage::Name)->text() == header)
            return Io::Role(qobject_cast<QComboBox *>(table->cellWidget(row, Ui::MappingPage::RoleColumn))
                                    ->currentData()
                                    .toInt());
    }
    return Io::Role::None;
}

int columnOf(Ui::MappingPage *mapping, const QString &header)
{
    for (int row = 0; row < mapping->table()->rowCount(); ++row) {
        if (mapping->table()->item(row, Ui::MappingPage::Name)->text() == header)
            return row;
    }
    return -1;
}

} // namespace

class TestPlatformImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WizardShots::installTranslator(); }

    void reportWithoutCustomersIsSaidPlainly()
    {
        QTemporaryDir dir;
        const QString projectPath = newProject(dir);
        const QString file = dir.filePath(u"天猫订单报表.csv"_s);
        writeFile(file, anonymisedTmallReport());
        Ui::ImportWizard wizard(projectPath);
        wizard.resize(900, 640);
        openOnMapping(wizard, file);

        Ui::MappingPage *mapping = wizard.mappingPage();
        Ui::PlatformNotice *notice = mapping->platformNotice();
        QVERIFY(notice->isVisible());
        const QString text = notice->label()->text();
        QVERIFY2(text.contains(u"Looks like a Taobao / Tmall order export"_s), qPrintable(text));
        QVERIFY2(text.contains(u"no customer id column"_s), qPrintable(text));
        QVERIFY2(text.contains(u"order-level analysis"_s), qPrintable(text));
        // The preset, as shown in the table: the paid amount, not the list total.
        QCOMPARE(roleIn(mapping, u"买家实际支付金额"_s), Io::Role::Amount);
        QCOMPARE(roleIn(mapping, u"总金额"_s), Io::Role::None);
        QCOMPARE(roleIn(mapping, u"订单付款时间"_s), Io::Role::PaidDate);
        QCOMPARE(roleIn(mapping, u"退款金额"_s), Io::Role::RefundAmount);
        QVERIFY(notice->orderLevelOnly()->isVisible());
        QVERIFY(notice->orderLevelOnly()->isChecked());
        QVERIFY(mapping->isComplete());
        WizardShots::save(wizard, u"platform-1-no-customer"_s);
        // The choice is the analyst's: without it there is nothing to import.
        notice->orderLevelOnly()->setChecked(false);
        QVERIFY(!mapping->isComplete());
        notice->orderLevelOnly()->setChecked(true);
        QVERIFY(mapping->isComplete());
        // Still editable: the list total can be the amount instead.
        mapping->setRole(columnOf(mapping, u"总金额"_s), Io::Role::Amount);
        QCOMPARE(roleIn(mapping, u"买家实际支付金额"_s), Io::Role::None);
        mapping->setRole(columnOf(mapping, u"买家实际支付金额"_s), Io::Role::Amount);

        QSignalSpy validated(wizard.validationPage(), &Ui::ValidationPage::validated);
        wizard.next();
        QTRY_COMPARE(validated.size(), 1);
        QCOMPARE(wizard.session().validation->platformCounts.orders, 6);
        QSignalSpy finished(wizard.importPage(), &Ui::ImportPage::importFinished);
        wizard.next();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(wizard.session().result.has_value());
        QCOMPARE(wizard.session().result->platformCounts.paidOrders(), 4);
        WizardShots::save(wizard, u"platform-2-result"_s);

        // The Data page shows what the report allows.
        Ui::DataPage page;
        page.resize(1000, 760);
        page.show();
        Ui::OrderLevelPanel *panel = page.orderLevelPanel();
        QSignalSpy loaded(panel, &Ui::OrderLevelPanel::loaded);
        {
            auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            auto summary = Project::summarizeProject(**project);
            QVERIFY(summary);
            page.setProject(projectPath, *summary);
        }
        QTRY_VERIFY(loaded.size() >= 1);
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->headline()->text().contains(u"6 orders, 4 paid"_s), qPrintable(panel->headline()->text()));
        QCOMPARE(panel->provinceModel()->rowCount(), 3);
        QCOMPARE(panel->provinceModel()->index(0, 0).data().toString(), u"广东"_s);
        QCOMPARE(panel->provinceModel()->index(0, 1).data(Qt::UserRole).toLongLong(), 3);
        QCOMPARE(panel->provinceModel()->index(0, 2).data(Qt::UserRole).toLongLong(), 2);
        QCOMPARE(panel->dayModel()->rowCount(), 3);
        QCOMPARE(panel->dayModel()->index(0, 0).data().toString(), u"2024-11-01"_s);
        QCOMPARE(panel->notPurchaseModel()->rowCount(), 2);
        QCOMPARE(panel->notPurchaseModel()->index(0, 1).data().toString(), u"4003"_s);
        WizardShots::save(page, u"platform-3-datapage"_s);
    }

    void maskedIdsAreWarnedAbout()
    {
        QTemporaryDir dir;
        const QString projectPath = newProject(dir);
        const QString file = dir.filePath(u"ExportOrderList.csv"_s);
        writeFile(file, platformExports().at(0).csv);
        Ui::ImportWizard wizard(projectPath);
        wizard.resize(900, 640);
        openOnMapping(wizard, file);
        Ui::MappingPage *mapping = wizard.mappingPage();
        const QString text = mapping->platformNotice()->label()->text();
        QVERIFY2(text.contains(u"Looks like a Taobao / Tmall order export"_s), qPrintable(text));
        QVERIFY2(text.contains(u"masked (t**1, l**8"_s), qPrintable(text));
        QVERIFY(!text.contains(u"no customer id column"_s));
        QVERIFY(mapping->platformNotice()->orderLevelOnly()->isHidden());
        QVERIFY(mapping->isComplete());
        WizardShots::save(wizard, u"platform-4-masked"_s);
        // Taking the proposed buyer column away is a slip until the analyst says otherwise.
        mapping->setRole(columnOf(mapping, u"买家会员名"_s), Io::Role::None);
        QVERIFY(mapping->platformNotice()->label()->text().contains(u"no customer id column"_s));
        QVERIFY(!mapping->platformNotice()->orderLevelOnly()->isChecked());
        QVERIFY(!mapping->isComplete());
    }
};

QTEST_MAIN(TestPlatformImport)
#include "tst_platformimport.moc"
