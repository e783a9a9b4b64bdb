#include "soakdriver.h"

#include "card/customercard.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/segmentsummarymodel.h"
#include "pages/customerspage.h"
#include "pages/segmentspage.h"
#include "rfm/rfmoptionspanel.h"
#include "rfm/rfmpage.h"
#include "workbench/workbenchsession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

QStringList *g_trapped = nullptr;
QtMessageHandler g_previous = nullptr;

// The offscreen platform's own notes (QPlatformWindow's defaults for raise(), size hints …): the
// platforms analysts use implement those calls, so the notes say nothing about Portrait.
bool isOffscreenNote(const QString &message)
{
    return message.startsWith(u"This plugin does not support "_s);
}

void trapWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_trapped && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !isOffscreenNote(message))
        g_trapped->append(message);
    if (g_previous)
        g_previous(type, context, message);
}

/// A fixed pseudo-random walk (LCG), so a failure replays the same steps.
class Walk
{
public:
    int next(int n)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return int((m_state >> 8) % quint32(n));
    }

private:
    quint32 m_state = 16;
};

void keyClick(QWidget *widget, QKeySequence::StandardKey key)
{
    const QKeyCombination combination = QKeySequence(key)[0];
    QTest::keyClick(widget, combination.key(), combination.keyboardModifiers());
}

qint64 segmentTotal(const Ui::SegmentSummaryModel &model)
{
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        sum += model.index(row, Ui::SegmentSummaryModel::Customers).data(Ui::SegmentSummaryModel::RawValueRole).toLongLong();
    return sum;
}

qint64 customersIn(const Rfm::RfmResult &result, int segment)
{
    return std::count(result.segment.begin(), result.segment.end(), qint16(segment));
}

/// The page shown is the one asked for, and its models agree with the file and the result.
void checkPage(Ui::MainWindow &window, int page, const SoakExpectation &expected)
{
    QTabWidget *pages = window.pages();
    QCOMPARE(pages->currentIndex(), page);
    QVERIFY(pages->currentWidget()->isVisible());
    const auto result = window.session()->result();
    QVERIFY2(result, qPrintable(window.session()->errorText()));
    QCOMPARE(qsizetype(result->segment.size()), expected.customers);
    QCOMPARE(result->metrics.scoredCount, expected.buyers);
    if (pages->currentWidget() == window.segmentsPage()) {
        const Ui::SegmentSummaryModel *model = window.segmentModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(result->scheme.rules.size() + 1), 5000);
        QCOMPARE(segmentTotal(*model), qint64(expected.buyers));
    } else if (pages->currentWidget() == window.customersPage()) {
        const Ui::CustomerTableModel *model = window.customersPage()->model();
        const int segment = model->filter().segment;
        QCOMPARE(qint64(model->rowCount()), segment == -2 ? qint64(expected.customers) : customersIn(*result, segment));
    }
}

void switchPage(Ui::MainWindow &window, int page, bool byKeyboard)
{
    if (byKeyboard) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
    } else {
        QTabBar *bar = window.pages()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(page).center());
    }
    QCoreApplication::processEvents();
}

/// Levels the scheme's rules do not fit (a method or level count picked): said in the status bar,
/// every page emptied, and Ctrl+Z brings the last result back.
void takeBackRefused(Ui::MainWindow &window, SoakFigures &figures)
{
    QVERIFY(!window.session()->errorText().isEmpty());
    QCOMPARE(window.statusBar()->currentMessage(), window.session()->errorText());
    QCoreApplication::processEvents();
    keyClick(&window, QKeySequence::Undo);
    QVERIFY2(window.session()->result(), qPrintable(window.session()->errorText()));
    ++figures.refusedScorings;
}

/// The toolbar's scheme or scoring method, one undo step each.
void changeScoring(Ui::MainWindow &window, Walk &walk, bool scheme, SoakFigures &figures)
{
    auto *box = window.findChild<QComboBox *>(scheme ? u"schemeBox"_s : u"methodBox"_s);
    QVERIFY(box);
    const int undoIndex = window.session()->undoStack()->index();
    const int index = (box->currentIndex() + 1 + walk.next(box->count() - 1)) % box->count();
    box->setCurrentIndex(index);
    ++figures.scoringChanges;
    QCOMPARE(window.session()->undoStack()->index(), undoIndex + 1);
    if (!window.session()->result()) {
        takeBackRefused(window, figures);
        return;
    }
    if (scheme)
        QCOMPARE(window.session()->result()->scheme.id, box->itemData(index).toString());
}

/// The RFM page's score levels, stepped with the arrow keys as the analyst does. Only the level
/// counts the scheme's rules are written for are offered, so a step that lands scores.
bool changeLevels(Ui::MainWindow &window, Walk &walk, SoakFigures &figures)
{
    QComboBox *levels = window.rfmPage()->optionsPanel()->binsBox();
    if (!levels->isEnabled())
        return false;   // mean and median score two levels; nothing to step
    ++figures.levelSteps;
    const int before = levels->currentIndex();
    const bool up = before == levels->count() - 1 || (before > 0 && walk.next(2) == 0);
    QTest::keyClick(levels, up ? Qt::Key_Up : Qt::Key_Down);
    QCoreApplication::processEvents();
    if (levels->currentIndex() == before)
        return false;   // the neighbour is not offered for this scheme
    const int shown = levels->currentData().toInt();
    [&] {
        QVERIFY2(window.session()->result(), qPrintable(window.session()->errorText()));
        QCOMPARE(window.session()->result()->scores.bins, shown);
    }();
    return true;
}

/// A segment's customers on the customers page, one of them opened with Enter and closed with Esc.
void openCard(Ui::MainWindow &window, Walk &walk)
{
    const auto result = window.session()->result();
    const int segment = walk.next(int(result->scheme.rules.size() + 1));
    Ui::CustomersPage *customers = window.customersPage();
    switchPage(window, window.pages()->indexOf(customers), true);
    customers->showSegment(segment);
    const Ui::CustomerTableModel *model = customers->model();
    QCOMPARE(qint64(model->rowCount()), customersIn(*result, segment));
    if (model->rowCount() == 0)
        return;
    const int position = walk.next(model->rowCount());
    auto *view = customers->findChild<QTableView *>();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(position, 0));
    QTest::keyClick(view, Qt::Key_Return);
    Ui::CustomerCard *card = window.customerCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->currentRow(), model->visibleRows().at(position));
    QCOMPARE(int(result->segment[size_t(card->currentRow())]), segment);
    QCoreApplication::processEvents();
    QTest::keyClick(card, Qt::Key_Escape);
    QVERIFY(!card->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

/// Ctrl+Z takes back the last scoring step, Ctrl+Shift+Z brings back exactly its result.
void undoRedo(Ui::MainWindow &window)
{
    QUndoStack *stack = window.session()->undoStack();
    if (!stack->canUndo())
        return;
    const int index = stack->index();
    const auto before = window.session()->result();
    const std::vector<qint16> segments = before->segment;
    keyClick(&window, QKeySequence::Undo);
    QCOMPARE(stack->index(), index - 1);
    keyClick(&window, QKeySequence::Redo);
    QCOMPARE(stack->index(), index);
    QCOMPARE(window.session()->result()->scheme.id, before->scheme.id);
    QCOMPARE(window.session()->result()->segment, segments);
}

} // namespace

WarningTrap::WarningTrap()
{
    g_trapped = new QStringList;
    g_previous = qInstallMessageHandler(trapWarnings);
}

WarningTrap::~WarningTrap()
{
    qInstallMessageHandler(g_previous);
    delete std::exchange(g_trapped, nullptr);
}

QStringList WarningTrap::take()
{
    return std::exchange(*g_trapped, {});
}

void runSoak(Ui::MainWindow &window, const SoakExpectation &expected, WarningTrap &trap, int steps,
             SoakFigures &figures)
{
    QElapsedTimer clock;
    clock.start();
    Walk walk;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const int rfmPage = window.pages()->indexOf(window.rfmPage());
    for (int step = 0; step < steps && !QTest::currentTestFailed(); ++step) {
        const int page = walk.next(window.pages()->count());
        switchPage(window, page, step % 2 == 0);
        ++figures.pageSwitches;
        checkPage(window, page, expected);
        if (step % 17 == 5) {
            changeScoring(window, walk, step % 34 == 5, figures);
        }
        if (page == rfmPage && step % 3 == 0 && changeLevels(window, walk, figures))
            ++figures.levelChanges;
        if (step % 19 == 9) {
            openCard(window, walk);
            ++figures.cardsOpened;
        }
        if (step % 13 == 7) {
            undoRedo(window);
            ++figures.undoRedos;
        }
        const QStringList warnings = trap.take();
        QVERIFY2(warnings.isEmpty(), qPrintable(u"step %1: "_s.arg(step) + warnings.join(u'\n')));
    }
    figures.elapsedMs = clock.elapsed();
    qInfo("soak: %d page switches, %d scheme/method changes (%d refused), %d score-level steps (%d changed the "
          "levels), %d cards, %d undo/redo in %lld ms",
          figures.pageSwitches, figures.scoringChanges, figures.refusedScorings, figures.levelSteps, figures.levelChanges,
          figures.cardsOpened, figures.undoRedos, figures.elapsedMs);
}
