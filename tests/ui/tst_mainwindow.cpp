#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/segmentsummarymodel.h"
#include "card/customercard.h"
#include "charts/chartcard.h"
#include "charts/heatmapchart.h"
#include "models/sourcesmodel.h"
#include "pages/customerspage.h"
#include "pages/datapage.h"
#include "pages/issuespage.h"
#include "pages/segmentspage.h"
#include "rfm/explain.h"
#include "workbench/workbenchsession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
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

    void offersOnlyMethodsThatFitTheScheme()
    {
        Ui::MainWindow window;
        window.show();
        auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
        auto *method = window.findChild<QComboBox *>(u"methodBox"_s);
        scheme->setCurrentIndex(scheme->findData(u"rfm10"_s));
        method->setCurrentIndex(method->findData(u"quantile"_s));
        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        // The demo reopens scored as it was saved: pick rfm10 with quantile scoring in the window.
        scheme->setCurrentIndex(scheme->findData(u"rfm10"_s));
        method->setCurrentIndex(method->findData(u"quantile"_s));
        QCOMPARE(window.session()->result()->scheme.id, u"rfm10"_s);
        const auto offered = [method](const QString &key) {
            auto *items = qobject_cast<QStandardItemModel *>(method->model());
            return items->item(method->findData(key))->isEnabled();
        };
        // rfm10's rules are written for five levels: mean and median (two levels) cannot give them.
        QVERIFY(offered(u"quantile"_s) && offered(u"rfmpkg"_s) && offered(u"ntile"_s));
        QVERIFY(!offered(u"mean"_s) && !offered(u"median"_s));
        QVERIFY(offered(QString()));

        // cn8 is two-level: choosing it with quantile scoring goes to its own method, in one step,
        // and scores instead of leaving every page empty.
        const int steps = window.session()->undoStack()->count();
        scheme->setCurrentIndex(scheme->findData(u"cn8"_s));
        QVERIFY2(window.session()->result(), qPrintable(window.session()->errorText()));
        QCOMPARE(window.session()->result()->scheme.id, u"cn8"_s);
        QCOMPARE(window.session()->result()->scores.bins, 2);
        QCOMPARE(method->currentIndex(), 0);
        QCOMPARE(window.session()->undoStack()->count(), steps + 1);
        QVERIFY(offered(u"mean"_s) && offered(u"median"_s));
        QVERIFY(!offered(u"quantile"_s));

        // The RFM page's own boxes offer the same: methods by the scheme's levels, and only its level count.
        auto *pageMethod = window.findChild<QComboBox *>(u"rfmMethodBox"_s);
        auto *pageLevels = window.findChild<QComboBox *>(u"rfmBinsBox"_s);
        QVERIFY(pageMethod && pageLevels);
        const auto enabled = [](QComboBox *box, const QVariant &data) {
            return qobject_cast<QStandardItemModel *>(box->model())->item(box->findData(data))->isEnabled();
        };
        QVERIFY(enabled(pageMethod, u"mean"_s) && !enabled(pageMethod, u"quantile"_s));
        scheme->setCurrentIndex(scheme->findData(u"rfm10"_s));
        QTRY_COMPARE(window.session()->result()->scheme.id, u"rfm10"_s);
        QVERIFY(!enabled(pageMethod, u"mean"_s) && enabled(pageMethod, u"quantile"_s));
        QVERIFY(enabled(pageLevels, 5));
        QVERIFY(!enabled(pageLevels, 3) && !enabled(pageLevels, 4) && !enabled(pageLevels, 2));
    }

    void heatmapCellOpensItsCustomers()
    {
        Ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
        scheme->setCurrentIndex(scheme->findData(u"shop11"_s));
        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        Ui::CustomersPage *customers = window.customersPage();
        Ui::CustomerTableModel *model = customers->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        customers->showSegment(0);   // a segment picked before: the cell lets go of it

        window.pages()->setCurrentWidget(window.segmentsPage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.segmentsPage()->refresh();
        QCoreApplication::processEvents();   // the cards settle in their columns
        auto *heatmap = qobject_cast<Ui::HeatmapChart *>(window.segmentsPage()->chart(Ui::SegmentsPage::Chart::Heatmap));
        QWidget *view = window.segmentsPage()->card(Ui::SegmentsPage::Chart::Heatmap)->view();
        const Rfm::RfmResult &result = *window.session()->result();

        // The customers of each R × F cell, straight from the scores; the fullest cell is clicked.
        const int n = result.scores.bins;
        std::vector<std::vector<qint32>> cells(size_t(n * n));
        for (qint32 row = 0; row < qint32(result.segment.size()); ++row) {
            if (result.metrics.scored[size_t(row)])
                cells[size_t((result.scores.r[size_t(row)] - 1) * n + result.scores.f[size_t(row)] - 1)].push_back(row);
        }
        const auto fullest = std::max_element(cells.begin(), cells.end(),
                                              [](const auto &a, const auto &b) { return a.size() < b.size(); });
        const int r = int(fullest - cells.begin()) / n + 1, f = int(fullest - cells.begin()) % n + 1;
        const std::vector<qint32> &expected = *fullest;
        QVERIFY(expected.size() > 10);
        QVERIFY(expected.size() < result.segment.size());
        QCOMPARE(heatmap->data().customersAt(r, f), qint64(expected.size()));
        QTest::mouseClick(view, Qt::LeftButton, {}, heatmap->cellRect(QRectF(view->rect()), r, f).center().toPoint());

        QCOMPARE(window.pages()->currentWidget(), customers);
        std::vector<qint32> shown = model->visibleRows();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, Ui::CustomerTableModel::RScore).data().toString(), QString::number(r));
            QCOMPARE(model->index(row, Ui::CustomerTableModel::FScore).data().toString(), QString::number(f));
        }
        // The page says so, with a way back that the keyboard reaches.
        auto *indicator = customers->findChild<QWidget *>(u"scoreFilter"_s);
        auto *clear = customers->findChild<QToolButton *>(u"clearScoreFilter"_s);
        QVERIFY(indicator->isVisible());
        const QString label = customers->findChild<QLabel *>(u"scoreFilterLabel"_s)->text();
        QVERIFY2(label.contains(u"R = %1"_s.arg(r)) && label.contains(u"F = %1"_s.arg(f)) && !label.contains(u"M ="_s),
                 qPrintable(label));
        QVERIFY(clear->focusPolicy() & Qt::TabFocus);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = customers->findChild<QLineEdit *>();
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), clear);
        QTest::keyClick(clear, Qt::Key_Space);
        QVERIFY(!indicator->isVisible());
        QVERIFY(!model->filter().hasScores());
        QCOMPARE(qint64(model->rowCount()), qint64(result.segment.size()));   // all segments, all tiers

        // Picking a segment replaces the cell's scores.
        window.pages()->setCurrentWidget(window.segmentsPage());
        QCoreApplication::processEvents();
        QTest::mouseClick(view, Qt::LeftButton, {}, heatmap->cellRect(QRectF(view->rect()), r, f).center().toPoint());
        QVERIFY(indicator->isVisible());
        auto *segment = customers->findChild<QComboBox *>(u"segmentFilter"_s);
        segment->setCurrentIndex(segment->findData(1));
        QVERIFY(!indicator->isVisible());
        QVERIFY(!model->filter().hasScores());
        QCOMPARE(model->filter().segment, 1);
        for (qint32 row : model->visibleRows())
            QCOMPARE(int(result.segment[size_t(row)]), 1);
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
