#include "clusteringpanel.h"

#include "clustercharts.h"
#include "clusterprofilesmodel.h"
#include "import/backgroundjob.h"
#include "analytics/silhouette.h"
#include "jobs/clusterfeaturechoice.h"
#include "project/clusterstore.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

enum FeatureColumn { FeatureName, FeatureLog };

using ClusteringPtr = std::shared_ptr<const Analytics::Clustering>;

/// Same members and figures: only names (of the clustering or its clusters) may differ.
bool sameFit(const Analytics::Clustering &a, const Analytics::Clustering &b)
{
    return a.k == b.k && a.inertia == b.inertia && a.settings == b.settings && a.assignment == b.assignment;
}

QStringList namesOf(const Analytics::Clustering &c)
{
    return c.clusterNames();
}

} // namespace

ClusteringPanel::ClusteringPanel(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_profiles(new ClusterProfilesModel(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *controls = new QGroupBox(tr("Clustering"), this);
    buildControls(controls);
    controls->setMaximumWidth(340);
    layout->addWidget(controls);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *charts = new QSplitter(Qt::Horizontal, split);
    m_curve = new SilhouetteCurve(charts);
    m_curve->setObjectName(u"silhouetteCurve"_s);
    m_scatter = new ClusterScatter(charts);
    m_scatter->setObjectName(u"clusterScatter"_s);
    charts->setStretchFactor(1, 2);
    m_table = new QTableView(split);
    m_table->setObjectName(u"clusterProfiles"_s);
    m_table->setModel(m_profiles);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_profiles, &ClusterProfilesModel::renameRequested, this, &ClusteringPanel::rename);
    connect(m_curve, &SilhouetteCurve::kClicked, this, &ClusteringPanel::pickK);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_session, &WorkbenchSession::projectChanged, this, &ClusteringPanel::onProjectChanged);
    connect(m_session, &WorkbenchSession::clustersChanged, this, &ClusteringPanel::onClustersChanged);
    connect(m_session, &WorkbenchSession::resultChanged, this, &ClusteringPanel::updateStatus);
    fillFeatures();
    setBusy(false);
    onProjectChanged();
    onClustersChanged();
}

ClusteringPanel::~ClusteringPanel()
{
    m_job->abandon();
    m_job->wait();
}

void ClusteringPanel::buildControls(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    m_features = new QTreeWidget(box);
    m_features->setObjectName(u"clusterFeatures"_s);
    m_features->setHeaderLabels({ tr("Feature"), tr("log1p") });
    m_features->setRootIsDecorated(false);
    m_features->header()->setSectionResizeMode(FeatureName, QHeaderView::Stretch);
    m_features->header()->setSectionResizeMode(FeatureLog, QHeaderView::ResizeToContents);
    m_features->setToolTip(tr("Tick the features to cluster on; log1p tames the long tail of counts and "
                              "amounts. Each feature is z-scored."));
    layout->addWidget(new QLabel(tr("Features"), box));
    layout->addWidget(m_features, 1);

    auto *form = new QFormLayout;
    m_k = new QComboBox(box);
    m_k->setObjectName(u"clusterK"_s);
    m_k->addItem(tr("Auto: best silhouette, 2–8"), 0);
    for (int k = 2; k <= Jobs::KMax; ++k)
        m_k->addItem(QString::number(k), k);
    form->addRow(tr("Clusters (k)"), m_k);
    m_seed = new QSpinBox(box);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same clusters."));
    form->addRow(tr("Seed"), m_seed);
    layout->addLayout(form);

    m_fit = new QPushButton(tr("&Fit"), box);
    m_fit->setObjectName(u"clusterFit"_s);
    connect(m_fit, &QPushButton::clicked, this, &ClusteringPanel::fit);
    m_progress = new QProgressBar(box);
    m_cancel = new QPushButton(tr("Cancel"), box);
    connect(m_cancel, &QPushButton::clicked, this, &ClusteringPanel::cancel);
    auto *run = new QHBoxLayout;
    run->addWidget(m_fit);
    run->addWidget(m_cancel);
    layout->addLayout(run);
    layout->addWidget(m_progress);

    m_status = new QLabel(box);
    m_status->setObjectName(u"clusterStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);

    m_name = new QLineEdit(box);
    m_name->setObjectName(u"clusterSaveName"_s);
    m_name->setPlaceholderText(tr("Name of the clustering"));
    m_save = new QPushButton(tr("&Save in project"), box);
    m_save->setObjectName(u"clusterSave"_s);
    m_save->setToolTip(tr("Saved clusters are used by the customer table, exports (--cluster), tag rules "
                          "(cluster) and the customer card."));
    connect(m_save, &QPushButton::clicked, this, [this] { save(m_name->text()); });
    connect(m_name, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    layout->addWidget(m_name);
    layout->addWidget(m_save);
}

void ClusteringPanel::fillFeatures()
{
    const QHash<QString, QString> titles = Jobs::featureTitles(QLocale().language() == QLocale::Chinese);
    for (const Tags::FeatureInfo &f : Jobs::clusterableFeatures()) {
        auto *item = new QTreeWidgetItem(m_features, { titles.value(f.name, f.name), QString() });
        item->setData(FeatureName, Qt::UserRole, f.name);
        item->setToolTip(FeatureName, u"%1 (%2): %3"_s.arg(f.nameZh, f.name, f.definition));
        item->setCheckState(FeatureName, Qt::Unchecked);
        item->setCheckState(FeatureLog, Jobs::isSkewedFeature(f.name) ? Qt::Checked : Qt::Unchecked);
    }
    showSettings({ Jobs::defaultClusterFeatures(), 0, 1, 10 });
}

void ClusteringPanel::showSettings(const Analytics::ClusterSettings &settings)
{
    const QList<Analytics::FeatureChoice> chosen = settings.features.isEmpty() ? Jobs::defaultClusterFeatures()
                                                                               : settings.features;
    for (int i = 0; i < m_features->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_features->topLevelItem(i);
        const QString name = item->data(FeatureName, Qt::UserRole).toString();
        const auto it = std::find_if(chosen.begin(), chosen.end(),
                                     [&name](const Analytics::FeatureChoice &c) { return c.name == name; });
        item->setCheckState(FeatureName, it != chosen.end() ? Qt::Checked : Qt::Unchecked);
        if (it != chosen.end())
            item->setCheckState(FeatureLog, it->log1p ? Qt::Checked : Qt::Unchecked);
    }
    m_k->setCurrentIndex(std::max(0, m_k->findData(settings.k)));
    m_seed->setValue(int(std::min<quint64>(settings.seed, quint64(m_seed->maximum()))));
}

Analytics::ClusterSettings ClusteringPanel::settings() const
{
    Analytics::ClusterSettings s;
    for (int i = 0; i < m_features->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_features->topLevelItem(i);
        if (item->checkState(FeatureName) == Qt::Checked)
            s.features.append({ item->data(FeatureName, Qt::UserRole).toString(),
                                item->checkState(FeatureLog) == Qt::Checked });
    }
    s.k = m_k->currentData().toInt();
    s.seed = quint64(m_seed->value());
    return s;
}

bool ClusteringPanel::isBusy() const
{
    return m_job->isRunning();
}

void ClusteringPanel::cancel()
{
    m_job->cancel();
}

void ClusteringPanel::setBusy(bool busy)
{
    m_fit->setEnabled(!busy && m_session->result());
    m_save->setEnabled(!busy && m_session->clusters());
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void ClusteringPanel::fit()
{
    const auto frame = m_session->frame();
    const auto rfm = m_session->result();
    if (!frame || !rfm)
        return;
    const Analytics::ClusterSettings settings = this->settings();
    if (settings.features.isEmpty()) {
        m_problem = tr("Tick at least one feature to cluster on.");
        updateStatus();
        return;
    }
    const Rfm::MetricOptions options = m_session->settings().request.metrics;
    const bool chinese = m_session->chineseNames();
    setBusy(true);
    using Run = Result<Jobs::ClusterRun>;
    m_job->start<Run>(
            [frame, rfm, options, settings, chinese](ProgressSink &progress, const CancelToken &cancel) {
                return Jobs::runClustering(*frame, *rfm, options, settings, chinese, progress, cancel);
            },
            [this](Run run) { onFitDone(std::move(run)); });
}

void ClusteringPanel::onFitDone(Result<Jobs::ClusterRun> run)
{
    setBusy(false);
    if (!run) {
        m_problem = run.error().message;
        updateStatus();
        Q_EMIT workFinished();
        return;
    }
    m_problem.clear();
    m_fits.clear();
    for (Analytics::Clustering &fit : run->fits)
        m_fits.append(std::make_shared<const Analytics::Clustering>(std::move(fit)));
    const ClusteringPtr best = m_fits.at(run->chosen);
    m_session->changeClusters(best, run->fits.size() > 1 ? tr("Fit clusters (k = %1 by silhouette)").arg(best->k)
                                                         : tr("Fit %1 clusters").arg(best->k));
}

void ClusteringPanel::pickK(int k)
{
    for (const ClusteringPtr &fit : std::as_const(m_fits)) {
        if (fit->k == k) {
            m_session->changeClusters(fit, tr("Use %1 clusters").arg(k));
            return;
        }
    }
}

void ClusteringPanel::rename(int cluster, const QString &name)
{
    const ClusteringPtr current = m_session->clusters();
    if (!current || cluster < 0 || cluster >= current->clusters.size())
        return;
    if (current->findCluster(name) >= 0 && current->findCluster(name) != cluster) {
        m_problem = tr("Another cluster is already called “%1”.").arg(name);
        updateStatus();
        return;
    }
    auto renamed = std::make_shared<Analytics::Clustering>(*current);
    const QString old = renamed->clusters[cluster].name;
    renamed->clusters[cluster].name = name;
    m_problem.clear();
    m_session->changeClusters(std::move(renamed), tr("Rename cluster “%1” to “%2”").arg(old, name));
}

void ClusteringPanel::save(const QString &requested)
{
    const ClusteringPtr current = m_session->clusters();
    const QString name = requested.trimmed();
    if (!current || !m_session->project())
        return;
    if (name.isEmpty()) {
        m_problem = tr("Give the clustering a name to save it under.");
        updateStatus();
        return;
    }
    auto named = std::make_shared<Analytics::Clustering>(*current);
    named->name = name;
    const QString path = m_session->project()->path;
    setBusy(true);
    m_job->start<Status>(
            [path, named](ProgressSink &, const CancelToken &) -> Status {
                auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
                if (!project)
                    return project.error();
                return Project::saveClustering(**project, *named);
            },
            [this, named](Status status) {
                setBusy(false);
                if (!status) {
                    m_problem = status.error().toString();
                } else {
                    m_problem.clear();
                    m_saved = named;
                    m_session->applyClusters(named);
                }
                updateStatus();
                Q_EMIT workFinished();
            });
}

void ClusteringPanel::onProjectChanged()
{
    m_job->abandon();
    m_fits.clear();
    m_problem.clear();
    m_saved = m_session->clusters();
    m_shown.reset();
    if (m_saved)
        showSettings(m_saved->settings);
    m_name->setText(m_saved ? m_saved->name : tr("clusters"));
    setBusy(false);
}

void ClusteringPanel::onClustersChanged()
{
    const ClusteringPtr current = m_session->clusters();
    if (!current) {
        m_shown.reset();
        m_profiles->clear();
        m_scatter->clear();
    } else if (m_shown && sameFit(*m_shown, *current)) {
        m_shown = current;
        m_profiles->setClustering(current);
        m_scatter->setNames(namesOf(*current));
    } else {
        startView(current);
    }
    if (current && !current->name.isEmpty())
        m_name->setText(current->name);
    updateCurve();
    updateStatus();
    setBusy(m_job->isRunning());
}

void ClusteringPanel::startView(ClusteringPtr clustering)
{
    const auto frame = m_session->frame();
    const auto rfm = m_session->result();
    if (!frame || !rfm)
        return;
    const Rfm::MetricOptions options = m_session->settings().request.metrics;
    const bool chinese = m_session->chineseNames();
    setBusy(true);
    using View = Result<Jobs::ClusterView>;
    m_job->start<View>(
            [frame, rfm, options, clustering, chinese](ProgressSink &, const CancelToken &) {
                return Jobs::viewClustering(*frame, *rfm, options, *clustering, chinese);
            },
            [this, clustering](View view) {
                setBusy(false);
                if (view)
                    showView(clustering, *view);
                else
                    m_problem = view.error().message;
                updateStatus();
                Q_EMIT workFinished();
            });
}

void ClusteringPanel::showView(ClusteringPtr clustering, const Jobs::ClusterView &view)
{
    // The session may have moved on (an undo while the view was computed): show what it has now.
    const ClusteringPtr current = m_session->clusters();
    if (!current || !sameFit(*current, *clustering)) {
        if (current)
            startView(current);
        return;
    }
    m_shown = current;
    m_profiles->setProfiles(current, view.profiles, Jobs::featureTitles(m_session->chineseNames()));
    m_scatter->setPoints(view.points, view.labels, view.centres, namesOf(*current), view.projection.explained);
    // The prose columns wrap at a readable width instead of stretching the table sideways.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : { m_profiles->apartColumn(), m_profiles->actionColumn() }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, fontMetrics().averageCharWidth() * 60);
    }
    m_table->resizeRowsToContents();
}

void ClusteringPanel::updateCurve()
{
    const ClusteringPtr current = m_session->clusters();
    QList<int> clickable;
    for (const ClusteringPtr &fit : std::as_const(m_fits))
        clickable.append(fit->k);
    m_curve->setCandidates(current ? current->candidates : QList<Analytics::KCandidate>(), current ? current->k : 0,
                           clickable);
}

QString ClusteringPanel::statusText() const
{
    return m_status->text();
}

void ClusteringPanel::updateStatus()
{
    QStringList lines;
    const ClusteringPtr c = m_session->clusters();
    if (!m_session->result())
        lines.append(tr("Open a project with scored customers to cluster them."));
    else if (!c)
        lines.append(tr("No clusters yet: choose the features and k, then Fit."));
    else {
        const QLocale locale;
        lines.append(tr("%1 clusters of %2 customers; inertia %3, silhouette %4.")
                             .arg(c->k)
                             .arg(locale.toString(c->clusteredCount()), locale.toString(c->inertia, 'f', 1),
                                  locale.toString(c->silhouette, 'f', 3)));
        lines.append(c->silhouetteSample > 0
                             ? tr("Silhouette on a seeded sample of %1 customers (it is exact below %2).")
                                       .arg(locale.toString(c->silhouetteSample),
                                            locale.toString(qsizetype(Analytics::SilhouetteExactBelow)))
                             : tr("Silhouette exact, over every clustered customer."));
        lines.append(m_saved && *m_saved == *c ? tr("Saved in the project as “%1”.").arg(c->name.toHtmlEscaped())
                                               : tr("Not saved: Save keeps these clusters in the project."));
    }
    if (!m_problem.isEmpty())
        lines.append(u"<b>%1</b>"_s.arg(m_problem.toHtmlEscaped()));
    m_status->setText(lines.join(u"<br>"_s));
}

} // namespace Portrait::Ui
