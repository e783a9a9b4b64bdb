#pragma once

#include "jobs/importjob.h"

#include <QWizardPage>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Portrait::Ui {

class BackgroundJob;
class RejectedRowsModel;
struct ImportSession;

/// The wizard's third page: a dry run over the whole file, off the GUI thread, that says how many
/// rows the import would accept, which it would reject and why, and how many have no customer id,
/// before anything is written; and, when the file does not look like the project (other dates,
/// other customers, other amounts), a warning with the way out: a new project for the file. Its
/// Import button is the wizard's commit: nothing is written before it is pressed.
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    ValidationPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    RejectedRowsModel *rejectedModel() const { return m_rejected; }
    /// The warning's frame; hidden when the file fits the project.
    QFrame *mismatchBox() const { return m_mismatchBox; }
    /// Switches the import to a new, empty project at path (created here); the warning goes.
    Status importIntoNewProject(const QString &path);

Q_SIGNALS:
    void validated();

private:
    void showReport(Result<Jobs::ImportReport> report);
    void showMismatches();
    void chooseNewProject();

    ImportSession &m_session;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_issues;
    QTableView *m_rejectedView;
    RejectedRowsModel *m_rejected;
    BackgroundJob *m_job;
    QFrame *m_mismatchBox;
    QLabel *m_mismatchText;
    QPushButton *m_newProject;
    QLabel *m_target;
};

/// "Rows read … accepted … rejected … without customer id" and the order or customer counts, as
/// rich text for the validation and result pages.
QString importCountsText(const Project::SourceRecord &counts, bool written);
/// The report's issues as an HTML list, or an empty string.
QString issuesText(const IssueList &issues);

} // namespace Portrait::Ui
