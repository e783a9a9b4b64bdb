#pragma once

#include "io/dbtablereader.h"
#include "io/dburi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Portrait::Ui {

class BackgroundJob;

/// The import wizard's "Database…" form: the server, database and user, a password that goes to
/// the OS keychain or is kept for this session only (never into the project), a button that tests
/// the connection, and the tables and views it found with their columns. The wizard then reads the
/// chosen table as it reads a file.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseDialog(QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    /// Fills the form from an address (e.g. the one the source page holds).
    void setUri(const QString &uriText);
    /// The address as the project will store it: no password.
    QString uri() const;
    /// The chosen table or view ("orders", "sales.orders").
    QString table() const;

    /// Tries the connection in the background; the result shows in the form.
    void testConnection();

    void accept() override;

Q_SIGNALS:
    /// A test ended: ok, or the message shown.
    void tested(bool ok);

private:
    Io::DbUri formUri() const;
    void updateDialectFields();
    void showTables(Result<Io::DbServerCatalog> catalog);
    void updateButtons();

    QComboBox *m_dialectCombo;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QLineEdit *m_socketEdit;
    QLineEdit *m_databaseEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_keychainCheck;
    QPushButton *m_testButton;
    QLabel *m_status;
    QTreeWidget *m_tableTree;
    QDialogButtonBox *m_buttons;
    BackgroundJob *m_job;
    QString m_testedUri;
};

/// Lets database connections started on any thread ask for a missing or refused password in a
/// dialog on the GUI thread (DbCredentials' prompt). Call once, on the GUI thread.
void installWorkbenchPasswordPrompt();

} // namespace Portrait::Ui
