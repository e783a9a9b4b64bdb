#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLockFile;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Portrait::Ui {

class CustomersPage;
class ProjectLoader;
class SegmentSummaryModel;
struct LoadedProject;

/// The workbench window. For now: open a project and see its customers segmented, with the
/// scheme and scoring method to choose from.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project: takes its lock, then loads it off the GUI thread.
    void openProject(const QString &path);
    SegmentSummaryModel *segmentModel() const { return m_segments; }
    CustomersPage *customersPage() const { return m_customers; }
    bool isLoading() const;
    /// The error shown in the window's banner; empty when there is none.
    QString errorText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCentralWidget();
    void updateRecentMenu();
    void chooseProject();
    void createDemoProject();
    void closeProject();
    void onLoaded(const std::shared_ptr<LoadedProject> &project);
    void onFailed(const QString &message);
    void rescore();
    void showError(const QString &message);
    void setLanguage(const QString &language);

    ProjectLoader *m_loader = nullptr;
    SegmentSummaryModel *m_segments = nullptr;
    std::shared_ptr<LoadedProject> m_project;
    std::unique_ptr<QLockFile> m_lock;
    QString m_pendingPath;

    QMenu *m_recentMenu = nullptr;
    QComboBox *m_schemeBox = nullptr;
    QComboBox *m_methodBox = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_pages = nullptr;
    CustomersPage *m_customers = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Portrait::Ui
