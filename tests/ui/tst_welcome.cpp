// The window without a project, in English and Chinese: the welcome screen instead of empty pages
// (what Portrait does, Import a File… / Open a Project… / Try the Demo, the recent projects with
// size and last opening, a drop zone for projects and data files), the controls that cannot act
// disabled; and the Help menu: the guide on F1, What is RFM?, the shortcuts, About with licences.
#include "help/aboutdialog.h"
#include "help/helpdialog.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "jobs/sampleproject.h"
#include "languagescope.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "settings/appsettings.h"
#include "welcome/welcomepage.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

QAction *actionWithKeys(QWidget &window, const QKeySequence &keys)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

/// Drops path on target as a file manager would.
void drop(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

void answerFileDialog(const QString &path)
{
    QTimer::singleShot(200, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return answerFileDialog(path);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_demo, nullProgress()));
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void welcomeInsteadOfEmptyPages_data() { languages_data(); }

    void welcomeInsteadOfEmptyPages()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        QVERIFY(scope.loaded());
        const QString gone = m_dir.filePath(u"moved-away.portrait"_s);
        Ui::AppSettings::recentProjects.set({ m_demo, gone });
        Ui::AppSettings::recentOpened.set({ { m_demo, QDateTime(QDate(2024, 5, 6), QTime(14, 30)).toUTC() } });

        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());
        Ui::WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.pages()->isVisible());

        // Three big ways in, side by side, each showing its whole text.
        QList<QPushButton *> buttons;
        for (const char *name : { "welcomeImport", "welcomeOpen", "welcomeDemo" }) {
            auto *button = welcome->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY(button);
            QVERIFY2(showsWholeText(button), name);
            QVERIFY(button->isEnabled());
            if (language != u"en"_s)
                QVERIFY2(hasChinese(button->text()), qPrintable(button->text()));
            buttons.append(button);
        }
        for (int i = 1; i < buttons.size(); ++i)
            QVERIFY(buttons.at(i - 1)->geometry().right() < buttons.at(i)->geometry().left());
        auto *about = welcome->findChild<QLabel *>(u"welcomeAbout"_s);
        QVERIFY(showsAllLines(about));
        QCOMPARE(about->text().count(u"<p>"_s), 3);
        if (language != u"en"_s)
            QVERIFY(hasChinese(about->text()));

        // Recent projects: name, size, last opened; a file that is gone is shown as such, disabled.
        QTreeWidget *recent = welcome->recentView();
        QCOMPARE(recent->topLevelItemCount(), 2);
        const QTreeWidgetItem *demo = recent->topLevelItem(0);
        QCOMPARE(demo->text(0), u"demo"_s);
        QCOMPARE(demo->text(1), QLocale().formattedDataSize(QFileInfo(m_demo).size()));
        QCOMPARE(demo->text(2), QDateTime(QDate(2024, 5, 6), QTime(14, 30)).toString(u"yyyy-MM-dd HH:mm"_s));
        const QTreeWidgetItem *missing = recent->topLevelItem(1);
        QVERIFY(!(missing->flags() & Qt::ItemIsEnabled));
        QVERIFY(missing->text(0).startsWith(u"moved-away"_s) && missing->text(0).size() > u"moved-away"_s.size());
        // Every row in sight, no scroll bar: a short list, not an empty table.
        QVERIFY(!recent->verticalScrollBar()->isVisible());
        QVERIFY(recent->visualItemRect(recent->topLevelItem(1)).bottom() <= recent->viewport()->height());
        QVERIFY(welcome->dropZone()->isVisible());
        QVERIFY(welcome->dropZone()->geometry().top() >= recent->geometry().bottom());

        // Nothing that needs a project can be pressed.
        QVERIFY(!actionWithKeys(window, QKeySequence::Close)->isEnabled());
        QVERIFY(!actionWithKeys(window, QKeySequence(Qt::CTRL | Qt::Key_2))->isEnabled());
        QVERIFY(!window.findChild<QComboBox *>(u"schemeBox"_s)->isEnabled());
        QVERIFY(!window.findChild<QComboBox *>(u"methodBox"_s)->isEnabled());
        QVERIFY(!actionWithKeys(window, QKeySequence(Qt::Key_F5))->isEnabled());
        Shots::save(&window, u"welcome"_s);

        // A recent project opens from the list; then the pages are back and the controls work.
        Q_EMIT recent->itemActivated(recent->topLevelItem(0), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(window.pages()->isVisible());
        QVERIFY(actionWithKeys(window, QKeySequence::Close)->isEnabled());
        QVERIFY(window.findChild<QComboBox *>(u"schemeBox"_s)->isEnabled());
        QVERIFY(actionWithKeys(window, QKeySequence(Qt::Key_F5))->isEnabled());
        QVERIFY(window.closeProject());
        QVERIFY(window.isWelcomeShown());
        // The list now says the demo was opened just now.
        const QDateTime opened = QDateTime::fromString(recent->topLevelItem(0)->text(2), u"yyyy-MM-dd HH:mm"_s);
        QVERIFY(qAbs(opened.secsTo(QDateTime::currentDateTime())) < 120);
    }

    void dropZoneTakesProjectsAndDataFiles()
    {
        QVERIFY(Ui::DropZone::takes(m_demo));
        const QString csv = m_dir.filePath(u"orders.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_date,amount\nA1,C1,2024-01-02,10\nA2,C2,2024-01-03,20\n");
        file.close();
        QVERIFY(Ui::DropZone::takes(csv));
        QVERIFY(!Ui::DropZone::takes(m_dir.filePath(u"settings"_s)));
        QVERIFY(!Ui::DropZone::takes(m_dir.filePath(u"nothing.csv"_s)));

        Ui::MainWindow window;
        window.show();
        // A project dropped on the zone opens.
        drop(window.welcomePage()->dropZone(), m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QCOMPARE(QFileInfo(window.projectPath()), QFileInfo(m_demo));
        QVERIFY(window.closeProject());

        // A data file dropped without a project: a new project beside it, then the wizard on it.
        const QString fresh = m_dir.filePath(u"orders.portrait"_s);
        answerFileDialog(fresh);
        drop(window.welcomePage()->dropZone(), csv);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && QFileInfo(window.projectPath()) == QFileInfo(fresh), 20000);
        Ui::ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<Ui::ImportWizard *>()) && wizard->isVisible());
        QCOMPARE(wizard->session().filePath, csv);
        QCOMPARE(QFileInfo(wizard->session().projectPath), QFileInfo(fresh));
        wizard->reject();
    }

    void tryTheDemoIsOneClick()
    {
        Ui::MainWindow window;
        window.show();
        window.welcomePage()->findChild<QPushButton *>(u"welcomeDemo"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 30000);
        const QString demo = window.projectPath();
        QVERIFY(demo.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(window.session()->project()->summary.customers > 4000);
        QVERIFY(window.closeProject());
        // The second time it opens what is there.
        const QDateTime written = QFileInfo(demo).lastModified();
        window.welcomePage()->findChild<QPushButton *>(u"welcomeDemo"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 30000);
        QCOMPARE(QFileInfo(demo).lastModified(), written);
    }

    void helpMenu_data() { languages_data(); }

    void helpMenu()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        Ui::MainWindow window;
        window.show();
        QAction *guide = actionWithKeys(window, QKeySequence::HelpContents);
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        guide->trigger();
        auto *help = window.findChild<Ui::HelpDialog *>();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->topic(), Ui::HelpDialog::Topic::Guide);
        const QString guideText = help->browser()->toPlainText();
        QVERIFY2(guideText.contains(u"Edit › Undo"_s) || hasChinese(guideText), qPrintable(guideText.left(200)));
        if (language != u"en"_s)
            QVERIFY(hasChinese(guideText));
        Shots::save(help, u"help-guide"_s);

        window.showHelp(int(Ui::HelpDialog::Topic::Rfm));
        QCOMPARE(window.findChildren<Ui::HelpDialog *>().size(), 1);   // one help window, another topic
        const QString rfm = help->browser()->toPlainText();
        QVERIFY(rfm.contains(u"545"_s));
        if (language != u"en"_s)
            QVERIFY(hasChinese(rfm) && rfm.contains(u"R"_s));

        // The shortcuts, read from the menus: every menu key is listed with its command.
        window.showHelp(int(Ui::HelpDialog::Topic::Shortcuts));
        const QString keys = help->browser()->toPlainText();
        for (const QKeySequence &sequence : { QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Undo),
                                              QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_3),
                                              QKeySequence(Qt::Key_F1) })
            QVERIFY2(keys.contains(sequence.toString(QKeySequence::NativeText)), qPrintable(sequence.toString()));
        QVERIFY2(keys.contains(actionWithKeys(window, QKeySequence::Open)->text().remove(u'&')), qPrintable(keys));
        Shots::save(help, u"help-shortcuts"_s);
    }

    void aboutListsTheLibrariesAndLicences()
    {
        Ui::AboutDialog about;
        about.show();
        QTableWidget *table = about.libraries();
        QMap<QString, QString> licences, versions;
        for (int row = 0; row < table->rowCount(); ++row) {
            licences.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
            versions.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        }
        QCOMPARE(licences.value(u"Qt (Core, Gui, Widgets, Sql, Concurrent, Svg)"_s), u"LGPL-3.0-only"_s);
        QCOMPARE(licences.value(u"Qt Charts"_s), u"GPL-3.0-only"_s);
        QCOMPARE(licences.value(u"Eigen"_s), u"MPL-2.0"_s);
        QCOMPARE(licences.value(u"minizip"_s), u"Zlib"_s);
        QCOMPARE(licences.value(u"libxlsxwriter"_s), u"BSD-2-Clause"_s);
        QCOMPARE(licences.value(u"SQLite"_s), u"blessing"_s);
        QCOMPARE(licences.value(u"Noto Sans CJK"_s), u"OFL-1.1"_s);
        QCOMPARE(versions.value(u"Qt Charts"_s), QString::fromLatin1(qVersion()));
        // The SQLite the project files are written with, asked through Qt's driver.
        auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        QSqlQuery query((*project)->database());
        QVERIFY(query.exec(u"SELECT sqlite_version()"_s) && query.next());
        QCOMPARE(versions.value(u"SQLite"_s), query.value(0).toString());
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->item(row, 0)->toolTip().isEmpty());   // where it comes from
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
