#pragma once

// The page-switching soak shared by tst_soak (a generated shop) and tst_soak_onlineretail: a main
// window on a freshly imported project, driven the way an analyst does for a few hundred steps,
// with the window's state checked after every step against what the imported file says.
#include <QSet>
#include <QString>
#include <QStringList>

namespace Portrait::Ui {
class MainWindow;
}

/// What the imported file holds, counted from the file itself (not from Portrait's import).
struct SoakExpectation
{
    qsizetype customers = 0;   ///< distinct customer ids
    qsizetype buyers = 0;      ///< customers with at least one purchase (not only returns)
};

/// Collects every qWarning / qCritical / qFatal while it lives; the soak fails on the first one.
class WarningTrap
{
public:
    WarningTrap();
    ~WarningTrap();
    WarningTrap(const WarningTrap &) = delete;
    WarningTrap &operator=(const WarningTrap &) = delete;
    /// The messages since the last call, emptied.
    QStringList take();
};

struct SoakFigures
{
    int pageSwitches = 0;
    int scoringChanges = 0;
    int refusedScorings = 0;   ///< a method the scheme's levels do not fit
    int levelSteps = 0;        ///< arrow keys on the RFM page's score levels
    int levelChanges = 0;      ///< of those, the ones the scheme offered (and that scored)
    int cardsOpened = 0;
    int undoRedos = 0;
    qint64 elapsedMs = 0;
};

/// Drives window (a project open, loaded and scored) for steps page switches. Reports failures
/// through QTest (QVERIFY/QCOMPARE inside); check QTest::currentTestFailed() afterwards.
void runSoak(Portrait::Ui::MainWindow &window, const SoakExpectation &expected, WarningTrap &trap, int steps,
             SoakFigures &figures);
