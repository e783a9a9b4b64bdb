// The page-switching soak (issue 16, item 10): a shop of about five thousand customers, imported
// from an orders CSV into a fresh project and opened in the main window, then a few hundred page
// switches by keyboard and tab bar with scheme, method and score-level changes, customer cards and
// undo/redo in between. After every step the page is the one asked for, the models hold the
// customers the CSV holds, and Qt has printed no warning. Meant to run under ASan/UBSan too
// (README, "Tests").
#include "jobs/importjob.h"
#include "jobs/sampledata.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "soakdriver.h"
#include "workbench/workbenchsession.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestSoak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    SoakExpectation m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));

        // Another seed than the demo's, written as a shop's order export would be.
        const Jobs::SampleData data = Jobs::generateSampleData(16);
        QByteArray csv = "order_id,customer_id,order_date,amount,quantity,channel,category\n";
        QSet<QString> customers, buyers;
        for (const Jobs::SampleOrder &order : data.orders) {
            csv += order.orderId.toUtf8() + ',' + order.customerId.toUtf8() + ','
                    + order.placedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + ','
                    + QByteArray::number(order.amount, 'f', 2) + ',' + QByteArray::number(order.quantity) + ','
                    + order.channel.toUtf8() + ',' + order.category.toUtf8() + '\n';
            customers.insert(order.customerId);
            if (!order.isReturn)
                buyers.insert(order.customerId);
        }
        m_expected = { customers.size(), buyers.size() };
        QVERIFY(m_expected.customers > 3000);
        const QString csvPath = m_dir.filePath(u"orders.csv"_s);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        m_project = m_dir.filePath(u"shop.portrait"_s);
        auto project = Project::ProjectFile::create(m_project, Project::ProjectFile::Lock::None);
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        CancelToken cancel;
        auto report = Jobs::importFile(**project, csvPath, {}, nullProgress(), cancel);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->source.rowsRejected, 0);
    }

    void switchesPagesWithoutLosingState()
    {
        WarningTrap trap;
        Ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 60000);
        QCOMPARE(qsizetype(window.session()->frame()->size()), m_expected.customers);

        SoakFigures figures;
        runSoak(window, m_expected, trap, 300, figures);
        QCOMPARE(figures.pageSwitches, 300);
        QVERIFY(figures.scoringChanges > 10 && figures.levelSteps > 3 && figures.cardsOpened > 10);
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
