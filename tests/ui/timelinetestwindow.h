#pragma once
// What the Timeline page's GUI tests share: the main window on the demo project showing the page,
// waiting for the page's queued edits, and screenshots to look at.

#include "mainwindow.h"
#include "timeline/timelinecontext.h"
#include "timeline/timelinepage.h"
#include "workbench/workbenchsession.h"

#include <QTabWidget>
#include <QTest>

#include <memory>

namespace TimelineTest {

/// Until the page's queued edits (snapshots, campaigns) have run and their results arrived.
inline void settleQueue(Portrait::Ui::TimelinePage *page)
{
    page->context()->waitForQueue();
    QTest::qWait(50);
    QCoreApplication::processEvents();
}

/// A fresh window on path, scored, showing the Timeline page; null when it did not load.
inline Portrait::Ui::TimelinePage *openWindow(std::unique_ptr<Portrait::Ui::MainWindow> &window, const QString &path)
{
    window = std::make_unique<Portrait::Ui::MainWindow>();
    window->resize(1280, 800);
    window->show();
    window->openProject(path);
    if (!QTest::qWaitFor([&] { return !window->isLoading() && window->session()->result(); }, 20000))
        return nullptr;
    Portrait::Ui::TimelinePage *page = window->timelinePage();
    if (page)
        window->pages()->setCurrentWidget(page);
    return page;
}

/// Saved where PORTRAIT_SHOTS points (to look at them), else nowhere.
inline void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace TimelineTest
