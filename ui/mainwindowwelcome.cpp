// The main window without a project: the welcome screen and its ways in (import a file into a
// new project, open one, try the demo), and which controls wait for a project.

#include "mainwindow.h"

#include "project/projectfile.h"
#include "settings/appsettings.h"
#include "welcome/welcomepage.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

void MainWindow::createWelcome()
{
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::importFileRequested, this, &MainWindow::chooseFileForNewProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::tryDemo);
    connect(m_welcome, &WelcomePage::recentProjectActivated, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomePage::fileDropped, this, &MainWindow::openFile);
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::updateProjectState()
{
    const bool open = m_session->hasProject();
    m_stack->setCurrentWidget(open ? m_workbench : m_welcome);
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(open);
    // The scoring pickers keep their choice for the next project but cannot act without one.
    m_schemeBox->setEnabled(open);
    m_methodBox->setEnabled(open);
    if (!open)
        m_welcome->setRecentProjects(recentProjects());
}

QList<RecentProject> MainWindow::recentProjects() const
{
    QList<RecentProject> out;
    for (const QString &path : AppSettings::recentProjects.get()) {
        const QFileInfo info(path);
        out.append({ path, info.isFile() ? info.size() : -1, AppSettings::lastOpened(path) });
    }
    return out;
}

void MainWindow::chooseFileForNewProject()
{
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Import a File"), QString(),
            tr("Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        importIntoNewProject(file);
}

void MainWindow::importIntoNewProject(const QString &file)
{
    const QFileInfo data(file);
    QString suggestion = data.absoluteDir().filePath(data.completeBaseName() + u".portrait"_s);
    for (int n = 2; QFileInfo::exists(suggestion); ++n)
        suggestion = data.absoluteDir().filePath(u"%1-%2.portrait"_s.arg(data.completeBaseName()).arg(n));
    QString path = QFileDialog::getSaveFileName(this, tr("New Project for %1").arg(data.fileName()), suggestion,
                                                tr("Portrait projects (*.portrait)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".portrait"_s, Qt::CaseInsensitive))
        path += u".portrait"_s;
    auto project = Project::ProjectFile::create(path);
    if (!project)
        return showError(project.error().toString());
    project->reset();   // releases the lock so the window can take it
    m_importWhenLoaded = file;
    openProject(path);
}

} // namespace Portrait::Ui
