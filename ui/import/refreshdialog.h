#pragma once

#include "jobs/sourcerefresh.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Portrait::Ui {

class BackgroundJob;
class RejectedRowsModel;

/// "Refresh from newer file": re-imports one source from a newer file with the mapping saved for
/// it, off the GUI thread with progress and Cancel, and shows what changed (new customers, new and
/// removed orders, rejected rows). The source is replaced in one transaction, or not at all.
class RefreshDialog : public QDialog
{
    Q_OBJECT

public:
    /// The window holds the project's lock; the dialog reads and writes through its own connections.
    RefreshDialog(const QString &projectPath, qint64 sourceId, QWidget *parent = nullptr);
    ~RefreshDialog() override;

    void setFile(const QString &path);
    /// Starts the refresh with the file chosen.
    void startRefresh();
    bool isRunning() const;
    void reject() override;

Q_SIGNALS:
    /// The source was replaced; the window should reload the project.
    void refreshed(qint64 sourceId);
    /// The refresh ended, replaced or not.
    void refreshEnded(bool replaced);

private:
    void showSource(Result<Project::SourceRecord> source);
    void chooseFile();
    void showReport(Result<Jobs::RefreshReport> report);

    QString m_projectPath;
    qint64 m_sourceId;
    QLabel *m_sourceLabel;
    QLineEdit *m_fileEdit;
    QProgressBar *m_progress;
    QLabel *m_report;
    QTableView *m_rejectedView;
    RejectedRowsModel *m_rejected;
    QDialogButtonBox *m_buttons;
    QPushButton *m_refreshButton;
    BackgroundJob *m_job;
};

} // namespace Portrait::Ui
