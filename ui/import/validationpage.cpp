#include "validationpage.h"

#include "backgroundjob.h"
#include "importsession.h"
#include "project/projectfile.h"
#include "rejectedrowsmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString importCountsText(const Project::SourceRecord &c, bool written)
{
    // Counts with the locale's thousands separators, as everywhere else: "541,909", not "541909".
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    QStringList lines;
    lines.append(ValidationPage::tr("<b>%1</b> rows read: <b>%2</b> accepted, <b>%3</b> rejected, <b>%4</b> without "
                                    "a customer id.")
                         .arg(n(c.rowsRead), n(c.rowsAccepted), n(c.rowsRejected), n(c.rowsWithoutCustomer)));
    if (c.kind == Jobs::sourceKindKey(Jobs::SourceKind::Orders)) {
        lines.append(ValidationPage::tr("%1 orders of %2 customers in the file, amount total %3.")
                             .arg(n(c.ordersInFile), n(c.customersInFile), locale.toString(c.totalAmount, 'f', 2)));
        if (written)
            lines.append(ValidationPage::tr("%1 orders stored (%2 only returns); %3 new customers.")
                                 .arg(n(c.ordersStored), n(c.returnOrders), n(c.newCustomers)));
    } else {
        lines.append(ValidationPage::tr("%1 customers in the file.").arg(n(c.customersInFile)));
        if (written)
            lines.append(ValidationPage::tr("%1 new customers.").arg(n(c.newCustomers)));
    }
    return lines.join(u"<br>"_s);
}

QString issuesText(const IssueList &issues)
{
    if (issues.isEmpty())
        return {};
    QString html = u"<ul style=\"margin-left:-20px\">"_s;
    for (const Issue &issue : issues.items())
        html += u"<li>"_s + issue.text.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

ValidationPage::ValidationPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_issues(new QLabel(this)),
      m_rejectedView(new QTableView(this)),
      m_rejected(new RejectedRowsModel(this)),
      m_job(new BackgroundJob(this)),
      m_mismatchBox(new QFrame(this)),
      m_mismatchText(new QLabel(m_mismatchBox)),
      m_newProject(new QPushButton(tr("Import into a &New Project Instead…"), m_mismatchBox)),
      m_target(new QLabel(this))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is read and checked as the import would; nothing is written until you press Import."));
    // The Import button is this page's: the wizard writes nothing before it is pressed.
    setCommitPage(true);
    m_mismatchBox->setObjectName(u"mismatchBox"_s);
    m_mismatchBox->setFrameShape(QFrame::StyledPanel);
    m_mismatchBox->setStyleSheet(u"#mismatchBox { background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; }"
                                 " #mismatchBox QLabel { color: #5c3a00; }"_s);
    m_mismatchText->setObjectName(u"mismatchText"_s);
    m_mismatchText->setWordWrap(true);
    m_mismatchText->setTextFormat(Qt::RichText);
    m_newProject->setObjectName(u"importIntoNewProject"_s);
    auto *boxLayout = new QVBoxLayout(m_mismatchBox);
    boxLayout->addWidget(m_mismatchText);
    auto *boxButtons = new QHBoxLayout;
    boxButtons->addStretch(1);
    boxButtons->addWidget(m_newProject);
    boxLayout->addLayout(boxButtons);
    m_mismatchBox->hide();
    m_target->setObjectName(u"importTarget"_s);
    m_target->setWordWrap(true);
    connect(m_newProject, &QPushButton::clicked, this, &ValidationPage::chooseNewProject);
    m_summary->setObjectName(u"validationSummary"_s);
    m_summary->setWordWrap(true);
    m_issues->setWordWrap(true);
    m_rejectedView->setObjectName(u"validationRejected"_s);
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_mismatchBox);
    layout->addWidget(m_target);
    layout->addWidget(m_issues);
    layout->addWidget(new QLabel(tr("Rows that would be rejected:"), this));
    layout->addWidget(m_rejectedView, 1);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
}

void ValidationPage::initializePage()
{
    m_session.validation.reset();
    m_session.mismatches.clear();
    showMismatches();
    m_rejected->setRows({});
    m_issues->clear();
    m_summary->setText(tr("Checking every row…"));
    m_progress->setValue(0);
    m_progress->show();
    Q_EMIT completeChanged();
    const QString path = m_session.filePath;
    const Jobs::ImportOptions options = m_session.importOptions();
    using Checked = std::pair<Result<Jobs::ImportReport>, QList<Jobs::Mismatch>>;
    m_job->start<Checked>(
            [path, options, frame = m_session.projectFrame](ProgressSink &progress, const CancelToken &cancel) {
                Checked checked { Jobs::validateImport(path, options, progress, cancel), {} };
                if (checked.first && frame)
                    checked.second = Jobs::findMismatches(checked.first->profile, *frame);
                return checked;
            },
            [this](Checked checked) {
                m_session.mismatches = std::move(checked.second);
                showReport(std::move(checked.first));
            });
}

void ValidationPage::cleanupPage()
{
    m_job->abandon();
}

void ValidationPage::showReport(Result<Jobs::ImportReport> report)
{
    m_progress->hide();
    if (!report) {
        m_summary->setText(tr("The rows cannot be checked: %1").arg(report.error().toString().toHtmlEscaped()));
        Q_EMIT validated();
        return;
    }
    m_session.validation = report.takeValue();
    m_summary->setText(importCountsText(m_session.validation->source, false));
    m_issues->setText(issuesText(m_session.validation->issues));
    m_rejected->setRows(m_session.validation->firstRejected);
    m_rejectedView->resizeColumnsToContents();
    showMismatches();
    Q_EMIT completeChanged();
    Q_EMIT validated();
}

void ValidationPage::showMismatches()
{
    const bool warn = !m_session.mismatches.isEmpty() && !m_session.intoNewProject;
    if (warn) {
        QString html = u"<b>"_s + tr("This file may not belong to this project.").toHtmlEscaped() + u"</b><ul style=\"margin-left:-20px\">"_s;
        for (const Jobs::Mismatch &mismatch : std::as_const(m_session.mismatches))
            html += u"<li>"_s + mismatch.text.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s + tr("Importing merges its customers and orders into this project's and scores everyone "
                                "again. If it comes from another shop, period or currency, give it a project of its "
                                "own.").toHtmlEscaped();
        m_mismatchText->setText(html);
    }
    m_mismatchBox->setVisible(warn);
    const QString project = QDir::toNativeSeparators(m_session.projectPath);
    m_target->setText(m_session.intoNewProject ? tr("The rows will go into the new project %1.").arg(project) : QString());
    m_target->setVisible(m_session.intoNewProject);
    if (QWizard *w = wizard())
        w->setButtonText(QWizard::CommitButton, warn ? tr("Import &Anyway") : tr("&Import"));
}

Status ValidationPage::importIntoNewProject(const QString &path)
{
    auto created = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
    if (!created)
        return created.error();
    m_session.projectPath = QFileInfo(path).absoluteFilePath();
    m_session.intoNewProject = true;
    m_session.projectFrame.reset();
    showMismatches();
    return {};
}

void ValidationPage::chooseNewProject()
{
    const QFileInfo file(m_session.filePath);
    QString suggestion = file.absoluteDir().filePath(file.completeBaseName() + u".portrait"_s);
    for (int n = 2; QFileInfo::exists(suggestion); ++n)
        suggestion = file.absoluteDir().filePath(u"%1-%2.portrait"_s.arg(file.completeBaseName()).arg(n));
    QString path = QFileDialog::getSaveFileName(this, tr("New Project for %1").arg(file.fileName()), suggestion,
                                                tr("Portrait projects (*.portrait)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".portrait"_s, Qt::CaseInsensitive))
        path += u".portrait"_s;
    if (Status status = importIntoNewProject(path); !status) {
        m_target->setText(status.error().toString());
        m_target->show();
    }
}

bool ValidationPage::isComplete() const
{
    return m_session.validation.has_value();
}

} // namespace Portrait::Ui
