#include "issuespage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QHBoxLayout>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

using Finding = Jobs::DataFinding;

QString severityText(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Error:
        return IssuesPage::tr("Error");
    case Issue::Severity::Warning:
        return IssuesPage::tr("Warning");
    case Issue::Severity::Info:
        return IssuesPage::tr("Note");
    }
    return {};
}

QStyle::StandardPixmap severityIcon(Issue::Severity severity)
{
    return severity == Issue::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : severity == Issue::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxInformation;
}

QString areaText(Finding::Area area)
{
    return area == Finding::Area::Data      ? IssuesPage::tr("Data")
            : area == Finding::Area::Scoring ? IssuesPage::tr("Scoring")
                                             : IssuesPage::tr("Scheme");
}

} // namespace

QString IssuesPage::fixText(Finding::Fix fix)
{
    switch (fix) {
    case Finding::Fix::None:
        return {};
    case Finding::Fix::ShowSource:
        return tr("Show Rows");
    case Finding::Fix::ExcludeReturns:
        return tr("Exclude Returns");
    case Finding::Fix::ExportCustomers:
        return tr("Export List…");
    case Finding::Fix::OpenRfm:
        return tr("Open RFM Page");
    case Finding::Fix::EditScheme:
        return tr("Edit Scheme…");
    case Finding::Fix::OpenClean:
        return tr("Open Clean Page");
    }
    return {};
}

IssuesPage::IssuesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
{
    // A table, not a tree: its rows grow to the wrapped text whenever the columns change width.
    m_view = new QTableView(this);
    m_view->setObjectName(u"issuesView"_s);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The stretched text column changes width with the window; the rows follow its wrapping.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view, &QTableView::resizeRowsToContents,
            Qt::QueuedConnection);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"issuesSummary"_s);
    m_empty->setWordWrap(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 source = m_model->index(index.row(), 0).data(SourceIdRole).toLongLong();
        if (source > 0)
            Q_EMIT sourceActivated(source);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setState(nullptr, nullptr, {});
}

int IssuesPage::issueCount() const
{
    return m_model->rowCount();
}

void IssuesPage::addRow(int index)
{
    const Finding &finding = m_findings.at(index);
    auto *severity = new QStandardItem(style()->standardIcon(severityIcon(finding.severity)),
                                       severityText(finding.severity));
    severity->setData(finding.sourceId, SourceIdRole);
    auto *count = new QStandardItem(finding.count > 0 ? QLocale().toString(finding.count) : QString());
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *text = new QStandardItem(finding.text);
    text->setToolTip(finding.text);
    m_model->appendRow({ severity, new QStandardItem(areaText(finding.area)), count, text, new QStandardItem });
    const QString fix = fixText(finding.fix);
    if (fix.isEmpty())
        return;
    // In a holder, so that a row made tall by its text keeps a button of normal height.
    auto *holder = new QWidget;
    auto *button = new QPushButton(fix, holder);
    button->setObjectName(u"fix%1"_s.arg(index));
    connect(button, &QPushButton::clicked, this, [this, index] {
        if (index < m_findings.size())
            Q_EMIT fixRequested(m_findings.at(index));
    });
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->addWidget(button, 0, Qt::AlignVCenter);
    m_view->setIndexWidget(m_model->index(index, Fix), holder);
}

void IssuesPage::setState(const Project::ProjectSummary *summary, const Model::CustomerFrame *frame,
                          const Jobs::ScoringState &scoring)
{
    m_dataFindings = Jobs::findDataIssues(summary, frame, scoring);
    m_open = summary || scoring.result;
    if (!m_open)
        m_cleaningFindings.clear();
    showFindings();
}

void IssuesPage::setCleaningIssues(const QList<Issue> &issues)
{
    QList<Finding> findings;
    for (const Issue &issue : issues) {
        Finding finding;
        finding.severity = issue.severity;
        finding.area = Finding::Area::Data;
        finding.fix = Finding::Fix::OpenClean;
        finding.text = issue.text;
        finding.count = issue.count;
        findings.append(finding);
    }
    const auto same = [](const Finding &a, const Finding &b) {
        return a.severity == b.severity && a.text == b.text && a.count == b.count;
    };
    if (std::equal(findings.begin(), findings.end(), m_cleaningFindings.begin(), m_cleaningFindings.end(), same))
        return; // the rows (and their buttons) stay as they are
    m_cleaningFindings = findings;
    showFindings();
}

void IssuesPage::showFindings()
{
    // Most severe first; within a severity, the data findings before the cleaning's.
    m_findings = m_dataFindings + m_cleaningFindings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Severity"), tr("Area"), tr("Count"), tr("Issue"), tr("Fix") });
    for (int i = 0; i < int(m_findings.size()); ++i)
        addRow(i);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Severity, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Area, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Count, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Text, QHeaderView::Stretch);
    header->setSectionResizeMode(Fix, QHeaderView::ResizeToContents);
    m_empty->setText(!m_open ? tr("No project is open.")
                             : m_findings.isEmpty() ? tr("No issues: every row was imported and every customer scored.")
                                                    : tr("Most severe first. Each button deals with its finding; "
                                                         "double-click a finding about a file to see its rows."));
    Q_EMIT countChanged(int(m_findings.size()));
}

} // namespace Portrait::Ui
