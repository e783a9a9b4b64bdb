// The main window's side of projects: opening (with its lock, off the GUI thread), creating, the
// demo, recent files, and closing.

#include "mainwindow.h"

#include "card/customercard.h"
#include "clean/cleanpage.h"
#include "jobs/sampleproject.h"
#include "pages/datapage.h"
#include "pages/segmentspage.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "settings/appsettings.h"
#include "import/backgroundjob.h"
#include "import/importwizard.h"
#include "tags/tagspage.h"
#include "welcome/welcomepage.h"
#include "workbench/datachangecommand.h"
#include "timeline/timelinepage.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QDir>
#include <QActionGroup>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLockFile>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoStack>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

void MainWindow::createCurrencyMenu(QMenu *menu)
{
    menu->setObjectName(u"currencyMenu"_s);
    auto *group = new QActionGroup(menu);
    const std::pair<Currency, QString> choices[] = { { Currency::Yuan, tr("¥ Yuan") },
                                                     { Currency::Dollar, tr("$ Dollar") },
                                                     { Currency::Euro, tr("€ Euro") },
                                                     { Currency::None, tr("No currency sign") } };
    for (const auto &[currency, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(currencyKey(currency));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, currency = currency] {
            Jobs::DisplaySettings settings = m_session->displaySettings();
            settings.currency = currency;
            changeDisplaySettings(settings);
        });
    }
    const auto sync = [this, menu, group] {
        menu->setEnabled(m_session->hasProject());
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == currencyKey(m_session->currency()));
    };
    connect(m_session, &WorkbenchSession::displayChanged, menu, sync);
    connect(m_session, &WorkbenchSession::projectChanged, menu, sync);
    sync();
}

void MainWindow::changeDisplaySettings(const Jobs::DisplaySettings &settings)
{
    if (!m_session->hasProject())
        return;
    m_session->setDisplaySettings(settings);
    const QString path = projectPath();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Status status = watcher->result(); !status)
            showError(status.error().toString());
    });
    watcher->setFuture(QtConcurrent::run([path, settings]() -> Status {
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        if (!project)
            return project.error();
        return Jobs::saveDisplaySettings(**project, settings);
    }));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects.get();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                                  [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recentProjects());
}

QString MainWindow::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

SegmentSummaryModel *MainWindow::segmentModel() const
{
    return m_segmentsPage->summaryModel();
}

QString MainWindow::projectPath() const
{
    return m_session->project() ? m_session->project()->path : QString();
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning() || m_dataJob->isRunning();
}

void MainWindow::openProject(const QString &path)
{
    // A reload after a data step runs while the window is busy; nothing else may start then.
    if (m_loader->isRunning() || (m_dataJob->isRunning() && !m_keepHistory) || !saveTagsOrAsk())
        return;
    const bool same = m_lock && m_session->hasProject() && QFileInfo(projectPath()) == QFileInfo(path);
    if (!same) {
        auto lock = Project::ProjectFile::acquireLock(path);
        if (!lock) {
            showError(lock.error().toString());
            return;
        }
        closeProject();
        m_lock = lock.takeValue();
    }
    m_pendingPath = path;
    showError(QString());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loader->load(path, withToolbarScoring({}));
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Portrait projects (*.portrait);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::createProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), tr("customers.portrait"),
                                                tr("Portrait projects (*.portrait)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".portrait"_s, Qt::CaseInsensitive))
        path += u".portrait"_s;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; open it, or choose another name.").arg(path));
        return;
    }
    auto project = Project::ProjectFile::create(path);
    if (!project) {
        showError(project.error().toString());
        return;
    }
    project->reset();   // releases the lock so the window can take it
    openProject(path);
    m_pages->setCurrentWidget(m_data);
}

void MainWindow::createDemoProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Create Demo Project"), tr("demo.portrait"),
                                                      tr("Portrait projects (*.portrait)"));
    if (!path.isEmpty())
        createDemoAt(path);
}

void MainWindow::tryDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString path = QDir(folder).filePath(u"demo.portrait"_s);
    if (QFileInfo::exists(path))
        openProject(path);
    else if (QDir().mkpath(folder))
        createDemoAt(path);
    else
        showError(tr("The folder %1 cannot be created for the demo.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::createDemoAt(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("%1 cannot be replaced.").arg(path));
        return;
    }
    // Generating and writing 40,000 orders takes a moment: off the GUI thread.
    statusBar()->showMessage(tr("Creating %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status status = watcher->result();
        if (!status) {
            statusBar()->clearMessage();
            showError(status.error().toString());
            return;
        }
        openProject(path);
    });
    watcher->setFuture(QtConcurrent::run([path] { return Jobs::writeSampleProject(path, nullProgress()); }));
}

bool MainWindow::closeProject()
{
    if (m_dataJob->isRunning() || !saveTagsOrAsk())
        return false;
    m_card->hide();
    m_session->clear();
    m_lock.reset();
    m_data->clear();
    m_clean->setProjectPath(QString());
    m_tags->setProjectPath(QString());
    m_title->setText(emptyTitle());
    setWindowFilePath(QString());
    return true;
}

void MainWindow::onLoaded(const std::shared_ptr<LoadedProject> &project)
{
    m_progress->hide();
    m_cancel->hide();
    AppSettings::addRecentProject(project->path);
    updateRecentMenu();
    setWindowFilePath(project->path);
    m_title->setText(QFileInfo(project->path).completeBaseName());
    m_data->setProject(project->path, project->summary);
    m_tags->setProjectPath(project->path);
    m_clean->setProjectPath(project->path);
    statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(project->path).fileName()), 5000);
    if (!project->savedSettingsError.isEmpty())
        statusBar()->showMessage(project->savedSettingsError, 10000);
    // After an import, a removal or their undo the same project comes back with its history.
    const auto history = m_keepHistory ? WorkbenchSession::History::Keep : WorkbenchSession::History::Clear;
    m_keepHistory = false;
    m_session->setProject(project, project->savedSettings ? *project->savedSettings : withToolbarScoring({}), history);
    if (project->savedSettings && !m_session->result()) {
        // A scheme file that moved, say: the project still opens, scored as the toolbar says.
        statusBar()->showMessage(tr("The saved scoring could not be applied (%1); the toolbar's scoring is used.")
                                         .arg(m_session->errorText()),
                                 10000);
        m_session->setProject(project, withToolbarScoring({}), WorkbenchSession::History::Keep);
    }
    setDataBusy(false);
    if (m_pendingCommand && m_pendingCommand->projectPath() == QFileInfo(project->path).absoluteFilePath())
        m_session->undoStack()->push(m_pendingCommand.release());
    m_pendingCommand.reset();
    // The wizard's Undo This Import, pressed while the import was being reloaded.
    QUndoStack *stack = m_session->undoStack();
    if (std::exchange(m_undoWhenLoaded, false) && dynamic_cast<const DataChangeCommand *>(stack->command(stack->index() - 1)))
        stack->undo();
    if (project->summary.sources.isEmpty())
        m_pages->setCurrentWidget(m_data);
    if (m_pendingSource > 0) {
        m_data->selectSource(m_pendingSource);
        m_pages->setCurrentWidget(m_data);
        m_pendingSource = 0;
    }
    if (m_pendingView) {
        applyViewState(*m_pendingView);
        m_pendingView.reset();
    }
    if (const QString file = std::exchange(m_importWhenLoaded, QString()); !file.isEmpty())
        showImportWizard(file);
    if (std::exchange(m_showMovesAfterLoad, false)) {
        m_timeline->showLatestMoves();
        m_pages->setCurrentWidget(m_timeline);
    }
}

void MainWindow::onFailed(const QString &message)
{
    m_keepHistory = false;
    m_pendingCommand.reset();
    m_undoWhenLoaded = false;
    m_importWhenLoaded.clear();
    setDataBusy(false);
    m_progress->hide();
    m_cancel->hide();
    if (!m_session->hasProject())
        m_lock.reset();
    statusBar()->clearMessage();
    showError(message);
}

} // namespace Portrait::Ui
