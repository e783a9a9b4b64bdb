#pragma once

#include "workbench/workbenchsession.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLockFile;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Portrait::Ui {

class CustomerCard;
class CustomersPage;
class DataPage;
class IssuesPage;
class RfmPage;
class SegmentsPage;
class TagsPage;
class ProjectLoader;
class RfmSettingsSaver;
class LifetimeSaver;
class SegmentSummaryModel;
class WorkbenchSession;
struct LoadedProject;

/// The workbench window: a project's pages (Data, Segments, Customers, Issues) over one shared
/// session, which holds the in-memory customers and the current RFM result.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project: takes its lock, then loads it off the GUI thread.
    void openProject(const QString &path);
    /// The open project's file; empty when none is open.
    QString projectPath() const;
    WorkbenchSession *session() const { return m_session; }
    SegmentSummaryModel *segmentModel() const;
    SegmentsPage *segmentsPage() const { return m_segmentsPage; }
    RfmPage *rfmPage() const { return m_rfm; }
    TagsPage *tagsPage() const { return m_tags; }
    CustomersPage *customersPage() const { return m_customers; }
    DataPage *dataPage() const { return m_data; }
    IssuesPage *issuesPage() const { return m_issues; }
    CustomerCard *customerCard() const { return m_card; }
    QTabWidget *pages() const { return m_pages; }
    bool isLoading() const;
    /// The error shown in the window's banner; empty when there is none.
    QString errorText() const;
    /// Opens the card of the customer at position of the customers page's visible rows.
    void showCustomerCard(qsizetype position);
    /// Saves what is pending and closes the project. Returns false when the analyst chose to keep
    /// it open (its tags could not be saved).
    bool closeProject();

Q_SIGNALS:
    /// The analyst picked another language; "" follows the system. The application rebuilds its
    /// windows with the new translators.
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createPages();
    void createStatusBar();
    void addPage(QWidget *page, const QString &title, const QString &name);
    void updateRecentMenu();
    static QString emptyTitle();
    void chooseProject();
    void createProject();
    void createDemoProject();
    void onLoaded(const std::shared_ptr<LoadedProject> &project);
    void onFailed(const QString &message);
    void onResultChanged();
    void changeScoring();
    /// settings with the toolbar's scheme and method, without hand-set cuts or an edited scheme.
    RfmSettings withToolbarScoring(RfmSettings settings) const;
    void syncScoringControls();
    void showImportWizard(const QString &file);
    void showRefreshDialog(qint64 sourceId);
    void exportRows(const std::vector<qint32> &rows, const QString &name);
    void showError(const QString &message);
    /// Hand-set tags (mainwindowtags.cpp): the dialog for the customers selected on the customers page.
    void connectTags();
    void editManualTags(const std::vector<qint32> &rows, bool assign);
    /// Writes the tags page's unsaved edits to the project; when that fails, asks whether to go on
    /// without them. Returns whether to go on (close, open another project, switch language, quit).
    bool saveTagsOrAsk();

    WorkbenchSession *m_session = nullptr;
    RfmSettingsSaver *m_settingsSaver = nullptr;
    LifetimeSaver *m_lifetimeSaver = nullptr;
    ProjectLoader *m_loader = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QString m_pendingPath;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QComboBox *m_schemeBox = nullptr;
    QComboBox *m_methodBox = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_pages = nullptr;
    DataPage *m_data = nullptr;
    RfmPage *m_rfm = nullptr;
    SegmentsPage *m_segmentsPage = nullptr;
    CustomersPage *m_customers = nullptr;
    TagsPage *m_tags = nullptr;
    qint64 m_pendingSource = 0;
    IssuesPage *m_issues = nullptr;
    CustomerCard *m_card = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Portrait::Ui
