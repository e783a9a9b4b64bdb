#include "databasedialog.h"

#include "backgroundjob.h"

#include "io/dbcredentials.h"
#include "io/dbtablereader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

std::optional<QString> askOnGuiThread(const Io::DbUri &uri, const QString &reason)
{
    bool ok = false;
    QString text = DatabaseDialog::tr("Password of %1 on %2:").arg(uri.user, uri.withoutPassword());
    if (!reason.isEmpty())
        text = reason + u"\n\n"_s + text;
    const QString password = QInputDialog::getText(QApplication::activeWindow(), DatabaseDialog::tr("Database password"),
                                                   text, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace

DatabaseDialog::DatabaseDialog(QWidget *parent)
    : QDialog(parent),
      m_dialectCombo(new QComboBox(this)),
      m_hostEdit(new QLineEdit(this)),
      m_portSpin(new QSpinBox(this)),
      m_socketEdit(new QLineEdit(this)),
      m_databaseEdit(new QLineEdit(this)),
      m_userEdit(new QLineEdit(this)),
      m_passwordEdit(new QLineEdit(this)),
      m_keychainCheck(new QCheckBox(tr("Sa&ve the password in the system keychain"), this)),
      m_testButton(new QPushButton(tr("&Test connection"), this)),
      m_status(new QLabel(this)),
      m_tableTree(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_job(new BackgroundJob(this))
{
    setWindowTitle(tr("Read from a database"));
    m_dialectCombo->setObjectName(u"dialectCombo"_s);
    m_dialectCombo->addItem(tr("PostgreSQL"), int(Io::DbDialect::PostgreSql));
    m_dialectCombo->addItem(tr("MariaDB / MySQL"), int(Io::DbDialect::MySql));
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_hostEdit->setPlaceholderText(tr("Empty: this computer, through its socket"));
    m_portSpin->setObjectName(u"portSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("Default"));
    m_socketEdit->setObjectName(u"socketEdit"_s);
    m_databaseEdit->setObjectName(u"databaseEdit"_s);
    m_userEdit->setObjectName(u"userEdit"_s);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Empty: from the keychain or PORTRAIT_DB_PASSWORD"));
    m_keychainCheck->setObjectName(u"keychainCheck"_s);
    m_keychainCheck->setEnabled(Io::DbCredentials::keychainEnabled());
    if (!m_keychainCheck->isEnabled())
        m_keychainCheck->setToolTip(tr("The keychain is turned off here (PORTRAIT_DB_KEYCHAIN=off)."));
    m_testButton->setObjectName(u"testButton"_s);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableTree->setObjectName(u"tableTree"_s);
    m_tableTree->setHeaderLabels({ tr("Table or view"), tr("Type"), tr("Rows (estimate)") });
    m_tableTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_dialectCombo);
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("Po&rt:"), m_portSpin);
    form->addRow(tr("Soc&ket:"), m_socketEdit);
    form->addRow(tr("&Database:"), m_databaseEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_keychainCheck);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_status, 1);
    auto *note = new QLabel(tr("Portrait only reads: it opens a read-only session, sums the orders on the server "
                               "and never writes the password into the project."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_tableTree, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(620, 600);

    connect(m_dialectCombo, &QComboBox::activated, this, &DatabaseDialog::updateDialectFields);
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseDialog::testConnection);
    connect(m_tableTree, &QTreeWidget::currentItemChanged, this, &DatabaseDialog::updateButtons);
    connect(m_tableTree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    for (QLineEdit *edit : { m_hostEdit, m_socketEdit, m_databaseEdit, m_userEdit, m_passwordEdit })
        connect(edit, &QLineEdit::textEdited, this, &DatabaseDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    updateDialectFields();
}

DatabaseDialog::~DatabaseDialog() = default;

void DatabaseDialog::setUri(const QString &uriText)
{
    auto uri = Io::DbUri::parse(uriText);
    if (!uri)
        return;
    m_dialectCombo->setCurrentIndex(m_dialectCombo->findData(int(uri->dialect)));
    m_hostEdit->setText(uri->host);
    m_portSpin->setValue(std::max(0, uri->port));
    m_socketEdit->setText(uri->socket);
    m_databaseEdit->setText(uri->database);
    m_userEdit->setText(uri->user);
    updateDialectFields();
}

Io::DbUri DatabaseDialog::formUri() const
{
    Io::DbUri uri;
    uri.dialect = Io::DbDialect(m_dialectCombo->currentData().toInt());
    uri.host = m_hostEdit->text().trimmed();
    uri.port = m_portSpin->value() > 0 ? m_portSpin->value() : -1;
    uri.socket = m_socketEdit->text().trimmed();
    uri.database = m_databaseEdit->text().trimmed();
    uri.user = m_userEdit->text().trimmed();
    return uri;
}

QString DatabaseDialog::uri() const
{
    return formUri().withoutPassword();
}

QString DatabaseDialog::table() const
{
    const QTreeWidgetItem *item = m_tableTree->currentItem();
    if (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DatabaseDialog::updateDialectFields()
{
    const bool postgres = Io::DbDialect(m_dialectCombo->currentData().toInt()) == Io::DbDialect::PostgreSql;
    m_socketEdit->setPlaceholderText(postgres ? tr("Optional: the socket folder, e.g. /var/run/postgresql")
                                              : tr("Optional: the socket file, e.g. /run/mysqld/mysqld.sock"));
    updateButtons();
}

void DatabaseDialog::testConnection()
{
    const Io::DbUri uri = formUri();
    auto checked = Io::DbUri::parse(uri.withoutPassword());
    if (!checked) {
        m_status->setText(checked.error().toString());
        Q_EMIT tested(false);
        return;
    }
    // A typed password is kept for this run only, so the wizard's later reads find it too.
    if (!m_passwordEdit->text().isEmpty())
        Io::DbCredentials::remember(uri, m_passwordEdit->text());
    m_tableTree->clear();
    m_testedUri.clear();
    m_status->setText(tr("Connecting to %1…").arg(uri.withoutPassword()));
    m_testButton->setEnabled(false);
    updateButtons();
    const QString text = uri.withoutPassword();
    m_job->start<Result<Io::DbServerCatalog>>(
            [text](ProgressSink &, const CancelToken &) { return Io::readDbServerCatalog(text); },
            [this, text](Result<Io::DbServerCatalog> catalog) {
                m_testButton->setEnabled(true);
                if (catalog)
                    m_testedUri = text;
                showTables(std::move(catalog));
            });
}

void DatabaseDialog::showTables(Result<Io::DbServerCatalog> catalog)
{
    if (!catalog) {
        m_status->setText(catalog.error().toString());
        updateButtons();
        Q_EMIT tested(false);
        return;
    }
    for (const Io::DbTable &table : std::as_const(catalog->tables)) {
        auto *item = new QTreeWidgetItem(m_tableTree, { table.displayName(), table.view ? tr("view") : tr("table"),
                                                        table.estimatedRows > 0 ? QLocale().toString(table.estimatedRows)
                                                                                : QString() });
        item->setData(0, Qt::UserRole, table.displayName());
        for (const Io::DbColumn &column : table.columns)
            new QTreeWidgetItem(item, { column.name, column.sqlType });
    }
    if (m_tableTree->topLevelItemCount() > 0)
        m_tableTree->setCurrentItem(m_tableTree->topLevelItem(0));
    QString status = tr("Connected (%1): %n table(s) and view(s) to read.", nullptr, int(catalog->tables.size()))
                             .arg(catalog->version.section(u' ', 0, 1));
    for (const QString &note : std::as_const(catalog->notes))
        status += u' ' + note;
    m_status->setText(status);
    updateButtons();
    Q_EMIT tested(true);
}

void DatabaseDialog::updateButtons()
{
    // OK only for a table of the address that was tested: what the wizard reads is what was seen.
    const bool tested = !m_testedUri.isEmpty() && m_testedUri == uri() && !table().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(tested && !m_job->isRunning());
    m_testButton->setEnabled(!m_job->isRunning() && !m_databaseEdit->text().trimmed().isEmpty());
}

void DatabaseDialog::accept()
{
    if (m_keychainCheck->isChecked() && !m_passwordEdit->text().isEmpty()) {
        if (Status saved = Io::DbCredentials::saveToKeychain(formUri(), m_passwordEdit->text()); !saved) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("%1\nThe password is kept until Portrait closes; you will be asked again next "
                                    "time.")
                                         .arg(saved.error().message));
        }
    }
    QDialog::accept();
}

void installWorkbenchPasswordPrompt()
{
    Io::DbCredentials::setPrompt([](const Io::DbUri &uri, const QString &reason) -> std::optional<QString> {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return std::nullopt;
        if (QThread::currentThread() == app->thread())
            return askOnGuiThread(uri, reason);
        std::optional<QString> answer;
        QMetaObject::invokeMethod(app, [&] { answer = askOnGuiThread(uri, reason); }, Qt::BlockingQueuedConnection);
        return answer;
    });
}

} // namespace Portrait::Ui
