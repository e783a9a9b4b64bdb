// The tags page before there are tags: without a project, what to open; on a project without a
// dictionary, the starter dictionary offered with a preview of its tags and how many of this
// project's customers each would get.

#include "tagspage.h"

#include "tags/starterdictionary.h"
#include "widgets/emptystate.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

enum PreviewColumn { PreviewName, PreviewCustomers, PreviewDefinition };

} // namespace

QWidget *TagsPage::buildEmptyState()
{
    m_empty = new EmptyState(this);
    m_openButton = m_empty->addButton(tr("&Open a Project…"));
    m_demoButton = m_empty->addButton(tr("Try the &Demo"));
    m_starterButton = m_empty->addButton(tr("&Use the Starter Dictionary"));
    m_blankButton = m_empty->addButton(tr("Start With an &Empty Tag"));
    connect(m_openButton, &QPushButton::clicked, this, &TagsPage::openProjectRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &TagsPage::demoRequested);
    connect(m_starterButton, &QPushButton::clicked, this, &TagsPage::installStarter);
    connect(m_blankButton, &QPushButton::clicked, this, [this] { addTag(false); });

    m_starterPreview = new QTreeWidget(m_empty);
    m_starterPreview->setObjectName(u"starterPreview"_s);
    m_starterPreview->setColumnCount(3);
    m_starterPreview->setHeaderLabels({ tr("Tag"), tr("Customers"), tr("Definition") });
    m_starterPreview->setRootIsDecorated(true);
    m_starterPreview->setSelectionMode(QAbstractItemView::NoSelection);
    m_starterPreview->setWordWrap(false);
    m_starterPreview->header()->setStretchLastSection(true);
    m_starterPreview->setMinimumSize(640, 320);
    m_empty->addWidget(m_starterPreview, 1);
    return m_empty;
}

bool TagsPage::isShowingEmptyState() const
{
    return m_stack && m_stack->currentIndex() == 0;
}

QString TagsPage::saveStateText() const
{
    return m_saveState->text();
}

void TagsPage::updateEmptyState()
{
    if (!m_stack)
        return;
    if (!m_dictionary.isEmpty()) {
        m_stack->setCurrentIndex(1);
        return;
    }
    if (m_projectPath.isEmpty() && !m_frame) {
        m_empty->setText(tr("No project is open"),
                         tr("Tags describe customers in words a team shares (高价值, 沉睡, 促销敏感 …), each with "
                            "a definition and a rule. Open a project, or try the demo project."));
        m_empty->showButtons({ m_openButton, m_demoButton });
        m_starterPreview->hide();
        m_stack->setCurrentIndex(0);
        return;
    }
    // Until the project's tags are read: the (empty) tags, not an offer to replace them.
    if (!m_projectPath.isEmpty() && !m_loaded) {
        m_stack->setCurrentIndex(1);
        return;
    }
    const int tags = int(Tags::starterDictionary().size());
    m_empty->setText(tr("This project has no tags yet"),
                     tr("Start from the starter dictionary: %n tag(s) for basic attributes, behaviour, preferences, "
                        "value and attitude, each with its definition, data source and rule, ready to change. "
                        "Or build your own from an empty tag.",
                        nullptr, tags));
    m_empty->showButtons({ m_starterButton, m_blankButton });
    m_starterPreview->show();
    const bool entering = m_stack->currentIndex() != 0;
    m_stack->setCurrentIndex(0);
    if (entering || m_starterPreview->topLevelItemCount() == 0)
        updateStarterPreview();
}

void TagsPage::updateStarterPreview()
{
    const Tags::TagDictionary starter = Tags::starterDictionary();
    const auto fill = [this, starter](const QHash<qint64, qint64> &counts) {
        m_starterPreview->clear();
        QHash<qint64, QTreeWidgetItem *> items;
        const QLocale locale;
        for (const Tags::TagNode &node : starter.tags()) {
            QTreeWidgetItem *parent = items.value(node.parentId);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_starterPreview);
            item->setText(PreviewName, node.displayName(m_chineseTagNames));
            if (counts.contains(node.id) && node.hasRule())
                item->setText(PreviewCustomers, locale.toString(counts.value(node.id)));
            item->setTextAlignment(PreviewCustomers, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(PreviewDefinition, node.definition);
            item->setToolTip(PreviewDefinition, node.rule.isEmpty() ? node.definition : node.definition + u"\n"_s + node.rule);
            items.insert(node.id, item);
        }
        m_starterPreview->expandToDepth(0);
        m_starterPreview->resizeColumnToContents(PreviewName);
        m_starterPreview->resizeColumnToContents(PreviewCustomers);
    };
    if (!m_features || !m_frame) {
        fill({});
        return;
    }
    if (m_previewFeatures == m_features && m_starterPreview->topLevelItemCount() > 0)
        return;
    m_previewFeatures = m_features;
    fill({});
    // How many of this project's customers each starter tag would get: a tagging run of its own.
    auto *watcher = new QFutureWatcher<QHash<qint64, qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fill, features = m_features] {
        const QHash<qint64, qint64> counts = watcher->result();
        watcher->deleteLater();
        if (features == m_previewFeatures && isShowingEmptyState())
            fill(counts);
    });
    watcher->setFuture(QtConcurrent::run(m_workPool, [features = m_features, context = m_context, frame = m_frame,
                                                       starter] {
        const Jobs::TagWorkspace preview = Jobs::retagged(features, context, frame->ids, starter, {});
        QHash<qint64, qint64> counts;
        for (const Tags::DictionaryTag &tag : preview.tagging.tags)
            counts.insert(tag.id, tag.count);
        return counts;
    }));
}

} // namespace Portrait::Ui
