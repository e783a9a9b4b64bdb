#pragma once

#include "jobs/importjob.h"

#include <QMap>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace Portrait::Ui {

class BackgroundJob;
class PlatformNotice;
struct ImportSession;

/// The wizard's second page: every column of the file with the role proposed for it (the same
/// proposal `portrait inspect` prints), its detected type with an override, and sample values.
/// The file is inspected in full off the GUI thread when the page opens and the way it is read
/// has changed since.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { Name, RoleColumn, Detected, TypeColumn, Samples, ColumnCount };

    MappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Sets a column's role from the page's own combo box, as the analyst would.
    void setRole(int column, Io::Role role);
    /// Sets a column's type ("text", "integer", ...; empty = as detected).
    void setType(int column, const QString &typeKey);
    QTableWidget *table() const { return m_table; }
    PlatformNotice *platformNotice() const { return m_platform; }

Q_SIGNALS:
    /// The full inspection finished (or failed) and the table shows its columns.
    void inspected();

private:
    void showPlan(Result<Jobs::ImportPlan> plan);
    void fillTable();
    void roleChosen(int column);
    void updateMessage();

    ImportSession &m_session;
    QTableWidget *m_table;
    QLabel *m_message;
    QProgressBar *m_progress;
    BackgroundJob *m_job;
    PlatformNotice *m_platform;
    QMap<int, QString> m_types; ///< column → type key the analyst set
    bool m_filling = false;
};

} // namespace Portrait::Ui
