#pragma once

#include "analytics/lifetimevalue.h"
#include "jobs/tagworkspace.h"
#include "model/customerframe.h"
#include "project/tagstore.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "tags/dictionary.h"
#include "tags/dictionarytagger.h"
#include "startertexts.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QThreadPool;
class QTimer;
class QToolBar;
class QTreeView;
class QTreeWidget;
class QUndoStack;

namespace Portrait::Ui {

class EmptyState;
class GovernanceModel;
class GroupBuilder;
class OverlapModel;
class RuleEditor;
class TagForm;
class TagProjectStorage;
class TagTreeModel;

/// The tags page: the tag dictionary as a tree (add, rename, move, delete, all undoable), a side
/// form for a tag's definition, source, refresh rule, owner and rule (with a live count), the
/// governance table and overlap matrix, and the group builder. Tags are recomputed off the GUI
/// thread whenever the data or the dictionary changes. Edits (dictionary, groups, hand-set tags)
/// save themselves to the project shortly after they are made; flushToProject() writes what is left
/// before the project goes.
class TagsPage : public QWidget
{
    Q_OBJECT

public:
    /// How long edits wait before they are saved: a burst of edits is one write.
    static constexpr int AutoSaveDelayMs = 1500;

    explicit TagsPage(QWidget *parent = nullptr);
    /// Writes edits not saved yet (flushToProject()).
    ~TagsPage() override;

    /// The customers and the RFM run the rules see (segment, value_tier, as-of date).
    void setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> rfm,
                 bool chineseNames);
    /// The analysis window the features use (default: all orders up to the run's as-of date).
    void setMetricOptions(const Rfm::MetricOptions &options);
    /// The workbench's clustering, for the rule feature `cluster`; null for none.
    void setClusters(std::shared_ptr<const Analytics::Clustering> clustering);
    /// The lifetime model's scores per frame row (p_alive, expected_purchases_90d, clv); null: none
    /// fitted, the features are then missing.
    void setLifetime(std::shared_ptr<const Analytics::LifetimeScores> lifetime);

    /// Shows a dictionary and its manual tags, clearing the undo history (e.g. a freshly opened project).
    void setTagData(const Project::TagData &data);
    Project::TagData tagData() const;
    const Tags::TagDictionary &dictionary() const { return m_dictionary; }

    /// The project the page loads from and saves to; empty: none. Edits for the previous project
    /// are flushed to it first; loading starts at once.
    void setProjectPath(const QString &path);
    /// Writes the dictionary, groups and manual tags to the project (off the GUI thread).
    void saveToProject();
    /// Writes what the project does not have yet, now and on this thread, after any save under way:
    /// before the project is closed or another opened, and before the window goes. Tags are small,
    /// so this is quick. Fails (naming the file) when the write fails or the project's tags could
    /// not be read (saving would replace tags the analyst never saw).
    Status flushToProject();
    /// Takes the tags shown as saved: the analyst chose to close without the edits that could not be saved.
    void discardUnsavedEdits();
    /// The tags shown differ from those last read from or written to the project.
    bool isModified() const;

    /// Tags set by hand: customer keys per tag id.
    const Tags::ManualTags &manualTags() const { return m_manual; }
    /// Sets (assign) or removes tag `id` for the customers with these keys as one undo step on the
    /// manual-tag undo stack; returns how many customers changed (0: nothing to undo, no step).
    qsizetype changeManualTag(qint64 id, const QStringList &customerKeys, bool assign);
    /// Replaces the customers tag `id` is set on by hand; the undo steps of changeManualTag() use it.
    void setManualAssignments(qint64 id, const QSet<QString> &customerKeys);
    /// Where changeManualTag() pushes its steps: the page's own stack unless the window routes
    /// them to the one its Edit menu (Ctrl+Z) drives, as hand-set tags are edited on other pages.
    void setManualUndoStack(QUndoStack *stack);

    /// The latest computed tags; null until the first computation finished.
    std::shared_ptr<const Jobs::TagWorkspace> workspace() const { return m_workspace; }
    /// For the customer card: the tags of customer `row` (frame order), each with what set it.
    QList<Tags::CustomerTagReason> tagsOfCustomer(qsizetype row) const;
    /// The paths of the tags of customer `row`, as the page shows them ("Behaviour › Purchasing › Frequent").
    QStringList tagPathsOfCustomer(qsizetype row) const;
    /// The same as lines of text: "行为特征 › 消费行为 › 高频 — rule: frequency >= 5".
    QStringList explainCustomerTags(qsizetype row) const;

    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *tree() const { return m_tree; }
    TagTreeModel *treeModel() const { return m_treeModel; }
    TagForm *tagForm() const { return m_form; }
    GroupBuilder *groupBuilder() const { return m_groups; }
    QTabWidget *tabs() const { return m_tabs; }
    GovernanceModel *governanceModel() const { return m_governanceModel; }
    OverlapModel *overlapModel() const { return m_overlapModel; }
    void selectTag(qint64 id);
    qint64 currentTagId() const;
    QTableView *overlapView() const { return m_overlapView; }
    QTableView *governanceView() const { return m_governanceView; }
    /// No project, or a project without tags: the page says what to do next instead of an empty tree.
    bool isShowingEmptyState() const;
    EmptyState *emptyState() const { return m_empty; }
    /// On a project without tags: the starter dictionary's tags, with how many customers each would get.
    QTreeWidget *starterPreview() const { return m_starterPreview; }
    /// What the page says about saving: "Saved automatically", "Saving…", or that it failed.
    QString saveStateText() const;

Q_SIGNALS:
    /// Export the customers of a group: rows of the frame.
    void exportRequested(const QString &name, const std::vector<qint32> &rows);
    /// New tags were computed (workspace()).
    void workspaceChanged();
    /// The project's tags were read (after setProjectPath()).
    void tagDataLoaded();
    void saved();
    void storageFailed(const QString &message);
    /// The empty page's buttons while no project is open.
    void openProjectRequested();
    void demoRequested();

private:
    void buildToolBar();
    QWidget *buildEmptyState();
    /// Shows the empty state or the tags, whichever fits the project and the dictionary.
    void updateEmptyState();
    /// Fills the starter preview, with counts once the features are there (off the GUI thread).
    void updateStarterPreview();
    void updateSaveState();
    void connectStorage();
    /// After every change of the dictionary or the hand-set tags: schedules the automatic save.
    void tagDataEdited();
    /// Starts an asynchronous save of edits not saved yet (or of everything: evenIfUnchanged),
    /// unless one is under way: then it follows that one.
    void startSave(bool evenIfUnchanged = false);
    /// Applies an edited copy of the dictionary as one undo step.
    void changeDictionary(const Tags::TagDictionary &after, const QString &text, qint64 selectAfter = 0);
    void applyDictionary(const Tags::TagDictionary &dictionary, qint64 selectId);
    void addTag(bool asChild);
    void removeCurrentTag();
    void moveCurrentTag(int delta);
    void showCurrentTag();
    void importDictionary();
    void exportDictionary();
    void installStarter();
    void showMessage(const QString &message, bool error);
    /// Recomputes the features once the changes now being announced have been taken in.
    void scheduleFeatures();
    void recomputeFeatures();
    void scheduleRetag();
    void retag();
    void showWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace);

    std::shared_ptr<const Model::CustomerFrame> m_frame;
    std::shared_ptr<const Rfm::RfmResult> m_rfm;
    std::shared_ptr<const Analytics::LifetimeScores> m_lifetime;
    Rfm::MetricOptions m_options;
    std::shared_ptr<const Analytics::Clustering> m_clusters;
    /// Segment names in the rules' context in Chinese (the scheme's or the interface's choice).
    bool m_chinese = true;
    /// Tag names as the interface's language has them: Chinese, or the English name when there is one.
    bool m_chineseTagNames = true;
    StarterTexts m_starterTexts;
    Tags::TagDictionary m_dictionary;
    Tags::ManualTags m_manual;
    QString m_projectPath;
    /// What the project holds as far as the page knows: read or written last.
    Project::TagData m_saved;
    /// The data of the latest save started; an older save finishing late does not count.
    Project::TagData m_requested;
    /// The project's tags were read: only then may the page write them.
    bool m_loaded = false;
    bool m_saveQueued = false;
    bool m_announceSave = false;
    std::shared_ptr<const Tags::FeatureTable> m_features;
    Tags::EvaluationContext m_context;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    quint64 m_featureGeneration = 0;
    bool m_featuresQueued = false;
    quint64 m_tagGeneration = 0;
    bool m_retagRunning = false;
    bool m_retagAgain = false;
    QThreadPool *m_workPool = nullptr; ///< features and retags, one at a time, off the shared pool

    QUndoStack *m_undo = nullptr;
    QUndoStack *m_manualUndo = nullptr;
    QTimer *m_saveTimer = nullptr;
    QLabel *m_saveState = nullptr;   ///< "Saved automatically", "Saving…", "Not saved"
    bool m_saveFailed = false;
    TagProjectStorage *m_storage = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeView *m_tree = nullptr;
    TagTreeModel *m_treeModel = nullptr;
    TagForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    GovernanceModel *m_governanceModel = nullptr;
    QSortFilterProxyModel *m_governanceProxy = nullptr;
    QTableView *m_governanceView = nullptr;
    OverlapModel *m_overlapModel = nullptr;
    QTableView *m_overlapView = nullptr;
    GroupBuilder *m_groups = nullptr;
    QTimer *m_retagTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_starterButton = nullptr;
    QPushButton *m_blankButton = nullptr;
    QTreeWidget *m_starterPreview = nullptr;
    /// The features the preview's counts were made from; null: none yet.
    std::shared_ptr<const Tags::FeatureTable> m_previewFeatures;
};

} // namespace Portrait::Ui
