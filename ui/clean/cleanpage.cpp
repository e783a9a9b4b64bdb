#include "cleanpage.h"

#include "duplicatereviewdialog.h"
#include "stepoptionsdialog.h"
#include "import/backgroundjob.h"
#include "jobs/cleanjob.h"
#include "project/cleanstore.h"
#include "project/projectfile.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct Loaded
{
    std::optional<Clean::Pipeline> stored;
    Clean::QualityReport report;
};

Result<std::unique_ptr<Project::ProjectFile>> openProject(const QString &path)
{
    return Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
}

QString percent(qint64 part, qint64 whole)
{
    return QLocale().toString(100.0 * double(part) / double(std::max<qint64>(whole, 1)), 'f', 1) + u'%';
}

} // namespace

CleanPage::CleanPage(QWidget *parent)
    : QWidget(parent)
    , m_job(new BackgroundJob(this))
    , m_steps(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_samples(new QTreeWidget(this))
    , m_quality(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    auto *left = new QWidget(this);
    buildPipelinePanel(left);
    auto *tabs = new QTabWidget(this);
    m_samples->setObjectName(u"cleanSamples"_s);
    m_samples->setHeaderLabels({ tr("Customer"), tr("Field"), tr("Before"), tr("After") });
    m_samples->setRootIsDecorated(false);
    m_quality->setObjectName(u"qualityReport"_s);
    m_quality->setHeaderLabels({ tr("Finding"), tr("Count"), tr("Detail") });
    m_quality->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tabs->addTab(m_samples, tr("Preview"));
    tabs->addTab(m_quality, tr("Quality report"));
    tabs->addTab(buildDuplicatePanel(), tr("Duplicates"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 2);
    m_status->setObjectName(u"cleanStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setProjectPath(QString());
}

CleanPage::~CleanPage()
{
    m_job->abandon();
    m_job->wait();
}

void CleanPage::buildPipelinePanel(QWidget *panel)
{
    m_steps->setObjectName(u"cleanSteps"_s);
    m_description->setWordWrap(true);
    auto *add = new QPushButton(tr("Add &step"), panel);
    auto *menu = new QMenu(add);
    for (Clean::StepKind kind : Clean::AllStepKinds) {
        menu->addAction(Clean::stepTitle(kind), this, [this, kind] {
            Clean::Pipeline changed = m_pipeline;
            changed.steps.append(Clean::defaultStep(kind));
            editPipeline(changed);
        });
    }
    add->setMenu(menu);
    // Access keys the window does not use already (its menus and page tabs take most letters):
    // removing and moving a step have keys on the list instead.
    auto *remove = new QPushButton(tr("Remove"), panel);
    auto *up = new QPushButton(tr("Move up"), panel);
    auto *down = new QPushButton(tr("Move down"), panel);
    remove->setToolTip(tr("Removes the selected step (Delete in the list)."));
    up->setToolTip(tr("Moves the selected step up (Ctrl+Up in the list)."));
    down->setToolTip(tr("Moves the selected step down (Ctrl+Down in the list)."));
    auto *options = new QPushButton(tr("Options…"), panel);
    options->setObjectName(u"cleanStepOptions"_s);
    options->setToolTip(tr("The selected step's options (double-click or Enter in the list)."));
    auto *defaults = new QPushButton(tr("Default pipeline"), panel);
    m_preview = new QPushButton(tr("Previe&w"), panel);
    m_apply = new QPushButton(tr("Appl&y"), panel);
    m_undoButton = new QPushButton(tr("Undo last &change"), panel);
    m_preview->setObjectName(u"cleanPreview"_s);
    m_apply->setObjectName(u"cleanApply"_s);
    m_undoButton->setObjectName(u"cleanUndo"_s);
    auto move = [this](int delta) {
        const int row = m_steps->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_pipeline.steps.size())
            return;
        Clean::Pipeline changed = m_pipeline;
        changed.steps.move(row, row + delta);
        editPipeline(changed);
        m_steps->setCurrentRow(row + delta);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    const auto listKey = [this](const QKeySequence &key, QPushButton *button) {
        auto *shortcut = new QShortcut(key, m_steps);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    };
    listKey(QKeySequence::Delete, remove);
    listKey(QKeySequence(Qt::CTRL | Qt::Key_Up), up);
    listKey(QKeySequence(Qt::CTRL | Qt::Key_Down), down);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        if (row < 0 || row >= m_pipeline.steps.size())
            return;
        Clean::Pipeline changed = m_pipeline;
        changed.steps.removeAt(row);
        editPipeline(changed);
    });
    connect(options, &QPushButton::clicked, this, &CleanPage::editStepOptions);
    connect(m_steps, &QListWidget::itemActivated, this, &CleanPage::editStepOptions);
    connect(defaults, &QPushButton::clicked, this, [this] { editPipeline(Clean::Pipeline::defaults()); });
    connect(m_preview, &QPushButton::clicked, this, &CleanPage::preview);
    connect(m_apply, &QPushButton::clicked, this, &CleanPage::apply);
    connect(m_undoButton, &QPushButton::clicked, this, &CleanPage::undo);
    connect(m_steps, &QListWidget::currentRowChanged, this, &CleanPage::showSamples);

    auto *edit = new QHBoxLayout;
    for (QPushButton *button : { add, options, remove, up, down })
        edit->addWidget(button);
    auto *run = new QHBoxLayout;
    for (QPushButton *button : { defaults, m_preview, m_apply, m_undoButton })
        run->addWidget(button);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Cleaning steps, applied in this order to the imported values (which stay in "
                                    "the project):"),
                                 panel));
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_description);
    layout->addLayout(edit);
    layout->addLayout(run);
}

QWidget *CleanPage::buildDuplicatePanel()
{
    auto *panel = new QWidget(this);
    auto *keys = new QGroupBox(tr("Customers are the same person when they share"), panel);
    auto *keyLayout = new QVBoxLayout(keys);
    for (Clean::MatchKey key : { Clean::MatchKey::Phone, Clean::MatchKey::Email, Clean::MatchKey::ExternalId,
                                 Clean::MatchKey::NameCity }) {
        auto *box = new QCheckBox(Clean::matchKeyLabel(key), keys);
        box->setChecked(Clean::isExactKey(key));
        box->setProperty("matchKey", int(key));
        keyLayout->addWidget(box);
        m_keys.append(box);
    }
    m_find = new QPushButton(tr("Chec&k for duplicates…"), panel);
    m_find->setObjectName(u"findDuplicates"_s);
    connect(m_find, &QPushButton::clicked, this, &CleanPage::findDuplicates);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(keys);
    layout->addWidget(new QLabel(tr("The same name in the same city is a weaker rule: its groups are only "
                                    "proposed, never merged by “accept all exact-key groups”."),
                                 panel));
    layout->itemAt(1)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_find, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return panel;
}

void CleanPage::setProjectPath(const QString &path)
{
    if (path == m_path && !path.isEmpty())
        return;
    m_job->abandon();
    m_path = path;
    m_undo.clear();
    m_stored.reset();
    m_report.reset();
    m_pipeline = Clean::Pipeline::defaults();
    showSteps();
    showReport();
    setBusy(false);
    Q_EMIT issuesChanged();
    // The quality report is read at once (off the GUI thread): the Issues page lists its findings.
    if (!path.isEmpty())
        loadStored();
}

bool CleanPage::isBusy() const
{
    return m_job->isRunning();
}

QList<Issue> CleanPage::issues() const
{
    return m_report ? m_report->toIssues() : QList<Issue>();
}

void CleanPage::editStepOptions()
{
    const int row = m_steps->currentRow();
    if (row < 0 || row >= m_pipeline.steps.size())
        return;
    auto *dialog = new StepOptionsDialog(m_pipeline.steps.at(row), this);
    dialog->setObjectName(u"stepOptionsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= m_pipeline.steps.size() || dialog->step() == m_pipeline.steps.at(row))
            return;
        Clean::Pipeline changed = m_pipeline;
        changed.steps[row] = dialog->step();
        editPipeline(changed);
        m_steps->setCurrentRow(row);
    });
    dialog->open();
}

void CleanPage::editPipeline(const Clean::Pipeline &pipeline)
{
    m_pipeline = pipeline;
    m_report.reset();
    showSteps();
    showSamples();
}

void CleanPage::loadStored()
{
    setBusy(true, tr("Reading the cleaning pipeline…"));
    const QString path = m_path;
    m_job->start<Result<Loaded>>(
            [path](ProgressSink &progress, const CancelToken &cancel) -> Result<Loaded> {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                auto stored = Project::loadPipeline(**project);
                if (!stored)
                    return stored.error();
                // A project never cleaned starts from the default pipeline, previewed.
                auto report = Jobs::runCleaning(**project, stored->value_or(Clean::Pipeline::defaults()), {}, progress, cancel);
                if (!report)
                    return report.error();
                return Loaded { *stored, report.takeValue() };
            },
            [this](Result<Loaded> loaded) {
                setBusy(false);
                if (!loaded)
                    return showError(loaded.error().toString());
                m_stored = loaded->stored;
                m_pipeline = m_stored.value_or(Clean::Pipeline::defaults());
                m_report = loaded->report;
                showSteps();
                showReport();
                m_status->setText(m_stored ? tr("The project's values are cleaned by the steps shown.")
                                           : tr("The project's values are as imported. The default pipeline is "
                                                "previewed: Apply to clean them."));
                Q_EMIT issuesChanged();
            });
}

void CleanPage::preview()
{
    setBusy(true, tr("Previewing…"));
    const QString path = m_path;
    const Clean::Pipeline pipeline = m_pipeline;
    m_job->start<Result<Clean::QualityReport>>(
            [path, pipeline](ProgressSink &progress, const CancelToken &cancel) -> Result<Clean::QualityReport> {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                return Jobs::runCleaning(**project, pipeline, {}, progress, cancel);
            },
            [this, pipeline](Result<Clean::QualityReport> report) {
                setBusy(false);
                if (!report)
                    return showError(report.error().toString());
                if (pipeline == m_pipeline)
                    m_report = report.takeValue();
                showSteps();
                showReport();
                m_status->setText(tr("Preview: nothing was changed yet."));
                Q_EMIT issuesChanged();
            });
}

void CleanPage::apply()
{
    setBusy(true, tr("Cleaning…"));
    const QString path = m_path;
    const Clean::Pipeline pipeline = m_pipeline;
    const std::optional<Clean::Pipeline> before = m_stored;
    Jobs::CleanOptions options;
    options.apply = true;
    m_job->start<Result<Clean::QualityReport>>(
            [path, pipeline, options](ProgressSink &progress, const CancelToken &cancel) -> Result<Clean::QualityReport> {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                return Jobs::runCleaning(**project, pipeline, options, progress, cancel);
            },
            [this, pipeline, before](Result<Clean::QualityReport> report) {
                setBusy(false);
                if (!report)
                    return showError(report.error().toString());
                m_undo.append(before);
                m_stored = pipeline;
                m_report = report.takeValue();
                showSteps();
                showReport();
                m_status->setText(tr("Cleaned %1 customers.").arg(m_report->customers));
                Q_EMIT issuesChanged();
                Q_EMIT projectChanged();
            });
}

void CleanPage::undo()
{
    if (m_undo.isEmpty())
        return;
    const UndoEntry entry = m_undo.takeLast();
    setBusy(true, tr("Undoing…"));
    const QString path = m_path;
    m_job->start<Status>(
            [path, entry](ProgressSink &progress, const CancelToken &cancel) -> Status {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                if (const auto *batch = std::get_if<Jobs::MergeBatch>(&entry))
                    return Jobs::undoBatch(**project, *batch);
                const auto &pipeline = std::get<std::optional<Clean::Pipeline>>(entry);
                if (!pipeline)
                    return Jobs::forgetCleaning(**project);
                Jobs::CleanOptions options;
                options.apply = true;
                auto report = Jobs::runCleaning(**project, *pipeline, options, progress, cancel);
                return report ? Status() : Status(report.error());
            },
            [this, entry](Status status) {
                setBusy(false);
                if (!status) {
                    m_undo.append(entry);
                    return showError(status.error().toString());
                }
                Q_EMIT projectChanged();
                loadStored();
            });
}

void CleanPage::findDuplicates()
{
    QList<Clean::MatchKey> keys;
    for (QCheckBox *box : std::as_const(m_keys)) {
        if (box->isChecked())
            keys.append(Clean::MatchKey(box->property("matchKey").toInt()));
    }
    if (keys.isEmpty())
        return showError(tr("Choose at least one thing duplicates share."));
    setBusy(true, tr("Finding duplicates…"));
    const QString path = m_path;
    m_job->start<Result<Clean::DuplicateReport>>(
            [path, keys](ProgressSink &progress, const CancelToken &cancel) -> Result<Clean::DuplicateReport> {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                return Jobs::findDuplicates(**project, keys, progress, cancel);
            },
            [this](Result<Clean::DuplicateReport> report) {
                setBusy(false);
                if (!report)
                    return showError(report.error().toString());
                if (report->groups.isEmpty()) {
                    m_status->setText(report->suppressed > 0
                                              ? tr("No duplicate customers found (%1 groups rejected before).").arg(report->suppressed)
                                              : tr("No duplicate customers found."));
                    return;
                }
                auto *dialog = new DuplicateReviewDialog(*report, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog] {
                    mergeReviewed(dialog->acceptedGroups(), dialog->rejectedGroups());
                });
                dialog->open();
            });
}

void CleanPage::mergeReviewed(const QList<Clean::CandidateGroup> &accepted, const QList<Clean::CandidateGroup> &rejected)
{
    if (accepted.isEmpty() && rejected.isEmpty())
        return;
    setBusy(true, tr("Merging…"));
    const QString path = m_path;
    m_job->start<Result<Jobs::MergeBatch>>(
            [path, accepted, rejected](ProgressSink &, const CancelToken &cancel) -> Result<Jobs::MergeBatch> {
                auto project = openProject(path);
                if (!project)
                    return project.error();
                return Jobs::resolveGroups(**project, accepted, rejected, cancel);
            },
            [this](Result<Jobs::MergeBatch> batch) {
                setBusy(false);
                if (!batch)
                    return showError(batch.error().toString());
                m_undo.append(*batch);
                m_undoButton->setEnabled(true);
                m_status->setText(tr("Merged %1 customers into others; %2 decisions remembered.")
                                          .arg(batch->customersMerged)
                                          .arg(batch->decisions.size()));
                if (batch->customersMerged > 0)
                    Q_EMIT projectChanged();
            });
}

void CleanPage::showSteps()
{
    const int current = m_steps->currentRow();
    m_steps->clear();
    for (qsizetype i = 0; i < m_pipeline.steps.size(); ++i) {
        const Clean::Step &step = m_pipeline.steps.at(i);
        QString text = u"%1. %2"_s.arg(i + 1).arg(Clean::stepTitle(step.kind));
        if (m_report && i < m_report->steps.size()) {
            const Clean::StepReport &counts = m_report->steps.at(i);
            text += tr(" — %1 changed, %2 flagged")
                            .arg(QLocale().toString(counts.changedTotal()), QLocale().toString(counts.flaggedTotal()));
        }
        auto *item = new QListWidgetItem(text, m_steps);
        item->setToolTip(Clean::stepDescription(step.kind));
    }
    m_steps->setCurrentRow(std::min(current, int(m_pipeline.steps.size()) - 1));
    m_preview->setEnabled(!m_path.isEmpty());
    m_apply->setEnabled(!m_path.isEmpty() && m_pipeline != m_stored);
    m_undoButton->setEnabled(!m_path.isEmpty() && !m_undo.isEmpty());
    m_find->setEnabled(!m_path.isEmpty());
}

void CleanPage::showSamples()
{
    m_samples->clear();
    const int row = m_steps->currentRow();
    m_description->setText(row >= 0 && row < m_pipeline.steps.size()
                                   ? Clean::stepDescription(m_pipeline.steps.at(row).kind)
                                   : QString());
    if (!m_report || row < 0 || row >= m_report->steps.size())
        return;
    const Clean::StepReport &step = m_report->steps.at(row);
    for (const Clean::Change &change : step.samples)
        new QTreeWidgetItem(m_samples, { change.customer, Clean::fieldLabel(change.field), change.before, change.after });
    for (const Clean::Flagged &flagged : step.flaggedSamples) {
        auto *item = new QTreeWidgetItem(m_samples, { flagged.customer, Clean::fieldLabel(flagged.field), flagged.value,
                                                      Clean::flagText(flagged.flag) });
        item->setForeground(3, QColor(0x8a, 0x1c, 0x12));
    }
}

void CleanPage::showReport()
{
    m_quality->clear();
    if (!m_report)
        return;
    const Clean::QualityReport &report = *m_report;
    auto *columns = new QTreeWidgetItem(m_quality, { tr("Columns (%1 customers)").arg(report.customers) });
    for (const Clean::ColumnQuality &column : report.columns) {
        new QTreeWidgetItem(columns, { Clean::fieldLabel(column.field),
                                       tr("%1 distinct → %2").arg(column.distinctBefore).arg(column.distinctAfter),
                                       tr("missing %1 → %2").arg(percent(column.missingBefore, report.customers),
                                                                 percent(column.missingAfter, report.customers)) });
    }
    columns->setExpanded(true);
    auto *findings = new QTreeWidgetItem(m_quality, { tr("Findings (kept, listed here)") });
    for (const Issue &issue : report.toIssues()) {
        auto *item = new QTreeWidgetItem(findings, { issue.text, QLocale().toString(issue.count), issue.locator });
        item->setToolTip(0, issue.text);
    }
    findings->setExpanded(true);
    showSamples();
}

void CleanPage::setBusy(bool busy, const QString &message)
{
    for (QWidget *widget : { static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_apply),
                             static_cast<QWidget *>(m_undoButton), static_cast<QWidget *>(m_find) })
        widget->setEnabled(!busy && !m_path.isEmpty());
    if (!busy)
        showSteps();
    if (busy)
        m_status->setText(message);
}

void CleanPage::showError(const QString &message)
{
    m_status->setText(u"<span style=\"color:#8a1c12\">%1</span>"_s.arg(message.toHtmlEscaped()));
}

} // namespace Portrait::Ui
