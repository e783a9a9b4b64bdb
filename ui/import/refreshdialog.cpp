#include "refreshdialog.h"

#include "backgroundjob.h"
#include "models/sourcesmodel.h"
#include "project/projectfile.h"
#include "io/dburi.h"
#include "project/sourcestore.h"
#include "rejectedrowsmodel.h"
#include "validationpage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

RefreshDialog::RefreshDialog(const QString &projectPath, qint64 sourceId, QWidget *parent)
    : QDialog(parent),
      m_projectPath(projectPath),
      m_sourceId(sourceId),
      m_sourceLabel(new QLabel(this)),
      m_fileEdit(new QLineEdit(this)),
      m_progress(new QProgressBar(this)),
      m_report(new QLabel(this)),
      m_rejectedView(new QTableView(this)),
      m_rejected(new RejectedRowsModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_refreshButton(m_buttons->addButton(tr("Refresh"), QDialogButtonBox::AcceptRole)),
      m_job(new BackgroundJob(this))
{
    setWindowTitle(tr("Refresh from newer file"));
    m_sourceLabel->setObjectName(u"refreshSource"_s);
    m_sourceLabel->setWordWrap(true);
    m_fileEdit->setObjectName(u"refreshFile"_s);
    m_report->setObjectName(u"refreshReport"_s);
    m_report->setWordWrap(true);
    m_progress->hide();
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Newer file:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_rejectedView, 1);
    // Takes the room while the rejected rows are hidden (none yet, or none rejected).
    layout->addStretch(0);
    layout->addWidget(m_buttons);
    // Compact until there are rejected rows to list (showReport()).
    m_rejectedView->hide();
    resize(720, 240);

    connect(browse, &QPushButton::clicked, this, &RefreshDialog::chooseFile);
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_refreshButton, &QPushButton::clicked, this, &RefreshDialog::startRefresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RefreshDialog::reject);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });

    m_job->start<Result<Project::SourceRecord>>(
            [projectPath, sourceId](ProgressSink &, const CancelToken &) -> Result<Project::SourceRecord> {
                auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                return Project::SourceStore(**project).source(sourceId);
            },
            [this](Result<Project::SourceRecord> source) { showSource(std::move(source)); });
}

RefreshDialog::~RefreshDialog() = default;

void RefreshDialog::showSource(Result<Project::SourceRecord> source)
{
    if (!source) {
        m_sourceLabel->setText(source.error().toString());
        m_refreshButton->setEnabled(false);
        return;
    }
    // A database source is read again from its server: only its last day and later are pulled.
    const QString how = Io::isDatabaseUri(source->filePath)
            ? tr("The server is asked again, with this source's mapping, for the last day read and later days.")
            : tr("The newer file is read with this source's mapping and replaces its rows.");
    m_sourceLabel->setText(tr("Source %1: %2 (%3), %4 rows read. %5")
                                   .arg(m_sourceId)
                                   .arg(source->fileName, SourcesModel::kindName(source->kind))
                                   .arg(source->rowsRead)
                                   .arg(how));
    if (m_fileEdit->text().isEmpty())
        setFile(source->filePath);
}

void RefreshDialog::setFile(const QString &path)
{
    m_fileEdit->setText(Io::isDatabaseUri(path) ? path : QDir::toNativeSeparators(path));
}

void RefreshDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Newer file"),
                                                      QFileInfo(m_fileEdit->text()).absolutePath());
    if (!path.isEmpty())
        setFile(path);
}

bool RefreshDialog::isRunning() const
{
    return m_job->isRunning();
}

void RefreshDialog::startRefresh()
{
    const QString typed = m_fileEdit->text().trimmed();
    const QString path = Io::isDatabaseUri(typed) ? typed : QDir::fromNativeSeparators(typed);
    m_refreshButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_progress->setValue(0);
    m_progress->show();
    m_report->clear();
    m_rejected->setRows({});
    m_rejectedView->hide();
    const QString projectPath = m_projectPath;
    const qint64 sourceId = m_sourceId;
    m_job->start<Result<Jobs::RefreshReport>>(
            [projectPath, sourceId, path](ProgressSink &progress,
                                          const CancelToken &cancel) -> Result<Jobs::RefreshReport> {
                auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                return Jobs::refreshSource(**project, sourceId, path, progress, cancel);
            },
            [this](Result<Jobs::RefreshReport> report) { showReport(std::move(report)); });
}

void RefreshDialog::showReport(Result<Jobs::RefreshReport> report)
{
    m_progress->hide();
    m_refreshButton->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (!report) {
        m_report->setText(tr("The source was not changed: %1").arg(report.error().toString().toHtmlEscaped()));
        Q_EMIT refreshEnded(false);
        return;
    }
    const Jobs::RefreshReport &r = *report;
    QStringList lines;
    lines.append(tr("Source %1 now comes from %2.").arg(r.sourceId).arg(r.source.fileName.toHtmlEscaped()));
    lines.append(tr("<b>%1</b> new customers, <b>%2</b> new orders, <b>%3</b> orders no longer in the file "
                    "(removed), <b>%4</b> rows rejected.")
                         .arg(r.newCustomers)
                         .arg(r.newOrders)
                         .arg(r.removedOrders)
                         .arg(r.rowsRejected));
    lines.append(tr("Orders of this source: %1 before, %2 now.").arg(r.ordersBefore).arg(r.ordersAfter));
    if (r.answersBefore > 0 || r.answersAfter > 0)
        lines.append(tr("Survey answers: %1 before, %2 now.").arg(r.answersBefore).arg(r.answersAfter));
    if (r.removedCustomers > 0)
        lines.append(tr("%1 customers had rows only in the old file and were removed.").arg(r.removedCustomers));
    m_report->setText(lines.join(u"<br>"_s) + issuesText(r.issues));
    m_rejected->setRows(r.firstRejected);
    m_rejectedView->setVisible(!r.firstRejected.isEmpty());
    m_rejectedView->resizeColumnsToContents();
    if (!r.firstRejected.isEmpty())
        resize(width(), std::max(height(), 480));
    Q_EMIT refreshed(r.sourceId);
    Q_EMIT refreshEnded(true);
}

void RefreshDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // the refresh rolls back and reports; the dialog stays open to say so
        return;
    }
    QDialog::reject();
}

} // namespace Portrait::Ui
