#pragma once

#include "project/campaignstore.h"
#include "timeline/campaignjob.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Portrait::Ui {

class TimelineContext;

/// Campaigns: record one from a selection of segments, tags, groups and clusters (or customers
/// picked on the Customers page) with a seeded,
/// stratified control group (undoable); export a recorded one's treated or control customers,
/// delete one (undoable), and evaluate one against the orders the project has now: responders,
/// revenue and uplift per segment with its 95 % interval and a plain verdict, as a table and a chart.
class CampaignPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignPanel(TimelineContext *context, QWidget *parent = nullptr);

    /// Reads the campaigns, tags and groups again; offers the scoring's segments.
    void reload();
    /// Records a campaign (off the GUI thread); the request's selection as given.
    void create(const Timeline::CampaignRequest &request);
    void evaluate(const QString &name, int windowDays);
    const QList<Project::CampaignStore::Summary> &campaigns() const { return m_campaigns; }
    const std::optional<Timeline::EvaluatedCampaign> &evaluation() const { return m_evaluated; }
    QTableWidget *evaluationTable() const { return m_results; }
    QLabel *verdictLabel() const { return m_verdict; }
    /// What the form asks for.
    Timeline::CampaignRequest request() const;
    void clear();
    /// Selects the recorded campaign named name; false when the list has none.
    bool selectCampaign(const QString &name);
    /// Deletes the selected campaign (undoable).
    void deleteSelected();
    /// Asks for the export of the treated (control false) or control customers of the campaign
    /// named name that the project still has (exportRequested).
    void exportGroup(const QString &name, bool control);
    QListWidget *clusterList() const { return m_clusters; }
    /// Limits the next campaign to these customers (ids, e.g. the Customers page's selection);
    /// the form says so and offers to drop the limit. Empty: no limit.
    void setPickedCustomers(const QStringList &ids);
    const QStringList &pickedCustomers() const { return m_picked; }

Q_SIGNALS:
    /// A campaign was recorded: its treated and control customers (frame rows).
    void created(const QString &name, qsizetype treated, qsizetype control);
    /// "Export treated/control…": a list to export, its frame rows.
    void exportRequested(const QString &name, const std::vector<qint32> &rows);

private:
    void fillCampaigns();
    void fillSegments();
    void fillClusters();
    void updateButtons();
    void showEvaluation(Timeline::EvaluatedCampaign evaluated);
    void fillChart();
    QString selectedName() const;
    static QStringList checked(const QListWidget *list);

    TimelineContext *m_context;
    QList<Project::CampaignStore::Summary> m_campaigns;
    std::optional<Timeline::EvaluatedCampaign> m_evaluated;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_control = nullptr;
    QSpinBox *m_seed = nullptr;
    QListWidget *m_segments = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_groups = nullptr;
    QListWidget *m_clusters = nullptr;
    QPushButton *m_create = nullptr;
    QStringList m_picked;
    QWidget *m_pickedRow = nullptr;
    QLabel *m_pickedLabel = nullptr;
    QTableWidget *m_list = nullptr;
    QSpinBox *m_window = nullptr;
    QPushButton *m_evaluate = nullptr;
    QPushButton *m_exportTreated = nullptr;
    QPushButton *m_exportControl = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_results = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace Portrait::Ui
