#pragma once

#include "jobs/tagworkspace.h"
#include "model/customerframe.h"
#include "project/tagstore.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "tags/dictionary.h"
#include "tags/dictionarytagger.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace Portrait::Ui {

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
/// thread whenever the data or the dictionary changes.
class TagsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TagsPage(QWidget *parent = nullptr);
    ~TagsPage() override;

    /// The customers and the RFM run the rules see (segment, value_tier, as-of date).
    void setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> rfm,
                 bool chineseNames);
    /// The analysis window the features use (default: all orders up to the run's as-of date).
    void setMetricOptions(const Rfm::MetricOptions &options);

    /// Shows a dictionary and its manual tags, clearing the undo history (e.g. a freshly opened project).
    void setTagData(const Project::TagData &data);
    Project::TagData tagData() const;
    const Tags::TagDictionary &dictionary() const { return m_dictionary; }

    /// The project the page loads from and saves to; empty: none. Loading starts at once.
    void setProjectPath(const QString &path);
    /// Writes the dictionary, groups and manual tags to the project (off the GUI thread).
    void saveToProject();
    /// Edited since loaded or saved.
    bool isModified() const;

    /// The latest computed tags; null until the first computation finished.
    std::shared_ptr<const Jobs::TagWorkspace> workspace() const { return m_workspace; }
    /// For the customer card: the tags of customer `row` (frame order), each with what set it.
    QList<Tags::CustomerTagReason> tagsOfCustomer(qsizetype row) const;
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

Q_SIGNALS:
    /// Export the customers of a group: rows of the frame.
    void exportRequested(const QString &name, const std::vector<qint32> &rows);
    /// New tags were computed (workspace()).
    void workspaceChanged();
    /// The project's tags were read (after setProjectPath()).
    void tagDataLoaded();
    void saved();
    void storageFailed(const QString &message);

private:
    void buildToolBar();
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
    void recomputeFeatures();
    void scheduleRetag();
    void retag();
    void showWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace);

    std::shared_ptr<const Model::CustomerFrame> m_frame;
    std::shared_ptr<const Rfm::RfmResult> m_rfm;
    Rfm::MetricOptions m_options;
    bool m_chinese = true;
    Tags::TagDictionary m_dictionary;
    Tags::ManualTags m_manual;
    QString m_projectPath;
    std::shared_ptr<const Tags::FeatureTable> m_features;
    Tags::EvaluationContext m_context;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    quint64 m_featureGeneration = 0;
    quint64 m_tagGeneration = 0;

    QUndoStack *m_undo = nullptr;
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
};

} // namespace Portrait::Ui
