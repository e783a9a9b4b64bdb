#include "migrationpanel.h"

#include "sankeywidget.h"
#include "timelinecontext.h"

#include "charts/segmentpalette.h"
#include "project/projectfile.h"
#include "rfm/metrics.h"
#include "timeline/timelinescoring.h"
#include "workbench/workbenchsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QTableWidget *newTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    return table;
}

QTableWidgetItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dayText(Model::Day day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QList<QColor> colorsOf(const Timeline::SegmentSide &side, int count)
{
    const SegmentPalette palette(side.scheme);
    QList<QColor> colors;
    for (int i = 0; i < count; ++i)
        colors.append(i < side.segmentCount() ? palette.color(i) : QColor(0xb0, 0xb0, 0xb0));
    return colors;
}

} // namespace

MigrationPanel::MigrationPanel(TimelineContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(u"migrationFrom"_s);
    m_to = new QComboBox(this);
    m_to->setObjectName(u"migrationTo"_s);
    for (QComboBox *box : { m_from, m_to }) {
        box->setEditable(true);
        box->setMinimumContentsLength(16);
        box->setToolTip(tr("A date (YYYY-MM-DD) or a snapshot's name"));
    }
    m_withTags = new QCheckBox(tr("With &tags"), this);
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setObjectName(u"compareButton"_s);
    m_latest = new QPushButton(tr("Since the &Previous Snapshot"), this);
    m_export = new QPushButton(tr("&Export Movers…"), this);
    m_export->setObjectName(u"exportMovers"_s);
    m_export->setEnabled(false);
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_from, 1);
    controls->addWidget(new QLabel(tr("To:"), this));
    controls->addWidget(m_to, 1);
    controls->addWidget(m_withTags);
    controls->addWidget(m_compare);
    controls->addWidget(m_latest);
    controls->addWidget(m_export);
    layout->addLayout(controls);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"migrationSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    m_sankey = new SankeyWidget(splitter);
    m_sankey->setObjectName(u"sankey"_s);
    auto *tables = new QTabWidget(splitter);
    m_matrix = newTable(u"migrationMatrix"_s, tables);
    m_flows = newTable(u"migrationFlows"_s, tables);
    m_flows->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The tags: their table, and below it the Sankey diagram of the tag picked in it.
    auto *tagSplitter = new QSplitter(Qt::Vertical, tables);
    m_tags = newTable(u"tagFlows"_s, tagSplitter);
    m_tags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tags->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tagSankey = new SankeyWidget(tagSplitter);
    m_tagSankey->setObjectName(u"tagSankey"_s);
    m_tagSankey->setMinimumHeight(160);
    m_tagSankey->setBandsColoredByTarget(true);
    tagSplitter->addWidget(m_tags);
    tagSplitter->addWidget(m_tagSankey);
    tables->addTab(m_flows, tr("What Moved"));
    tables->addTab(m_matrix, tr("Matrix"));
    tables->addTab(tagSplitter, tr("Tags Entered / Left"));
    splitter->addWidget(m_sankey);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_compare, &QPushButton::clicked, this,
            [this] { compare(m_from->currentText().trimmed(), m_to->currentText().trimmed(), m_withTags->isChecked()); });
    connect(m_latest, &QPushButton::clicked, this, &MigrationPanel::compareLatest);
    connect(m_export, &QPushButton::clicked, this, &MigrationPanel::exportMovers);
    connect(m_sankey, &SankeyWidget::flowClicked, this, &MigrationPanel::openCell);
    connect(m_tags, &QTableWidget::currentCellChanged, this, [this](int row) { showTag(row); });
    connect(m_tagSankey, &SankeyWidget::flowClicked, this, &MigrationPanel::openTagCell);
    connect(m_matrix, &QTableWidget::cellDoubleClicked, this, &MigrationPanel::openCell);
    connect(m_flows, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem *item = m_flows->item(row, 0);
        if (item)
            openCell(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
    });
}

bool MigrationPanel::chinese() const
{
    return m_context->session()->chineseNames();
}

void MigrationPanel::setSnapshotNames(const QStringList &names)
{
    // Default: the last quarter up to the scoring's date, when nothing was typed yet.
    QString from = m_from->currentText(), to = m_to->currentText();
    if (const auto frame = m_context->session()->frame(); frame && from.isEmpty()) {
        const Model::Day asOf = Rfm::defaultAsOf(*frame);
        if (asOf != Model::NoDay) {
            to = dayText(asOf);
            from = QDate::fromJulianDay(asOf).addMonths(-3).toString(Qt::ISODate);
        }
    }
    for (QComboBox *box : { m_from, m_to }) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(names);
    }
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
}

void MigrationPanel::clear()
{
    m_comparison.reset();
    m_frame.reset();
    m_sankey->clear();
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    m_flows->setRowCount(0);
    m_tags->setRowCount(0);
    m_tagSankey->clear();
    m_tagPath.clear();
    m_summary->clear();
    m_export->setEnabled(false);
    m_from->setCurrentText(QString());
    m_to->setCurrentText(QString());
}

void MigrationPanel::compare(const QString &from, const QString &to, bool withTags)
{
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
    m_withTags->setChecked(withTags);
    const auto frame = m_context->session()->frame();
    if (!frame || from.isEmpty() || to.isEmpty())
        return;
    const Jobs::RfmSettings settings = m_context->session()->settings();
    start([frame, settings, from, to, withTags](Project::ProjectFile &project, ProgressSink &progress,
                                                const CancelToken &cancel)
                  -> Result<std::optional<Timeline::Comparison>> {
        auto spec = Timeline::scoringSpec(settings);
        if (!spec)
            return spec.error();
        auto c = Timeline::compareSides(project, *frame, *spec, from, to, withTags, progress, cancel);
        if (!c)
            return c.error();
        return std::optional(c.takeValue());
    });
}

void MigrationPanel::compareLatest()
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    start([frame](Project::ProjectFile &project, ProgressSink &progress, const CancelToken &cancel) {
        return Timeline::compareLatestSnapshots(project, *frame, progress, cancel);
    });
}

void MigrationPanel::start(std::function<Result<std::optional<Timeline::Comparison>>(
                                   Project::ProjectFile &, ProgressSink &, const CancelToken &)> work)
{
    const QString path = m_context->projectPath();
    auto frame = m_context->session()->frame();
    m_summary->setText(tr("Comparing…"));
    using Outcome = Result<std::optional<Timeline::Comparison>>;
    m_context->job()->start<Outcome>(
            [path, work](ProgressSink &progress, const CancelToken &cancel) -> Outcome {
                auto project = TimelineContext::openProject(path);
                if (!project)
                    return project.error();
                return work(**project, progress, cancel);
            },
            [this, frame](Outcome outcome) {
                if (!outcome) {
                    m_summary->setText(outcome.error().toString());
                    return;
                }
                if (!*outcome) {
                    m_summary->setText(tr("The project has fewer than two snapshots: nothing to compare yet."));
                    return;
                }
                m_frame = frame;
                show(std::move(**outcome));
            });
}

void MigrationPanel::show(Timeline::Comparison comparison)
{
    m_comparison = std::make_shared<const Timeline::Comparison>(std::move(comparison));
    const Timeline::Comparison &c = *m_comparison;
    const Timeline::Migration &m = c.migration;
    const bool zh = chinese();
    QStringList from, to;
    for (int i = 0; i < m.fromCount; ++i)
        from.append(Timeline::fromName(c.from, i, zh));
    for (int j = 0; j < m.toCount; ++j)
        to.append(Timeline::toName(c.to, j, zh));
    m_sankey->setData(from, to, colorsOf(c.from, m.fromCount), colorsOf(c.to, m.toCount), m.customers);
    m_from->setCurrentText(c.from.label);
    m_to->setCurrentText(c.to.label);
    fillMatrix();
    fillFlows();
    fillTags();
    m_export->setEnabled(m.moved > 0);
    const QString summary = tr("%1 → %2: %n customer(s) changed segment.", nullptr, int(m.moved))
                                    .arg(c.from.label, c.to.label);
    m_summary->setText(summary + u' ' + tr("Click a band or double-click a cell to list its customers."));
    Q_EMIT compared(summary);
}

void MigrationPanel::fillMatrix()
{
    const Timeline::Comparison &c = *m_comparison;
    const Timeline::Migration &m = c.migration;
    const bool zh = chinese();
    m_matrix->clear();
    m_matrix->setRowCount(m.fromCount);
    m_matrix->setColumnCount(m.toCount);
    for (int i = 0; i < m.fromCount; ++i)
        m_matrix->setVerticalHeaderItem(i, new QTableWidgetItem(Timeline::fromName(c.from, i, zh)));
    for (int j = 0; j < m.toCount; ++j)
        m_matrix->setHorizontalHeaderItem(j, new QTableWidgetItem(Timeline::toName(c.to, j, zh)));
    for (int i = 0; i < m.fromCount; ++i) {
        for (int j = 0; j < m.toCount; ++j)
            m_matrix->setItem(i, j, numberItem(double(m.customersAt(i, j))));
    }
    m_matrix->resizeColumnsToContents();
}

void MigrationPanel::fillFlows()
{
    const Timeline::Comparison &c = *m_comparison;
    const bool zh = chinese();
    const QList<Timeline::Flow> flows = Timeline::flowsByLoss(c.from, c.to, c.migration);
    m_flows->clear();
    m_flows->setColumnCount(6);
    m_flows->setHorizontalHeaderLabels({ tr("From"), tr("To"), tr("Customers"), tr("Monetary before"),
                                         tr("Monetary after"), tr("Loss") });
    m_flows->setRowCount(int(flows.size()));
    for (int row = 0; row < flows.size(); ++row) {
        const Timeline::Flow &f = flows.at(row);
        auto *fromItem = new QTableWidgetItem(Timeline::fromName(c.from, f.from, zh));
        fromItem->setData(Qt::UserRole, f.from);
        fromItem->setData(Qt::UserRole + 1, f.to);
        m_flows->setItem(row, 0, fromItem);
        m_flows->setItem(row, 1, new QTableWidgetItem(Timeline::toName(c.to, f.to, zh)));
        m_flows->setItem(row, 2, numberItem(double(f.customers)));
        m_flows->setItem(row, 3, numberItem(f.monetaryFrom, 2));
        m_flows->setItem(row, 4, numberItem(f.monetaryTo, 2));
        auto *loss = new QTableWidgetItem(f.loss ? tr("loss") : QString());
        if (f.loss)
            loss->setForeground(QColor(0xb0, 0x20, 0x20));
        m_flows->setItem(row, 5, loss);
    }
    m_flows->resizeColumnsToContents();
}

void MigrationPanel::fillTags()
{
    const Timeline::Comparison &c = *m_comparison;
    m_tags->clear();
    m_tags->setColumnCount(5);
    m_tags->setHorizontalHeaderLabels({ tr("Tag"), tr("Before"), tr("After"), tr("Entered"), tr("Left") });
    m_tags->setRowCount(int(c.tagFlows.size()));
    for (int row = 0; row < c.tagFlows.size(); ++row) {
        const Timeline::TagFlow &t = c.tagFlows.at(row);
        m_tags->setItem(row, 0, new QTableWidgetItem(t.path));
        m_tags->setItem(row, 1, numberItem(double(t.before)));
        m_tags->setItem(row, 2, numberItem(double(t.after)));
        m_tags->setItem(row, 3, numberItem(double(t.entered)));
        m_tags->setItem(row, 4, numberItem(double(t.left)));
    }
    m_tags->resizeColumnsToContents();
    m_tagSankey->clear();
    m_tagPath.clear();
    if (!c.tagFlows.isEmpty())
        m_tags->selectRow(0);
}

void MigrationPanel::showTag(int row)
{
    if (!m_comparison || row < 0 || row >= m_comparison->tagFlows.size())
        return;
    const Timeline::Comparison &c = *m_comparison;
    const Timeline::TagFlow &t = c.tagFlows.at(row);
    m_tagPath = t.path;
    // Had it → has it (stayed, drawn faint as a segment's stayers are), had it → without (left),
    // without → has it (entered); those who have it on neither side are no flow of the tag's.
    const QColor tagged(0x2e, 0x7d, 0x32), without(0xb0, 0xb0, 0xb0);
    const QStringList nodes { t.path, tr("Without it") };
    m_tagSankey->setData(nodes, nodes, { tagged, without }, { tagged, without },
                         { t.before - t.left, t.left, t.entered, 0 });
}

void MigrationPanel::openTagCell(int from, int to)
{
    if (!m_comparison || m_tagPath.isEmpty())
        return;
    const Timeline::Comparison &c = *m_comparison;
    std::vector<qint32> rows;
    for (const qint32 index : Timeline::tagCell(c.fromTags, c.toTags, m_tagPath, from == 0, to == 0)) {
        if (index < c.universe->frameSize())
            rows.push_back(index);
    }
    const QString label = from == 0 && to == 0 ? tr("Kept “%1” (%2 → %3)")
                        : from == 0            ? tr("Left “%1” (%2 → %3)")
                                               : tr("Entered “%1” (%2 → %3)");
    Q_EMIT customersRequested(rows, label.arg(m_tagPath, c.from.label, c.to.label));
}

std::vector<qint32> MigrationPanel::rowsOf(int from, int to) const
{
    std::vector<qint32> rows;
    if (!m_comparison)
        return rows;
    const Timeline::Comparison &c = *m_comparison;
    for (const qint32 index : Timeline::customersInCell(c.from, c.to, from, to)) {
        if (index < c.universe->frameSize())
            rows.push_back(index);
    }
    return rows;
}

void MigrationPanel::openCell(int from, int to)
{
    if (!m_comparison)
        return;
    const Timeline::Comparison &c = *m_comparison;
    const bool zh = chinese();
    Q_EMIT customersRequested(rowsOf(from, to), tr("Moved %1 → %2 (%3 → %4)")
                                                        .arg(Timeline::fromName(c.from, from, zh),
                                                             Timeline::toName(c.to, to, zh), c.from.label,
                                                             c.to.label));
}

void MigrationPanel::exportMovers()
{
    if (!m_comparison)
        return;
    const Timeline::Migration &m = m_comparison->migration;
    std::vector<qint32> rows;
    for (const Timeline::Flow &f : Timeline::flowsByLoss(m_comparison->from, m_comparison->to, m)) {
        const std::vector<qint32> cell = rowsOf(f.from, f.to);
        rows.insert(rows.end(), cell.begin(), cell.end());
    }
    Q_EMIT exportRequested(tr("movers %1 to %2").arg(m_comparison->from.label, m_comparison->to.label), rows);
}

} // namespace Portrait::Ui
