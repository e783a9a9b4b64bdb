#pragma once

#include "clean/identity.h"
#include "clean/pipeline.h"
#include "clean/qualityreport.h"
#include "jobs/dedupejob.h"

#include <QWidget>

#include <optional>
#include <variant>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Portrait::Ui {

class BackgroundJob;

/// The Clean page: the project's cleaning pipeline as a list of steps with their counts (added,
/// removed, reordered, previewed before → after, then applied), the quality report, and the
/// search for duplicate customers with its review. Every apply and merge is one Undo step. The
/// work runs off the GUI thread on its own project connection; after a change the page asks the
/// window to reload the frame (projectChanged).
class CleanPage : public QWidget
{
    Q_OBJECT

public:
    explicit CleanPage(QWidget *parent = nullptr);
    ~CleanPage() override;

    void setProjectPath(const QString &path);
    /// The quality report of the pipeline shown (read when the project is set, then the last
    /// preview or apply), for the Issues page; issuesChanged() says when it changes.
    QList<Issue> issues() const;
    const Clean::Pipeline &pipeline() const { return m_pipeline; }
    bool isBusy() const;

Q_SIGNALS:
    /// Cleaned values or customers changed in the project: the frame must be loaded again.
    void projectChanged();
    void issuesChanged();

private:
    /// What one Undo puts back: the pipeline stored before an apply (nullopt: none), or a merge.
    using UndoEntry = std::variant<std::optional<Clean::Pipeline>, Jobs::MergeBatch>;

    void buildPipelinePanel(QWidget *panel);
    QWidget *buildDuplicatePanel();
    void loadStored();
    void preview();
    void apply();
    void undo();
    void findDuplicates();
    void mergeReviewed(const QList<Clean::CandidateGroup> &accepted, const QList<Clean::CandidateGroup> &rejected);
    void editPipeline(const Clean::Pipeline &pipeline);
    /// Opens the selected step's options; OK changes the pipeline (applied with Apply).
    void editStepOptions();
    void showSteps();
    void showSamples();
    void showReport();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);

    QString m_path;
    Clean::Pipeline m_pipeline;
    std::optional<Clean::Pipeline> m_stored;
    std::optional<Clean::QualityReport> m_report; ///< of m_pipeline, when it was previewed
    QList<UndoEntry> m_undo;
    BackgroundJob *m_job;

    QListWidget *m_steps;
    QLabel *m_description;
    QTreeWidget *m_samples;
    QTreeWidget *m_quality;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QPushButton *m_undoButton;
    QPushButton *m_find;
    QList<QCheckBox *> m_keys;
};

} // namespace Portrait::Ui
