#include "customerspage.h"

#include "actionicons.h"
#include "settings/personaldata.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

CustomersPage::CustomersPage(QWidget *parent) : QWidget(parent), m_model(new CustomerTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_segment = new QComboBox(this);
    m_segment->setObjectName(u"segmentFilter"_s);
    m_tier = new QComboBox(this);
    m_tier->addItem(tr("All tiers"), -2);
    for (int tier : { 2, 1, 0 })
        m_tier->addItem(Rfm::tierTitle(tier), tier);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search id, name, phone, e-mail, province or city"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto *segmentLabel = new QLabel(tr("&Segment:"), this);
    segmentLabel->setBuddy(m_segment);
    auto *tierLabel = new QLabel(tr("&Tier:"), this);
    tierLabel->setBuddy(m_tier);
    filters->addWidget(segmentLabel);
    filters->addWidget(m_segment);
    filters->addWidget(tierLabel);
    filters->addWidget(m_tier);
    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(u"clusterFilter"_s);
    m_clusterLabel = new QLabel(tr("&Cluster:"), this);
    m_clusterLabel->setBuddy(m_cluster);
    filters->addWidget(m_clusterLabel);
    filters->addWidget(m_cluster);
    filters->addWidget(m_search, 1);
    filters->addWidget(createScoreIndicator());
    filters->addWidget(m_count);
    // Every column of the model, hidden ones included: the button and a right click on the header.
    auto *columns = new QToolButton(this);
    columns->setObjectName(u"columnsButton"_s);
    columns->setText(tr("Co&lumns"));
    columns->setToolTip(tr("Choose the columns shown (also a right click on the column headers)"));
    columns->setPopupMode(QToolButton::InstantPopup);
    m_columnMenu = new QMenu(columns);
    connect(m_columnMenu, &QMenu::aboutToShow, this, &CustomersPage::fillColumnMenu);
    columns->setMenu(m_columnMenu);
    filters->addWidget(columns);
    // Phone numbers and e-mail addresses are masked until revealed, for the rest of the session.
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(u"revealPersonalData"_s);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show Phone and E-mail"));
    m_reveal->setToolTip(tr("Phone numbers and e-mail addresses are masked on screen (138****5678) until you "
                            "show them; Portrait remembers the choice until it is closed."));
    m_reveal->setChecked(PersonalData::isRevealed());
    m_model->setPersonalDataShown(PersonalData::isRevealed());
    connect(m_reveal, &QToolButton::toggled, this, [](bool shown) { PersonalData::setRevealed(shown); });
    connect(&PersonalData::instance(), &PersonalData::revealedChanged, this, [this](bool shown) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(shown);
        m_model->setPersonalDataShown(shown);
    });
    filters->addWidget(m_reveal);
    auto *exportButton = new QPushButton(actionIcon(ActionIcon::Export), tr("&Export This List…"), this);
    exportButton->setObjectName(u"exportListButton"_s);
    exportButton->setToolTip(tr("Save the customers shown, in their current order, as CSV or Excel"));
    connect(exportButton, &QPushButton::clicked, this, &CustomersPage::exportRequested);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform row heights keep a million rows scrolling without measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    // The column chooser: right-click the header to show or hide columns.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        fillColumnMenu();
        m_columnMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    // Columns the model starts hidden (phone, e-mail, tags, …) stay so until the analyst shows them,
    // also those a later model adds.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::applyDefaultColumns);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &CustomersPage::applyDefaultColumns);
    applyDefaultColumns();
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT customerActivated(index.row()); });
    // Hand-set tags for the selection: right-click or the shortcut; the window opens the dialog.
    const auto addSelectionAction = [this](const QString &text, const QString &name, const QKeySequence &keys,
                                           void (CustomersPage::*signal)(const std::vector<qint32> &)) {
        auto *action = new QAction(text, m_table);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, signal] {
            QModelIndexList selected = m_table->selectionModel()->selectedRows();
            std::sort(selected.begin(), selected.end());
            std::vector<qint32> rows;
            for (const QModelIndex &index : std::as_const(selected))
                rows.push_back(index.data(CustomerTableModel::FrameRowRole).toInt());
            if (!rows.empty())
                Q_EMIT(this->*signal)(rows);
        });
        m_table->addAction(action);
    };
    addSelectionAction(tr("&Tag Selected Customers…"), u"tagSelectedAction"_s, QKeySequence(Qt::CTRL | Qt::Key_T),
                       &CustomersPage::tagSelectedRequested);
    addSelectionAction(tr("&Remove Tag from Selected…"), u"untagSelectedAction"_s,
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &CustomersPage::untagSelectedRequested);
    addSelectionAction(tr("Create &Campaign from Selection…"), u"campaignSelectedAction"_s, QKeySequence(),
                       &CustomersPage::campaignSelectedRequested);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Another segment or tier replaces a heatmap cell's score constraint rather than narrowing it.
    connect(m_segment, &QComboBox::currentIndexChanged, this, &CustomersPage::clearScores);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomersPage::clearScores);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::applyFilter);
    connect(m_cluster, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    setClusters(nullptr);
}

void CustomersPage::setClusters(std::shared_ptr<const Analytics::Clustering> clustering)
{
    // Renamed or refitted clusters keep the one shown when it still exists.
    const int shown = m_cluster->currentData().isValid() ? m_cluster->currentData().toInt() : -2;
    {
        const QSignalBlocker blocker(m_cluster);
        m_cluster->clear();
        m_cluster->addItem(tr("All clusters"), -2);
        if (clustering) {
            for (qsizetype i = 0; i < clustering->clusters.size(); ++i)
                m_cluster->addItem(u"%1 %2"_s.arg(i + 1).arg(clustering->clusters.at(i).name), int(i));
            m_cluster->addItem(tr("In no cluster"), -1);
        }
        m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(shown)));
    }
    m_cluster->setVisible(bool(clustering));
    m_clusterLabel->setVisible(bool(clustering));
    m_table->setColumnHidden(CustomerTableModel::Cluster, !clustering);
    m_model->setClusters(std::move(clustering));
    m_model->setFilter(shownFilter());
    showCount();
}

void CustomersPage::showCluster(int cluster)
{
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(cluster)));
    applyFilter();
}

void CustomersPage::setData(std::shared_ptr<const Model::CustomerFrame> frame,
                            std::shared_ptr<const Rfm::RfmResult> result, bool chineseNames)
{
    // A re-scored result keeps the segment the analyst was looking at.
    const int shownSegment = m_segment->currentData().isValid() ? m_segment->currentData().toInt() : -2;
    const QSignalBlocker blocker(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("All segments"), -2);
    if (result) {
        for (int rule = 0; rule <= result->scheme.rules.size(); ++rule)
            m_segment->addItem(result->scheme.displayName(rule, chineseNames), rule);
    }
    m_segment->addItem(tr("Not scored"), -1);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(shownSegment)));
    // A re-scored result keeps the score constraint too, unless its scores no longer exist.
    const int bins = result ? result->scores.bins : 0;
    if (std::any_of(m_scores.begin(), m_scores.end(), [bins](std::optional<int> s) { return s && *s > bins; })) {
        m_scores = {};
        updateScoreIndicator();
    }
    m_model->setData(std::move(frame), std::move(result), chineseNames, shownFilter());
    showCount();
    // Sizing the columns reads a thousand rows: a hidden page does it when shown, not while a
    // project opens on another page.
    m_columnsToFit = !isVisible();
    if (!m_columnsToFit)
        m_table->resizeColumnsToContents();
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_columnsToFit) {
        m_columnsToFit = false;
        m_table->resizeColumnsToContents();
    }
}

void CustomersPage::setColumnShown(int column, bool shown)
{
    m_chosenColumns.insert(m_model->headerData(column, Qt::Horizontal, CustomerTableModel::ColumnKeyRole).toInt());
    m_table->setColumnHidden(column, !shown);
    if (shown)
        m_table->resizeColumnToContents(column);
}

void CustomersPage::applyDefaultColumns()
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_chosenColumns.contains(m_model->headerData(column, Qt::Horizontal, CustomerTableModel::ColumnKeyRole).toInt()))
            continue;
        m_table->setColumnHidden(column,
                                 m_model->headerData(column, Qt::Horizontal, CustomerTableModel::HiddenByDefaultRole).toBool());
    }
}

void CustomersPage::fillColumnMenu()
{
    m_columnMenu->clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
}

QStringList CustomersPage::columnChoices()
{
    fillColumnMenu();
    QStringList texts;
    for (QAction *action : m_columnMenu->actions())
        texts.append(action->text());
    return texts;
}

bool CustomersPage::isColumnShown(int column) const
{
    return !m_table->isColumnHidden(column);
}

void CustomersPage::showSegment(int segment)
{
    m_scores = {};
    m_rows.reset();
    updateScoreIndicator();
    const QSignalBlocker blocker(m_segment);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
    applyFilter();
}

void CustomersPage::showScores(const std::array<std::optional<int>, 3> &scores)
{
    // Exactly the customers with these scores: whatever segment or tier was picked is let go.
    const QSignalBlocker segmentBlocker(m_segment);
    const QSignalBlocker tierBlocker(m_tier);
    m_segment->setCurrentIndex(0);
    m_tier->setCurrentIndex(0);
    m_scores = scores;
    updateScoreIndicator();
    applyFilter();
}

void CustomersPage::showRows(const std::vector<qint32> &rows, const QString &label)
{
    const QSignalBlocker segmentBlocker(m_segment);
    const QSignalBlocker tierBlocker(m_tier);
    m_segment->setCurrentIndex(0);
    m_tier->setCurrentIndex(0);
    m_scores = {};
    const qsizetype size = m_model->frame() ? m_model->frame()->size() : 0;
    auto marks = std::make_shared<std::vector<quint8>>(size_t(size), quint8(0));
    for (const qint32 row : rows) {
        if (row >= 0 && row < size)
            (*marks)[size_t(row)] = 1;
    }
    m_rows = std::move(marks);
    m_rowsLabel = label;
    updateScoreIndicator();
    applyFilter();
}

void CustomersPage::clearScores()
{
    m_scores = {};
    m_rows.reset();
    updateScoreIndicator();
    applyFilter();
}

CustomerFilterState CustomersPage::filterState() const
{
    return CustomerFilterState { shownFilter(), m_rows ? m_rowsLabel : QString() };
}

void CustomersPage::restoreFilterState(const CustomerFilterState &state)
{
    const CustomerFilter &filter = state.filter;
    {
        const QSignalBlocker segmentBlocker(m_segment);
        const QSignalBlocker tierBlocker(m_tier);
        const QSignalBlocker clusterBlocker(m_cluster);
        const QSignalBlocker searchBlocker(m_search);
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(filter.segment)));
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(filter.tier)));
        m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(filter.cluster)));
        m_search->setText(filter.text);
    }
    const qsizetype size = m_model->frame() ? m_model->frame()->size() : 0;
    m_scores = filter.scores;
    m_rows = filter.rows && qsizetype(filter.rows->size()) == size ? filter.rows : nullptr;
    m_rowsLabel = m_rows ? state.rowsLabel : QString();
    updateScoreIndicator();
    applyFilter();
}

CustomerFilter CustomersPage::shownFilter() const
{
    return CustomerFilter { m_segment->currentData().toInt(), m_tier->currentData().toInt(), m_search->text().trimmed(),
                            m_scores, m_cluster->currentData().isValid() ? m_cluster->currentData().toInt() : -2,
                            m_rows };
}

void CustomersPage::applyFilter()
{
    m_model->setFilter(shownFilter());
    showCount();
}

void CustomersPage::showCount()
{
    m_count->setText(tr("%1 customers").arg(QLocale().toString(m_model->rowCount())));
}

QWidget *CustomersPage::createScoreIndicator()
{
    m_scoreFilter = new QFrame(this);
    m_scoreFilter->setObjectName(u"scoreFilter"_s);
    m_scoreFilter->setStyleSheet(u"QFrame#scoreFilter { background: #e8f0fb; border: 1px solid #9ab8e0; "
                                 "border-radius: 4px; }"_s);
    auto *row = new QHBoxLayout(m_scoreFilter);
    row->setContentsMargins(6, 0, 0, 0);
    row->setSpacing(2);
    m_scoreLabel = new QLabel(m_scoreFilter);
    m_scoreLabel->setObjectName(u"scoreFilterLabel"_s);
    m_clearScores = new QToolButton(m_scoreFilter);
    m_clearScores->setObjectName(u"clearScoreFilter"_s);
    m_clearScores->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clearScores->setText(tr("Clear the score filter"));
    m_clearScores->setToolTip(tr("Clear the score filter: show customers of any score"));
    m_clearScores->setAutoRaise(true);
    // Tool buttons take no Tab focus by default; this one must be reachable without a mouse.
    m_clearScores->setFocusPolicy(Qt::StrongFocus);
    connect(m_clearScores, &QToolButton::clicked, this, &CustomersPage::clearScores);
    row->addWidget(m_scoreLabel);
    row->addWidget(m_clearScores);
    m_scoreFilter->hide();
    return m_scoreFilter;
}

void CustomersPage::updateScoreIndicator()
{
    QStringList parts;
    for (int d = 0; d < 3; ++d) {
        if (m_scores[size_t(d)]) {
            // The column headers' letters (R, F, M), so the indicator reads like the table.
            const QString letter = m_model->headerData(CustomerTableModel::RScore + d, Qt::Horizontal).toString();
            parts.append(u"%1 = %2"_s.arg(letter).arg(*m_scores[size_t(d)]));
        }
    }
    if (m_rows) {
        m_scoreLabel->setText(m_rowsLabel);
        m_scoreFilter->setVisible(true);
        return;
    }
    m_scoreLabel->setText(tr("Scores: %1").arg(parts.join(u" · "_s)));
    m_scoreFilter->setVisible(!parts.isEmpty());
}

} // namespace Portrait::Ui
