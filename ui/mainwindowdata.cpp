// The main window's side of imports and source removals as undo steps: the snapshot an import
// takes first, the removal's confirmation and copy, the undo and redo that restore a snapshot off
// the GUI thread and reload the project with its history, and the Issues page's fixes.

#include "mainwindow.h"

#include "clean/cleanpage.h"
#include "import/backgroundjob.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "jobs/dataquality.h"
#include "jobs/sourceremoval.h"
#include "models/sourcesmodel.h"
#include "pages/customerspage.h"
#include "pages/datapage.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "rfm/rfmpage.h"
#include "tags/tagspage.h"
#include "workbench/datachangecommand.h"
#include "workbench/rfmsettingssaver.h"
#include "workbench/workbenchsession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString MainWindow::newUndoSnapshotPath()
{
    if (!m_undoDir)
        m_undoDir = std::make_unique<QTemporaryDir>();
    return m_undoDir->filePath(u"undo-%1.portrait"_s.arg(++m_undoFiles));
}

void MainWindow::onImported(ImportWizard *wizard, qint64 sourceId)
{
    const ImportSession &session = wizard->session();
    auto command = std::make_unique<DataChangeCommand>(
            tr("Import %1").arg(session.result ? session.result->source.fileName : QFileInfo(session.filePath).fileName()),
            session.undoSnapshot, DataChangeCommand::Before::Owned, newUndoSnapshotPath(),
            [this](const QString &restore, const QString &saveTo) { restoreData(restore, saveTo); });
    command->setSourceId(sourceId);
    command->setProjectPath(QFileInfo(session.projectPath).absoluteFilePath());
    m_pendingCommand = std::move(command);
    m_pendingSource = sourceId;
    if (QFileInfo(session.projectPath) == QFileInfo(projectPath()))
        reloadKeepingHistory();
    else
        openProject(session.projectPath);   // "Import into a New Project Instead"
}

void MainWindow::undoImport(qint64 sourceId)
{
    if (m_pendingCommand || isLoading()) {
        m_undoWhenLoaded = true;   // after the reload that follows the import
        return;
    }
    QUndoStack *stack = m_session->undoStack();
    const auto *top = dynamic_cast<const DataChangeCommand *>(stack->command(stack->index() - 1));
    if (top && top->sourceId() == sourceId)
        stack->undo();
}

void MainWindow::confirmRemoveSource(qint64 sourceId)
{
    const auto project = m_session->project();
    if (!project || isLoading())
        return;
    const auto &sources = project->summary.sources;
    const auto source = std::find_if(sources.begin(), sources.end(),
                                     [sourceId](const Project::SourceSummary &s) { return s.id == sourceId; });
    if (source == sources.end())
        return;
    const QLocale locale;
    const Project::SourceRecord &r = source->record;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Source"),
                                tr("Remove %1 from the project?").arg(r.fileName), QMessageBox::Cancel, this);
    box->setObjectName(u"removeSourceBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
            tr("Its %1 orders, %2 rejected rows and any survey answers go, and so do the customers no other source "
               "has. A copy of the whole project is saved first in %3; Edit › Undo puts the source back.")
                    .arg(locale.toString(r.ordersStored), locale.toString(r.rowsRejected),
                         QDir::toNativeSeparators(Jobs::snapshotFolder(projectPath()))));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, sourceId](QAbstractButton *clicked) {
        if (clicked == remove)
            removeSource(sourceId);
    });
    box->open();
}

void MainWindow::removeSource(qint64 sourceId)
{
    if (!m_session->hasProject() || isLoading() || !saveTagsOrAsk())
        return;
    if (Status status = m_settingsSaver->flush(); !status)
        return showError(status.error().toString());
    const QString path = projectPath();
    const QString snapshot = Jobs::removalSnapshotPath(path, sourceId);
    setDataBusy(true);
    using Removed = Result<Jobs::RemovalReport>;
    m_dataJob->start<Removed>(
            [path, sourceId, snapshot](ProgressSink &progress, const CancelToken &) -> Removed {
                auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                return Jobs::removeSource(**project, sourceId, snapshot, progress);
            },
            [this, path](Removed report) {
                if (!report || QFileInfo(path) != QFileInfo(projectPath())) {
                    setDataBusy(false);
                    showError(report ? QString() : report.error().toString());
                    return;
                }
                const Project::RemovedRows &gone = report->removed;
                const QLocale locale;
                auto command = std::make_unique<DataChangeCommand>(
                        tr("Remove %1").arg(report->source.fileName), report->snapshotPath,
                        DataChangeCommand::Before::Kept, newUndoSnapshotPath(),
                        [this](const QString &restore, const QString &saveTo) { restoreData(restore, saveTo); });
                command->setSourceId(report->sourceId);
                command->setProjectPath(QFileInfo(path).absoluteFilePath());
                m_pendingCommand = std::move(command);
                statusBar()->showMessage(
                        tr("Removed %1: %2 orders, %3 survey answers, %4 rejected rows, %5 customers. A copy from "
                           "before is at %6.")
                                .arg(report->source.fileName, locale.toString(gone.orders), locale.toString(gone.answers),
                                     locale.toString(gone.rejectedRows), locale.toString(gone.customers),
                                     QDir::toNativeSeparators(report->snapshotPath)),
                        15000);
                reloadKeepingHistory();
            });
}

void MainWindow::restoreData(const QString &snapshot, const QString &saveCurrentTo)
{
    const QString path = projectPath();
    if (path.isEmpty())
        return;
    // The tags page and the scoring saver write to the project too: they go first, not during.
    if (Status status = m_tags->flushToProject(); !status)
        return onDataStepFailed(status.error().message);
    if (Status status = m_settingsSaver->flush(); !status)
        return onDataStepFailed(status.error().toString());
    setDataBusy(true);
    m_dataJob->start<Status>(
            [path, snapshot, saveCurrentTo](ProgressSink &progress, const CancelToken &) -> Status {
                auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                return Jobs::restoreSnapshot(**project, snapshot, saveCurrentTo, progress);
            },
            [this](Status status) {
                if (!status)
                    return onDataStepFailed(status.error().toString());
                reloadKeepingHistory();
            });
}

void MainWindow::onDataStepFailed(const QString &message)
{
    // The restore ran in one transaction, so the project is as it was; but the stack has already
    // moved past the step, and its history no longer matches the file.
    m_session->undoStack()->clear();
    setDataBusy(false);
    showError(tr("The step could not be undone or redone; the project is unchanged and the undo history was "
                 "cleared. %1")
                      .arg(message));
}

void MainWindow::reloadKeepingHistory()
{
    m_keepHistory = true;
    openProject(projectPath());
}

void MainWindow::setDataBusy(bool busy)
{
    m_dataBusy = busy;
    // Nothing may edit the project while a step restores it or the reload after runs.
    m_workbench->setEnabled(!busy);
    m_toolbar->setEnabled(!busy);
    const QUndoStack *stack = m_session->undoStack();
    m_undo->setEnabled(!busy && stack->canUndo());
    m_redo->setEnabled(!busy && stack->canRedo());
    if (busy) {
        m_progress->setValue(0);
        m_progress->show();
    } else if (!m_loader->isRunning()) {
        m_progress->hide();
    }
}

void MainWindow::applyFix(const Jobs::DataFinding &finding)
{
    using Fix = Jobs::DataFinding::Fix;
    switch (finding.fix) {
    case Fix::None:
        return;
    case Fix::ShowSource:
        m_data->selectSource(finding.sourceId);
        m_pages->setCurrentWidget(m_data);
        return;
    case Fix::ExcludeReturns: {
        RfmSettings settings = m_session->settings();
        settings.request.metrics.returns = Rfm::ReturnsMode::Exclude;
        m_session->changeSettings(settings, tr("Exclude returns"));
        return;
    }
    case Fix::ExportCustomers:
        exportRows(finding.customers, tr("customers-to-check"));
        return;
    case Fix::OpenRfm:
        m_pages->setCurrentWidget(m_rfm);
        return;
    case Fix::EditScheme:
        m_pages->setCurrentWidget(m_rfm);
        m_rfm->editScheme();
        return;
    case Fix::OpenClean:
        m_pages->setCurrentWidget(m_clean);
        return;
    }
}

} // namespace Portrait::Ui
