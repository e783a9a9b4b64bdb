#include "campaignpanel.h"

#include "timelinecommands.h"
#include "timelinecontext.h"

#include "project/projectfile.h"
#include "project/tagstore.h"
#include "rfm/metrics.h"
#include "timeline/timelinecsv.h"
#include "workbench/workbenchsession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

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

QTableWidgetItem *number(double value, int decimals = 0)
{
    // What rounds to zero shows as 0.0, not -0.0.
    const double shown = std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
    auto *item = new QTableWidgetItem(qIsNaN(value) ? QString() : QLocale().toString(shown, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dayText(Model::Day day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
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
    const std::pair<QString, QListWidget *> columns[] = { { tr("Segments (any)"), m_segments },
                                                          { tr("Tags (all)"), m_tags },
                                                          { tr("Groups (all)"), m_groups } };
    for (const auto &[title, list] : columns) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(title, form));
        column->addWidget(list);
        lists->addLayout(column);
    }
    formLayout->addLayout(lists);
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
    connect(context, &TimelineContext::campaignsChanged, this, &CampaignPanel::reload);
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
    return r;
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

void CampaignPanel::reload()
{
    fillSegments();
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
        m_list->setItem(row, 1, new QTableWidgetItem(dayText(s.campaign.asOf)));
        m_list->setItem(row, 2, number(double(s.treated)));
        m_list->setItem(row, 3, number(double(s.control)));
        m_list->setItem(row, 4, number(s.campaign.controlPercent, 1));
        if (s.campaign.name == wasSelected)
            m_list->selectRow(row);
    }
    if (m_list->selectionModel()->selectedRows().isEmpty() && !m_campaigns.isEmpty())
        m_list->selectRow(0);
    m_evaluate->setEnabled(!m_campaigns.isEmpty());
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
                auto kept = std::make_shared<Recorded>(recorded.takeValue());
                TimelineContext *context = m_context;
                const auto done = [context](Status status) {
                    if (!status)
                        Q_EMIT context->failed(status.error().toString());
                    Q_EMIT context->campaignsChanged();
                };
                auto save = [context, kept, done] {
                    context->onProject<void>([kept](Project::ProjectFile &project) -> Status {
                        auto id = Project::CampaignStore(project).save(kept->campaign);
                        if (!id)
                            return id.error();
                        kept->id = *id;
                        return {};
                    }, done);
                };
                auto remove = [context, kept, done] {
                    context->onProject<void>(
                            [kept](Project::ProjectFile &project) { return Project::CampaignStore(project).remove(kept->id); },
                            done);
                };
                m_context->session()->undoStack()->push(
                        new QueuedCommand(tr("Record campaign “%1”").arg(kept->campaign.name), save, remove, true));
                Q_EMIT created(kept->campaign.name, kept->treated, kept->control);
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

void CampaignPanel::showEvaluation(Timeline::EvaluatedCampaign evaluated)
{
    m_evaluated = std::move(evaluated);
    const Timeline::CampaignEvaluation &e = m_evaluated->evaluation;
    const bool zh = m_context->session()->chineseNames() || m_evaluated->scheme.preferChinese;
    QStringList notes;
    notes.append(tr("Responses from %1 to %2.").arg(dayText(e.asOf + 1), dayText(e.windowEnd)));
    if (!e.windowComplete())
        notes.append(tr("The orders end on %1, before the window's last day: the figures may still grow.")
                             .arg(dayText(e.latestOrderDay)));
    if (e.missingMembers > 0)
        notes.append(tr("%n member(s) are no longer in the project and count as not responding.", nullptr,
                        int(e.missingMembers)));
    m_status->setText(notes.join(u' '));
    m_verdict->setText(Timeline::verdictText(e.overall));
    QList<Timeline::StratumEvaluation> rows = e.strata;
    rows.append(e.overall);
    const QStringList headers { tr("Segment"), tr("Treated"), tr("Responders"), tr("Rate %"), tr("Revenue"),
                                tr("Control"), tr("Responders"), tr("Rate %"), tr("Revenue"), tr("Uplift (points)"),
                                tr("95 % low"), tr("95 % high"), tr("Verdict") };
    m_results->clear();
    m_results->setColumnCount(int(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);
    m_results->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Timeline::StratumEvaluation &s = rows.at(row);
        int column = 0;
        m_results->setItem(row, column++, new QTableWidgetItem(Timeline::stratumName(*m_evaluated, s, zh)));
        for (const Timeline::GroupOutcome *g : { &s.treated, &s.control }) {
            m_results->setItem(row, column++, number(double(g->customers)));
            m_results->setItem(row, column++, number(double(g->responders)));
            m_results->setItem(row, column++, number(100.0 * g->responseRate(), 1));
            m_results->setItem(row, column++, number(g->revenue, 2));
        }
        m_results->setItem(row, column++, number(100.0 * s.uplift, 1));
        m_results->setItem(row, column++, number(100.0 * s.interval.low, 1));
        m_results->setItem(row, column++, number(100.0 * s.interval.high, 1));
        m_results->setItem(row, column++, new QTableWidgetItem(Timeline::verdictText(s)));
    }
    m_results->resizeColumnsToContents();
    m_results->setColumnWidth(int(headers.size()) - 1, 360);
    fillChart();
}

void CampaignPanel::fillChart()
{
    const Timeline::CampaignEvaluation &e = m_evaluated->evaluation;
    const bool zh = m_context->session()->chineseNames() || m_evaluated->scheme.preferChinese;
    auto *treated = new QBarSet(tr("Treated"));
    auto *control = new QBarSet(tr("Control"));
    treated->setColor(QColor(0x2e, 0x7d, 0x32));
    control->setColor(QColor(0x9e, 0x9e, 0x9e));
    QStringList categories;
    double top = 0;
    QList<Timeline::StratumEvaluation> rows = e.strata;
    rows.append(e.overall);
    for (const Timeline::StratumEvaluation &s : rows) {
        if (s.treated.customers + s.control.customers == 0)
            continue;
        categories.append(Timeline::stratumName(*m_evaluated, s, zh));
        const double t = s.treated.customers > 0 ? 100.0 * s.treated.responseRate() : 0.0;
        const double c = s.control.customers > 0 ? 100.0 * s.control.responseRate() : 0.0;
        treated->append(t);
        control->append(c);
        top = std::max({ top, t, c });
    }
    auto *series = new QBarSeries;
    series->append(treated);
    series->append(control);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Response rate, %"));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top > 0 ? top * 1.1 : 1);
    axisY->setLabelFormat(u"%.0f"_s);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace Portrait::Ui
