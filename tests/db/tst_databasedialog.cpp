// The import wizard's "Database…" form against the live test servers: a test lists what the
// server's catalog holds (checked against the admin's own information_schema query), a wrong
// password says so and keeps OK off, a missing password is asked for in a dialog from the worker
// thread, and the chosen table reaches the wizard's source page, whose preview reads its rows. The
// Data page's refresh dialog reads a database source again from its server.
#include "dbtestenv.h"
#include "import/databasedialog.h"
#include "import/importsession.h"
#include "import/refreshdialog.h"
#include "jobs/importjob.h"
#include "project/projectfile.h"
#include "import/previewmodel.h"
#include "import/sourcepage.h"
#include "io/dbcredentials.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portrait;
using DbTest::Server;

Q_DECLARE_METATYPE(DbTest::Server)

namespace {

void fillForm(Ui::DatabaseDialog &dialog, Server server, const QString &password)
{
    dialog.setUri(DbTest::uri(server));
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
}

bool testAndWait(Ui::DatabaseDialog &dialog)
{
    QSignalSpy tested(&dialog, &Ui::DatabaseDialog::tested);
    dialog.findChild<QPushButton *>(u"testButton"_s)->click();
    return tested.wait(20000) && tested.first().first().toBool();
}

/// The tables, views and their columns the analyst may read, as the admin's query finds them.
QStringList catalogOf(Server server)
{
    const QString sql = server == Server::Postgres
        ? u"SELECT CASE WHEN c.table_schema = 'public' THEN '' ELSE c.table_schema || '.' END || c.table_name, "
          "c.column_name FROM information_schema.column_privileges p JOIN information_schema.columns c "
          "USING (table_schema, table_name, column_name) WHERE p.grantee = '%1' AND p.privilege_type = 'SELECT' "
          "GROUP BY 1, 2, c.ordinal_position ORDER BY 1, c.ordinal_position"_s
        : u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = '%1' "
          "ORDER BY 1, ordinal_position"_s;
    QSqlQuery query(DbTest::admin(server));
    query.exec(sql.arg(qEnvironmentVariable(server == Server::Postgres ? "PORTRAIT_TEST_DB_USER" : "PORTRAIT_TEST_DB_NAME")));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString() + u'.' + query.value(1).toString());
    lines.sort();
    return lines;
}

QStringList catalogShown(const QTreeWidget &tree)
{
    QStringList lines;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        const QTreeWidgetItem *table = tree.topLevelItem(i);
        for (int c = 0; c < table->childCount(); ++c)
            lines.append(table->text(0) + u'.' + table->child(c)->text(0));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestDatabaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DBTEST_REQUIRE_SERVERS();
        qputenv("PORTRAIT_DB_KEYCHAIN", "off");
        qunsetenv("PORTRAIT_DB_PASSWORD");
    }

    void asksForAMissingPassword()
    {
        // No password anywhere: the worker thread's connection asks on the GUI thread.
        Ui::installWorkbenchPasswordPrompt();
        int asked = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&asked] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *input = qobject_cast<QInputDialog *>(widget);
                if (input && input->isVisible()) {
                    ++asked;
                    QVERIFY(input->labelText().contains(qEnvironmentVariable("PORTRAIT_TEST_DB_USER")));
                    input->setTextValue(DbTest::password());
                    input->accept();
                }
            }
        });
        answer.start(50);
        Ui::DatabaseDialog dialog;
        fillForm(dialog, Server::Postgres, {});
        QVERIFY(testAndWait(dialog));
        QCOMPARE(asked, 1);
        Io::DbCredentials::setPrompt({});
    }

    void listsTheCatalog_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("PostgreSQL") << Server::Postgres;
        QTest::newRow("MariaDB") << Server::MariaDb;
    }

    void listsTheCatalog()
    {
        QFETCH(Server, server);
        Ui::DatabaseDialog dialog;
        fillForm(dialog, server, DbTest::password());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(testAndWait(dialog));
        const auto *tree = dialog.findChild<QTreeWidget *>(u"tableTree"_s);
        const QStringList shown = catalogShown(*tree);
        QVERIFY(shown.size() > 10);
        QCOMPARE(shown, catalogOf(server));
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.uri().contains(DbTest::password()));
        QCOMPARE(dialog.uri(), DbTest::uri(server));

        // A changed address must be tested again before it can be chosen.
        auto *database = dialog.findChild<QLineEdit *>(u"databaseEdit"_s);
        database->setText(u"other"_s);
        Q_EMIT database->textEdited(database->text());
        QVERIFY(!ok->isEnabled());
    }

    void refusesAWrongPassword_data() { listsTheCatalog_data(); }
    void refusesAWrongPassword()
    {
        QFETCH(Server, server);
        Ui::DatabaseDialog dialog;
        fillForm(dialog, server, u"not-the-password"_s);
        QVERIFY(!testAndWait(dialog));
        const QString status = dialog.findChild<QLabel *>(u"connectionStatus"_s)->text();
        QVERIFY2(status.contains(u"refused user “%1”"_s.arg(qEnvironmentVariable("PORTRAIT_TEST_DB_USER"))),
                 qPrintable(status));
        QVERIFY2(status.contains(DbTest::uri(server).section(u'?', 0, 0)), qPrintable(status));
        QVERIFY(!status.contains(u"not-the-password"_s));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"tableTree"_s)->topLevelItemCount(), 0);
    }

    void feedsTheSourcePage_data() { listsTheCatalog_data(); }
    void feedsTheSourcePage()
    {
        QFETCH(Server, server);
        Ui::DatabaseDialog dialog;
        fillForm(dialog, server, DbTest::password());
        QVERIFY(testAndWait(dialog));
        auto *tree = dialog.findChild<QTreeWidget *>(u"tableTree"_s);
        const QString wanted = server == Server::Postgres ? u"sales.orders"_s : u"orders"_s;
        const QList<QTreeWidgetItem *> found = tree->findItems(wanted, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        tree->setCurrentItem(found.first()->child(0)); // a column row picks its table
        QCOMPARE(dialog.table(), wanted);

        Ui::ImportSession session;
        Ui::SourcePage page(session);
        QSignalSpy updated(&page, &Ui::SourcePage::previewUpdated);
        page.setFile(dialog.uri(), dialog.table());
        QVERIFY(updated.wait(20000));
        QVERIFY(page.isComplete());
        QCOMPARE(session.options.sheetOrTable, wanted);
        QSqlQuery count(DbTest::admin(server));
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM "_s + wanted) && count.next());
        QCOMPARE(page.previewModel()->rowCount(),
                 std::min(qsizetype(Ui::SourcePage::PreviewRows), qsizetype(count.value(0).toLongLong())));
    }

    void refreshDialogAsksTheServer()
    {
        const Server server = Server::Postgres;
        const QString table = u"dbt_dialog_refresh"_s;
        QVERIFY(DbTest::createTable(server, table, u"order_id int, customer_id varchar(10), ordered_at date, "
                                                   "amount decimal(10, 2)"_s,
                                    { { 1, u"C1"_s, u"2024-03-01"_s, u"10.00"_s },
                                      { 2, u"C2"_s, u"2024-03-02"_s, u"20.00"_s } }));
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"p.portrait"_s);
        {
            auto project = Project::ProjectFile::create(projectPath);
            QVERIFY(project);
            Jobs::ImportOptions options;
            options.sheetOrTable = table;
            options.mapOverrides = QStringList { u"order_date=ordered_at"_s };
            CancelToken cancel;
            auto imported = Jobs::importFile(**project, DbTest::uri(server), options, nullProgress(), cancel);
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        }
        // Two new customers on a later day, one more order of C1 on the last day read.
        QVERIFY(DbTest::exec(server, u"INSERT INTO "_s + table
                                             + u" VALUES (3, 'C3', '2024-03-05', 5), (4, 'C4', '2024-03-05', 6), "
                                               "(5, 'C1', '2024-03-02', 7)"_s));
        DbTest::useEnvironmentPassword();
        Ui::RefreshDialog dialog(projectPath, 1);
        dialog.show();
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"refreshSource"_s)->text().contains(u"server"_s));
        QCOMPARE(dialog.findChild<QLineEdit *>()->text(), DbTest::uri(server));
        QSignalSpy ended(&dialog, &Ui::RefreshDialog::refreshEnded);
        dialog.startRefresh();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QCOMPARE(ended.first().first().toBool(), true);
        const QString report = dialog.findChild<QLabel *>(u"refreshReport"_s)->text();
        QVERIFY2(report.contains(u"<b>2</b> new customers, <b>3</b> new orders"_s), qPrintable(report));
    }
};

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
