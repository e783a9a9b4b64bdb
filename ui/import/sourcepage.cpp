#include "sourcepage.h"

#include "backgroundjob.h"
#include "databasedialog.h"
#include "importsession.h"
#include "previewmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int MaxHeaderRowChoice = 20;

QComboBox *comboWith(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    return combo;
}

} // namespace

SourcePage::SourcePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_fileEdit(new QLineEdit(this)),
      m_kindCombo(comboWith(this, u"kindCombo"_s)),
      m_encodingCombo(comboWith(this, u"encodingCombo"_s)),
      m_delimiterCombo(comboWith(this, u"delimiterCombo"_s)),
      m_headerRowCombo(comboWith(this, u"headerRowCombo"_s)),
      m_sheetCombo(comboWith(this, u"sheetCombo"_s)),
      m_sheetLabel(new QLabel(tr("Sheet or table:"), this)),
      m_status(new QLabel(this)),
      m_previewView(new QTableView(this)),
      m_previewModel(new PreviewModel(this)),
      m_job(new BackgroundJob(this))
{
    setTitle(tr("Choose the data"));
    setSubTitle(tr("Pick the file and say what it holds. The preview shows the first rows as they will be read."));
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileEdit->setPlaceholderText(tr("A CSV, Excel workbook, SQL dump or SQLite file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SourcePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    auto *database = new QPushButton(tr("Database…"), this);
    database->setObjectName(u"databaseButton"_s);
    database->setToolTip(tr("Read a table or view of a PostgreSQL or MariaDB/MySQL server"));
    connect(database, &QPushButton::clicked, this, &SourcePage::chooseDatabase);
    fileRow->addWidget(database);

    m_kindCombo->addItem(tr("Orders (one row per order line)"), int(Jobs::SourceKind::Orders));
    m_kindCombo->addItem(tr("Customers (one row per customer)"), int(Jobs::SourceKind::Customers));
    m_kindCombo->addItem(tr("Survey answers (NPS, satisfaction)"), int(Jobs::SourceKind::Survey));
    m_encodingCombo->addItem(tr("Detect"), QByteArray());
    for (const char *name : { "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE" })
        m_encodingCombo->addItem(QString::fromLatin1(name), QByteArray(name));
    m_delimiterCombo->addItem(tr("Detect"), 0);
    m_delimiterCombo->addItem(tr("Comma ,"), int(','));
    m_delimiterCombo->addItem(tr("Semicolon ;"), int(';'));
    m_delimiterCombo->addItem(tr("Tab"), int('\t'));
    m_delimiterCombo->addItem(tr("Vertical bar |"), int('|'));
    m_headerRowCombo->addItem(tr("Detect"), -1);
    m_headerRowCombo->addItem(tr("None: the first row is data"), 0);
    for (int row = 1; row <= MaxHeaderRowChoice; ++row)
        m_headerRowCombo->addItem(tr("Row %1").arg(row), row);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("The file holds:"), m_kindCombo);
    form->addRow(tr("Encoding:"), m_encodingCombo);
    form->addRow(tr("Delimiter:"), m_delimiterCombo);
    form->addRow(tr("Column names in:"), m_headerRowCombo);
    form->addRow(m_sheetLabel, m_sheetCombo);

    m_previewView->setObjectName(u"previewTable"_s);
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(110);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_previewView, 1);

    connect(m_fileEdit, &QLineEdit::editingFinished, this, &SourcePage::refreshPreview);
    for (QComboBox *combo : { m_encodingCombo, m_delimiterCombo, m_sheetCombo })
        connect(combo, &QComboBox::activated, this, &SourcePage::refreshPreview);
    connect(m_headerRowCombo, &QComboBox::activated, this, &SourcePage::updateHeaderRow);
    connect(m_kindCombo, &QComboBox::activated, this, &SourcePage::readChoices);
    readChoices();
}

SourcePage::~SourcePage() = default;

void SourcePage::setFile(const QString &path, const QString &table)
{
    m_fileEdit->setText(Io::isDatabaseUri(path) ? path : QDir::toNativeSeparators(path));
    m_sheetCombo->clear();
    if (!table.isEmpty())
        m_sheetCombo->addItem(table);
    refreshPreview();
}

bool SourcePage::isComplete() const
{
    return m_preview.has_value() && !m_preview->rows.isEmpty() && m_preview->problem.isEmpty();
}

void SourcePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import data"), QFileInfo(m_fileEdit->text()).absolutePath(),
            tr("Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void SourcePage::chooseDatabase()
{
    DatabaseDialog dialog(this);
    dialog.setUri(m_fileEdit->text().trimmed());
    if (dialog.exec() == QDialog::Accepted)
        setFile(dialog.uri(), dialog.table());
}

void SourcePage::readChoices()
{
    Jobs::ImportOptions &options = m_session.options;
    const QString typed = m_fileEdit->text().trimmed();
    m_session.filePath = Io::isDatabaseUri(typed) ? typed : QDir::fromNativeSeparators(typed);
    options.kind = Jobs::SourceKind(m_kindCombo->currentData().toInt());
    options.encoding = m_encodingCombo->currentData().toByteArray();
    options.delimiter = char(m_delimiterCombo->currentData().toInt());
    options.headerRow = m_headerRowCombo->currentData().toInt();
    options.sheetOrTable = m_sheetCombo->currentText();
}

void SourcePage::refreshPreview()
{
    readChoices();
    m_preview.reset();
    Q_EMIT completeChanged();
    if (m_session.filePath.isEmpty()) {
        m_job->abandon();
        m_previewModel->setRows({}, 0);
        m_status->clear();
        return;
    }
    m_status->setText(tr("Reading the first rows…"));
    const Io::SourceSpec spec { m_session.filePath, m_session.options.sheetOrTable, m_session.options.encoding,
                                m_session.options.delimiter };
    m_job->start<Result<Jobs::SourcePreview>>(
            [spec](ProgressSink &, const CancelToken &cancel) { return Jobs::previewSource(spec, PreviewRows, cancel); },
            [this](Result<Jobs::SourcePreview> preview) { showPreview(std::move(preview)); });
}

void SourcePage::showPreview(Result<Jobs::SourcePreview> preview)
{
    if (!preview) {
        m_previewModel->setRows({}, 0);
        m_status->setText(preview.error().toString());
        Q_EMIT previewUpdated();
        return;
    }
    m_preview = preview.takeValue();
    const bool csv = m_preview->format == Io::SourceFormat::Csv;
    m_encodingCombo->setEnabled(csv);
    m_delimiterCombo->setEnabled(csv);
    m_sheetCombo->setVisible(!csv);
    m_sheetLabel->setVisible(!csv);
    if (!csv && m_sheetCombo->count() != m_preview->sheetsOrTables.size()) {
        m_sheetCombo->clear();
        m_sheetCombo->addItems(m_preview->sheetsOrTables);
    }
    m_sheetCombo->setCurrentText(m_preview->sheetOrTable);
    m_session.options.sheetOrTable = m_preview->sheetOrTable;
    updateHeaderRow();
    QStringList facts;
    if (csv) {
        const QString delimiter = m_preview->delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_preview->delimiter));
        facts.append(tr("Read as %1, delimiter “%2”.").arg(QString::fromLatin1(m_preview->encoding), delimiter));
    }
    facts.append(tr("Showing the first %n row(s).", nullptr, int(m_preview->rows.size())));
    if (!m_preview->problem.isEmpty())
        facts.append(tr("Reading stopped: %1 Try another encoding.").arg(m_preview->problem));
    m_status->setText(facts.join(u' '));
    Q_EMIT completeChanged();
    Q_EMIT previewUpdated();
}

void SourcePage::updateHeaderRow()
{
    readChoices();
    const int chosen = m_session.options.headerRow;
    const qint64 headerRow = chosen >= 0 ? chosen : m_preview ? m_preview->detectedHeaderRow : 0;
    m_previewModel->setRows(m_preview ? m_preview->rows : QList<QStringList>(), headerRow);
}

} // namespace Portrait::Ui
