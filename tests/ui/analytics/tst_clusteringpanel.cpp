// The Analytics page's clustering panel on the demo project, offscreen: the fit runs off the GUI
// thread and its clusters reach the session; profiles, sizes and the silhouette curve agree with
// the assignment itself; renaming and picking another k on the curve are undoable steps; saved
// clusters are in the project and come back when it is reopened.
#include "analytics/analyticspage.h"
#include "analytics/clustercharts.h"
#include "analytics/clusteringpanel.h"
#include "analytics/clusterprofilesmodel.h"
#include "card/customercard.h"
#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "pages/customerspage.h"
#include "tags/tagspage.h"
#include "project/clusterstore.h"
#include "project/projectfile.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestClusteringPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static bool waitIdle(Ui::ClusteringPanel *panel)
    {
        return QTest::qWaitFor([panel] { return !panel->isBusy(); }, 60000);
    }

    /// Opens the demo in window and fits with k chosen by silhouette.
    static Ui::ClusteringPanel *openAndFit(Ui::MainWindow &window, const QString &path)
    {
        window.show();
        window.openProject(path);
        if (!QTest::qWaitFor([&] { return !window.isLoading() && window.session()->result(); }, 30000))
            return nullptr;
        Ui::ClusteringPanel *panel = window.analyticsPage()->clusteringPanel();
        waitIdle(panel);
        panel->fit();
        if (!panel->isBusy() || !waitIdle(panel))
            return nullptr;
        return panel;
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

    void isTheSeventhPage()
    {
        Ui::MainWindow window;
        QTabWidget *pages = window.pages();
        QCOMPARE(pages->indexOf(window.analyticsPage()), 6);
        QAction *go = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7))
                go = action;
        }
        QVERIFY(go);
        QVERIFY(!go->isEnabled());   // no project open: the welcome screen, no pages to switch to
        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QVERIFY(go->isEnabled());
        go->trigger();
        QCOMPARE(pages->currentWidget(), window.analyticsPage());
        QCOMPARE(window.analyticsPage()->tabs()->widget(0), window.analyticsPage()->clusteringPanel());
    }

    void fitsRenamesAndUndoes()
    {
        Ui::MainWindow window;
        Ui::ClusteringPanel *panel = openAndFit(window, m_demo);
        QVERIFY(panel);
        Ui::WorkbenchSession *session = window.session();
        const auto fitted = session->clusters();
        QVERIFY2(fitted, qPrintable(panel->statusText()));
        QVERIFY(fitted->k >= 2 && fitted->k <= 8);

        // Sizes as counted from the assignment itself; the profiles table shows the same.
        std::vector<qint64> counted(size_t(fitted->k), 0);
        qsizetype scored = 0;
        for (size_t row = 0; row < fitted->assignment.size(); ++row) {
            if (fitted->assignment[row] >= 0)
                ++counted[size_t(fitted->assignment[row])];
            if (session->result()->metrics.scored[row])
                ++scored;
        }
        QCOMPARE(fitted->clusteredCount(), scored);
        Ui::ClusterProfilesModel *profiles = panel->profilesModel();
        QCOMPARE(profiles->rowCount(), fitted->k);
        QLocale locale;
        for (int r = 0; r < profiles->rowCount(); ++r) {
            const int cluster = profiles->index(r, Ui::ClusterProfilesModel::Number).data().toInt() - 1;
            QCOMPARE(locale.toLongLong(profiles->index(r, Ui::ClusterProfilesModel::Customers).data().toString()),
                     counted[size_t(cluster)]);
            QCOMPARE(profiles->index(r, Ui::ClusterProfilesModel::Name).data().toString(), fitted->clusters.at(cluster).name);
            QVERIFY(!fitted->clusters.at(cluster).name.isEmpty());
        }
        // The curve: every k of 2–8, the chosen one the best silhouette, all within [-1, 1].
        QCOMPARE(fitted->candidates.size(), 7);
        for (const Analytics::KCandidate &c : fitted->candidates) {
            QVERIFY(c.silhouette >= -1 && c.silhouette <= 1);
            QVERIFY(c.silhouette <= fitted->silhouette);
        }

        // The customers page: a cluster column and a filter with exactly its members; the card
        // says which cluster and why.
        Ui::CustomersPage *customers = window.customersPage();
        customers->showCluster(1);
        const std::vector<qint32> &shown = customers->model()->visibleRows();
        QCOMPARE(qint64(shown.size()), counted[1]);
        for (qint32 row : shown)
            QCOMPARE(fitted->assignment[size_t(row)], qint16(1));
        QCOMPARE(customers->model()->index(0, Ui::CustomerTableModel::Cluster).data().toString(),
                 fitted->clusters.at(1).name);
        window.showCustomerCard(0);
        QVERIFY2(window.customerCard()->explanationText().contains(fitted->clusters.at(1).name.toHtmlEscaped()),
                 qPrintable(window.customerCard()->explanationText()));
        window.customerCard()->hide();
        customers->showCluster(-2);
        QCOMPARE(customers->model()->visibleRows().size(), fitted->assignment.size());

        // The Tags page's rule feature `cluster` is each customer's cluster name.
        Ui::TagsPage *tags = window.tagsPage();
        auto clusterFeatureIs = [tags](const Analytics::Clustering &c) {
            const auto workspace = tags->workspace();
            const int column = workspace ? workspace->features->indexOf(u"cluster"_s) : -1;
            if (column < 0)
                return false;
            for (size_t row = 0; row < c.assignment.size(); ++row) {
                const QString expected = c.assignment[row] >= 0 ? c.clusters.at(c.assignment[row]).name : QString();
                if (workspace->features->displayValue(column, qsizetype(row)) != expected)
                    return false;
            }
            return true;
        };
        QVERIFY(QTest::qWaitFor([&] { return clusterFeatureIs(*fitted); }, 20000));

        // Rename through the table: one undo step, undone and redone.
        const int undoBase = session->undoStack()->count();
        const QString before = profiles->index(0, Ui::ClusterProfilesModel::Name).data().toString();
        QVERIFY(profiles->setData(profiles->index(0, Ui::ClusterProfilesModel::Name), u"VIP 老客"_s));
        QCOMPARE(profiles->index(0, Ui::ClusterProfilesModel::Name).data().toString(), u"VIP 老客"_s);
        QCOMPARE(session->undoStack()->count(), undoBase + 1);
        QVERIFY(session->clusters()->findCluster(u"vip 老客"_s) >= 0);
        customers->showCluster(profiles->index(0, Ui::ClusterProfilesModel::Number).data().toInt() - 1);
        QCOMPARE(customers->model()->index(0, Ui::CustomerTableModel::Cluster).data().toString(), u"VIP 老客"_s);
        customers->showCluster(-2);
        QCOMPARE(session->clusters()->assignment, fitted->assignment);
        QVERIFY(QTest::qWaitFor([&] { return clusterFeatureIs(*session->clusters()); }, 20000));
        session->undoStack()->undo();
        QCOMPARE(profiles->index(0, Ui::ClusterProfilesModel::Name).data().toString(), before);
        QCOMPARE(session->clusters(), fitted);
        session->undoStack()->redo();
        QCOMPARE(profiles->index(0, Ui::ClusterProfilesModel::Name).data().toString(), u"VIP 老客"_s);
        // A name another cluster has is refused.
        const QString other = profiles->index(1, Ui::ClusterProfilesModel::Name).data().toString();
        profiles->setData(profiles->index(0, Ui::ClusterProfilesModel::Name), other);
        QCOMPARE(session->undoStack()->count(), undoBase + 1);
        QVERIFY(panel->statusText().contains(other));

        // Another k picked on the curve: its clusters and profiles, undoable.
        const int otherK = fitted->k == 2 ? 3 : 2;
        Ui::SilhouetteCurve *curve = panel->curve();
        window.pages()->setCurrentWidget(window.analyticsPage());
        QTest::qWait(50);
        QTest::mouseClick(curve, Qt::LeftButton, {}, curve->pointOf(otherK).toPoint());
        QCOMPARE(session->clusters()->k, otherK);
        QVERIFY(waitIdle(panel));
        QCOMPARE(profiles->rowCount(), otherK);
        session->undoStack()->undo();
        QCOMPARE(session->clusters()->k, fitted->k);
        QVERIFY(waitIdle(panel));
        QCOMPARE(profiles->rowCount(), fitted->k);
        QCOMPARE(profiles->index(0, Ui::ClusterProfilesModel::Name).data().toString(), u"VIP 老客"_s);
    }

    void savesAndReopens()
    {
        Analytics::Clustering saved;
        {
            Ui::MainWindow window;
            Ui::ClusteringPanel *panel = openAndFit(window, m_demo);
            QVERIFY(panel);
            panel->save(u"Spring clusters"_s);
            QVERIFY(waitIdle(panel));
            QVERIFY2(panel->statusText().contains(u"Spring clusters"_s), qPrintable(panel->statusText()));
            saved = *window.session()->clusters();
            QCOMPARE(saved.name, u"Spring clusters"_s);
            QVERIFY(window.closeProject());
        }
        {
            auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            auto stored = Project::loadActiveClustering(**project);
            QVERIFY(stored && *stored);
            QCOMPARE((*stored)->name, saved.name);
            QCOMPARE((*stored)->assignment, saved.assignment);
            QCOMPARE((*stored)->clusterNames(), saved.clusterNames());
        }

        // Reopened, the workbench has them and the panel shows them without a fit.
        Ui::MainWindow window;
        window.show();
        window.openProject(m_demo);
        QVERIFY(QTest::qWaitFor([&] { return !window.isLoading() && window.session()->result(); }, 30000));
        const auto loaded = window.session()->clusters();
        QVERIFY(loaded);
        QCOMPARE(loaded->assignment, saved.assignment);
        Ui::ClusteringPanel *panel = window.analyticsPage()->clusteringPanel();
        QVERIFY(waitIdle(panel));
        QCOMPARE(panel->profilesModel()->rowCount(), saved.k);
        QVERIFY(panel->statusText().contains(u"Spring clusters"_s));
    }
};

QTEST_MAIN(TestClusteringPanel)
#include "tst_clusteringpanel.moc"
