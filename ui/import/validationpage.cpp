#include "validationpage.h"

#include "backgroundjob.h"
#include "importsession.h"
#include "rejectedrowsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

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
      m_job(new BackgroundJob(this))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is read and checked as the import would; nothing is written yet."));
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
    m_rejected->setRows({});
    m_issues->clear();
    m_summary->setText(tr("Checking every row…"));
    m_progress->setValue(0);
    m_progress->show();
    Q_EMIT completeChanged();
    const QString path = m_session.filePath;
    const Jobs::ImportOptions options = m_session.importOptions();
    m_job->start<Result<Jobs::ImportReport>>(
            [path, options](ProgressSink &progress, const CancelToken &cancel) {
                return Jobs::validateImport(path, options, progress, cancel);
            },
            [this](Result<Jobs::ImportReport> report) { showReport(std::move(report)); });
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
    Q_EMIT completeChanged();
    Q_EMIT validated();
}

bool ValidationPage::isComplete() const
{
    return m_session.validation.has_value();
}

} // namespace Portrait::Ui
