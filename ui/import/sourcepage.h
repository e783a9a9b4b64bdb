#pragma once

#include "jobs/sourcepreview.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Portrait::Ui {

class BackgroundJob;
class PreviewModel;
struct ImportSession;

/// The wizard's first page: the file, what it holds (orders, customers, survey) and how to read it
/// (encoding, delimiter, header row, sheet or table), with a preview of the first records that is
/// read again as soon as any of these changes.
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    SourcePage(ImportSession &session, QWidget *parent = nullptr);
    ~SourcePage() override;

    /// table: the sheet or table to read first (empty: the first there is).
    void setFile(const QString &path, const QString &table = {});
    PreviewModel *previewModel() const { return m_previewModel; }
    bool isComplete() const override;

Q_SIGNALS:
    /// A preview was read (or failed) for the current choices.
    void previewUpdated();

private:
    void chooseFile();
    void chooseDatabase();
    void readChoices();
    void refreshPreview();
    void showPreview(Result<Jobs::SourcePreview> preview);
    void updateHeaderRow();

    ImportSession &m_session;
    QLineEdit *m_fileEdit;
    QComboBox *m_kindCombo;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QComboBox *m_headerRowCombo;
    QComboBox *m_sheetCombo;
    QLabel *m_sheetLabel;
    QLabel *m_status;
    QTableView *m_previewView;
    PreviewModel *m_previewModel;
    BackgroundJob *m_job;
    std::optional<Jobs::SourcePreview> m_preview;
};

} // namespace Portrait::Ui
