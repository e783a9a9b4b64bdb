// The Timeline page over the demo project with a saved clustering, offscreen: a snapshot keeps each
// customer's cluster, a campaign drawn from clusters holds exactly their customers, its treated and
// control lists go through the export dialog masked, deleting it is undoable, a tag's Sankey diagram
// lists who entered, left and kept it, and the trend's legend names every segment of the scheme
// (shop11: twelve with "Others") in English and Chinese.

#include "export/exportdialog.h"
#include "jobs/clusterjob.h"
#include "jobs/rfmsettings.h"
#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "timelinetestwindow.h"
#include "project/campaignstore.h"
#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "project/tagstore.h"
#include "tags/starterdictionary.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"
#include "rfm/metrics.h"
#include "timeline/campaignpanel.h"
#include "timeline/migrationpanel.h"
#include "timeline/sankeywidget.h"
#include "timeline/snapshotspanel.h"
#include "timeline/timelinecontext.h"
#include "timeline/timelinepage.h"
#include "timeline/trendpanel.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestTimelineCampaigns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::TimelinePage *m_page = nullptr;
    Model::Day m_asOf = Model::NoDay;

    void settleQueue() { TimelineTest::settleQueue(m_page); }

    /// A fresh window on the demo project, showing the Timeline page.
    void openWindow()
    {
        m_page = TimelineTest::openWindow(m_window, m_demo);
        QVERIFY(m_page);
        settleQueue();
    }

    void shot(const QString &name) { TimelineTest::shot(m_window.get(), name); }

    const Analytics::Clustering &clusters() const { return *m_window->session()->clusters(); }

    std::vector<qint32> exportedRows(QSignalSpy &spy, const char *button)
    {
        const qsizetype before = spy.size();
        m_page->campaigns()->findChild<QPushButton *>(QString::fromLatin1(button))->click();
        if (!QTest::qWaitFor([&] { return spy.size() > before; }, 20000))
            return {};
        return spy.last().at(1).value<std::vector<qint32>>();
    }

    /// The export dialog the window opened for the last list, written to path as CSV: its lines.
    QStringList writeOpenDialog(const QString &path, bool *masked)
    {
        QList<Ui::ExportDialog *> dialogs = m_window->findChildren<Ui::ExportDialog *>();
        if (dialogs.isEmpty())
            return {};
        Ui::ExportDialog *dialog = dialogs.last();
        *masked = dialog->maskPersonalData();
        dialog->setFormat(Export::ListFormat::Csv);
        dialog->setFilePath(path);
        QSignalSpy written(dialog, &Ui::ExportDialog::exported);
        dialog->startExport();
        if (!written.wait(20000))
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.trimmed();
        lines.removeAll(QString());
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_demo, nullProgress()));
        {
            // Four clusters saved in the project, as `portrait cluster --k 4 --save` leaves them.
            auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            CancelToken cancel;
            auto frame = Project::loadFrame(**project, nullProgress(), cancel);
            QVERIFY(frame);
            auto rfm = Jobs::runRfmSettings(*frame, {});
            QVERIFY(rfm);
            Analytics::ClusterSettings settings;
            settings.k = 4;
            settings.seed = 2;
            auto run = Jobs::runClustering(*frame, *rfm, {}, settings, false, nullProgress(), cancel);
            QVERIFY(run);
            Analytics::Clustering best = run->best();
            best.name = u"Four"_s;
            QVERIFY(Project::saveClustering(**project, best));
            QVERIFY(Project::saveDictionary(**project, Tags::starterDictionary()));   // tags to compare
        }
        openWindow();
        QVERIFY(m_window->session()->clusters());
        m_asOf = Rfm::defaultAsOf(*m_window->session()->frame());
    }

    void snapshotKeepsTheClusters()
    {
        Ui::SnapshotsPanel *snapshots = m_page->snapshots();
        m_page->sections()->setCurrentWidget(snapshots);
        snapshots->take(u"With clusters"_s, m_asOf - 30);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(snapshots->snapshots().cbegin(), snapshots->snapshots().cend(),
                                             [](const Timeline::SnapshotInfo &s) { return s.name == u"With clusters"_s; }),
                                 20000);
        auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        Project::SnapshotStore store(**project);
        auto found = store.find(u"With clusters"_s);
        QVERIFY(found && *found);
        auto snapshot = store.load((*found)->id);
        QVERIFY(snapshot);
        const Analytics::Clustering &c = clusters();
        QCOMPARE(snapshot->size(), qsizetype(c.assignment.size()));
        qint64 clustered = 0;
        for (size_t i = 0; i < c.assignment.size(); ++i) {
            const int k = c.assignment[i];
            QCOMPARE(snapshot->cluster[i] < 0, k < 0);
            if (k >= 0) {
                QCOMPARE(snapshot->clusterNames.at(snapshot->cluster[i]), c.clusters.at(k).name);
                ++clustered;
            }
        }
        QVERIFY(clustered > 1000);
    }

    void snapshotStepsFollowARestoredSnapshot()
    {
        // Deleting a snapshot and undoing that saves it under a new id: the steps before still find it.
        Ui::SnapshotsPanel *snapshots = m_page->snapshots();
        QUndoStack *undo = m_window->session()->undoStack();
        const auto has = [&](const QString &name) {
            return std::any_of(snapshots->snapshots().cbegin(), snapshots->snapshots().cend(),
                               [&](const Timeline::SnapshotInfo &s) { return s.name == name; });
        };
        const auto select = [&](const QString &name) {
            snapshots->table()->clearSelection();
            for (int row = 0; row < snapshots->snapshots().size(); ++row) {
                if (snapshots->snapshots().at(row).name == name)
                    snapshots->table()->selectRow(row);
            }
        };
        const qsizetype before = snapshots->snapshots().size();
        snapshots->take(u"Autumn"_s, m_asOf - 90);
        QTRY_VERIFY_WITH_TIMEOUT(has(u"Autumn"_s), 20000);
        select(u"Autumn"_s);
        snapshots->renameSelected(u"Autumn 2"_s);
        settleQueue();
        QTRY_VERIFY(has(u"Autumn 2"_s));
        select(u"Autumn 2"_s);
        snapshots->deleteSelected();
        settleQueue();
        QTRY_VERIFY(!has(u"Autumn 2"_s));
        undo->undo();   // back, under a new id
        settleQueue();
        QTRY_VERIFY(has(u"Autumn 2"_s));
        undo->undo();   // the rename undone on the restored snapshot
        settleQueue();
        QTRY_VERIFY(has(u"Autumn"_s) && !has(u"Autumn 2"_s));
        undo->undo();   // and its taking: gone
        settleQueue();
        QTRY_VERIFY(!has(u"Autumn"_s));
        QCOMPARE(snapshots->snapshots().size(), before);
        undo->redo();
        settleQueue();
        QTRY_VERIFY(has(u"Autumn"_s));
        undo->undo();
        settleQueue();
        QTRY_VERIFY(!has(u"Autumn"_s));
    }

    void campaignFromClustersExportsAndDeletes()
    {
        Ui::CampaignPanel *campaigns = m_page->campaigns();
        m_page->sections()->setCurrentWidget(campaigns);
        const Analytics::Clustering &c = clusters();
        QListWidget *list = campaigns->clusterList();
        QCOMPARE(list->count(), c.k);
        for (int k = 0; k < c.k; ++k)
            QCOMPARE(list->item(k)->text(), c.clusters.at(k).name);

        // The form as the analyst fills it: clusters 2 and 4, 20 % held back, as of the scoring's date.
        campaigns->findChild<QLineEdit *>(u"campaignName"_s)->setText(u"Clusters 2 and 4"_s);
        campaigns->findChild<QDoubleSpinBox *>(u"campaignControl"_s)->setValue(20);
        list->item(1)->setCheckState(Qt::Checked);
        list->item(3)->setCheckState(Qt::Checked);
        QCOMPARE(campaigns->request().clusters, QStringList({ c.clusters.at(1).name, c.clusters.at(3).name }));
        QCOMPARE(campaigns->request().asOf, m_asOf);
        campaigns->findChild<QPushButton *>(u"createCampaign"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(campaigns->campaigns().size(), 1, 20000);
        std::vector<qint32> members;
        for (qint32 row = 0; row < qint32(c.assignment.size()); ++row) {
            if (c.assignment[size_t(row)] == 1 || c.assignment[size_t(row)] == 3)
                members.push_back(row);
        }
        const Project::CampaignStore::Summary summary = campaigns->campaigns().first();
        QCOMPARE(summary.treated + summary.control, qint64(members.size()));
        const double strata = double(m_window->session()->result()->scheme.rules.size() + 1);
        QVERIFY(std::abs(double(summary.control) - 0.2 * double(members.size())) <= 0.5 * strata);   // rounded per segment

        // Treated and control: disjoint, together the two clusters, each through the export dialog.
        QVERIFY(campaigns->selectCampaign(u"Clusters 2 and 4"_s));
        QSignalSpy exported(m_page, &Ui::TimelinePage::exportRequested);
        const std::vector<qint32> treated = exportedRows(exported, "exportTreated");
        QCOMPARE(qint64(treated.size()), summary.treated);
        bool masked = false;
        const QStringList file = writeOpenDialog(m_dir.filePath(u"treated.csv"_s), &masked);
        QVERIFY(masked);
        QCOMPARE(qint64(file.size()), summary.treated + 1);   // a header, then one line per customer
        QVERIFY(file.first().contains(u"Phone"_s));
        const QString text = file.join(u'\n');
        QVERIFY(text.contains(u"****"_s));
        const Model::CustomerFrame &frame = *m_window->session()->frame();
        qint64 phones = 0;
        for (const qint32 row : treated) {
            const QString number = frame.phones.value(row);
            if (number.size() >= 7) {
                QVERIFY2(!text.contains(number), qPrintable(number));   // none written out whole
                ++phones;
            }
        }
        QVERIFY(phones > 0);
        const std::vector<qint32> control = exportedRows(exported, "exportControl");
        QCOMPARE(qint64(control.size()), summary.control);
        std::vector<qint32> both = treated;
        both.insert(both.end(), control.begin(), control.end());
        std::sort(both.begin(), both.end());
        QVERIFY(std::adjacent_find(both.begin(), both.end()) == both.end());
        QCOMPARE(both, members);
        shot(u"timeline-campaign-clusters"_s);
        for (Ui::ExportDialog *dialog : m_window->findChildren<Ui::ExportDialog *>())
            dialog->reject();

        // Delete, undo (the same members come back), redo.
        QUndoStack *undo = m_window->session()->undoStack();
        campaigns->findChild<QPushButton *>(u"deleteCampaign"_s)->click();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 0);
        undo->undo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 1);
        QCOMPARE(campaigns->campaigns().first().control, summary.control);
        QCOMPARE(campaigns->campaigns().first().treated, summary.treated);
        QVERIFY(campaigns->selectCampaign(u"Clusters 2 and 4"_s));
        QCOMPARE(exportedRows(exported, "exportControl"), control);
        undo->redo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 0);
        // Undoing the delete and then the recording leaves no campaign either.
        undo->undo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 1);
        undo->undo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 0);
        QVERIFY(!campaigns->findChild<QPushButton *>(u"deleteCampaign"_s)->isEnabled());
    }

    void campaignFromCustomersSelection()
    {
        // Ten scored customers picked by hand on the Customers page, then "Create Campaign from Selection…".
        Ui::CustomersPage *customers = m_window->customersPage();
        m_window->pages()->setCurrentWidget(customers);
        customers->showSegment(-2);
        QTableView *table = customers->table();
        const Rfm::RfmResult &result = *m_window->session()->result();
        std::vector<qint32> picked;
        for (int position = 0; position < table->model()->rowCount() && picked.size() < 10; position += 7) {
            const QModelIndex index = table->model()->index(position, 0);
            const qint32 row = index.data(Ui::CustomerTableModel::FrameRowRole).toInt();
            if (result.segment[size_t(row)] < 0)
                continue;
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            picked.push_back(row);
        }
        QCOMPARE(picked.size(), size_t(10));
        auto *action = table->findChild<QAction *>(u"campaignSelectedAction"_s);
        QVERIFY(action);
        action->trigger();
        Ui::CampaignPanel *campaigns = m_page->campaigns();
        QCOMPARE(m_window->pages()->currentWidget(), static_cast<QWidget *>(m_page));
        QCOMPARE(m_page->sections()->currentWidget(), static_cast<QWidget *>(campaigns));
        QCOMPARE(campaigns->pickedCustomers().size(), 10);
        auto *label = campaigns->findChild<QLabel *>(u"campaignPicked"_s);
        QVERIFY(label->isVisible() && label->text().contains(u"10"_s));

        campaigns->findChild<QLineEdit *>(u"campaignName"_s)->setText(u"Hand-picked ten"_s);
        campaigns->findChild<QDoubleSpinBox *>(u"campaignControl"_s)->setValue(20);
        const qsizetype before = campaigns->campaigns().size();
        campaigns->findChild<QPushButton *>(u"createCampaign"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(campaigns->campaigns().size(), before + 1, 20000);
        QVERIFY(campaigns->selectCampaign(u"Hand-picked ten"_s));
        QSignalSpy exported(m_page, &Ui::TimelinePage::exportRequested);
        std::vector<qint32> members = exportedRows(exported, "exportTreated");
        const std::vector<qint32> control = exportedRows(exported, "exportControl");
        members.insert(members.end(), control.begin(), control.end());
        std::sort(members.begin(), members.end());
        std::sort(picked.begin(), picked.end());
        QCOMPARE(members, picked);   // exactly the picked customers, split into treated and control
        for (Ui::ExportDialog *dialog : m_window->findChildren<Ui::ExportDialog *>())
            dialog->reject();

        // Dropping the pick: the lists alone decide again.
        campaigns->findChild<QPushButton *>(u"campaignDropPicked"_s)->click();
        QVERIFY(campaigns->pickedCustomers().isEmpty());
        QVERIFY(campaigns->request().customers.isEmpty());
        QVERIFY(!label->isVisible());
    }

    void tagSankeyListsWhoEnteredATag()
    {
        // Two snapshots with the starter dictionary's tags: who entered the tag with the most
        // entries (and who left and kept it), by the snapshots' own tag lists, customer by customer.
        Ui::SnapshotsPanel *snapshots = m_page->snapshots();
        const auto has = [&](const QString &name) {
            return std::any_of(snapshots->snapshots().cbegin(), snapshots->snapshots().cend(),
                               [&](const Timeline::SnapshotInfo &s) { return s.name == name; });
        };
        snapshots->take(u"Spring"_s, m_asOf - 240);
        QTRY_VERIFY_WITH_TIMEOUT(has(u"Spring"_s), 20000);
        snapshots->take(u"Now"_s, m_asOf);
        QTRY_VERIFY_WITH_TIMEOUT(has(u"Now"_s), 20000);
        Ui::MigrationPanel *migration = m_page->migration();
        m_page->sections()->setCurrentWidget(migration);
        migration->compare(u"Spring"_s, u"Now"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && migration->comparison()
                                         && migration->comparison()->from.label == u"Spring"_s,
                                 20000);
        const QList<Timeline::TagFlow> &flows = migration->comparison()->tagFlows;
        int most = -1;
        for (int i = 0; i < flows.size(); ++i) {
            if (most < 0 || flows.at(i).entered > flows.at(most).entered)
                most = i;
        }
        QVERIFY(most >= 0 && flows.at(most).entered > 0);
        const QString path = flows.at(most).path;
        migration->tagTable()->selectRow(most);
        for (QTabWidget *tabs : migration->findChildren<QTabWidget *>()) {
            if (const int at = tabs->indexOf(migration->tagSankey()->parentWidget()); at >= 0)
                tabs->setCurrentIndex(at);
        }
        QCoreApplication::processEvents();
        auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        Project::SnapshotStore store(**project);
        QHash<QString, std::pair<bool, bool>> had;   // key → (has it in Spring, has it Now)
        for (const auto &[name, second] : { std::pair(u"Spring"_s, false), std::pair(u"Now"_s, true) }) {
            auto info = store.find(name);
            QVERIFY(info && *info);
            auto snapshot = store.load((*info)->id);
            QVERIFY(snapshot);
            for (qsizetype i = 0; i < snapshot->size(); ++i) {
                if (snapshot->tagsOf(i).contains(path))
                    (second ? had[snapshot->keys.at(i)].second : had[snapshot->keys.at(i)].first) = true;
            }
        }
        QCOMPARE(qint64(std::count_if(had.cbegin(), had.cend(), [](auto v) { return !v.first && v.second; })),
                 flows.at(most).entered);
        shot(u"timeline-tag-sankey"_s);
        const Model::CustomerFrame &frame = *m_window->session()->frame();
        for (const auto &[from, to] : { std::pair(1, 0), std::pair(0, 1), std::pair(0, 0) }) {
            std::vector<qint32> want;
            for (qint32 row = 0; row < qint32(frame.size()); ++row) {
                const auto it = had.constFind(frame.ids.at(row));
                if (it != had.constEnd() && it->first == (from == 0) && it->second == (to == 0))
                    want.push_back(row);
            }
            const QPointF center = migration->tagSankey()->flowCenter(from, to);
            if (want.empty()) {
                QVERIFY(center.isNull());
                continue;
            }
            QVERIFY2(!center.isNull(), qPrintable(u"%1 → %2"_s.arg(from).arg(to)));
            QTest::mouseClick(migration->tagSankey(), Qt::LeftButton, {}, center.toPoint());
            QCOMPARE(m_window->pages()->currentWidget(), m_window->customersPage());
            std::vector<qint32> shown = m_window->customersPage()->model()->visibleRows();
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, want);
            m_window->customersPage()->clearScores();
            m_window->pages()->setCurrentWidget(m_page);
        }
    }

    void trendLegendNamesEverySegment()
    {
        for (const bool chinese : { false, true }) {
            QTranslator ours;
            if (chinese) {
                m_window.reset();
                QVERIFY(ours.load(u"portrait_zh_CN"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&ours);
                QLocale::setDefault(QLocale(u"zh_CN"_s));
                openWindow();
            }
            Ui::TrendPanel *trend = m_page->trend();
            m_page->sections()->setCurrentWidget(trend);
            const QDate last = QDate::fromJulianDay(m_asOf);
            trend->compute(last.addMonths(-12), last, Timeline::Every::Month);
            QTRY_VERIFY_WITH_TIMEOUT(trend->trend() && !m_page->isBusy(), 20000);
            const Rfm::SegmentScheme &scheme = trend->trend()->scheme;
            const int segments = int(scheme.rules.size()) + 1;
            QVERIFY(segments >= 11);
            const bool zh = m_window->session()->chineseNames();
            QListWidget *legend = trend->legend();
            QCOMPARE(legend->count(), segments);
            QCoreApplication::processEvents();
            for (int s = 0; s < segments; ++s) {
                QListWidgetItem *item = legend->item(s);
                QCOMPARE(item->text(), scheme.displayName(s, zh));
                // Whole: the line is as wide as its name needs, and no wider than the list shows.
                const QRect rect = legend->visualItemRect(item);
                QVERIFY2(legend->sizeHintForColumn(0) <= legend->viewport()->width(),
                         qPrintable(u"%1 > %2"_s.arg(legend->sizeHintForColumn(0)).arg(legend->viewport()->width())));
                QVERIFY(rect.height() > 0);
            }
            QCOMPARE(trend->chartView()->chart()->series().size(), segments);
            shot(chinese ? u"timeline-trend-legend-zh"_s : u"timeline-trend-legend"_s);
            // Unticking a segment takes its area out of the stack; ticking it brings it back.
            legend->item(0)->setCheckState(Qt::Unchecked);
            QCOMPARE(trend->chartView()->chart()->series().size(), segments - 1);
            legend->item(0)->setCheckState(Qt::Checked);
            QCOMPARE(trend->chartView()->chart()->series().size(), segments);
            if (chinese) {
                m_window.reset();
                QCoreApplication::removeTranslator(&ours);
                QLocale::setDefault(QLocale::c());
            }
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestTimelineCampaigns)
#include "tst_timelinecampaigns.moc"
