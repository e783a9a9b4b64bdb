#pragma once

#include "jobs/importjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableView;

namespace Portrait::Ui {

class BackgroundJob;
class RejectedRowsModel;
struct ImportSession;

/// The wizard's third page: a dry run over the whole file, off the GUI thread, that says how many
/// rows the import would accept, which it would reject and why, and how many have no customer id,
/// before anything is written.
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    ValidationPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    RejectedRowsModel *rejectedModel() const { return m_rejected; }

Q_SIGNALS:
    void validated();

private:
    void showReport(Result<Jobs::ImportReport> report);

    ImportSession &m_session;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_issues;
    QTableView *m_rejectedView;
    RejectedRowsModel *m_rejected;
    BackgroundJob *m_job;
};

/// "Rows read … accepted … rejected … without customer id" and the order or customer counts, as
/// rich text for the validation and result pages.
QString importCountsText(const Project::SourceRecord &counts, bool written);
/// The report's issues as an HTML list, or an empty string.
QString issuesText(const IssueList &issues);

} // namespace Portrait::Ui
