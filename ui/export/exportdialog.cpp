#include "exportdialog.h"

#include "import/backgroundjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int ColumnRole = Qt::UserRole + 1;

QString suffixOf(Export::ListFormat format)
{
    return format == Export::ListFormat::Xlsx ? u"xlsx"_s : u"csv"_s;
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const Model::CustomerFrame> frame,
                           std::shared_ptr<const Rfm::RfmResult> result, std::vector<qint32> rows, bool chineseNames,
                           const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent), m_job(new BackgroundJob(this))
{
    setWindowTitle(tr("Export List"));
    m_list.frame = std::move(frame);
    m_list.result = std::move(result);
    m_list.rows = std::move(rows);
    m_list.chinese = chineseNames;

    m_summary = new QLabel(tr("%n customer(s) will be written, in the order shown.", nullptr,
                              int(std::min<size_t>(m_list.rows.size(), INT_MAX))),
                           this);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV (comma-separated text)"), int(Export::ListFormat::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Export::ListFormat::Xlsx));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"exportEncoding"_s);
    m_encoding->addItem(tr("UTF-8 with BOM (opens correctly in Excel)"), int(Export::CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("GB18030 (older Chinese software)"), int(Export::CsvEncoding::Gb18030));

    m_mask = new QCheckBox(tr("&Mask personal data"), this);
    m_mask->setObjectName(u"maskPersonalData"_s);
    m_mask->setChecked(true);
    m_maskNote = new QLabel(this);
    m_maskNote->setWordWrap(true);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(u"exportColumns"_s);
    buildColumnList();
    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(all);
    columnButtons->addWidget(none);
    columnButtons->addStretch(1);
    auto *columnBox = new QVBoxLayout;
    columnBox->addWidget(m_columns, 1);
    columnBox->addLayout(columnButtons);

    // Rows whose field is a layout get no buddy from QFormLayout: their labels are made here.
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_columns);
    auto *form = new QFormLayout;
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_mask);
    form->addRow(QString(), m_maskNote);
    form->addRow(columnsLabel, columnBox);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"exportError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Its size hint fits the widgets' minimums only: a folder path would scroll in the file field
    // and the column list would show a third of the columns.
    resize(620, 540);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = suggestedFileName.isEmpty() ? tr("customers") + u".csv"_s : suggestedFileName;
    setFormat(Export::listFormatFromPath(name).value_or(Export::ListFormat::Csv));
    setFilePath(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name));
    formatChanged();
    updateMaskNote();

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::pathEdited);
    connect(m_mask, &QCheckBox::toggled, this, &ExportDialog::updateMaskNote);
    connect(all, &QPushButton::clicked, this, [this] { setColumns(Export::defaultListColumns()); });
    connect(none, &QPushButton::clicked, this, [this] { setColumns({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase.isEmpty() ? u"%p%"_s : phase + u" — %p%"_s);
    });
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setCurrency(Currency currency)
{
    m_list.currency = currency;
}

void ExportDialog::buildColumnList()
{
    for (const Export::ListColumn column : Export::defaultListColumns()) {
        auto *item = new QListWidgetItem(Export::listColumnHeader(column, m_list.chinese), m_columns);
        item->setData(ColumnRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        if (Export::isPersonalColumn(column))
            item->setToolTip(tr("Personal data: masked unless you untick \"Mask personal data\""));
    }
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    pathEdited();
}

Export::ListFormat ExportDialog::format() const
{
    return Export::ListFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Export::ListFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Export::CsvEncoding ExportDialog::encoding() const
{
    return Export::CsvEncoding(m_encoding->currentData().toInt());
}

void ExportDialog::setEncoding(Export::CsvEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

bool ExportDialog::maskPersonalData() const
{
    return m_mask->isChecked();
}

void ExportDialog::setMaskPersonalData(bool mask)
{
    m_mask->setChecked(mask);
}

QList<Export::ListColumn> ExportDialog::columns() const
{
    QList<Export::ListColumn> chosen;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            chosen.append(Export::ListColumn(item->data(ColumnRole).toInt()));
    }
    return chosen;
}

void ExportDialog::setColumns(const QList<Export::ListColumn> &columns)
{
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem *item = m_columns->item(i);
        const bool on = columns.contains(Export::ListColumn(item->data(ColumnRole).toInt()));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

bool ExportDialog::isWriting() const
{
    return m_job->isRunning();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::browse()
{
    const QString csv = tr("CSV files (*.csv)"), xlsx = tr("Excel workbooks (*.xlsx)");
    QString filter = format() == Export::ListFormat::Xlsx ? xlsx : csv;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export List"), filePath(), csv + u";;"_s + xlsx,
                                                      &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (!Export::listFormatFromPath(chosen))
        chosen += u'.' + (filter == xlsx ? u"xlsx"_s : u"csv"_s);
    setFilePath(chosen);
}

// The file name follows the format, so the two never disagree.
void ExportDialog::formatChanged()
{
    const bool csv = format() == Export::ListFormat::Csv;
    m_encoding->setEnabled(csv);
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString wanted = suffixOf(format());
    if (info.suffix().compare(wanted, Qt::CaseInsensitive) == 0)
        return;
    const QString base = Export::listFormatFromPath(path) ? path.left(path.size() - info.suffix().size() - 1) : path;
    m_path->setText(base + u'.' + wanted);
}

void ExportDialog::pathEdited()
{
    if (const auto format = Export::listFormatFromPath(filePath()); format && *format != this->format())
        setFormat(*format);
}

void ExportDialog::updateMaskNote()
{
    if (m_mask->isChecked()) {
        m_maskNote->setText(tr("Names, phone numbers and e-mail addresses are partly hidden, e.g. 张*, "
                               "138****5678, a***@example.com. Untick only when the recipient may see full "
                               "contact details."));
        m_maskNote->setStyleSheet(QString());
    } else {
        m_maskNote->setText(tr("The file will contain full names, phone numbers and e-mail addresses. Store and "
                               "share it as personal data."));
        m_maskNote->setStyleSheet(u"color: #b35900;"_s);
    }
}

void ExportDialog::setWriting(bool writing)
{
    m_progress->setVisible(writing);
    if (writing)
        m_progress->setValue(0);
    m_export->setEnabled(!writing);
    for (QWidget *input : { static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse),
                            static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_mask),
                            static_cast<QWidget *>(m_columns) })
        input->setEnabled(!writing);
    m_encoding->setEnabled(!writing && format() == Export::ListFormat::Csv);
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportDialog::startExport()
{
    if (isWriting())
        return;
    pathEdited();
    const QString path = QDir::fromNativeSeparators(filePath());
    if (path.isEmpty())
        return showError(tr("Choose a file to write."));
    if (QFileInfo(path).isDir())
        return showError(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
    Export::CustomerList list = m_list;
    list.columns = columns();
    list.mask = maskPersonalData();
    if (list.columns.isEmpty())
        return showError(tr("Choose at least one column."));
    showError({});
    setWriting(true);

    const Export::ListFormat format = this->format();
    const Export::CsvEncoding encoding = this->encoding();
    // The list holds shared pointers and its own copy of the rows: the workbench may move on.
    m_job->start<Status>(
            [list = std::move(list), path, format, encoding](ProgressSink &progress, const CancelToken &cancel) {
                return Export::writeCustomerList(list, path, format, encoding, progress, cancel);
            },
            [this, path](Status status) { finishExport(status, path); });
}

void ExportDialog::finishExport(const Status &status, const QString &path)
{
    setWriting(false);
    if (!status.ok()) {
        const Error &error = status.error();
        QString message = error.message;
        if (error.row > 0)
            message += u' ' + tr("(row %1, column %2)").arg(error.row).arg(error.column);
        showError(tr("%1: %2").arg(QDir::toNativeSeparators(path), message));
        return;
    }
    Q_EMIT exported(path);
    accept();
}

// Cancel while writing stops the writing and keeps the dialog open; otherwise it closes it.
void ExportDialog::reject()
{
    if (isWriting()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Portrait::Ui
