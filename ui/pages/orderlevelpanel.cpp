#include "orderlevelpanel.h"

#include "project/projectfile.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using Portrait::Io::OrderState;

namespace Portrait::Ui {

namespace {

/// How many orders that are not purchases the panel lists; the project keeps them all.
constexpr int NotPurchasesShown = 1000;

/// stretchLast: the last column is text (a product) that may use the spare width; figures keep theirs.
QTableView *groupView(QStandardItemModel *model, QWidget *parent, bool stretchLast)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(stretchLast);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    return view;
}

QString percent(double part, double whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + u'%' : QString();
}

/// A cell that shows text and sorts by value.
QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text), Qt::UserRole);
    return item;
}

/// A figure: right-aligned, so that a column of them reads by magnitude.
QStandardItem *numberCell(const QString &text, const QVariant &sortValue)
{
    QStandardItem *item = cell(text, sortValue);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dayText(Model::Day day)
{
    return day == Model::NoDay ? QString() : QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace

OrderLevelPanel::OrderLevelPanel(QWidget *parent)
    : QWidget(parent),
      m_headline(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_provinces(new QStandardItemModel(this)),
      m_days(new QStandardItemModel(this)),
      m_notPurchases(new QStandardItemModel(this))
{
    setObjectName(u"orderLevelPanel"_s);
    m_headline->setObjectName(u"orderLevelHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QStandardItemModel *model : { m_provinces, m_days, m_notPurchases })
        model->setSortRole(Qt::UserRole);
    m_tabs->addTab(groupView(m_provinces, this, false), tr("Orders by province"));
    m_tabs->addTab(groupView(m_days, this, false), tr("Orders by day"));
    m_tabs->addTab(groupView(m_notPurchases, this, true), tr("Not purchases"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    hide();
}

void OrderLevelPanel::clear()
{
    ++m_request;
    m_summary = {};
    hide();
}

void OrderLevelPanel::showSource(const QString &projectPath, qint64 sourceId)
{
    const int request = ++m_request;
    using Loaded = Result<Project::OrderLevelSummary>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return; // another source was selected meanwhile
        const Loaded summary = watcher->result();
        if (!summary) {
            m_summary = {};
            m_headline->setText(summary.error().toString());
            show();
        } else {
            showSummary(*summary);
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([projectPath, sourceId]() -> Loaded {
        auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
        if (!project)
            return project.error();
        return Project::orderLevelSummary(**project, sourceId, NotPurchasesShown);
    }));
}

void OrderLevelPanel::showSummary(const Project::OrderLevelSummary &summary)
{
    m_summary = summary;
    if (summary.orders == 0) {
        hide();
        return;
    }
    const QLocale locale;
    const auto count = [&](OrderState state) { return locale.toString(summary.byState[int(state)]); };
    QString text = tr("Order level: %1 orders, %2 paid — payment conversion %3.")
                           .arg(locale.toString(summary.orders), locale.toString(summary.paidOrders()),
                                percent(double(summary.paidOrders()), double(summary.orders)));
    text += u' '
            + tr("Not purchases: %1 unpaid, %2 closed, %3 cancelled.")
                      .arg(count(OrderState::Unpaid), count(OrderState::Closed), count(OrderState::Cancelled));
    text += u'\n'
            + tr("Refunds: %1 of %2 paid (%3) — refunded in full (returns): %4, in part: %5.")
                      .arg(locale.toString(summary.refundAmount, 'f', 2), locale.toString(summary.paidAmount, 'f', 2),
                           percent(summary.refundAmount, summary.paidAmount), count(OrderState::Refunded),
                           locale.toString(summary.partlyRefunded));
    m_headline->setText(text);
    fillGroups();
    fillNotPurchases();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (auto *view = qobject_cast<QTableView *>(m_tabs->widget(tab)))
            view->resizeColumnsToContents();
    }
    show();
}

void OrderLevelPanel::fillGroups()
{
    const QLocale locale;
    m_provinces->clear();
    m_provinces->setHorizontalHeaderLabels(
            { tr("Province"), tr("Orders"), tr("Paid"), tr("Payment conversion"), tr("Paid amount"), tr("Refunds") });
    m_days->clear();
    m_days->setHorizontalHeaderLabels(
            { tr("Day"), tr("Orders"), tr("Paid"), tr("Payment conversion"), tr("Paid amount"), tr("Refunds") });
    for (bool byProvince : { true, false }) {
        for (const Project::OrderLevelGroup &g : byProvince ? m_summary.byProvince : m_summary.byDay) {
            const QString name = byProvince ? (g.province.isEmpty() ? tr("(not given)") : g.province) : dayText(g.day);
            const QVariant key = byProvince ? QVariant(name) : QVariant(qint64(g.day));
            QList<QStandardItem *> row { cell(name, key),
                                         numberCell(locale.toString(g.orders), g.orders),
                                         numberCell(locale.toString(g.paid), g.paid),
                                         numberCell(percent(double(g.paid), double(g.orders)),
                                                    double(g.paid) / double(g.orders)),
                                         numberCell(locale.toString(g.paidAmount, 'f', 2), g.paidAmount),
                                         numberCell(locale.toString(g.refundAmount, 'f', 2), g.refundAmount) };
            (byProvince ? m_provinces : m_days)->appendRow(row);
        }
    }
}

void OrderLevelPanel::fillNotPurchases()
{
    const QLocale locale;
    m_notPurchases->clear();
    m_notPurchases->setHorizontalHeaderLabels({ tr("Row"), tr("Order"), tr("Counted as"), tr("Status in the file"),
                                                tr("Placed"), tr("Amount"), tr("Province"), tr("Product") });
    for (const Project::OrderLevelRecord &r : m_summary.notPurchases) {
        m_notPurchases->appendRow({ numberCell(locale.toString(r.firstRow), r.firstRow),
                                    cell(QString::fromUtf8(r.orderKey)),
                                    cell(Io::orderStateLabel(r.state)),
                                    cell(r.statusText),
                                    cell(dayText(r.createdDay), qint64(r.createdDay)),
                                    numberCell(locale.toString(r.amount, 'f', 2), r.amount),
                                    cell(r.province),
                                    cell(r.product) });
    }
    const QString title = m_summary.notPurchaseCount() > m_summary.notPurchases.size()
            ? tr("Not purchases (first %1 of %2)").arg(m_summary.notPurchases.size()).arg(m_summary.notPurchaseCount())
            : tr("Not purchases (%1)").arg(m_summary.notPurchaseCount());
    m_tabs->setTabText(2, title);
}

} // namespace Portrait::Ui
