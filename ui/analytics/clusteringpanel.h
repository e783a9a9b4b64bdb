#pragma once

#include "analytics/clustering.h"
#include "jobs/clusterjob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace Portrait::Ui {

class BackgroundJob;
class ClusterProfilesModel;
class ClusterScatter;
class SilhouetteCurve;
class WorkbenchSession;

/// The Analytics page's k-means tab: the analyst picks features (log1p or raw) and k (or lets
/// the silhouette choose it over 2–8), fits off the GUI thread with progress and cancel, reads
/// the silhouette curve, a scatter coloured by cluster and the profiles, renames clusters and
/// saves them in the project. Every fit, pick of another k and rename is a step of the session's
/// undo stack; the session's clusters() are what this panel shows.
class ClusteringPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClusteringPanel(WorkbenchSession *session, QWidget *parent = nullptr);
    ~ClusteringPanel() override;

    /// The settings the controls describe.
    Analytics::ClusterSettings settings() const;
    /// Fits with settings() in the background.
    void fit();
    void cancel();
    bool isBusy() const;
    /// Saves the session's clustering in the project under name, in the background.
    void save(const QString &name);
    ClusterProfilesModel *profilesModel() const { return m_profiles; }
    SilhouetteCurve *curve() const { return m_curve; }
    /// The status line: what was fitted, how the silhouette was computed, or what went wrong.
    QString statusText() const;

Q_SIGNALS:
    /// A fit, a view or a save ended (successfully or not).
    void workFinished();

private:
    void buildControls(QWidget *box);
    void fillFeatures();
    void showSettings(const Analytics::ClusterSettings &settings);
    void onProjectChanged();
    void onClustersChanged();
    void onFitDone(Result<Jobs::ClusterRun> run);
    void pickK(int k);
    void rename(int cluster, const QString &name);
    void startView(std::shared_ptr<const Analytics::Clustering> clustering);
    void showView(std::shared_ptr<const Analytics::Clustering> clustering, const Jobs::ClusterView &view);
    void updateCurve();
    void updateStatus();
    void setBusy(bool busy);

    WorkbenchSession *m_session;
    BackgroundJob *m_job;
    /// Every fit of the last run (one per k tried), for picking another k on the curve.
    QList<std::shared_ptr<const Analytics::Clustering>> m_fits;
    /// The clustering whose members the scatter and profiles show.
    std::shared_ptr<const Analytics::Clustering> m_shown;
    /// What the project holds: to say whether the shown clusters are saved.
    std::shared_ptr<const Analytics::Clustering> m_saved;
    QString m_problem;

    QTreeWidget *m_features = nullptr;
    QComboBox *m_k = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_fit = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    SilhouetteCurve *m_curve = nullptr;
    ClusterScatter *m_scatter = nullptr;
    ClusterProfilesModel *m_profiles = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Portrait::Ui
