#pragma once

#include "common/currency.h"
#include "analytics/clustering.h"
#include "analytics/lifetimevalue.h"
#include "common/error.h"
#include "jobs/displaysettings.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QObject>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace Portrait::Ui {

struct LoadedProject;

using RfmSettings = Jobs::RfmSettings;

/// The open project and its current RFM result, shared by every page of the workbench. Pages read
/// the result and listen to resultChanged(); they change the scoring only through
/// changeSettings(), which goes through the undo stack.
class WorkbenchSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkbenchSession(QObject *parent = nullptr);
    ~WorkbenchSession() override;

    enum class History { Clear, Keep };
    /// Takes a loaded project and scores it with settings. A project just opened starts a new undo
    /// history; the same project reloaded after an import, a removal or their undo keeps it.
    void setProject(std::shared_ptr<const LoadedProject> project, const RfmSettings &settings,
                    History history = History::Clear);
    void clear();
    bool hasProject() const { return bool(m_project); }

    std::shared_ptr<const LoadedProject> project() const { return m_project; }
    std::shared_ptr<const Model::CustomerFrame> frame() const;
    /// Null while no project is open or when the settings could not be applied (see errorText()).
    std::shared_ptr<const Rfm::RfmResult> result() const { return m_result; }
    const RfmSettings &settings() const { return m_settings; }
    /// Why the current settings gave no result; empty when they did.
    QString errorText() const { return m_error; }
    /// Segment names in Chinese: the UI is Chinese or the scheme was written in Chinese.
    bool chineseNames() const;
    QUndoStack *undoStack() const { return m_undo; }

    /// The currency the project's amounts are shown in: as chosen, else what the data suggests.
    Currency currency() const { return m_currency; }
    /// The project's currency and report title, as the analyst last set them.
    const Jobs::DisplaySettings &displaySettings() const { return m_display; }
    /// Sets them (the window saves them in the project); emits displayChanged() when they change.
    void setDisplaySettings(const Jobs::DisplaySettings &settings);

    /// What settings would give, without publishing it: the RFM page's live preview. Fast when only
    /// the cut lines or the tiers differ from the current settings (no sorting, no metric pass).
    Result<Rfm::RfmResult> evaluate(const RfmSettings &settings) const;
    /// evaluate() into a result the caller keeps from one call to the next: on the fast path its
    /// buffers are reused, so the live updates of a drag allocate nothing (at a million customers,
    /// faulting in ~35 MB of fresh pages costs more than the re-scoring itself). out is left as it
    /// was on error.
    Status evaluateInto(const RfmSettings &settings, Rfm::RfmResult &out) const;

    /// Publishes settings as one undoable step named undoText. Consecutive changes with the same
    /// mergeId (>= 0) merge into one step: a whole drag of a cut line is undone at once.
    void changeSettings(const RfmSettings &settings, const QString &undoText, int mergeId = -1);
    /// Publishes settings without touching the undo stack; the undo commands use it.
    void applySettings(const RfmSettings &settings);

    /// The clustering the workbench shows (customer table, card, Analytics page): the project's
    /// saved one when it was opened, then whatever the analyst fitted, picked or renamed. Null when
    /// there is none, or when it does not cover this project's customers.
    std::shared_ptr<const Analytics::Clustering> clusters() const { return m_clusters; }
    /// Publishes clustering as one undoable step named undoText.
    void changeClusters(std::shared_ptr<const Analytics::Clustering> clustering, const QString &undoText);
    /// Publishes clustering without touching the undo stack; the undo commands use it.
    void applyClusters(std::shared_ptr<const Analytics::Clustering> clustering);
    /// The churn and lifetime-value model of the open project (fitted on the Analytics page, or
    /// saved with the project); null when there is none.
    std::shared_ptr<const Analytics::LifetimeResult> lifetime() const { return m_lifetime; }
    /// Publishes a new fit as one undoable step named undoText: undo brings back the model before it.
    void changeLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime, const QString &undoText);
    /// Publishes a model without touching the undo stack; the undo command uses it.
    void applyLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime);

Q_SIGNALS:
    void projectChanged();
    /// The result (or errorText()) changed; also after a project was opened or closed.
    void resultChanged();
    /// The currency or the report's title changed (setDisplaySettings()); also with a new project.
    void displayChanged();
    /// clusters() changed; also after a project was opened or closed.
    void clustersChanged();
    /// lifetime() changed: a fit, its undo or redo, or a project opened or closed.
    void lifetimeChanged();

private:
    bool sameBase(const RfmSettings &settings) const;
    Result<Rfm::RfmResult> computeBase(const RfmSettings &settings) const;
    /// What applyOverrides needs of the base result: everything but the per-customer outputs.
    static Rfm::RfmResult overrideInputs(const Rfm::RfmResult &base);

    std::shared_ptr<const LoadedProject> m_project;
    RfmSettings m_settings;
    /// The result of m_settings without hand-set cuts: the fast path's starting point.
    std::shared_ptr<const Rfm::RfmResult> m_base;
    std::shared_ptr<const Rfm::RfmResult> m_result;
    QString m_error;
    std::shared_ptr<const Analytics::Clustering> m_clusters;
    std::shared_ptr<const Analytics::LifetimeResult> m_lifetime;
    QUndoStack *m_undo = nullptr;
    Jobs::DisplaySettings m_display;
    Currency m_currency = Currency::None;
};

} // namespace Portrait::Ui
