#include "customerspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

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
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *exportButton = new QPushButton(tr("&Export This List…"), this);
    exportButton->setObjectName(u"exportListButton"_s);
    exportButton->setToolTip(tr("Save the customers shown, in their current order, as CSV or Excel"));
    connect(exportButton, &QPushButton::clicked, this, &CustomersPage::exportRequested);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform row heights keep a million rows scrolling without measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    // The column chooser: right-click the header to show or hide columns.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT customerActivated(index.row()); });

    connect(m_segment, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::applyFilter);
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
    m_model->setData(std::move(frame), std::move(result), chineseNames);
    applyFilter();
    m_table->resizeColumnsToContents();
}

void CustomersPage::setColumnShown(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown);
}

bool CustomersPage::isColumnShown(int column) const
{
    return !m_table->isColumnHidden(column);
}

void CustomersPage::showSegment(int segment)
{
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
    applyFilter();
}

void CustomersPage::applyFilter()
{
    m_model->setFilter(CustomerFilter { m_segment->currentData().toInt(), m_tier->currentData().toInt(),
                                        m_search->text().trimmed() });
    m_count->setText(tr("%1 customers").arg(QLocale().toString(m_model->rowCount())));
}

} // namespace Portrait::Ui
