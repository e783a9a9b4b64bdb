// Issue 16, item 3: the RFM page as a newcomer sees it, in English and Chinese. On the demo data,
// frequency and spend start on a log axis and every cut handle can be grabbed and moved; the cut
// values never print over each other, read like the spin boxes ("1", "3,206.58"), and the score
// digits keep off the bars; customers with negative net spend get a bar of their own instead of a
// negative axis; at 1200×640 the segment table shows six rows; the who-moves frame is never a
// blank box; and a window without a project, or a project without orders, says what to do next.
#include "readability.h"

#include "mainwindow.h"
#include "welcome/welcomepage.h"
#include "project/projectfile.h"
#include "rfm/cutpanel.h"
#include "rfm/histogramwidget.h"
#include "rfm/rfmpage.h"
#include "widgets/emptystate.h"
#include "workbench/workbenchsession.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

constexpr std::array AllDimensions { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary };

/// The demo's frame with a few customers whose returns exceed their purchases: their last order is
/// returned for more than they ever paid. Returns how many there are now (customers with a
/// purchase and negative net spend), counted from the orders.
qint64 addNetReturners(Model::CustomerFrame &frame, int howMany)
{
    Model::OrderTable &orders = frame.orders;
    qint32 changed = 0;
    for (size_t o = 0; o + 1 < orders.customer.size() && changed < howMany; ++o) {
        // The last order of every 500th customer.
        if (orders.customer[o] == orders.customer[o + 1] || orders.customer[o] % 500 != 7)
            continue;
        double paid = 0;
        for (size_t k = o + 1; k-- > 0 && orders.customer[k] == orders.customer[o];)
            paid += orders.purchase[k] + orders.returned[k];
        orders.returned[o] -= paid + 50 + 10 * changed;
        ++changed;
    }
    std::vector<double> net(size_t(frame.size()), 0);
    std::vector<quint8> bought(size_t(frame.size()), 0);
    for (size_t o = 0; o < orders.customer.size(); ++o) {
        net[size_t(orders.customer[o])] += orders.purchase[o] + orders.returned[o];
        bought[size_t(orders.customer[o])] |= orders.hasPurchase[o];
    }
    qint64 negative = 0;
    for (size_t c = 0; c < net.size(); ++c)
        negative += bought[c] && net[c] < 0 ? 1 : 0;
    return negative;
}

} // namespace

class TestRfmReadability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::shared_ptr<LoadedProject> m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demoPath = m_dir.filePath(u"demo.portrait"_s);
        m_demo = Readability::demoProject(m_demoPath);
        QVERIFY(m_demo);
    }

    void skewedMetricsStartOnALogAxisAndEveryHandleMoves_data() { Readability::addLanguages(); }
    void skewedMetricsStartOnALogAxisAndEveryHandleMoves()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        RfmPage page(&session);
        page.resize(1200, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        Readability::keepShot(&page, u"rfm-page"_s);

        // Spend is skewed on the demo data (most customers spend little, a few a lot): its panel
        // starts logarithmic, recency (days) offers no log axis at all.
        const auto result = session.result();
        std::vector<double> spend;
        for (size_t i = 0; i < result->metrics.monetary.size(); ++i) {
            if (result->metrics.scored[i])
                spend.push_back(result->metrics.monetary[i]);
        }
        std::sort(spend.begin(), spend.end());
        const double median = spend[spend.size() / 2], p99 = spend[size_t(0.99 * double(spend.size() - 1))];
        QVERIFY2(p99 > 10 * median, "the demo's spend is expected to have a long tail");
        QVERIFY(page.cutPanel(Rfm::Dimension::Monetary)->logScaleBox()->isChecked());
        QVERIFY(!page.cutPanel(Rfm::Dimension::Recency)->logScaleBox());

        for (Rfm::Dimension d : AllDimensions) {
            HistogramWidget *histogram = page.cutPanel(d)->histogram();
            const std::vector<double> cuts = histogram->cuts();
            QCOMPARE(cuts, result->scores.cuts[size_t(d)]);
            // Lines at distinct values stand far enough apart to be grabbed one by one ...
            for (size_t i = 0; i + 1 < cuts.size(); ++i) {
                if (cuts[i] != cuts[i + 1])
                    QVERIFY2(histogram->xOf(cuts[i + 1]) - histogram->xOf(cuts[i]) >= 8,
                             qPrintable(u"lines %1 and %2 of dimension %3"_s.arg(i).arg(i + 1).arg(int(d))));
            }
            // ... and each moves when dragged a little to the right; Escape puts it back.
            for (int line = 0; line < int(cuts.size()); ++line) {
                const int x = histogram->xOf(cuts[size_t(line)]);
                const int y = histogram->height() - 30;
                QTest::mousePress(histogram, Qt::LeftButton, {}, QPoint(x, y));
                // Whole numbers move a whole step at once: a little way, up to 40 pixels.
                int dx = 0;
                while (histogram->cuts() == cuts && dx < 40) {
                    dx += 2;
                    QTest::mouseMove(histogram, QPoint(x + dx, y));
                }
                const std::vector<double> moved = histogram->cuts();
                QTest::keyClick(histogram, Qt::Key_Escape);
                QTest::mouseRelease(histogram, Qt::LeftButton, {}, QPoint(x + dx, y));
                int changed = -1;
                for (int k = 0; k < int(cuts.size()); ++k) {
                    if (moved[size_t(k)] != cuts[size_t(k)])
                        changed = k;
                }
                QVERIFY2(changed >= 0, qPrintable(u"line %1 of dimension %2 did not move"_s.arg(line).arg(int(d))));
                QVERIFY(moved[size_t(changed)] > cuts[size_t(changed)]);
                QCOMPARE(cuts[size_t(changed)], cuts[size_t(line)]);
                QCOMPARE(histogram->cuts(), cuts);
            }
        }
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void cutValuesReadOnceAndKeepOffTheBars_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::newRow("English, wide") << u"en"_s << 1400;
        QTest::newRow("English, narrow") << u"en"_s << 760;
        QTest::newRow("Chinese, wide") << u"zh_CN"_s << 1400;
        QTest::newRow("Chinese, narrow") << u"zh_CN"_s << 760;
    }
    void cutValuesReadOnceAndKeepOffTheBars()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        RfmPage page(&session);
        page.resize(width, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        Readability::keepShot(&page, u"rfm-labels-%1"_s.arg(width));
        const QLocale locale;
        for (Rfm::Dimension d : AllDimensions) {
            CutPanel *panel = page.cutPanel(d);
            HistogramWidget *histogram = panel->histogram();
            const QList<HistogramWidget::CutLabel> labels = histogram->cutLabels();
            QList<QRect> rects;
            QList<int> lines;
            for (const HistogramWidget::CutLabel &label : labels) {
                rects.append(label.rect);
                lines += label.lines;
                QVERIFY(QRect(QPoint(0, 0), histogram->size()).contains(label.rect));
                // Every value the label stands for is written in it, as its spin box writes it.
                for (int line : label.lines) {
                    const QString boxText = panel->spinBox(line)->text();
                    QVERIFY2(label.text.contains(boxText), qPrintable(label.text + u" / "_s + boxText));
                }
            }
            QString pair;
            QVERIFY2(!Readability::anyOverlap(rects, &pair), qPrintable(u"dimension %1: labels %2"_s.arg(int(d)).arg(pair)));
            std::sort(lines.begin(), lines.end());
            QCOMPARE(lines.size(), qsizetype(histogram->cuts().size()));
            for (int i = 0; i < lines.size(); ++i)
                QCOMPARE(lines.at(i), i);
            // Whole numbers of days and orders have no decimals; amounts from 1,000 have separators.
            for (int i = 0; i < int(histogram->cuts().size()); ++i) {
                const double cut = histogram->cuts()[size_t(i)];
                const QString text = panel->spinBox(i)->text();
                if (std::round(cut) == cut)
                    QCOMPARE(text, locale.toString(qint64(cut)));
                if (cut >= 1000)
                    QVERIFY2(text.contains(locale.groupSeparator()), qPrintable(text));
            }
            // The score digits stand above the bars, none over one.
            const QList<QRect> bars = histogram->barRects();
            for (const QRect &digit : histogram->scoreLabelRects()) {
                for (const QRect &bar : bars)
                    QVERIFY(digit.isEmpty() || bar.isEmpty() || !digit.intersects(bar));
            }
            // Tick labels stay apart too.
            QList<QRect> ticks;
            for (const auto &[rect, text] : histogram->tickLabels())
                ticks.append(rect);
            QVERIFY(!Readability::anyOverlap(ticks));
        }
    }

    void negativeNetSpendHasABarOfItsOwn_data() { Readability::addLanguages(); }
    void negativeNetSpendHasABarOfItsOwn()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        auto project = std::make_shared<LoadedProject>(*m_demo);
        const qint64 negative = addNetReturners(project->frame, 6);
        QCOMPARE(negative, 6);
        WorkbenchSession session;
        session.setProject(project, RfmSettings {});
        RfmPage page(&session);
        page.resize(1200, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CutPanel *panel = page.cutPanel(Rfm::Dimension::Monetary);
        for (bool log : { true, false }) {
            panel->logScaleBox()->setChecked(log);
            HistogramWidget *histogram = panel->histogram();
            Readability::keepShot(&page, log ? u"rfm-negative-log"_s : u"rfm-negative-linear"_s);
            QCOMPARE(histogram->data().negative, negative);
            QVERIFY(!histogram->negativeBarRect().isEmpty());
            QVERIFY(histogram->negativeBarRect().right() < histogram->xOf(0));
            // The axis starts at zero: no tick reads negative.
            for (const auto &[rect, text] : histogram->tickLabels())
                QVERIFY2(!text.startsWith(QLocale().negativeSign()), qPrintable(text));
            QVERIFY(histogram->data().low() >= 0);
            QVERIFY2(panel->noteText().contains(QLocale().toString(negative)), qPrintable(panel->noteText()));
        }
    }

    void segmentTableShowsSixRowsAt1200x640_data() { Readability::addLanguages(); }
    void segmentTableShowsSixRowsAt1200x640()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        MainWindow window;
        window.resize(1200, 640);
        window.show();
        window.openProject(m_demoPath);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        window.pages()->setCurrentWidget(window.rfmPage());
        QCoreApplication::processEvents();
        QVERIFY(window.height() <= 640);
        Readability::keepShot(&window, u"rfm-window"_s);
        auto *table = window.rfmPage()->findChild<QTableView *>(u"rfmSegmentView"_s);
        QVERIFY(table);
        int whole = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QRect cell = table->visualRect(table->model()->index(row, 0));
            whole += table->viewport()->rect().contains(cell) ? 1 : 0;
        }
        QVERIFY2(whole >= std::min(6, table->model()->rowCount()), qPrintable(QString::number(whole)));
        window.close();
    }

    void whoMovesWhereIsNeverABlankFrame_data() { Readability::addLanguages(); }
    void whoMovesWhereIsNeverABlankFrame()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        RfmPage page(&session);
        page.resize(1200, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Before any change: a hint where the matrix will be.
        QVERIFY(page.isShowingTransitionHint());
        QVERIFY(page.transitionHint()->isVisible());
        QVERIFY(!page.transitionHint()->text().isEmpty());
        const QString firstHint = page.transitionHint()->text();

        // A change that moves nobody (a cut put where no customer's value lies): a hint still.
        const std::vector<double> cuts = session.result()->scores.cuts[0];
        page.setCut(Rfm::Dimension::Recency, 0, cuts[0] + 0.25);
        QVERIFY(page.isShowingTransitionHint());
        QVERIFY(page.transitionHint()->text() != firstHint);
        Readability::keepShot(&page, u"rfm-moves-nobody"_s);

        // A change that moves customers: the matrix, with the moves.
        page.setCut(Rfm::Dimension::Recency, 0, cuts[0] + 20);
        QVERIFY(!page.isShowingTransitionHint());
        auto *matrix = page.findChild<QTableView *>(u"rfmTransitionView"_s);
        QVERIFY(matrix->isVisible());
        QVERIFY(matrix->model()->rowCount() > 0);
        Readability::keepShot(&page, u"rfm-moves"_s);
    }

    void emptyPagesSayWhatToDoNext_data() { Readability::addLanguages(); }
    void emptyPagesSayWhatToDoNext()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        MainWindow window;
        window.resize(1200, 640);
        window.show();
        window.pages()->setCurrentWidget(window.rfmPage());
        RfmPage *page = window.rfmPage();
        QVERIFY(page->isShowingEmptyState());
        Readability::keepShot(&window, u"rfm-no-project"_s);
        const QList<QPushButton *> buttons = page->emptyState()->findChildren<QPushButton *>();
        const auto visibleButtons = [&buttons] {
            QStringList texts;
            for (QPushButton *b : buttons) {
                if (b->isVisible())
                    texts.append(b->text());
            }
            return texts;
        };
        // No project: the welcome screen stands in for the pages, with what to open or import.
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!page->isVisible());
        if (language != u"en"_s) {
            QVERIFY(page->emptyState()->heading() != u"No project is open"_s);
            for (QPushButton *b : buttons)
                QVERIFY2(!b->text().contains(u"Open a Project"_s) && !b->text().contains(u"Import Orders"_s),
                         qPrintable(b->text()));
        }

        // A new project has no orders: one button, to the import wizard.
        const QString path = m_dir.filePath(u"empty-%1.portrait"_s.arg(language));
        QFile::remove(path);
        QVERIFY(Project::ProjectFile::create(path, Project::ProjectFile::Lock::None));
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->hasProject(), 20000);
        window.pages()->setCurrentWidget(page);
        QVERIFY(page->isShowingEmptyState());
        QCOMPARE(visibleButtons().size(), 1);
        Readability::keepShot(&window, u"rfm-no-orders"_s);
        QSignalSpy import(page, &RfmPage::importRequested);
        for (QPushButton *b : buttons) {
            if (b->isVisible())
                b->click();
        }
        QCOMPARE(import.count(), 1);
        for (QWidget *dialog : QApplication::topLevelWidgets()) {
            if (dialog != &window && dialog->isVisible())
                dialog->close();
        }
        window.close();
    }
};

QTEST_MAIN(TestRfmReadability)
#include "tst_rfmreadability.moc"
