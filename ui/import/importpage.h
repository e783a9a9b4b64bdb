#pragma once

#include "jobs/importjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Portrait::Ui {

class BackgroundJob;
class RejectedRowsModel;
struct ImportSession;

/// The wizard's last page: runs the import off the GUI thread (its own project connection, one
/// transaction; first a copy of the project for the undo, when the session names one) with
/// progress and Cancel, then shows the counts and the rejected rows. After it: Close, and Undo
/// This Import when the copy was taken.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /// The import was committed and can be undone (a copy of the project was taken before it).
    bool canUndo() const;

    bool isRunning() const;
    /// Asks the running import to stop; it rolls back and the page says so.
    void cancelImport();
    /// Blocks until the import has ended (committed or rolled back).
    void waitForImport();
    RejectedRowsModel *rejectedModel() const { return m_rejected; }

Q_SIGNALS:
    /// The import ended: sourceId > 0 when it was committed, 0 when it failed or was cancelled.
    void importFinished(qint64 sourceId);

private:
    void showReport(Result<Jobs::ImportReport> report);

    ImportSession &m_session;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_issues;
    QTableView *m_rejectedView;
    RejectedRowsModel *m_rejected;
    BackgroundJob *m_job;
    bool m_done = false;
};

} // namespace Portrait::Ui
