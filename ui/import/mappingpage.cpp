#include "mappingpage.h"

#include "backgroundjob.h"
#include "importsession.h"
#include "platformnotice.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Ui {

namespace {

QString typeLabel(Io::ColumnType type)
{
    switch (type) {
    case Io::ColumnType::Empty:
        return MappingPage::tr("empty");
    case Io::ColumnType::Integer:
        return MappingPage::tr("whole number");
    case Io::ColumnType::Decimal:
        return MappingPage::tr("number");
    case Io::ColumnType::Date:
        return MappingPage::tr("date");
    case Io::ColumnType::DateTime:
        return MappingPage::tr("date and time");
    case Io::ColumnType::Text:
        return MappingPage::tr("text");
    }
    return {};
}

} // namespace

MappingPage::MappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_table(new QTableWidget(this)),
      m_message(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_job(new BackgroundJob(this)),
      m_platform(new PlatformNotice(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Say what each column means. The roles were proposed from the column names and values; "
                   "a type you set is checked on every row."));
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Role"), tr("Detected"), tr("Read as"), tr("Samples") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(u"mappingMessage"_s);
    m_message->setWordWrap(true);
    m_progress->setObjectName(u"inspectProgress"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_platform);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_platform, &PlatformNotice::choiceChanged, this, &MappingPage::completeChanged);
}

void MappingPage::initializePage()
{
    if (m_session.plan && m_session.planKey == m_session.readingKey()) {
        m_progress->hide();
        fillTable();
        return;
    }
    m_session.plan.reset();
    m_platform->update(m_session);
    m_session.options.typeOverrides.clear();
    m_types.clear();
    m_table->setRowCount(0);
    m_progress->show();
    m_progress->setValue(0);
    m_message->setText(tr("Reading the whole file to detect the column types…"));
    Q_EMIT completeChanged();
    const QString path = m_session.filePath;
    Jobs::ImportOptions options = m_session.options;
    options.typeOverrides.clear();
    m_job->start<Result<Jobs::ImportPlan>>(
            [path, options](ProgressSink &progress, const CancelToken &cancel) {
                return Jobs::planImport(path, options, progress, cancel);
            },
            [this](Result<Jobs::ImportPlan> plan) { showPlan(std::move(plan)); });
}

void MappingPage::cleanupPage()
{
    m_job->abandon();
}

void MappingPage::showPlan(Result<Jobs::ImportPlan> plan)
{
    m_progress->hide();
    if (!plan) {
        m_message->setText(tr("The file cannot be read: %1").arg(plan.error().toString()));
        Q_EMIT inspected();
        return;
    }
    m_session.plan = plan.takeValue();
    m_session.planKey = m_session.readingKey();
    m_session.mapping = m_session.plan->proposed;
    fillTable();
    Q_EMIT inspected();
}

void MappingPage::fillTable()
{
    m_filling = true;
    const Io::CsvInspection &inspection = m_session.plan->inspection;
    m_table->setRowCount(int(inspection.columns.size()));
    for (int c = 0; c < inspection.columns.size(); ++c) {
        const Io::ColumnProfile &profile = inspection.columns.at(c);
        m_table->setItem(c, Name, new QTableWidgetItem(profile.name));
        auto *roles = new QComboBox(m_table);
        roles->addItem(tr("(not used)"), int(Role::None));
        for (int r = 1; r < Io::RoleCount; ++r)
            roles->addItem(Io::roleLabel(Role(r)), r);
        roles->setCurrentIndex(roles->findData(int(m_session.mapping.roleOf(c))));
        connect(roles, &QComboBox::activated, this, [this, c] { roleChosen(c); });
        m_table->setCellWidget(c, RoleColumn, roles);
        m_table->setItem(c, Detected, new QTableWidgetItem(typeLabel(profile.type)));
        auto *types = new QComboBox(m_table);
        types->addItem(tr("As detected"), QString());
        for (Io::ColumnType type : { Io::ColumnType::Text, Io::ColumnType::Integer, Io::ColumnType::Decimal,
                                     Io::ColumnType::Date, Io::ColumnType::DateTime })
            types->addItem(typeLabel(type), Io::columnTypeKey(type));
        connect(types, &QComboBox::activated, this, [this, c, types] { setType(c, types->currentData().toString()); });
        m_table->setCellWidget(c, TypeColumn, types);
        m_table->setItem(c, Samples, new QTableWidgetItem(profile.samples.join(u" · "_s)));
    }
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (auto *types = qobject_cast<QComboBox *>(m_table->cellWidget(it.key(), TypeColumn)))
            types->setCurrentIndex(types->findData(it.value()));
    }
    m_table->resizeColumnsToContents();
    // Combo boxes report a small size hint; give them room for the longest choice.
    m_table->setColumnWidth(RoleColumn, std::max(m_table->columnWidth(RoleColumn), 170));
    m_table->setColumnWidth(TypeColumn, std::max(m_table->columnWidth(TypeColumn), 130));
    m_filling = false;
    updateMessage();
}

void MappingPage::setRole(int column, Io::Role role)
{
    auto *roles = qobject_cast<QComboBox *>(m_table->cellWidget(column, RoleColumn));
    roles->setCurrentIndex(roles->findData(int(role)));
    roleChosen(column);
}

void MappingPage::roleChosen(int column)
{
    if (m_filling)
        return;
    const auto *roles = qobject_cast<QComboBox *>(m_table->cellWidget(column, RoleColumn));
    const Role role = Role(roles->currentData().toInt());
    const Role previous = m_session.mapping.roleOf(column);
    if (previous != Role::None)
        m_session.mapping.set(previous, -1);
    if (role != Role::None) {
        // Each role belongs to one column: the column that had it gives it up.
        const int other = m_session.mapping.column(role);
        if (other >= 0 && other != column) {
            auto *otherRoles = qobject_cast<QComboBox *>(m_table->cellWidget(other, RoleColumn));
            otherRoles->setCurrentIndex(0);
        }
        m_session.mapping.set(role, column);
    }
    updateMessage();
}

void MappingPage::setType(int column, const QString &typeKey)
{
    if (typeKey.isEmpty())
        m_types.remove(column);
    else
        m_types.insert(column, typeKey);
    // By name, so a refresh finds the column in a newer file even when columns moved.
    const QStringList &headers = m_session.plan->inspection.headers;
    m_session.options.typeOverrides.clear();
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
        m_session.options.typeOverrides.append(headers.at(it.key()) + u'=' + it.value());
    if (auto *types = qobject_cast<QComboBox *>(m_table->cellWidget(column, TypeColumn)))
        types->setCurrentIndex(types->findData(typeKey));
    m_session.validation.reset();
}

void MappingPage::updateMessage()
{
    m_platform->update(m_session);
    const QList<Role> missing = Jobs::missingRequiredRoles(m_session.options.kind, m_session.mapping);
    if (missing.isEmpty()) {
        m_message->setText(tr("All the roles this kind of data needs are mapped."));
    } else {
        QStringList names;
        for (Role role : missing)
            names.append(Io::roleLabel(role));
        m_message->setText(tr("Still needed: %1. (An amount may also come from quantity × unit price.)")
                                   .arg(names.join(tr(", "))));
    }
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    return m_session.plan.has_value()
            && Jobs::missingRequiredRoles(m_session.options.kind, m_session.mapping).isEmpty()
            && m_platform->allowsImport(m_session);
}

bool MappingPage::validatePage()
{
    m_session.validation.reset();
    return isComplete();
}

} // namespace Portrait::Ui
