// Safe imports, as an analyst meets them in the window, in English and Chinese: the check page has
// the Import button and writes nothing before it; a file from another shop and period is warned
// about, with a new project as the way out; after the import come Close and Undo This Import;
// Edit › Undo and Redo take an import or a removed source back and forth, each time leaving every
// data table byte for byte as it was.
#include "../core/jobs/projectcontent.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/sourcepage.h"
#include "import/validationpage.h"
#include "jobs/importjob.h"
#include "jobs/sourceremoval.h"
#include "languagescope.h"
#include "mainwindow.h"
#include "models/sourcesmodel.h"
#include "pages/datapage.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Kind = Jobs::Mismatch::Kind;

namespace {

/// A Chinese shop's first half of 2024: 300 members, 900 orders of 80–400 yuan.
QByteArray shopOrders(int firstCustomer, int customers, const QDate &from)
{
    QByteArray csv = "订单号,会员编号,下单时间,实付金额\n";
    int n = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < customers; ++i, ++n) {
            const int customer = firstCustomer + i;
            csv += "D" + QByteArray::number(from.year()) + QByteArray::number(n) + ",C"
                    + QByteArray::number(customer).rightJustified(4, '0') + ","
                    + from.addDays((n * 7) % 180).toString(u"yyyy/M/d"_s).toLatin1() + ","
                    + QByteArray::number(80 + (customer * 37 + round * 53) % 320) + ".00\n";
        }
    }
    return csv;
}

/// A UK gift shop's export in Online Retail's columns: 60 customers, December 2010 to January 2011.
QByteArray ukShop()
{
    QByteArray csv = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    for (int i = 0; i < 180; ++i) {
        const QByteArray invoice = QByteArray::number(536365 + i);
        const QByteArray when = QDate(2010, 12, 1).addDays(i % 60).toString(Qt::ISODate).toLatin1() + " 08:26:00";
        for (int line = 0; line < 3; ++line) {
            csv += invoice + ",8512" + QByteArray::number(line) + "A,WHITE HANGING HEART T-LIGHT HOLDER,6," + when
                    + ",2.55," + QByteArray::number(12346 + i % 60) + ".0,United Kingdom\n";
        }
    }
    return csv;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

/// The data tables, byte for byte; the settings the window saves as it goes are left out.
QStringList dataTables(const QString &projectPath)
{
    auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
    if (!project)
        return { project.error().toString() };
    return ProjectContent::exactly(**project, { u"settings"_s });
}

qsizetype sourceCount(const Ui::MainWindow &window)
{
    return window.session()->project() ? window.session()->project()->summary.sources.size() : -1;
}

/// The window's Edit menu action with these keys.
QAction *editAction(Ui::MainWindow &window, QKeySequence::StandardKey key)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(key))
            return action;
    }
    return nullptr;
}

/// Answers the next file dialog with path, as an analyst typing it would.
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

class TestImportSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shop, m_july, m_uk;

    QString newProject(const QString &name, const QStringList &files)
    {
        const QString path = m_dir.filePath(name);
        auto project = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        for (const QString &file : files) {
            CancelToken cancel;
            if (auto report = Jobs::importFile(**project, file, {}, nullProgress(), cancel); !report)
                qFatal("%s", qPrintable(report.error().toString()));
        }
        return path;
    }

    /// The wizard of the window on file, up to its check page with the dry run done.
    Ui::ImportWizard *wizardAtCheckPage(Ui::MainWindow &window, const QString &file)
    {
        Ui::ImportWizard *wizard = window.showImportWizard(file);
        if (!wizard)
            return nullptr;
        QSignalSpy previewed(wizard->sourcePage(), &Ui::SourcePage::previewUpdated);
        QSignalSpy inspected(wizard->mappingPage(), &Ui::MappingPage::inspected);
        QSignalSpy validated(wizard->validationPage(), &Ui::ValidationPage::validated);
        if (!previewed.wait(10000) && previewed.isEmpty())
            return nullptr;
        wizard->next();
        if (!inspected.wait(10000) && inspected.isEmpty())
            return nullptr;
        wizard->next();
        if (!validated.wait(10000) && validated.isEmpty())
            return nullptr;
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_shop = write(m_dir, u"上半年订单.csv"_s, shopOrders(1, 300, QDate(2024, 1, 1)));
        m_july = write(m_dir, u"七月订单.csv"_s, shopOrders(251, 100, QDate(2024, 7, 1)));
        m_uk = write(m_dir, u"uk-shop.csv"_s, ukShop());
    }

    void importIsExplicitWarnedAndUndoable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void importIsExplicitWarnedAndUndoable()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        QVERIFY(scope.loaded());
        const QString path = newProject(language + u"-shop.portrait"_s, { m_shop });
        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        const QStringList before = dataTables(path);

        QPointer<Ui::ImportWizard> wizard = wizardAtCheckPage(window, m_uk);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Ui::ImportWizard::Validation));
        // Nothing is written on the way to the check page; Import is its button, not Next.
        QCOMPARE(dataTables(path), before);
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
        QVERIFY(showsWholeText(commit));
        if (language == u"en"_s)
            QCOMPARE(commit->text().remove(u'&'), u"Import Anyway"_s);
        else
            QVERIFY2(hasChinese(commit->text()), qPrintable(commit->text()));

        // The warning: other dates and no customer in common, with the way out.
        const auto &mismatches = wizard->session().mismatches;
        QList<Kind> kinds;
        for (const Jobs::Mismatch &m : mismatches)
            kinds.append(m.kind);
        QVERIFY(kinds.contains(Kind::Dates));
        QVERIFY(kinds.contains(Kind::Customers));
        QFrame *box = wizard->validationPage()->mismatchBox();
        QVERIFY(box->isVisible());
        auto *text = box->findChild<QLabel *>(u"mismatchText"_s);
        QVERIFY(showsAllLines(text));
        QVERIFY2(text->text().contains(u"2010-12-01"_s) && text->text().contains(u"12346"_s), qPrintable(text->text()));
        if (language != u"en"_s)
            QVERIFY2(hasChinese(text->text()), qPrintable(text->text()));
        auto *instead = box->findChild<QPushButton *>(u"importIntoNewProject"_s);
        QVERIFY(showsWholeText(instead));
        auto *summary = wizard->findChild<QLabel *>(u"validationSummary"_s);
        QVERIFY(box->geometry().top() >= summary->geometry().bottom());   // below the counts, not over them
        Shots::save(wizard, u"import-check"_s);

        QSignalSpy imported(wizard.data(), &Ui::ImportWizard::imported);
        commit->click();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        // After the import: Close and Undo This Import; nothing left to cancel.
        QAbstractButton *undoButton = wizard->button(QWizard::CustomButton1);
        QTRY_VERIFY(undoButton->isVisible());
        QVERIFY(showsWholeText(undoButton));
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
        if (language == u"en"_s) {
            QCOMPARE(undoButton->text().remove(u'&'), u"Undo This Import"_s);
            QCOMPARE(wizard->button(QWizard::FinishButton)->text().remove(u'&'), u"Close"_s);
        } else {
            QVERIFY(hasChinese(undoButton->text()) && hasChinese(wizard->button(QWizard::FinishButton)->text()));
        }
        Shots::save(wizard, u"import-done"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 2, 20000);
        const QStringList afterImport = dataTables(path);
        QVERIFY(afterImport != before);
        QUndoStack *stack = window.session()->undoStack();
        QCOMPARE(stack->count(), 1);
        QAction *undo = editAction(window, QKeySequence::Undo);
        QAction *redo = editAction(window, QKeySequence::Redo);
        QVERIFY(undo && undo->isEnabled());
        QVERIFY2(undo->text().contains(u"uk-shop.csv"_s), qPrintable(undo->text()));

        // Undo This Import: the wizard closes and the project is as before, byte for byte.
        undoButton->click();
        QTRY_VERIFY(!wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 1, 20000);
        QCOMPARE(dataTables(path), before);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 2, 20000);
        QCOMPARE(dataTables(path), afterImport);
        undo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 1, 20000);
        QCOMPARE(dataTables(path), before);
        QCOMPARE(window.errorText(), QString());
    }

    void nextMonthIsNotWarnedAbout()
    {
        const QString path = newProject(u"next.portrait"_s, { m_shop });
        Ui::MainWindow window;
        window.show();
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QPointer<Ui::ImportWizard> wizard = wizardAtCheckPage(window, m_july);
        QVERIFY(wizard);
        QVERIFY(wizard->session().mismatches.isEmpty());
        QVERIFY(!wizard->validationPage()->mismatchBox()->isVisible());
        QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(u'&'), u"Import"_s);
        wizard->reject();
    }

    void intoANewProjectInstead()
    {
        const QString path = newProject(u"keep.portrait"_s, { m_shop });
        Ui::MainWindow window;
        window.show();
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        const QStringList before = dataTables(path);
        QPointer<Ui::ImportWizard> wizard = wizardAtCheckPage(window, m_uk);
        QVERIFY(wizard);
        const QString fresh = m_dir.filePath(u"uk-shop.portrait"_s);
        answerFileDialog(fresh);
        wizard->validationPage()->mismatchBox()->findChild<QPushButton *>(u"importIntoNewProject"_s)->click();
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(!wizard->validationPage()->mismatchBox()->isVisible());
        auto *target = wizard->findChild<QLabel *>(u"importTarget"_s);
        QVERIFY2(target->isVisible() && target->text().contains(QDir::toNativeSeparators(fresh)), qPrintable(target->text()));
        QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(u'&'), u"Import"_s);

        wizard->button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(window.projectPath()) == QFileInfo(fresh) && !window.isLoading(), 20000);
        QTRY_COMPARE(sourceCount(window), 1);
        QCOMPARE(dataTables(path), before);   // the shop's project did not get the UK rows
        QCOMPARE(window.session()->project()->summary.customers, 60);
        // Undo takes the import out of the new project too.
        QCOMPARE(window.session()->undoStack()->count(), 1);
        editAction(window, QKeySequence::Undo)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 0, 20000);
        wizard->close();
    }

    void removeSourceAndUndo_data() { importIsExplicitWarnedAndUndoable_data(); }

    void removeSourceAndUndo()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        const QString path = newProject(language + u"-two.portrait"_s, { m_shop, m_july });
        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        const QStringList before = dataTables(path);
        window.pages()->setCurrentWidget(window.dataPage());
        window.dataPage()->selectSource(2);
        auto *remove = window.dataPage()->findChild<QPushButton *>(u"removeSource"_s);
        QVERIFY(remove->isEnabled());
        QVERIFY(showsWholeText(remove));
        remove->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"removeSourceBox"_s)) && box->isVisible());
        // It says what goes and where the copy will be, before anything happens.
        QVERIFY2(box->text().contains(u"七月订单.csv"_s), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QDir::toNativeSeparators(Jobs::snapshotFolder(path)))
                         && box->informativeText().contains(u"300"_s),
                 qPrintable(box->informativeText()));
        if (language != u"en"_s)
            QVERIFY(hasChinese(box->informativeText()));
        Shots::save(box, u"remove-confirm"_s);
        QCOMPARE(dataTables(path), before);
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = button;
        }
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 1, 20000);
        QCOMPARE(window.dataPage()->sourcesModel()->rowCount(), 1);
        // July's 100 members: 50 were new (C0301–C0350) and go; the copy is the project as it was.
        QCOMPARE(window.session()->project()->summary.customers, 300);
        const QStringList copies = QDir(Jobs::snapshotFolder(path)).entryList({ u"*.portrait"_s });
        QCOMPARE(copies.size(), 1);
        QCOMPARE(dataTables(QDir(Jobs::snapshotFolder(path)).filePath(copies.first())), before);
        const QStringList afterRemoval = dataTables(path);

        QAction *undo = editAction(window, QKeySequence::Undo);
        QVERIFY2(undo->isEnabled() && undo->text().contains(u"七月订单.csv"_s), qPrintable(undo->text()));
        undo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 2, 20000);
        QCOMPARE(dataTables(path), before);
        editAction(window, QKeySequence::Redo)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && sourceCount(window) == 1, 20000);
        QCOMPARE(dataTables(path), afterRemoval);
    }
};

QTEST_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
