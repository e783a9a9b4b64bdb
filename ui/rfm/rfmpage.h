#pragma once

#include "workbench/workbenchsession.h"

#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Portrait::Ui {

class CutPanel;
class EmptyState;
class RfmOptionsPanel;
class SegmentPreviewModel;
class TransitionModel;

/// The RFM page: how the open project is scored and segmented. The analyst picks a scheme and a
/// method, sets how metrics are taken, and drags the cut lines on the three histograms. While a
/// line moves, the page previews the segment sizes and who moves where (session->evaluate(), the
/// session is not changed); on release the change is committed as one undo step.
class RfmPage : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPage(WorkbenchSession *session, QWidget *parent = nullptr);
    ~RfmPage() override;

    RfmOptionsPanel *optionsPanel() const { return m_options; }
    CutPanel *cutPanel(Rfm::Dimension d) const { return m_cutPanels[size_t(d)]; }
    SegmentPreviewModel *segmentModel() const { return m_segments; }
    TransitionModel *transitionModel() const { return m_transitions; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    /// A drag of cut point `line` of dimension d, as the histograms drive it: begin, move (each
    /// move schedules a preview; moves that arrive while one is computed collapse into the
    /// latest), then finish (commit as one undo step) or cancel.
    void beginCutDrag(Rfm::Dimension d, int line);
    void dragCut(double value);
    void finishCutDrag();
    void cancelCutDrag();
    bool isDragging() const { return m_dragDimension >= 0; }
    /// Computes the scheduled preview now instead of on the next turn of the event loop.
    void flushPreview();
    /// The preview of the drag under way; null when there is none (or it failed).
    std::shared_ptr<const Rfm::RfmResult> previewResult() const { return m_preview; }
    /// How long the last preview took (evaluate + who-moves matrix), in milliseconds.
    double lastPreviewMs() const { return m_lastPreviewMs; }

    /// Sets one cut point as a finished change (what typing into its spin box does).
    void setCut(Rfm::Dimension d, int line, double value);
    /// The scheme customers are segmented by now (the edited one, if any).
    Rfm::SegmentScheme currentScheme() const;
    /// Publishes scheme as the analyst's edited scheme (the editor's OK), as one undo step.
    void applyEditedScheme(const Rfm::SegmentScheme &scheme);
    /// Opens the scheme editor on the current scheme.
    void editScheme();

    /// Whether the page says what to do next (no project, no orders) instead of the histograms.
    bool isShowingEmptyState() const;
    EmptyState *emptyState() const { return m_empty; }
    QLabel *transitionHint() const { return m_movesHint; }
    /// The hint is shown instead of the who-moves matrix.
    bool isShowingTransitionHint() const;

Q_SIGNALS:
    /// The empty page's buttons: the window opens a project, the demo, or the import wizard.
    void openProjectRequested();
    void demoRequested();
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildEmptyState();
    void showEmptyState();
    QWidget *buildCutPanels();
    QWidget *buildResultTables();
    void onResultChanged();
    /// The histograms, cut lines, segment table and matrix of the session's result.
    void showResult();
    void onRequestEdited(Jobs::RfmRequest request, const QString &undoText);
    void onSchemeChosen(const QString &idOrPath);
    void openSchemeFile();
    void runPreview();
    void endDrag();
    void showTransitions(const Rfm::RfmResult &from, const Rfm::RfmResult &to, bool preview);
    void refreshHistograms(const std::shared_ptr<const Rfm::RfmResult> &result);
    void showStatus(const Rfm::RfmResult &result);
    std::vector<double> committedCuts(Rfm::Dimension d) const;

    WorkbenchSession *m_session;
    RfmOptionsPanel *m_options = nullptr;
    std::array<CutPanel *, 3> m_cutPanels {};
    SegmentPreviewModel *m_segments = nullptr;
    TransitionModel *m_transitions = nullptr;
    QLabel *m_transitionCaption = nullptr;
    QStackedWidget *m_moves = nullptr;
    QLabel *m_movesHint = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QTimer *m_previewTimer = nullptr;

    int m_dragDimension = -1;
    int m_dragLine = -1;
    RfmSettings m_dragSettings;
    bool m_previewPending = false;
    std::shared_ptr<Rfm::RfmResult> m_preview;
    /// The preview before the current one, kept to be overwritten by the next: a drag's updates
    /// then reuse two buffers instead of allocating a result per mouse move.
    std::shared_ptr<Rfm::RfmResult> m_spare;
    double m_lastPreviewMs = 0;
    /// Each drag commits with its own merge id: one drag, one undo step, never merged with the next.
    int m_nextMergeId = 0x5246'0000;
    /// The result shown before the current one: the "from" side of the last change's matrix.
    std::shared_ptr<const Rfm::RfmResult> m_shown;
    /// The result changed while the page was hidden: it is shown when the page is.
    bool m_stale = false;
    /// What the histograms were built from: the frame and the metric options.
    const void *m_histogramFrame = nullptr;
    Rfm::MetricOptions m_histogramMetrics;
};

} // namespace Portrait::Ui
