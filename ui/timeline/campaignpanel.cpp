#include "campaignpanel.h"

#include "campaignactions.h"
#include "timelinecontext.h"

#include "project/projectfile.h"
#include "project/tagstore.h"
#include "rfm/metrics.h"
#include "timeline/timelinecsv.h"
#include "workbench/workbenchsession.h"

#include <QChartView>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// Tag paths and group names of the project, for the selection lists.
struct TagChoices
{
    QStringList paths;
    QStringList groups;
};

QListWidget *checkList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMinimumHeight(90);
    list->setMaximumHeight(130);
    return list;
}

void setChoices(QListWidget *list, const QStringList &names)
{
    list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

} // namespace

CampaignPanel::CampaignPanel(TimelineContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QSplitter(this);

    auto *form = new QGroupBox(tr("New Campaign"), top);
    auto *formLayout = new QVBoxLayout(form);
    auto *fields = new QFormLayout;
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"campaignName"_s);
    m_date = new QDateEdit(form);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_control = new QDoubleSpinBox(form);
    m_control->setObjectName(u"campaignControl"_s);
    m_control->setRange(0.5, 99.5);
    m_control->setValue(10);
    m_control->setSuffix(u" %"_s);
    m_seed = new QSpinBox(form);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("As &of:"), m_date);
    fields->addRow(tr("&Control group:"), m_control);
    fields->addRow(tr("&Seed:"), m_seed);
    formLayout->addLayout(fields);
    auto *lists = new QHBoxLayout;
    m_segments = checkList(u"campaignSegments"_s, form);
    m_tags = checkList(u"campaignTags"_s, form);
    m_groups = checkList(u"campaignGroups"_s, form);
    m_clusters = checkList(u"campaignClusters"_s, form);
    // Segment names and tag paths run longer than group and cluster names: they get more room.
    const std::tuple<QString, QListWidget *, int> columns[] = { { tr("Segments (any)"), m_segments, 3 },
                                                                { tr("Tags (all)"), m_tags, 3 },
                                                                { tr("Groups (all)"), m_groups, 2 },
                                                                { tr("Clusters (any)"), m_clusters, 2 } };
    for (const auto &[title, list, stretch] : columns) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(title, form));
        column->addWidget(list);
        lists->addLayout(column, stretch);
    }
    formLayout->addLayout(lists);
    m_pickedRow = new QWidget(form);
    auto *pickedLayout = new QHBoxLayout(m_pickedRow);
    pickedLayout->setContentsMargins(0, 0, 0, 0);
    m_pickedLabel = new QLabel(m_pickedRow);
    m_pickedLabel->setObjectName(u"campaignPicked"_s);
    m_pickedLabel->setWordWrap(true);
    auto *dropPicked = new QPushButton(tr("&Back to All Customers"), m_pickedRow);
    dropPicked->setObjectName(u"campaignDropPicked"_s);
    dropPicked->setToolTip(tr("Forget the customers picked on the Customers page: the lists above decide alone"));
    connect(dropPicked, &QPushButton::clicked, this, [this] { setPickedCustomers({}); });
    pickedLayout->addWidget(m_pickedLabel, 1);
    pickedLayout->addWidget(dropPicked);
    m_pickedRow->hide();
    formLayout->addWidget(m_pickedRow);
    m_create = new QPushButton(tr("&Record Campaign"), form);
    m_create->setObjectName(u"createCampaign"_s);
    formLayout->addWidget(m_create);

    auto *recorded = new QGroupBox(tr("Recorded Campaigns"), top);
    auto *recordedLayout = new QVBoxLayout(recorded);
    m_list = new QTableWidget(0, 5, recorded);
    m_list->setObjectName(u"campaignList"_s);
    m_list->setHorizontalHeaderLabels({ tr("Name"), tr("As of"), tr("Treated"), tr("Control"), tr("Control %") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    recordedLayout->addWidget(m_list, 1);
    auto *evaluateRow = new QHBoxLayout;
    m_window = new QSpinBox(recorded);
    m_window->setRange(1, 3650);
    m_window->setValue(Timeline::DefaultWindowDays);
    m_window->setSuffix(tr(" days"));
    m_evaluate = new QPushButton(tr("&Evaluate"), recorded);
    m_evaluate->setObjectName(u"evaluateCampaign"_s);
    evaluateRow->addWidget(new QLabel(tr("Responses within:"), recorded));
    evaluateRow->addWidget(m_window);
    evaluateRow->addWidget(m_evaluate);
    evaluateRow->addStretch(1);
    recordedLayout->addLayout(evaluateRow);
    // The lists go out as every list does (the export dialog, masked by default).
    auto *listRow = new QHBoxLayout;
    m_exportTreated = new QPushButton(tr("Export &Treated…"), recorded);
    m_exportTreated->setObjectName(u"exportTreated"_s);
    m_exportControl = new QPushButton(tr("Export Co&ntrol…"), recorded);
    m_exportControl->setObjectName(u"exportControl"_s);
    m_delete = new QPushButton(tr("&Delete"), recorded);
    m_delete->setObjectName(u"deleteCampaign"_s);
    listRow->addWidget(m_exportTreated);
    listRow->addWidget(m_exportControl);
    listRow->addStretch(1);
    listRow->addWidget(m_delete);
    recordedLayout->addLayout(listRow);
    top->addWidget(form);
    top->addWidget(recorded);
    layout->addWidget(top);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"campaignVerdict"_s);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    auto *bottom = new QSplitter(this);
    m_results = new QTableWidget(bottom);
    m_results->setObjectName(u"evaluationTable"_s);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart = new QChartView(bottom);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setChart(new QChart);
    m_chart->setMinimumSize(420, 260);
    bottom->addWidget(m_results);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    layout->addWidget(bottom, 1);

    connect(m_create, &QPushButton::clicked, this, [this] { create(request()); });
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty())
            evaluate(name, m_window->value());
    });
    connect(m_exportTreated, &QPushButton::clicked, this, [this] { exportGroup(selectedName(), false); });
    connect(m_exportControl, &QPushButton::clicked, this, [this] { exportGroup(selectedName(), true); });
    connect(m_delete, &QPushButton::clicked, this, &CampaignPanel::deleteSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignPanel::updateButtons);
    connect(context, &TimelineContext::campaignsChanged, this, &CampaignPanel::reload);
    connect(context->session(), &WorkbenchSession::clustersChanged, this, &CampaignPanel::fillClusters);
    updateButtons();
}

QStringList CampaignPanel::checked(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names.append(list->item(i)->data(Qt::UserRole).isValid() ? list->item(i)->data(Qt::UserRole).toString()
                                                                      : list->item(i)->text());
    }
    return names;
}

Timeline::CampaignRequest CampaignPanel::request() const
{
    Timeline::CampaignRequest r;
    r.name = m_name->text().trimmed();
    r.asOf = Model::Day(m_date->date().toJulianDay());
    r.controlPercent = m_control->value();
    r.seed = quint64(m_seed->value());
    r.segments = checked(m_segments);
    r.tags = checked(m_tags);
    r.groups = checked(m_groups);
    r.clusters = checked(m_clusters);
    r.customers = m_picked;
    return r;
}

void CampaignPanel::setPickedCustomers(const QStringList &ids)
{
    m_picked = ids;
    m_pickedLabel->setText(tr("Only the %n customer(s) picked on the Customers page (narrowed further by any "
                              "segment, tag, group or cluster ticked above).",
                              nullptr, int(ids.size())));
    m_pickedRow->setVisible(!ids.isEmpty());
}

void CampaignPanel::clear()
{
    m_campaigns.clear();
    m_evaluated.reset();
    m_list->setRowCount(0);
    m_results->clear();
    m_results->setRowCount(0);
    m_verdict->clear();
    m_status->clear();
    setPickedCustomers({});
}

void CampaignPanel::fillSegments()
{
    const auto result = m_context->session()->result();
    const bool zh = m_context->session()->chineseNames();
    m_segments->clear();
    if (!result)
        return;
    for (int s = 0; s <= result->scheme.rules.size(); ++s) {
        auto *item = new QListWidgetItem(result->scheme.displayName(s, zh), m_segments);
        // The request names segments in English, as the command line's --segment does.
        item->setData(Qt::UserRole, result->scheme.displayName(s, false));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CampaignPanel::fillClusters()
{
    const auto clustering = m_context->session()->clusters();
    setChoices(m_clusters, clustering ? clustering->clusterNames() : QStringList());
    m_clusters->setToolTip(clustering ? tr("The clusters of “%1”, the project's saved clustering.").arg(clustering->name)
                                      : tr("The project has no saved clusters; make them on the Analytics page."));
}

void CampaignPanel::reload()
{
    fillSegments();
    fillClusters();
    if (const auto frame = m_context->session()->frame()) {
        const Model::Day asOf = Rfm::defaultAsOf(*frame);
        if (asOf != Model::NoDay && m_date->date() == QDate(2000, 1, 1))
            m_date->setDate(QDate::fromJulianDay(asOf));
    }
    if (m_context->projectPath().isEmpty())
        return;
    m_context->onProject<QList<Project::CampaignStore::Summary>>(
            [](Project::ProjectFile &project) { return Project::CampaignStore(project).list(); },
            [this](Result<QList<Project::CampaignStore::Summary>> list) {
                if (!list) {
                    m_status->setText(list.error().toString());
                    return;
                }
                m_campaigns = list.takeValue();
                fillCampaigns();
            });
    m_context->onProject<TagChoices>(
            [](Project::ProjectFile &project) -> Result<TagChoices> {
                auto data = Project::loadTagData(project);
                if (!data)
                    return data.error();
                TagChoices choices;
                for (const Tags::TagNode &node : data->dictionary.tags())
                    choices.paths.append(data->dictionary.path(node.id));
                for (const Tags::TagGroup &group : data->dictionary.groups())
                    choices.groups.append(group.name);
                return choices;
            },
            [this](Result<TagChoices> choices) {
                if (!choices)
                    return;   // the Tags page reports a damaged dictionary
                setChoices(m_tags, choices->paths);
                setChoices(m_groups, choices->groups);
            });
}

void CampaignPanel::fillCampaigns()
{
    const QString wasSelected = selectedName();
    const QLocale locale;
    m_list->setRowCount(int(m_campaigns.size()));
    for (int row = 0; row < m_campaigns.size(); ++row) {
        const Project::CampaignStore::Summary &s = m_campaigns.at(row);
        m_list->setItem(row, 0, new QTableWidgetItem(s.campaign.name));
        m_list->setItem(row, 1, new QTableWidgetItem(campaignDay(s.campaign.asOf)));
        m_list->setItem(row, 2, campaignNumber(double(s.treated)));
        m_list->setItem(row, 3, campaignNumber(double(s.control)));
        m_list->setItem(row, 4, campaignNumber(s.campaign.controlPercent, 1));
        if (s.campaign.name == wasSelected)
            m_list->selectRow(row);
    }
    if (m_list->selectionModel()->selectedRows().isEmpty() && !m_campaigns.isEmpty())
        m_list->selectRow(0);
    updateButtons();
}

void CampaignPanel::updateButtons()
{
    const bool picked = !selectedName().isEmpty();
    for (QPushButton *button : { m_evaluate, m_exportTreated, m_exportControl, m_delete })
        button->setEnabled(picked);
}

bool CampaignPanel::selectCampaign(const QString &name)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0) && m_list->item(row, 0)->text() == name) {
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

void CampaignPanel::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (m_evaluated && m_evaluated->campaign.name == name) {
        m_evaluated.reset();
        m_results->clear();
        m_results->setRowCount(0);
        m_verdict->clear();
    }
    m_status->setText(tr("Deleted “%1” (Undo brings it back).").arg(name));
    m_context->session()->undoStack()->push(deleteCampaignCommand(m_context, name, tr("Delete campaign “%1”").arg(name)));
}

void CampaignPanel::exportGroup(const QString &name, bool control)
{
    const auto frame = m_context->session()->frame();
    if (name.isEmpty() || !frame || m_context->projectPath().isEmpty())
        return;
    loadCampaignGroup(m_context, frame, name, control, [this, name, control](Result<CampaignGroup> group) {
        if (!group) {
            m_status->setText(group.error().toString());
            return;
        }
        if (group->missing > 0)
            m_status->setText(tr("%n member(s) are no longer in the project and are not in the list.", nullptr,
                                 int(group->missing)));
        else
            m_status->clear();
        Q_EMIT exportRequested(control ? tr("%1 control").arg(name) : tr("%1 treated").arg(name), group->rows);
    });
}

QString CampaignPanel::selectedName() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() || !m_list->item(rows.first().row(), 0) ? QString() : m_list->item(rows.first().row(), 0)->text();
}

void CampaignPanel::create(const Timeline::CampaignRequest &request)
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    const QString path = m_context->projectPath();
    const Jobs::RfmSettings settings = m_context->session()->settings();
    struct Recorded
    {
        Timeline::Campaign campaign;
        qint64 id = 0;
        qsizetype treated = 0, control = 0;
    };
    m_status->setText(tr("Drawing the control group of “%1”…").arg(request.name));
    m_context->job()->start<Result<Recorded>>(
            [path, frame, settings, request](ProgressSink &progress, const CancelToken &) -> Result<Recorded> {
                progress.setPhase(tr("Recording campaign “%1”").arg(request.name));
                auto project = TimelineContext::openProject(path);
                if (!project)
                    return project.error();
                auto draft = Timeline::draftCampaign(**project, *frame, settings, request);
                if (!draft)
                    return draft.error();
                auto id = Project::CampaignStore(**project).save(draft->campaign);
                if (!id)
                    return id.error();
                return Recorded { std::move(draft->campaign), *id, qsizetype(draft->treatedRows.size()),
                                  qsizetype(draft->controlRows.size()) };
            },
            [this](Result<Recorded> recorded) {
                if (!recorded) {
                    m_status->setText(recorded.error().toString());
                    return;
                }
                m_status->setText(tr("Recorded “%1”: %2 treated, %3 in the control group.")
                                          .arg(recorded->campaign.name)
                                          .arg(recorded->treated)
                                          .arg(recorded->control));
                m_context->session()->undoStack()->push(recordedCampaignCommand(
                        m_context, recorded->campaign, tr("Record campaign “%1”").arg(recorded->campaign.name)));
                Q_EMIT created(recorded->campaign.name, recorded->treated, recorded->control);
                reload();
            });
}

void CampaignPanel::evaluate(const QString &name, int windowDays)
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    const QString path = m_context->projectPath();
    m_status->setText(tr("Evaluating “%1”…").arg(name));
    m_context->job()->start<Result<Timeline::EvaluatedCampaign>>(
            [path, frame, name, windowDays](ProgressSink &, const CancelToken &) -> Result<Timeline::EvaluatedCampaign> {
                auto project = TimelineContext::openProject(path);
                if (!project)
                    return project.error();
                return Timeline::evaluateRecordedCampaign(**project, *frame, name, windowDays);
            },
            [this](Result<Timeline::EvaluatedCampaign> evaluated) {
                if (!evaluated) {
                    m_status->setText(evaluated.error().toString());
                    return;
                }
                showEvaluation(evaluated.takeValue());
            });
}

} // namespace Portrait::Ui
