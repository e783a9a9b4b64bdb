#include "issuespage.h"

#include "rfm/schemelint.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

IssuesPage::IssuesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
{
    m_view = new QTreeView(this);
    m_view->setObjectName(u"issuesView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 source = m_model->index(index.row(), 0).data(SourceIdRole).toLongLong();
        if (source > 0)
            Q_EMIT sourceActivated(source);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setState(nullptr, nullptr, false);
}

int IssuesPage::issueCount() const
{
    return m_model->rowCount();
}

void IssuesPage::add(Area area, const QString &text, qint64 count, qint64 sourceId)
{
    const QString areaName = area == Area::Data ? tr("Data") : area == Area::Scoring ? tr("Scoring") : tr("Scheme");
    auto *where = new QStandardItem(areaName);
    where->setData(sourceId, SourceIdRole);
    auto *number = new QStandardItem(count > 0 ? QLocale().toString(count) : QString());
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->appendRow({ where, number, new QStandardItem(text) });
}

void IssuesPage::setState(const Project::ProjectSummary *summary, const Rfm::RfmResult *result, bool chinese)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Area"), tr("Count"), tr("Issue") });
    const QLocale locale;
    if (summary) {
        for (const Project::SourceSummary &source : summary->sources) {
            const Project::SourceRecord &r = source.record;
            if (r.rowsRejected > 0) {
                add(Area::Data, tr("%1: rows rejected (bad dates, numbers or missing required values); see the Data "
                                   "page for each row, column and reason.").arg(r.fileName),
                    r.rowsRejected, source.id);
            }
            if (r.rowsWithoutCustomer > 0) {
                add(Area::Data, tr("%1: rows without a customer id; they count in the file's totals but belong to no "
                                   "customer.").arg(r.fileName),
                    r.rowsWithoutCustomer, source.id);
            }
        }
        const qint64 withoutOrders = summary->customers - summary->customersWithOrders;
        if (summary->orders > 0 && withoutOrders > 0) {
            add(Area::Data, tr("Customers with no orders (from a customers or survey source only); they are not "
                               "scored."),
                withoutOrders);
        }
    }
    if (result) {
        const qint64 unscored = result->metrics.size() - result->metrics.scoredCount;
        if (unscored > 0) {
            add(Area::Scoring, tr("Customers not scored: no purchase in the window up to the as-of date %1.")
                                       .arg(locale.toString(QDate::fromJulianDay(result->metrics.asOf),
                                                            QLocale::ShortFormat)),
                unscored);
        }
        for (const Issue &issue : result->scores.issues.items())
            add(Area::Scoring, issue.text, issue.count > 1 ? issue.count : 0);
        for (const Rfm::LintFinding &finding : Rfm::lintScheme(result->scheme, chinese))
            add(Area::Scheme, finding.text, 0);
    }
    m_view->header()->setStretchLastSection(true);
    m_view->resizeColumnToContents(0);
    m_view->resizeColumnToContents(1);
    const bool open = summary || result;
    m_empty->setText(!open ? tr("No project is open.")
                           : m_model->rowCount() == 0 ? tr("No issues: every row was imported and every customer scored.")
                                                      : tr("Double-click an issue about a file to see its rows."));
    Q_EMIT countChanged(m_model->rowCount());
}

} // namespace Portrait::Ui
