#pragma once

#include "models/customertablemodel.h"
#include "workbench/workbenchsession.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;

class QLabel;
class QLockFile;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Portrait::Jobs {
struct DataFinding;
}

namespace Portrait::Ui {

class BackgroundJob;
struct RecentProject;
class AnalyticsPage;
class CustomerCard;
class CustomersPage;
class DataChangeCommand;
class HelpDialog;
class ImportWizard;
class WelcomePage;
class CleanPage;
class DataPage;
class IssuesPage;
class RfmPage;
class SegmentsPage;
class TagsPage;
class TimelinePage;
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
    /// A file given on the command line, dropped or chosen: a project is opened, a data file goes to
    /// the import wizard (of a new project beside it when none is open).
    void openFile(const QString &path);
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
    AnalyticsPage *analyticsPage() const { return m_analytics; }
    TimelinePage *timelinePage() const { return m_timeline; }
    CustomerCard *customerCard() const { return m_card; }
    QTabWidget *pages() const { return m_pages; }
    /// Shown instead of the pages while no project is open.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;
    /// A project is loading, or an import's or a removal's undo, redo or removal runs.
    bool isLoading() const;
    /// Opens the import wizard on file (may be empty) for the open project; null without one.
    ImportWizard *showImportWizard(const QString &file);
    /// Removes a source without asking (the Data page's button asks first), as one undo step.
    void removeSource(qint64 sourceId);
    /// Help › Guide (F1), What is RFM?, Keyboard Shortcuts: the one help window, at that topic.
    HelpDialog *showHelp(int topic);
    /// The error shown in the window's banner; empty when there is none.
    QString errorText() const;
    /// Opens the card of the customer at position of the customers page's visible rows.
    void showCustomerCard(qsizetype position);
    /// Saves what is pending and closes the project. Returns false when the analyst chose to keep
    /// it open (its tags could not be saved).
    bool closeProject();

    /// What the analyst is looking at, carried over when the window is rebuilt in another language
    /// (mainwindowstate.cpp): the page, the customers selected on the customers page (by id, so
    /// it survives the reload), the customer whose card is open and the customers page's filter.
    struct ViewState
    {
        QString page;                 ///< the page's object name
        QStringList selectedCustomers;
        QString cardCustomer;         ///< empty: no card open
        /// The Customers page's filter (segment, tier, cluster, search, scores or flow rows).
        std::optional<CustomerFilterState> customersFilter;
    };
    ViewState viewState() const;
    /// Shows state now, or once the project being opened is loaded.
    void restoreViewState(const ViewState &state);

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
    void createHelpMenu();
    void createPages();
    void createWelcome();
    /// The welcome screen while no project is open, the pages otherwise; the controls that need a
    /// project are disabled without one.
    void updateProjectState();
    QList<RecentProject> recentProjects() const;
    void createStatusBar();
    void addPage(QWidget *page, const QString &title, const QString &name);
    void updateRecentMenu();
    /// The project's currency (¥, $, €, none), saved in the project.
    void createCurrencyMenu(QMenu *menu);
    /// Makes settings the session's and writes them to the project, off the GUI thread.
    void changeDisplaySettings(const Jobs::DisplaySettings &settings);
    static QString emptyTitle();
    void chooseProject();
    void createProject();
    void createDemoProject();
    /// Creates the demo at path off the GUI thread, then opens it.
    void createDemoAt(const QString &path);
    /// Try the Demo: the demo in the application's data folder, made the first time.
    void tryDemo();
    /// Import a File… without a project: a new project beside the file, then the wizard on it.
    void chooseFileForNewProject();
    void importIntoNewProject(const QString &file);
    void onLoaded(const std::shared_ptr<LoadedProject> &project);
    void onFailed(const QString &message);
    void onResultChanged();
    void changeScoring();
    /// settings with the toolbar's scheme and method, without hand-set cuts or an edited scheme.
    RfmSettings withToolbarScoring(RfmSettings settings) const;
    void syncScoringControls();
    void showRefreshDialog(qint64 sourceId);
    // Imports and removals as undo steps (mainwindowdata.cpp).
    void onImported(ImportWizard *wizard, qint64 sourceId);
    void undoImport(qint64 sourceId);
    void confirmRemoveSource(qint64 sourceId);
    /// Undo or redo of a data step: restores a snapshot off the GUI thread, then reloads.
    void restoreData(const QString &snapshot, const QString &saveCurrentTo);
    void onDataStepFailed(const QString &message);
    /// Opens the same project again, keeping the undo history.
    void reloadKeepingHistory();
    void setDataBusy(bool busy);
    QString newUndoSnapshotPath();
    void applyFix(const Jobs::DataFinding &finding);
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
    CleanPage *m_clean = nullptr;
    RfmPage *m_rfm = nullptr;
    SegmentsPage *m_segmentsPage = nullptr;
    CustomersPage *m_customers = nullptr;
    TagsPage *m_tags = nullptr;
    qint64 m_pendingSource = 0;
    std::optional<ViewState> m_pendingView;
    void applyViewState(const ViewState &state);
    IssuesPage *m_issues = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_workbench = nullptr;
    WelcomePage *m_welcome = nullptr;
    HelpDialog *m_help = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_projectActions;   ///< disabled while no project is open

    BackgroundJob *m_dataJob = nullptr;
    std::unique_ptr<QTemporaryDir> m_undoDir;
    int m_undoFiles = 0;
    bool m_keepHistory = false;
    bool m_dataBusy = false;
    /// Pushed onto the undo stack once the project it belongs to has (re)loaded.
    std::unique_ptr<DataChangeCommand> m_pendingCommand;
    bool m_undoWhenLoaded = false;
    /// A data file to open the import wizard on once the project loads (Import a File…).
    QString m_importWhenLoaded;
    AnalyticsPage *m_analytics = nullptr;
    TimelinePage *m_timeline = nullptr;
    /// A refresh reloads the project: then the Timeline shows what moved since the previous snapshot.
    bool m_showMovesAfterLoad = false;
    CustomerCard *m_card = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Portrait::Ui
