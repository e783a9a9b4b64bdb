#pragma once

#include "analytics/clustering.h"
#include "analytics/lifetimevalue.h"
#include "common/error.h"
#include "common/progress.h"
#include "jobs/displaysettings.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"
#include "project/projectsummary.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Portrait::Ui {

/// What the window needs of an open project, read once off the GUI thread.
struct LoadedProject
{
    QString path;
    Model::CustomerFrame frame;
    Project::ProjectSummary summary;
    /// How the project was scored when last used; nullopt for a new project.
    std::optional<Jobs::RfmSettings> savedSettings;
    /// Why the saved settings could not be read (they are then ignored); empty when all is well.
    QString savedSettingsError;
    /// The customers scored in the worker, unless that failed (the session then says why), and the
    /// settings used: the saved ones, or else those load() was given.
    std::shared_ptr<const Rfm::RfmResult> scored;
    Jobs::RfmSettings scoredWith;
    /// The project's currency and report title as saved, and the currency its data suggests.
    Jobs::DisplaySettings display;
    Currency defaultCurrency = Currency::None;
    /// The project's active clustering (Project::loadActiveClustering); null when it has none or
    /// it could not be read (clusteringError then says why).
    std::shared_ptr<const Analytics::Clustering> clustering;
    QString clusteringError;
    /// The saved lifetime model applied to the frame; null when none was saved or it could not be
    /// used (lifetimeError says why).
    std::shared_ptr<const Analytics::LifetimeResult> lifetime;
    QString lifetimeError;
};

/// Loads a project in a worker thread (its own connection, opened and closed there) and reports
/// progress, the result or the failure as signals on the GUI thread.
class ProjectLoader : public QObject
{
    Q_OBJECT

public:
    explicit ProjectLoader(QObject *parent = nullptr);
    ~ProjectLoader() override;

    /// Loads the project at path, scoring its customers as they were last scored, or else with
    /// fallback: at a million customers that is a tenth of a second the GUI thread is spared.
    void load(const QString &path, const Jobs::RfmSettings &fallback);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int percent, const QString &phase);
    void loaded(std::shared_ptr<Portrait::Ui::LoadedProject> project);
    void failed(const QString &message);

private:
    class Sink;
    std::shared_ptr<CancelToken> m_cancel;
    std::shared_ptr<Sink> m_sink;
    bool m_running = false;
};

} // namespace Portrait::Ui
