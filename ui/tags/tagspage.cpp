#include "tagspage.h"

#include "analytics/lifetimefeatures.h"
#include "dictionarycommand.h"
#include "format/displayformat.h"
#include "governancemodel.h"
#include "groupbuilder.h"
#include "jobs/clusterfeaturechoice.h"
#include "jobs/customerfeatures.h"
#include "overlapmodel.h"
#include "ruleeditor.h"
#include "tagform.h"
#include "tagprojectstorage.h"
#include "tagtreemodel.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

TagsPage::TagsPage(QWidget *parent) : QWidget(parent), m_chineseTagNames(DisplayFormat::chineseUi())
{
    m_undo = new QUndoStack(this);
    m_manualUndo = m_undo;
    m_storage = new TagProjectStorage(this);
    m_treeModel = new TagTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setIndentation(14);
    m_tree->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TagTreeModel::CustomersColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TagTreeModel::ShareColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_form = new TagForm(this);

    m_governanceModel = new GovernanceModel(this);
    m_governanceProxy = new QSortFilterProxyModel(this);
    m_governanceProxy->setSourceModel(m_governanceModel);
    m_governanceProxy->setSortRole(GovernanceModel::SortRole);
    m_governanceView = new QTableView(this);
    m_governanceView->setModel(m_governanceProxy);
    m_governanceView->setSortingEnabled(true);
    m_governanceView->sortByColumn(-1, Qt::AscendingOrder);
    m_governanceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_governanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_governanceView->horizontalHeader()->setStretchLastSection(true);   // the flags
    m_governanceView->verticalHeader()->hide();
    m_governanceView->setWordWrap(false);
    m_governanceView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_governanceView->verticalHeader()->setDefaultSectionSize(m_governanceView->fontMetrics().height() + 8);
    m_overlapModel = new OverlapModel(this);
    m_overlapView = new QTableView(this);
    m_overlapView->setModel(m_overlapModel);
    m_overlapView->verticalHeader()->setDefaultSectionSize(m_overlapView->fontMetrics().height() + 8);
    // Every tag's name whole in the headers: columns as wide as their names, never cut.
    m_overlapView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overlapView->horizontalHeader()->setMinimumSectionSize(56);
    m_overlapView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *governance = new QSplitter(Qt::Vertical, this);
    auto *governanceTop = new QWidget(governance);
    auto *topLayout = new QVBoxLayout(governanceTop);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_governanceView, 1);
    governance->addWidget(governanceTop);
    governance->addWidget(m_overlapView);

    m_groups = new GroupBuilder(this);
    m_tabs = new QTabWidget(this);
    // The form scrolls rather than setting the window's least height: in Chinese its rows are
    // taller and would push the window past a 640-pixel screen.
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(formScroll, tr("Tag"));
    m_tabs->addTab(governance, tr("Governance"));
    m_tabs->addTab(m_groups, tr("Groups"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    m_toolBar = new QToolBar(this);
    buildToolBar();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 780 });
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(splitter, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_workPool = new QThreadPool(this);
    m_workPool->setMaxThreadCount(1);
    m_retagTimer = new QTimer(this);
    m_retagTimer->setSingleShot(true);
    m_retagTimer->setInterval(RuleEditor::DebounceMs);
    connect(m_retagTimer, &QTimer::timeout, this, &TagsPage::retag);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(AutoSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { startSave(); });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagsPage::showCurrentTag);
    connect(m_treeModel, &TagTreeModel::renameRequested, this, [this](qint64 id, const QString &name) {
        Tags::TagDictionary after = m_dictionary;
        const Tags::TagNode *node = m_dictionary.find(id);
        if (!node)
            return;
        // The tree shows the English name in the English interface: that is the name renamed.
        Tags::TagNode renamed = *node;
        const bool english = !m_chineseTagNames && !node->nameEn.isEmpty();
        renamed.nameEn = name;
        if (Status s = english ? after.updateTag(renamed) : after.renameTag(id, name); !s)
            return showMessage(s.error().message, true);
        changeDictionary(after, tr("Rename tag \"%1\"").arg(name), id);
    }, Qt::QueuedConnection);   // queued: the view is still inside setData() of the model this resets
    connect(m_form, &TagForm::applyRequested, this, [this](const Tags::TagNode &node) {
        Tags::TagDictionary after = m_dictionary;
        if (Status s = after.updateTag(node); !s)
            return showMessage(s.error().message, true);
        changeDictionary(after, tr("Edit tag \"%1\"").arg(node.name), node.id);
    });
    connect(m_groups, &GroupBuilder::saveRequested, this, [this](const QString &oldName, const Tags::TagGroup &group) {
        Tags::TagDictionary after = m_dictionary;
        if (Status s = oldName.isEmpty() && after.findGroup(group.name)
                    ? Status(Error { tr("there is already a group \"%1\"").arg(group.name), {}, 0, 0, {} })
                    : after.replaceGroup(oldName, group);
            !s)
            return showMessage(s.error().message, true);
        changeDictionary(after, tr("Save group \"%1\"").arg(group.name));
        m_groups->selectGroup(group.name);
    });
    connect(m_groups, &GroupBuilder::removeRequested, this, [this](const QString &name) {
        Tags::TagDictionary after = m_dictionary;
        after.removeGroup(name);
        changeDictionary(after, tr("Delete group \"%1\"").arg(name));
    });
    connect(m_groups, &GroupBuilder::exportRequested, this, &TagsPage::exportRequested);
    connectStorage();
    showCurrentTag();
    updateEmptyState();
}

TagsPage::~TagsPage()
{
    // The window flushes before it lets go of the project and reports failures; a page on its own
    // (or one whose window could not) still must not drop the analyst's edits without a word.
    if (Status status = flushToProject(); !status)
        qWarning("%s", qPrintable(status.error().toString()));
}

void TagsPage::setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> rfm,
                       bool chineseNames)
{
    m_frame = std::move(frame);
    m_rfm = std::move(rfm);
    if (chineseNames != m_chinese) {
        m_chinese = chineseNames;
        applyDictionary(m_dictionary, 0);
    }
    scheduleFeatures();
    updateEmptyState();
}

void TagsPage::setMetricOptions(const Rfm::MetricOptions &options)
{
    m_options = options;
    scheduleFeatures();
}

void TagsPage::setLifetime(std::shared_ptr<const Analytics::LifetimeScores> lifetime)
{
    m_lifetime = std::move(lifetime);
    scheduleFeatures();
}

void TagsPage::setTagData(const Project::TagData &data)
{
    m_manual = data.manual;
    m_saved = data;
    m_undo->clear();
    applyDictionary(data.dictionary, 0);
    m_undo->setClean();
}

Project::TagData TagsPage::tagData() const
{
    return { m_dictionary, m_manual };
}

QList<Tags::CustomerTagReason> TagsPage::tagsOfCustomer(qsizetype row) const
{
    return m_workspace ? Tags::tagsOfCustomer(m_dictionary, m_workspace->tagging, row) : QList<Tags::CustomerTagReason>();
}

QStringList TagsPage::tagPathsOfCustomer(qsizetype row) const
{
    QStringList paths;
    for (const Tags::CustomerTagReason &reason : tagsOfCustomer(row))
        paths.append(m_dictionary.displayPath(reason.id, m_chineseTagNames));
    return paths;
}

QStringList TagsPage::explainCustomerTags(qsizetype row) const
{
    QStringList out;
    for (const Tags::CustomerTagReason &reason : tagsOfCustomer(row)) {
        const QString how = reason.source == Tags::TagSource::Manual ? tr("set by hand") : tr("rule: %1").arg(reason.rule);
        out.append(tr("%1 — %2").arg(m_dictionary.displayPath(reason.id, m_chineseTagNames), how));
    }
    return out;
}

void TagsPage::changeDictionary(const Tags::TagDictionary &after, const QString &text, qint64 selectAfter)
{
    const qint64 before = currentTagId();
    m_undo->push(new DictionaryCommand(text, m_dictionary, after, before, selectAfter ? selectAfter : before,
                                       [this](const Tags::TagDictionary &d, qint64 id) { applyDictionary(d, id); }));
}

void TagsPage::applyDictionary(const Tags::TagDictionary &dictionary, qint64 selectId)
{
    // The model is reset: keep which tags were expanded, by id.
    QList<qint64> expanded;
    for (const Tags::TagNode &node : m_dictionary.tags()) {
        if (m_tree->isExpanded(m_treeModel->indexOf(node.id)))
            expanded.append(node.id);
    }
    const bool first = m_dictionary.isEmpty();
    m_dictionary = dictionary;
    m_treeModel->setDictionary(m_starterTexts.localized(m_dictionary), m_chineseTagNames);
    if (first) {
        m_tree->expandToDepth(0);
    } else {
        for (qint64 id : std::as_const(expanded))
            m_tree->expand(m_treeModel->indexOf(id));
    }
    m_tree->resizeColumnToContents(TagTreeModel::CustomersColumn);
    if (selectId && m_dictionary.find(selectId))
        selectTag(selectId);
    showCurrentTag();
    m_groups->setGroups(m_starterTexts.localized(m_dictionary.groups()), m_workspace);
    scheduleRetag();
    tagDataEdited();
    updateEmptyState();
}

void TagsPage::selectTag(qint64 id)
{
    const QModelIndex index = m_treeModel->indexOf(id);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

qint64 TagsPage::currentTagId() const
{
    return m_treeModel->idAt(m_tree->currentIndex());
}

void TagsPage::showCurrentTag()
{
    const qint64 id = currentTagId();
    // The starter's texts in the interface's language, whichever they were installed in.
    const Tags::TagNode *node = m_dictionary.find(id);
    const Tags::TagNode shown = node ? m_starterTexts.localized(*node) : Tags::TagNode();
    m_form->setTag(node ? &shown : nullptr, m_dictionary.path(id));
}

void TagsPage::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TagsPage::setClusters(std::shared_ptr<const Analytics::Clustering> clustering)
{
    if (clustering == m_clusters)
        return;
    m_clusters = std::move(clustering);
    scheduleFeatures();
}

void TagsPage::scheduleFeatures()
{
    if (!m_frame || !m_rfm)
        return recomputeFeatures(); // nothing to compute: forget the old features at once
    ++m_featureGeneration; // what is computing now is stale
    if (m_featuresQueued)
        return;
    m_featuresQueued = true;
    // Queued, so that a new result's options and data start one computation, not two, and the
    // pages told of the result before this one (the dashboard) draw before it takes a core.
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_featuresQueued = false;
                recomputeFeatures();
            },
            Qt::QueuedConnection);
}

void TagsPage::recomputeFeatures()
{
    const quint64 generation = ++m_featureGeneration;
    if (!m_frame || !m_rfm) {
        m_features.reset();
        m_workspace.reset();
        showWorkspace(nullptr);
        return;
    }
    using Features = Result<Tags::FeatureTable>;
    auto *watcher = new QFutureWatcher<Features>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        Features result = watcher->result();
        watcher->deleteLater();
        if (generation != m_featureGeneration)
            return;
        if (!result)
            return showMessage(result.error().toString(), true);
        m_features = std::make_shared<const Tags::FeatureTable>(result.takeValue());
        m_context = Jobs::evaluationContext(*m_rfm, m_chinese);
        retag();
    });
    Rfm::MetricOptions options = m_options;
    options.asOf = m_rfm->metrics.asOf;
    // Off the shared pool, which the dashboard's charts need at the same time.
    watcher->setFuture(QtConcurrent::run(m_workPool, [frame = m_frame, rfm = m_rfm, lifetime = m_lifetime, options,
                                                       chinese = m_chinese, clusters = m_clusters]() -> Features {
        Features features = Jobs::computeCustomerFeatures(*frame, *rfm, options, chinese);
        if (!features)
            return features;
        if (Status status = Jobs::addClusterFeature(*features, clusters.get()); !status)
            return status.error();
        // Scores of another frame (a fit not yet replaced after a reload) are left out, not misaligned.
        const bool fits = lifetime && qint64(lifetime->pAlive.size()) == qint64(frame->size());
        if (Status s = Analytics::addLifetimeFeatures(*features, fits ? lifetime.get() : nullptr); !s)
            return s.error();
        return features;
    }));
}

void TagsPage::scheduleRetag()
{
    ++m_tagGeneration;
    m_retagTimer->start();
}

void TagsPage::retag()
{
    const quint64 generation = ++m_tagGeneration;
    if (!m_features || !m_frame)
        return;
    // One at a time: the running one is stale now, and one more run follows it with what is current.
    if (m_retagRunning) {
        m_retagAgain = true;
        return;
    }
    m_retagRunning = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Jobs::TagWorkspace>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const auto workspace = watcher->result();
        watcher->deleteLater();
        m_retagRunning = false;
        if (generation == m_tagGeneration)
            showWorkspace(workspace);
        if (m_retagAgain) {
            m_retagAgain = false;
            retag();
        }
    });
    // Tagging waits for data-parallel work of its own on the global pool (blockingMap): run from
    // the global pool, a few taggings at once would hold every thread and wait for ever.
    watcher->setFuture(QtConcurrent::run(m_workPool, [features = m_features, context = m_context, frame = m_frame,
                                                       dictionary = m_dictionary, manual = m_manual] {
        return std::make_shared<const Jobs::TagWorkspace>(
                Jobs::retagged(features, context, frame->ids, dictionary, manual));
    }));
}

void TagsPage::showWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace)
{
    m_workspace = std::move(workspace);
    QHash<qint64, qint64> counts;
    Tags::TagGovernance governance;
    if (m_workspace) {
        for (const Tags::DictionaryTag &tag : m_workspace->tagging.tags)
            counts.insert(tag.id, tag.count);
        governance = m_workspace->governance;
    }
    m_treeModel->setCounts(counts, m_workspace ? m_workspace->tagging.customers : 0);
    m_governanceModel->setGovernance(governance, m_dictionary, m_chineseTagNames);
    m_overlapModel->setGovernance(governance, m_dictionary, m_chineseTagNames);
    m_form->setWorkspace(m_workspace);
    m_groups->setGroups(m_starterTexts.localized(m_dictionary.groups()), m_workspace);
    QStringList summary;
    if (m_workspace) {
        const QLocale locale;
        summary.append(tr("%1 customers, %2 tags.")
                               .arg(locale.toString(qint64(m_workspace->tagging.customers)),
                                    locale.toString(qint64(m_dictionary.size()))));
        if (!m_workspace->tagging.errors.isEmpty()) {
            const Tags::TagRuleError &e = m_workspace->tagging.errors.first();
            summary.append(tr("%n rule(s) with errors; first: %1: %2", nullptr, int(m_workspace->tagging.errors.size()))
                                   .arg(e.path, e.error.message));
        }
    }
    m_summary->setText(summary.join(u' '));
    if (isShowingEmptyState())
        updateStarterPreview();
    Q_EMIT workspaceChanged();
}

} // namespace Portrait::Ui
