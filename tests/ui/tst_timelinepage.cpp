// The Timeline page over the demo project, offscreen: every figure it shows is checked against
// the RFM engine run as `portrait rfm --as-of` runs it (Jobs::runRfmSettings with asOf set), and
// against the orders counted here by hand.

#include "jobs/rfmsettings.h"
#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "timelinetestwindow.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"
#include "project/campaignstore.h"
#include "project/projectfile.h"
#include "rfm/metrics.h"
#include "timeline/campaignpanel.h"
#include "timeline/migrationpanel.h"
#include "timeline/sankeywidget.h"
#include "timeline/snapshotspanel.h"
#include "timeline/timelinecontext.h"
#include "timeline/timelinepage.h"
#include "timeline/trendpanel.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

/// The engine's result as of day with the window's settings: what `portrait rfm --as-of` gives.
Rfm::RfmResult scoredAt(const Ui::MainWindow &window, Model::Day day)
{
    Jobs::RfmSettings settings = window.session()->settings();
    settings.request.metrics.asOf = day;
    auto result = Jobs::runRfmSettings(*window.session()->frame(), settings);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.takeValue();
}

QString iso(Model::Day day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

qint64 cellValue(const QTableWidget *table, int row, int column)
{
    return table->item(row, column)->data(Qt::UserRole).toLongLong();
}

} // namespace

class TestTimelinePage : public QObject
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
    }

    void shot(const QString &name) { TimelineTest::shot(m_window.get(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_demo, nullProgress()));
        openWindow();
        m_asOf = Rfm::defaultAsOf(*m_window->session()->frame());
        settleQueue();
    }

    void migrationEqualsTheCrossTabOfTwoScorings()
    {
        const Model::Day from = m_asOf - 120;
        const Rfm::RfmResult before = scoredAt(*m_window, from), after = scoredAt(*m_window, m_asOf);
        const int segments = int(before.scheme.rules.size()) + 1;
        // Rows: segments then "(new)"; columns: segments then "(not scored)".
        std::map<std::pair<int, int>, std::vector<qint32>> cells;
        for (qint32 c = 0; c < qint32(before.segment.size()); ++c) {
            const int a = before.segment[size_t(c)], b = after.segment[size_t(c)];
            if (a < 0 && b < 0)
                continue;
            cells[{ a < 0 ? segments : a, b < 0 ? segments : b }].push_back(c);
        }
        Ui::MigrationPanel *migration = m_page->migration();
        m_page->sections()->setCurrentWidget(migration);
        migration->compare(iso(from), iso(m_asOf), false);
        QTRY_VERIFY_WITH_TIMEOUT(migration->comparison() && !m_page->isBusy(), 20000);
        const QTableWidget *matrix = migration->matrix();
        QCOMPARE(matrix->rowCount(), segments + 1);
        QCOMPARE(matrix->columnCount(), segments + 1);
        qint64 moved = 0;
        std::pair<int, int> biggest { -1, -1 };
        for (int i = 0; i <= segments; ++i) {
            for (int j = 0; j <= segments; ++j) {
                const auto it = cells.find({ i, j });
                const qint64 expected = it == cells.end() ? 0 : qint64(it->second.size());
                QCOMPARE(cellValue(matrix, i, j), expected);
                if (i != j && expected > 0) {
                    moved += expected;
                    if (biggest.first < 0 || expected > qint64(cells[biggest].size()))
                        biggest = { i, j };
                }
            }
        }
        QVERIFY(moved > 0);
        QCOMPARE(migration->comparison()->migration.moved, moved);
        shot(u"timeline-migration"_s);

        // A click on the band of the biggest move lists exactly those customers.
        const QPointF center = migration->sankey()->flowCenter(biggest.first, biggest.second);
        QVERIFY(!center.isNull());
        QCOMPARE(migration->sankey()->flowAt(center), biggest);
        QTest::mouseClick(migration->sankey(), Qt::LeftButton, {}, center.toPoint());
        QCOMPARE(m_window->pages()->currentWidget(), m_window->customersPage());
        std::vector<qint32> shown = m_window->customersPage()->model()->visibleRows();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, cells[biggest]);
        shot(u"timeline-flow-customers"_s);
        m_window->customersPage()->clearScores();
        QCOMPARE(m_window->customersPage()->model()->visibleRows().size(), size_t(m_window->session()->frame()->size()));

        // The movers' export gets everybody who changed segment.
        QSignalSpy exported(m_page, &Ui::TimelinePage::exportRequested);
        migration->findChild<QPushButton *>(u"exportMovers"_s)->click();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(qint64(exported.first().at(1).value<std::vector<qint32>>().size()), moved);
        m_window->pages()->setCurrentWidget(m_page);
    }

    void snapshotsAreUndoable()
    {
        Ui::SnapshotsPanel *snapshots = m_page->snapshots();
        m_page->sections()->setCurrentWidget(snapshots);
        QUndoStack *undo = m_window->session()->undoStack();
        const qsizetype before = snapshots->snapshots().size();
        const Model::Day day = m_asOf - 120;
        snapshots->take(u"Spring"_s, day);
        QTRY_COMPARE_WITH_TIMEOUT(snapshots->snapshots().size(), before + 1, 20000);
        const auto find = [&](const QString &name) -> const Timeline::SnapshotInfo * {
            for (const Timeline::SnapshotInfo &s : snapshots->snapshots()) {
                if (s.name == name)
                    return &s;
            }
            return nullptr;
        };
        QVERIFY(find(u"Spring"_s));
        const Rfm::RfmResult expected = scoredAt(*m_window, day);
        QCOMPARE(find(u"Spring"_s)->scored, expected.metrics.scoredCount);
        QCOMPARE(find(u"Spring"_s)->asOf, day);

        const auto select = [&](const QString &name) {
            snapshots->table()->clearSelection();
            for (int row = 0; row < snapshots->snapshots().size(); ++row) {
                if (snapshots->snapshots().at(row).name == name)
                    snapshots->table()->selectRow(row);
            }
        };
        select(u"Spring"_s);
        snapshots->renameSelected(u"Spring 2"_s);
        settleQueue();
        QTRY_VERIFY(find(u"Spring 2"_s) && !find(u"Spring"_s));
        undo->undo();
        settleQueue();
        QTRY_VERIFY(find(u"Spring"_s) && !find(u"Spring 2"_s));
        select(u"Spring"_s);
        snapshots->deleteSelected();
        settleQueue();
        QTRY_VERIFY(!find(u"Spring"_s));
        undo->undo();   // the deleted snapshot comes back whole
        settleQueue();
        QTRY_VERIFY(find(u"Spring"_s));
        QCOMPARE(find(u"Spring"_s)->scored, expected.metrics.scoredCount);

        // A second snapshot, and the two compared: the same matrix as the two dates.
        snapshots->take(u"Now"_s, m_asOf);
        QTRY_VERIFY_WITH_TIMEOUT(find(u"Now"_s), 20000);
        Ui::MigrationPanel *migration = m_page->migration();
        const std::vector<qint64> byDates = migration->comparison()->migration.customers;
        migration->compare(u"Spring"_s, u"Now"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && migration->comparison()->from.label == u"Spring"_s, 20000);
        QCOMPARE(migration->comparison()->migration.customers, byDates);
        QVERIFY(migration->comparison()->withTags);
        QCOMPARE(migration->tagTable()->rowCount(), migration->comparison()->tagFlows.size());
        shot(u"timeline-snapshot-tags"_s);
        // What a refresh shows: the two snapshots taken last.
        migration->clear();
        m_page->showLatestMoves();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && migration->comparison(), 20000);
        QCOMPARE(migration->comparison()->from.label, u"Spring"_s);
        QCOMPARE(migration->comparison()->migration.customers, byDates);
        m_page->sections()->setCurrentWidget(snapshots);
        shot(u"timeline-snapshots"_s);
    }

    void trendEqualsTheEngineAtEveryMonth()
    {
        Ui::TrendPanel *trend = m_page->trend();
        m_page->sections()->setCurrentWidget(trend);
        const QDate last = QDate::fromJulianDay(m_asOf);
        trend->compute(last.addMonths(-12), last, Timeline::Every::Month);
        QTRY_VERIFY_WITH_TIMEOUT(trend->trend() && !m_page->isBusy(), 20000);
        const QTableWidget *table = trend->table();
        QCOMPARE(table->rowCount(), 13);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QDate day = QDate::fromString(table->verticalHeaderItem(row)->text(), Qt::ISODate);
            QCOMPARE(day.day(), 1);
            const Rfm::RfmResult expected = scoredAt(*m_window, Model::Day(day.toJulianDay()));
            QCOMPARE(cellValue(table, row, 0), expected.metrics.scoredCount);
            std::vector<qint64> sizes(size_t(expected.scheme.rules.size() + 1), 0);
            for (const qint16 s : expected.segment) {
                if (s >= 0)
                    ++sizes[size_t(s)];
            }
            for (size_t s = 0; s < sizes.size(); ++s)
                QCOMPARE(cellValue(table, row, int(s) + 1), sizes[s]);
        }
        shot(u"timeline-trend"_s);
    }

    void campaignWithControlGroupAndEvaluation()
    {
        Ui::CampaignPanel *campaigns = m_page->campaigns();
        m_page->sections()->setCurrentWidget(campaigns);
        const Model::Day day = m_asOf - 60;
        const Rfm::RfmResult scored = scoredAt(*m_window, day);
        Timeline::CampaignRequest request;
        request.name = u"Win back"_s;
        request.asOf = day;
        request.controlPercent = 20;
        request.seed = 7;
        request.segments = { scored.scheme.displayName(0, false), scored.scheme.displayName(1, false) };
        campaigns->create(request);
        QTRY_COMPARE_WITH_TIMEOUT(campaigns->campaigns().size(), 1, 20000);
        const Project::CampaignStore::Summary &summary = campaigns->campaigns().first();
        qint64 size0 = 0, size1 = 0;
        for (const qint16 s : scored.segment) {
            size0 += s == 0;
            size1 += s == 1;
        }
        QCOMPARE(summary.treated + summary.control, size0 + size1);
        const qint64 wanted = std::llround(size0 * 0.2) + std::llround(size1 * 0.2);
        QVERIFY2(std::abs(summary.control - wanted) <= 2, qPrintable(u"%1 vs %2"_s.arg(summary.control).arg(wanted)));

        // Responders counted by hand: a purchase order within 30 days after the date.
        auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        auto campaign = Project::CampaignStore(**project).load(u"Win back"_s);
        QVERIFY(campaign && *campaign);
        const Model::CustomerFrame &frame = *m_window->session()->frame();
        QHash<QString, qint32> rowOf;
        for (qint32 row = 0; row < qint32(frame.size()); ++row)
            rowOf.insert(frame.ids.at(row), row);
        std::vector<quint8> responded(size_t(frame.size()), 0);
        for (qsizetype o = 0; o < frame.orders.size(); ++o) {
            const Model::Day d = frame.orders.day[size_t(o)];
            if (frame.orders.hasPurchase[size_t(o)] && d > day && d <= day + 30)
                responded[size_t(frame.orders.customer[size_t(o)])] = 1;
        }
        qint64 treated = 0, treatedResponders = 0, control = 0, controlResponders = 0;
        const Timeline::CampaignMembers &members = (*campaign)->members;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const bool r = responded[size_t(rowOf.value(members.keys.at(i)))];
            (members.control[size_t(i)] ? control : treated) += 1;
            (members.control[size_t(i)] ? controlResponders : treatedResponders) += r;
        }
        QCOMPARE(control, summary.control);
        campaigns->evaluate(u"Win back"_s, 30);
        QTRY_VERIFY_WITH_TIMEOUT(campaigns->evaluation() && !m_page->isBusy(), 20000);
        const QTableWidget *table = campaigns->evaluationTable();
        const int overall = table->rowCount() - 1;
        QCOMPARE(cellValue(table, overall, 1), treated);
        QCOMPARE(cellValue(table, overall, 2), treatedResponders);
        QCOMPARE(cellValue(table, overall, 5), control);
        QCOMPARE(cellValue(table, overall, 6), controlResponders);
        const double uplift = 100.0 * (double(treatedResponders) / double(treated) - double(controlResponders) / double(control));
        QVERIFY(std::abs(table->item(overall, 9)->data(Qt::UserRole).toDouble() - uplift) < 1e-9);
        QVERIFY(!campaigns->verdictLabel()->text().isEmpty());
        shot(u"timeline-campaign"_s);

        // Recording is undoable.
        m_window->session()->undoStack()->undo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 0);
        m_window->session()->undoStack()->redo();
        settleQueue();
        QTRY_COMPARE(campaigns->campaigns().size(), 1);
    }

    void chineseTimeline()
    {
        // The page in Chinese, as a Chinese analyst sees it: titles come from the translation.
        m_window.reset();
        QTranslator ours;
        QVERIFY(ours.load(u"portrait_zh_CN"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&ours);
        QLocale::setDefault(QLocale(u"zh_CN"_s));
        openWindow();
        QCOMPARE(m_window->pages()->tabText(m_window->pages()->indexOf(m_page)), u"时间线(&M)"_s);
        QCOMPARE(m_page->sections()->tabText(1), u"客群迁移"_s);
        settleQueue();
        m_page->showLatestMoves();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->migration()->comparison(), 20000);
        QVERIFY(m_page->migration()->matrix()->verticalHeaderItem(m_page->migration()->matrix()->rowCount() - 1)
                        ->text() == u"（新增）"_s);
        shot(u"timeline-migration-zh"_s);
        const QDate last = QDate::fromJulianDay(m_asOf);
        m_page->sections()->setCurrentWidget(m_page->trend());
        m_page->trend()->compute(last.addMonths(-12), last, Timeline::Every::Month);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->trend()->trend() && !m_page->isBusy(), 20000);
        shot(u"timeline-trend-zh"_s);
        m_page->sections()->setCurrentWidget(m_page->campaigns());
        settleQueue();
        QTRY_COMPARE(m_page->campaigns()->campaigns().size(), 1);
        m_page->campaigns()->evaluate(u"Win back"_s, 30);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->campaigns()->evaluation() && !m_page->isBusy(), 20000);
        shot(u"timeline-campaign-zh"_s);
        m_window.reset();
        QCoreApplication::removeTranslator(&ours);
        QLocale::setDefault(QLocale::c());
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
