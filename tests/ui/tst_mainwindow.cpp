#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/segmentsummarymodel.h"
#include "card/customercard.h"
#include "models/sourcesmodel.h"
#include "pages/customerspage.h"
#include "pages/datapage.h"
#include "pages/issuespage.h"
#include "pages/segmentspage.h"
#include "rfm/explain.h"
#include "workbench/workbenchsession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    qint64 totalCustomers(const Ui::SegmentSummaryModel *model)
    {
        qint64 sum = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            sum += model->index(row, Ui::SegmentSummaryModel::Customers)
                           .data(Ui::SegmentSummaryModel::RawValueRole)
                           .toLongLong();
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_demo, nullProgress()));
    }

    void opensProjectAndSegments()
    {
        Ui::MainWindow window;
        window.show();
        window.pages()->setCurrentWidget(window.segmentsPage());
        Ui::SegmentSummaryModel *model = window.segmentModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
        QVERIFY(scheme);
        scheme->setCurrentIndex(scheme->findData(u"rfm10"_s));

        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && model->rowCount() > 0, 20000);
        QCOMPARE(model->rowCount(), 11); // ten rules and "Others"
        const qint64 scored = totalCustomers(model);
        QVERIFY(scored > 4000);

        scheme->setCurrentIndex(scheme->findData(u"cn8"_s));
        window.segmentsPage()->refresh();   // the dashboard redraws on the next event-loop turn
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(totalCustomers(model), scored);
        for (int row = 0; row < 8; ++row)
            QVERIFY(model->index(row, Ui::SegmentSummaryModel::Customers).data(Ui::SegmentSummaryModel::RawValueRole).toLongLong() > 0);

        // Activating a segment's row opens its customers, and only them.
        window.segmentsPage()->refresh();
        QTableView *view = window.segmentsPage()->summaryTable();
        QVERIFY(view);
        const QModelIndex second = model->index(1, 0);
        const qint64 expected = model->index(1, Ui::SegmentSummaryModel::Customers)
                                        .data(Ui::SegmentSummaryModel::RawValueRole)
                                        .toLongLong();
        Q_EMIT view->activated(second);
        Ui::CustomerTableModel *customers = window.customersPage()->model();
        QCOMPARE(qint64(customers->rowCount()), expected);
        QCOMPARE(customers->filter().segment, second.data(Ui::SegmentSummaryModel::RuleRole).toInt());
        QCOMPARE(window.findChild<QTabWidget *>(u"pages"_s)->currentWidget(), window.customersPage());

        QVERIFY(QSettings().value(u"MainWindow/recentProjects"_s).toStringList().contains(m_demo));
    }

    void pagesShowDataIssuesAndCard()
    {
        Ui::MainWindow window;
        window.show();
        auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
        scheme->setCurrentIndex(scheme->findData(u"cn8"_s));
        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);

        // Data page: the demo's one source with its counts, and its rejected rows (none).
        Ui::SourcesModel *sources = window.dataPage()->sourcesModel();
        QCOMPARE(sources->rowCount(), 1);
        QCOMPARE(sources->source(0)->record.kind, u"sample"_s);
        QCOMPARE(sources->source(0)->record.rowsRead, 40284);

        // Issues: the demo's customers without a purchase are listed as unscored, with their count.
        const auto result = window.session()->result();
        const qint64 unscored = result->metrics.size() - result->metrics.scoredCount;
        QVERIFY(window.issuesPage()->issueCount() >= (unscored > 0 ? 1 : 0));

        // Undo: a scheme change is one step; undo restores the previous segments exactly.
        const std::vector<qint16> cn8Segments = result->segment;
        scheme->setCurrentIndex(scheme->findData(u"rfm10"_s));
        QCOMPARE(window.session()->result()->scheme.id, u"rfm10"_s);
        QCOMPARE(window.session()->undoStack()->count(), 1);
        window.session()->undoStack()->undo();
        QCOMPARE(window.session()->result()->scheme.id, u"cn8"_s);
        QCOMPARE(window.session()->result()->segment, cn8Segments);
        QCOMPARE(scheme->currentData().toString(), u"cn8"_s);   // the picker follows the undo

        // The card opens on the customer activated and explains its segment by the matching rule.
        Ui::CustomersPage *customers = window.customersPage();
        customers->showSegment(2);
        QVERIFY(customers->model()->rowCount() > 1);
        Q_EMIT customers->customerActivated(1);
        Ui::CustomerCard *card = window.customerCard();
        QVERIFY(card->isVisible());
        const qint32 row = customers->model()->visibleRows().at(1);
        QCOMPARE(card->currentRow(), row);
        const Rfm::RfmResult &now = *window.session()->result();
        QCOMPARE(int(now.segment[size_t(row)]), 2);
        QVERIFY2(card->explanationText().contains(now.scheme.displayName(2, window.session()->chineseNames())),
                 qPrintable(card->explanationText()));
        QVERIFY(card->explanationText().contains(u"rule 3 of %1"_s.arg(now.scheme.rules.size())));
        // Previous/next walk the list the card was opened from.
        card->showPosition(card->position() + 1);
        QCOMPARE(card->currentRow(), customers->model()->visibleRows().at(2));
    }

    void refusesForeignFile()
    {
        Ui::MainWindow window;
        const QString text = m_dir.filePath(u"notes.portrait"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project");
        file.close();
        window.show();
        window.openProject(text);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 10000);
        QCOMPARE(window.segmentModel()->rowCount(), 0);
        QVERIFY2(window.errorText().contains(u"not a Portrait project"_s), qPrintable(window.errorText()));
        // The failed file is not kept locked.
        QVERIFY(!QFile::exists(text + u".lock"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
