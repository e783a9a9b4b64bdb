#include "datapage.h"

#include "actionicons.h"
#include "format/displayformat.h"
#include "models/sourcesmodel.h"
#include "orderlevelpanel.h"
#include "project/projectfile.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// How many rejected rows the page lists per source; the project keeps them all.
constexpr int RejectedRowsShown = 1000;

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
    , m_sources(new SourcesModel(this))
    , m_rejected(new QStandardItemModel(this))
{
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import = new QPushButton(actionIcon(ActionIcon::Import), tr("&Import Data…"), this);
    m_import->setToolTip(tr("Add orders, customers or survey answers from CSV, Excel, a database dump or a SQLite file"));
    m_refresh = new QPushButton(actionIcon(ActionIcon::Refresh), tr("&Refresh from Newer File…"), this);
    m_refresh->setToolTip(tr("Re-import the selected source from a newer file with the same mapping"));
    m_refresh->setEnabled(false);
    m_remove = new QPushButton(tr("Re&move Source…"), this);
    m_remove->setObjectName(u"removeSource"_s);
    m_remove->setToolTip(tr("Take the selected source out of the project: its orders, answers and rejected rows, "
                            "and the customers it alone brought. Edit › Undo puts it back."));
    m_remove->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_sourceView->currentIndex();
        if (current.isValid())
            Q_EMIT removeRequested(current.data(SourcesModel::SourceIdRole).toLongLong());
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_sourceView->currentIndex();
        if (current.isValid())
            Q_EMIT refreshRequested(current.data(SourcesModel::SourceIdRole).toLongLong());
    });

    m_sourceView = tableView(m_sources, this);
    m_sourceView->setObjectName(u"sourcesView"_s);
    m_rejectedView = tableView(m_rejected, this);
    m_rejectedView->setObjectName(u"rejectedView"_s);
    m_rejectedTitle = new QLabel(this);
    connect(m_sourceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_refresh->setEnabled(current.isValid());
                m_remove->setEnabled(current.isValid());
                if (current.isValid()) {
                    showRejected(current.data(SourcesModel::SourceIdRole).toLongLong());
                    m_orderLevel->showSource(m_path, current.data(SourcesModel::SourceIdRole).toLongLong());
                }
            });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_remove);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rejectedTitle);
    lowerLayout->addWidget(m_rejectedView, 1);
    m_orderLevel = new OrderLevelPanel(lower);
    lowerLayout->addWidget(m_orderLevel, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sourceView);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    clear();
}

void DataPage::clear()
{
    m_path.clear();
    ++m_request;
    m_sources->setSources({});
    m_rejected->clear();
    m_rejectedTitle->clear();
    m_orderLevel->clear();
    m_totals->setText(tr("No project is open."));
    m_import->setEnabled(false);
    m_refresh->setEnabled(false);
    m_remove->setEnabled(false);
}

void DataPage::setProject(const QString &path, const Project::ProjectSummary &s)
{
    m_path = path;
    m_import->setEnabled(true);
    m_sources->setSources(s.sources);
    m_sourceView->resizeColumnsToContents();
    m_refresh->setEnabled(false);   // until a source is selected below
    m_remove->setEnabled(false);
    const QLocale locale;
    QString totals = tr("%1 customers (%2 with orders) · %3 orders, %4 of them returns only · %5 survey answers")
                             .arg(locale.toString(s.customers), locale.toString(s.customersWithOrders),
                                  locale.toString(s.orders), locale.toString(s.returnOrders), locale.toString(s.answers));
    if (s.firstOrderDay != Model::NoDay) {
        totals += u"\n"_s
                + tr("Orders from %1 to %2 · purchases %3, returns %4")
                          .arg(DisplayFormat::date(s.firstOrderDay), DisplayFormat::date(s.lastOrderDay),
                               locale.toString(s.purchaseAmount, 'f', 2), locale.toString(s.returnedAmount, 'f', 2));
    }
    m_totals->setText(totals);
    if (!s.sources.isEmpty())
        m_sourceView->selectRow(0);
}

void DataPage::selectSource(qint64 sourceId)
{
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        if (m_sources->index(row, 0).data(SourcesModel::SourceIdRole).toLongLong() == sourceId) {
            m_sourceView->selectRow(row);
            return;
        }
    }
}

void DataPage::showRejected(qint64 sourceId)
{
    m_rejected->clear();
    m_rejectedTitle->setText(tr("Loading rejected rows…"));
    const int request = ++m_request;
    using Rows = Result<QList<Project::RejectedRow>>;
    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher, request, sourceId] {
        watcher->deleteLater();
        if (request != m_request)
            return;   // another source was selected meanwhile
        const Rows rows = watcher->result();
        if (!rows) {
            m_rejectedTitle->setText(rows.error().toString());
            return;
        }
        const Project::SourceSummary *source = nullptr;
        for (int row = 0; row < m_sources->rowCount(); ++row) {
            if (m_sources->source(row)->id == sourceId)
                source = m_sources->source(row);
        }
        const qint64 total = source ? source->record.rowsRejected : rows->size();
        const QLocale locale;
        if (total == 0)
            m_rejectedTitle->setText(tr("This source rejected no rows."));
        else if (total > rows->size())
            m_rejectedTitle->setText(tr("Rejected rows: the first %1 of %2").arg(locale.toString(rows->size()),
                                                                                  locale.toString(total)));
        else
            m_rejectedTitle->setText(tr("Rejected rows: %1").arg(locale.toString(total)));
        m_rejected->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Reason"), tr("Value") });
        for (const Project::RejectedRow &r : *rows) {
            QList<QStandardItem *> items { new QStandardItem(locale.toString(r.row)),
                                           new QStandardItem(r.columnName.isEmpty()
                                                                     ? locale.toString(r.column)
                                                                     : u"%1 (%2)"_s.arg(r.columnName).arg(r.column)),
                                           new QStandardItem(r.reason), new QStandardItem(r.rawValue) };
            items.first()->setData(QVariant::fromValue(r.row), Qt::UserRole);
            m_rejected->appendRow(items);
        }
        m_rejectedView->resizeColumnsToContents();
        Q_EMIT rejectedRowsLoaded();
    });
    // The window holds the project's lock; this read-only look needs a connection of its own.
    watcher->setFuture(QtConcurrent::run([path = m_path, sourceId]() -> Rows {
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        if (!project)
            return project.error();
        return Project::rejectedRows(**project, sourceId, RejectedRowsShown);
    }));
}

} // namespace Portrait::Ui
