#include "importpage.h"

#include "backgroundjob.h"
#include "importsession.h"
#include "project/projectfile.h"
#include "rejectedrowsmodel.h"
#include "validationpage.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

ImportPage::ImportPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel import"), this)),
      m_summary(new QLabel(this)),
      m_issues(new QLabel(this)),
      m_rejectedView(new QTableView(this)),
      m_rejected(new RejectedRowsModel(this)),
      m_job(new BackgroundJob(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one step: if the import stops, the project stays as it was."));
    m_cancel->setObjectName(u"cancelImport"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_issues->setWordWrap(true);
    m_rejectedView->setObjectName(u"importRejected"_s);
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->verticalHeader()->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);
    layout->addWidget(new QLabel(tr("Rejected rows (kept in the project with their reasons):"), this));
    layout->addWidget(m_rejectedView, 1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancelImport);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
}

void ImportPage::initializePage()
{
    m_done = false;
    m_session.result.reset();
    m_rejected->setRows({});
    m_issues->clear();
    m_summary->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    Q_EMIT completeChanged();
    const QString projectPath = m_session.projectPath;
    const QString path = m_session.filePath;
    const QString snapshot = m_session.undoSnapshot;
    const Jobs::ImportOptions options = m_session.importOptions();
    m_job->start<Result<Jobs::ImportReport>>(
            [projectPath, path, snapshot, options](ProgressSink &progress,
                                                   const CancelToken &cancel) -> Result<Jobs::ImportReport> {
                // The window holds the project's lock; this thread writes through its own connection.
                auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                if (!snapshot.isEmpty()) {
                    progress.setPhase(tr("Saving a copy of the project for Undo"));
                    if (Status status = (*project)->snapshot(snapshot); !status)
                        return status.error();
                }
                auto report = Jobs::importFile(**project, path, options, progress, cancel);
                if (!report && !snapshot.isEmpty())
                    QFile::remove(snapshot);   // nothing to undo
                return report;
            },
            [this](Result<Jobs::ImportReport> report) { showReport(std::move(report)); });
}

bool ImportPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportPage::cancelImport()
{
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
    m_job->cancel();
}

void ImportPage::waitForImport()
{
    m_job->wait();
}

void ImportPage::showReport(Result<Jobs::ImportReport> report)
{
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    if (!report) {
        m_summary->setText(tr("Nothing was imported: %1").arg(report.error().toString().toHtmlEscaped()));
        Q_EMIT completeChanged();
        Q_EMIT importFinished(0);
        return;
    }
    m_session.result = report.takeValue();
    m_summary->setText(tr("Imported %1 as source %2.").arg(m_session.result->source.fileName.toHtmlEscaped())
                                   .arg(m_session.result->sourceId)
                       + u"<br>"_s + importCountsText(m_session.result->source, true)
                       + (m_session.undoSnapshot.isEmpty()
                                  ? QString()
                                  : u"<br><br>"_s
                                          + tr("Close keeps the import; Undo This Import, or Edit › Undo later, takes "
                                               "it out again.").toHtmlEscaped()));
    m_issues->setText(issuesText(m_session.result->issues));
    m_rejected->setRows(m_session.result->firstRejected);
    m_rejectedView->resizeColumnsToContents();
    Q_EMIT completeChanged();
    Q_EMIT importFinished(m_session.result->sourceId);
}

bool ImportPage::isComplete() const
{
    return m_done;
}

bool ImportPage::canUndo() const
{
    return m_done && m_session.result && !m_session.undoSnapshot.isEmpty();
}

} // namespace Portrait::Ui
