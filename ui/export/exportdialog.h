#pragma once

#include "export/customerlist.h"
#include "export/listwriter.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Portrait::Ui {

class BackgroundJob;

/// "Export this list…": writes some customers of the workbench (a segment, a tag group, the
/// filtered customer table) to CSV or XLSX. Personal data is masked unless the analyst unticks it;
/// the file is written off the GUI thread with a progress bar and Cancel, and a failure is shown
/// in the dialog, naming the file. The dialog accepts itself once the file is written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// rows: frame rows in the order to write them. chineseNames: headers, segment and tier names in
    /// Chinese. suggestedFileName: a name without folder, e.g. "Champions.xlsx"; its suffix picks
    /// the format (CSV when it has none).
    ExportDialog(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> result,
                 std::vector<qint32> rows, bool chineseNames, const QString &suggestedFileName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    Export::ListFormat format() const;
    void setFormat(Export::ListFormat format);
    Export::CsvEncoding encoding() const;
    void setEncoding(Export::CsvEncoding encoding);
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);
    /// The ticked columns, in the list's order.
    QList<Export::ListColumn> columns() const;
    void setColumns(const QList<Export::ListColumn> &columns);
    /// The project's currency, named in the spend column's header of the file.
    void setCurrency(Currency currency);

    bool isWriting() const;
    /// The error shown in the dialog, empty when there is none.
    QString errorText() const;
    /// Starts writing, as the Export button does.
    void startExport();

    void reject() override;

Q_SIGNALS:
    /// The file at path was written completely.
    void exported(const QString &path);

private:
    void buildColumnList();
    void browse();
    void formatChanged();
    void pathEdited();
    void updateMaskNote();
    void setWriting(bool writing);
    void showError(const QString &message);
    void finishExport(const Status &status, const QString &path);

    Export::CustomerList m_list;
    BackgroundJob *m_job = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_mask = nullptr;
    QLabel *m_maskNote = nullptr;
    QListWidget *m_columns = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Portrait::Ui
